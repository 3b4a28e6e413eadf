import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { HeldOrdersDocument, ReviewHeldOrderDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, CopyId, DateTime, errorCode, errorMessage, Money, PageHeader, ResponsiveTable, useAuth } from '@mengyuan/ui';
import { MemberLink, SkuLabel, Waited } from '../components/held-order-parts';

const PAGE_SIZE = 20;
type Decision = 'APPROVE' | 'REJECT';
type Pending = { order: OrderFieldsFragment; decision: Decision };

function DecideModal({ pending, onClose }: { pending: Pending | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [error, setError] = useState<unknown>(null);
  const [review, { loading }] = useMutation(ReviewHeldOrderDocument, { refetchQueries: [HeldOrdersDocument], awaitRefetchQueries: true });
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!pending) return;
    let note: string;
    try {
      note = (await form.validateFields()).note.trim();
    } catch {
      return;
    }
    setError(null);
    try {
      const { data } = await review({ variables: { orderId: pending.order.id, decision: pending.decision, note } });
      const order = data?.reviewHeldOrder;
      if (pending.decision === 'REJECT') message.success(t('heldOrders.rejected'));
      else if (order?.status === 'DELIVERED' || order?.status === 'PROCESSING') message.success(t(`heldOrders.approved_${order.status}`));
      else if (order?.status === 'FAILED') message.warning(t('heldOrders.approved_FAILED', { reason: t(`errors.${order.failureCode ?? 'UNKNOWN'}`, { defaultValue: order.failureCode ?? '' }) }));
      else message.success(t('heldOrders.approved', { status: order?.status ?? '' }));
      close();
    } catch (e) {
      if (errorCode(e) === 'VALIDATION_FAILED') form.setFields([{ name: 'note', errors: [t('heldOrders.noteRequired')] }]);
      else setError(e);
    }
  };
  const approve = pending?.decision === 'APPROVE';
  return (
    <Modal
      open={!!pending}
      title={pending ? t(`heldOrders.decideTitle_${pending.decision}`, { no: pending.order.clientOrderNo }) : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText={t(approve ? 'heldOrders.approve' : 'heldOrders.reject')}
      okButtonProps={{ danger: !approve, 'data-testid': 'held-decide-submit' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      width={560}
      destroyOnHidden
    >
      {pending && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            style={{ marginBottom: 16 }}
            styles={{ label: { width: 120 } }}
            items={[
              { key: 'member', label: t('heldOrders.member'), children: <MemberLink id={pending.order.memberId} /> },
              { key: 'sku', label: t('heldOrders.sku'), children: <SkuLabel id={pending.order.skuId} /> },
              { key: 'qty', label: t('heldOrders.quantity'), children: pending.order.quantity },
              { key: 'total', label: t('heldOrders.total'), children: <Money fen={pending.order.total} strong /> },
            ]}
          />
          <Alert type={approve ? 'info' : 'warning'} showIcon title={t(`heldOrders.decideHint_${pending.decision}`)} style={{ marginBottom: 16 }} />
        </>
      )}
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="held-decide-error" />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="note"
          label={t('heldOrders.note')}
          rules={[
            { required: true, whitespace: true, message: t('heldOrders.noteRequired') },
            { min: 2, message: t('heldOrders.noteRequired') },
            { max: 500 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={pending ? t(`heldOrders.notePlaceholder_${pending.decision}`) : ''} data-testid="held-note" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 风控审核: orders held for risk review, each with how long it has waited; admins approve or reject with a note. */
export default function HeldOrdersPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isAdmin = !!user?.roles.includes('ADMIN');
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<Pending | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(id);
  }, []);
  const { data, loading, error, refetch } = useQuery(HeldOrdersDocument, {
    variables: { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    pollInterval: 30_000,
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader
        title={t('heldOrders.title')}
        subtitle={t('heldOrders.subtitle')}
        extra={
          <Flex align="center" gap={12}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('heldOrders.autoRefresh')}
            </Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
              {t('common.refresh')}
            </Button>
          </Flex>
        }
      />
      {!isAdmin && <Alert type="info" showIcon title={t('heldOrders.adminOnly')} style={{ marginBottom: 16 }} />}
      <Card>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<OrderFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="held-orders-table"
            loading={loading && !!data}
            dataSource={data?.orders.items ?? []}
            scroll={{ x: 1050 }}
            locale={{
              emptyText: (
                <Empty description={<Typography.Text strong>{t('heldOrders.empty')}</Typography.Text>}>
                  <Typography.Text type="secondary">{t('heldOrders.emptyHint')}</Typography.Text>
                </Empty>
              ),
            }}
            onRow={(o) => ({ 'data-order-no': o.clientOrderNo }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.orders.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              {
                title: t('heldOrders.orderNo'),
                dataIndex: 'clientOrderNo',
                width: 180,
                render: (no: string, o) => (
                  <Flex vertical>
                    <Typography.Text strong copyable={{ text: no }} style={{ fontFamily: 'monospace', fontSize: 13 }}>
                      {no}
                    </Typography.Text>
                    <CopyId id={o.id} />
                  </Flex>
                ),
              },
              { title: t('heldOrders.member'), dataIndex: 'memberId', render: (id: string) => <MemberLink id={id} /> },
              { title: t('heldOrders.sku'), dataIndex: 'skuId', render: (id: string) => <SkuLabel id={id} /> },
              { title: t('heldOrders.quantity'), dataIndex: 'quantity', width: 70, align: 'right' },
              {
                title: t('heldOrders.total'),
                dataIndex: 'total',
                width: 130,
                align: 'right',
                render: (v: string, o) => (
                  <Flex vertical align="flex-end">
                    <Money fen={v} strong />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {o.quantity} × <Money fen={o.unitPrice} />
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('heldOrders.placedAt'), dataIndex: 'placedAt', width: 170, render: (v: string) => <DateTime value={v} /> },
              { title: t('heldOrders.waiting'), key: 'waiting', width: 130, render: (_, o) => <Waited since={o.placedAt} now={now} /> },
              ...(isAdmin
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      
                      width: 200,
                      render: (_: unknown, o: OrderFieldsFragment) => (
                        <Flex gap={8}>
                          <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setPending({ order: o, decision: 'APPROVE' })} data-testid="held-approve">
                            {t('heldOrders.approve')}
                          </Button>
                          <Button size="small" danger icon={<CloseOutlined />} onClick={() => setPending({ order: o, decision: 'REJECT' })} data-testid="held-reject">
                            {t('heldOrders.reject')}
                          </Button>
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </AsyncState>
      </Card>
      <DecideModal pending={pending} onClose={() => setPending(null)} />
    </>
  );
}
