import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Modal, Row, Segmented, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen, type TopupRequestStatus } from '@mengyuan/domain';
import { ConfirmTopupRequestDocument, RejectTopupRequestDocument, TopupRequestsDocument, type TopupRequestFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, FilePreview, PageHeader, PayFlagTag, PayStatusTag, ResponsiveTable } from '@mengyuan/ui';

const PAGE_SIZE = 10;
const STATUSES: TopupRequestStatus[] = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'];

/** 充值审核: members' bank-transfer top-ups, the receipt beside each; finance confirms (the wallet is credited) or rejects with a reason. */
export default function TopupQueuePage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<TopupRequestStatus>('PENDING');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<TopupRequestFieldsFragment | null>(null);
  const [rejecting, setRejecting] = useState<TopupRequestFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(TopupRequestsDocument, { variables: { filter: { status }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const [confirm, confirming] = useMutation(ConfirmTopupRequestDocument);
  const [reject, rejectingState] = useMutation(RejectTopupRequestDocument);
  const [form] = Form.useForm<{ reason: string }>();
  const items = data?.topupRequests.items ?? [];
  const current = selected ?? items[0] ?? null;

  const doConfirm = (r: TopupRequestFieldsFragment) => {
    const run = (acknowledgeDuplicate: boolean) =>
      confirm({ variables: { id: r.id, acknowledgeDuplicate } })
        .then(() => {
          message.success(t('money.topups.confirmed', { number: r.number }));
          setSelected(null);
          return refetch();
        })
        .catch((e: unknown) => message.error(errorMessage(t, e)));
    if (r.duplicateOfId) {
      modal.confirm({ title: t('money.topups.duplicateTitle'), content: t('money.topups.duplicateBody', { count: r.duplicateCount }), okText: t('money.topups.confirmAnyway'), onOk: () => run(true) });
    } else {
      modal.confirm({ title: t('money.topups.confirmTitle', { number: r.number }), content: t('money.topups.confirmBody', { amount: formatFen(r.amount), member: r.memberName }), okText: t('money.topups.confirm'), onOk: () => run(false) });
    }
  };

  return (
    <>
      <PageHeader title={t('money.topups.title')} subtitle={t('money.topups.subtitle')} extra={<Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />} />
      <div className="my-scroll-x" style={{ marginBottom: 16 }}>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as TopupRequestStatus);
          setPage(1);
          setSelected(null);
        }}
        options={STATUSES.map((s) => ({ value: s, label: t(`pay.topupStatus.${s}`) }))}
      />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card size="small">
            <AsyncState loading={loading && !data} error={error} hasData={!!data} onRetry={() => void refetch()}>
              <ResponsiveTable
                rowKey="id"
                size="small"
                scroll={(items).length ? { x: 640 } : undefined}
                dataSource={items}
                locale={{ emptyText: t('money.topups.empty') }}
                rowClassName={(r) => (r.id === current?.id ? 'ant-table-row-selected' : '')}
                onRow={(r) => ({ onClick: () => setSelected(r), style: { cursor: 'pointer' } })}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.topupRequests.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
                columns={[
                  { title: t('money.topups.number'), key: 'number', render: (_, r) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setSelected(r)}>{r.number}</Button> },
                  { title: t('money.topups.member'), dataIndex: 'memberName' },
                  { title: t('money.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(v)}</span> },
                  { title: t('money.topups.reference'), key: 'ref', render: (_, r) => (<Flex gap={4} wrap>{r.transferReference}{r.duplicateOfId && <PayFlagTag flag="duplicate" />}</Flex>) },
                  { title: t('money.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
                ]}
              />
            </AsyncState>
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{current ? t('money.topups.detail', { number: current.number }) : t('money.topups.detailPlain')}</Typography.Title>}>
            {!current ? (
              <Empty description={t('money.topups.pick')} />
            ) : (
              <Flex vertical gap={12} data-testid="topup-detail" data-request={current.id}>
                <Descriptions size="small" bordered column={1}>
                  <Descriptions.Item label={t('money.topups.member')}>{current.memberName}</Descriptions.Item>
                  <Descriptions.Item label={t('money.amount')}>{formatFen(current.amount)}</Descriptions.Item>
                  <Descriptions.Item label={t('money.topups.reference')}>
                    <Flex gap={4} wrap>
                      {current.transferReference}
                      {current.duplicateOfId && <PayFlagTag flag="duplicate" />}
                    </Flex>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('money.status')}>
                    <PayStatusTag kind="topupStatus" status={current.status} />
                  </Descriptions.Item>
                  {current.note && <Descriptions.Item label={t('money.topups.note')}>{current.note}</Descriptions.Item>}
                  {current.rejectReason && <Descriptions.Item label={t('money.topups.rejectReason')}>{current.rejectReason}</Descriptions.Item>}
                </Descriptions>
                <Typography.Text strong>{t('money.topups.receipt')}</Typography.Text>
                {current.receiptFileId ? <FilePreview fileId={current.receiptFileId} height={360} name={current.number} /> : <Empty description={t('money.topups.noReceipt')} />}
                {current.status === 'PENDING' && (
                  <Flex gap={8}>
                    <Button type="primary" loading={confirming.loading} onClick={() => doConfirm(current)} data-testid="confirm-topup">
                      {t('money.topups.confirm')}
                    </Button>
                    <Button danger onClick={() => setRejecting(current)} data-testid="reject-topup">
                      {t('money.topups.reject')}
                    </Button>
                  </Flex>
                )}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        open={!!rejecting}
        title={t('money.topups.rejectTitle', { number: rejecting?.number ?? '' })}
        okText={t('money.topups.reject')}
        okButtonProps={{ danger: true, loading: rejectingState.loading, 'data-testid': 'reject-ok' } as never}
        onCancel={() => setRejecting(null)}
        onOk={() =>
          void form.validateFields().then(({ reason }) =>
            reject({ variables: { id: rejecting!.id, reason } })
              .then(() => {
                setRejecting(null);
                setSelected(null);
                form.resetFields();
                return refetch();
              })
              .catch((e: unknown) => message.error(errorMessage(t, e))),
          )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('money.topups.rejectReason')} rules={[{ required: true, min: 2, message: t('money.reasonRequired') }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 3 }} data-testid="reject-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
