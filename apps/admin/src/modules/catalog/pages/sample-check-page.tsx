import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, List, Modal, Progress, Result, Row, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, EyeOutlined, LockOutlined, PauseCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CardBatchDocument, CardBatchesDocument, QuarantineBatchDocument, RecordSampleResultDocument, RevealSampleCodeDocument, SampleCodesDocument, type CardBatchFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, BatchStatusTag, QuarantineReason, DateTime, errorMessage, PageHeader, useAuth } from '@mengyuan/ui';

function waited(t: TFunction, since: string): string {
  const hours = Math.floor((Date.now() - Date.parse(since)) / 3_600_000);
  if (hours >= 24) return t('review.days', { count: Math.floor(hours / 24) });
  if (hours >= 1) return t('review.hours', { count: hours });
  return t('review.lessThanHour');
}

function QuarantineModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ id: string; reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const [quarantine, { loading }] = useMutation(QuarantineBatchDocument, { refetchQueries: [CardBatchesDocument] });
  const submit = async () => {
    let v: { id: string; reason: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      await quarantine({ variables: { id: v.id.trim(), reason: v.reason.trim() } });
      message.success(t('sample.quarantineOk'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal open={open} title={t('sample.quarantineTitle')} onCancel={onClose} onOk={() => void submit()} okText={t('sample.quarantine')} cancelText={t('common.cancel')} confirmLoading={loading} destroyOnHidden>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="id" label={t('sample.quarantineBatchId')} rules={[{ required: true, whitespace: true, message: t('sample.quarantineIdRequired') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={t('sample.quarantineReason')} rules={[{ required: true, whitespace: true, message: t('sample.quarantineReasonRequired') }, { max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SampleWorkspace({ batchId, onDecided }: { batchId: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [revealed, setRevealed] = useState<Record<string, { cardNumber: string | null; secret: string | null }>>({});
  const batch = useQuery(CardBatchDocument, { variables: { id: batchId } });
  const codes = useQuery(SampleCodesDocument, { variables: { batchId } });
  const [reveal, revealing] = useMutation(RevealSampleCodeDocument);
  const [record, recording] = useMutation(RecordSampleResultDocument);
  const b = batch.data?.cardBatch;
  const decided = b && b.status !== 'QUARANTINED';

  const doReveal = (codeId: string) =>
    modal.confirm({
      title: t('sample.revealConfirm'),
      content: t('sample.revealConfirmContent'),
      okText: t('sample.reveal'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reveal-confirm' } as Record<string, string>,
      onOk: async () => {
        try {
          const { data } = await reveal({ variables: { codeId } });
          if (data) setRevealed((r) => ({ ...r, [codeId]: data.revealSampleCode }));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  const doRecord = async (codeId: string, result: 'VALID' | 'INVALID') => {
    try {
      const { data } = await record({ variables: { codeId, result } });
      await codes.refetch();
      const status = data?.recordSampleResult.status;
      if (status === 'SELLABLE') message.success(t('sample.decidedSellable'));
      if (status === 'REJECTED') message.warning(t('sample.decidedRejected'));
      if (status && status !== 'QUARANTINED') onDecided();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <AsyncState loading={batch.loading} error={batch.error} hasData={!!b} onRetry={() => void batch.refetch()}>
      {b && (
        <Flex vertical gap={16}>
          <Card size="small" title={`${t('sample.batch')} ${b.skuCode} · ${b.skuName}`} extra={<BatchStatusTag status={b.status} />}>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('sample.accepted')}>{b.accepted.toLocaleString()}</Descriptions.Item>
              <Descriptions.Item label={t('sample.sampleSize')}>{b.sampleSize}</Descriptions.Item>
              <Descriptions.Item label={t('sample.reason')} span={2}>
                <QuarantineReason reason={b.quarantineReason} />
              </Descriptions.Item>
              <Descriptions.Item label="ID" span={2}>
                <Typography.Text copyable type="secondary" style={{ fontSize: 12 }}>
                  {b.id}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Progress
              percent={b.sampleSize ? Math.round(((b.sampleValid + b.sampleInvalid) * 100) / b.sampleSize) : 0}
              success={{ percent: b.sampleSize ? Math.round((b.sampleValid * 100) / b.sampleSize) : 0 }}
              status={b.sampleInvalid > 0 ? 'exception' : undefined}
              format={() => t('sample.progress', { done: b.sampleValid + b.sampleInvalid, size: b.sampleSize })}
              data-testid="sample-progress"
            />
          </Card>
          {decided && (
            <Result
              status={b.status === 'SELLABLE' ? 'success' : 'error'}
              title={t(b.status === 'SELLABLE' ? 'sample.decidedSellable' : 'sample.decidedRejected')}
              data-testid="sample-decision"
              style={{ padding: 16 }}
            />
          )}
          <Card size="small" title={t('sample.sampleCodes')} extra={<Typography.Text type="secondary">{t('sample.revealHint')}</Typography.Text>}>
            <AsyncState loading={codes.loading} error={codes.error} hasData={!!codes.data} onRetry={() => void codes.refetch()}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                data-testid="sample-codes"
                dataSource={codes.data?.sampleCodes ?? []}
                columns={[
                  { title: '#', key: 'n', width: 40, render: (_, __, i) => i + 1 },
                  {
                    title: `${t('sample.cardNumber')} / ${t('sample.secret')}`,
                    key: 'code',
                    render: (_, c) => {
                      const r = revealed[c.id];
                      if (!r)
                        return (
                          <Space>
                            <Typography.Text type="secondary">
                              <LockOutlined /> ••••••••••••
                            </Typography.Text>
                            <Button size="small" icon={<EyeOutlined />} onClick={() => doReveal(c.id)} loading={revealing.loading} data-testid="sample-reveal">
                              {t('sample.reveal')}
                            </Button>
                          </Space>
                        );
                      return (
                        <Flex vertical data-testid="sample-revealed">
                          {r.cardNumber && <Typography.Text copyable code>{r.cardNumber}</Typography.Text>}
                          {r.secret && <Typography.Text copyable code strong>{r.secret}</Typography.Text>}
                        </Flex>
                      );
                    },
                  },
                  { title: t('sample.expiresAt'), dataIndex: 'expiresAt', width: 110, render: (v: string | null) => <DateTime value={v} dateOnly /> },
                  {
                    title: t('sample.result'),
                    key: 'result',
                    width: 220,
                    render: (_, c) =>
                      c.result ? (
                        <Tag color={c.result === 'VALID' ? 'success' : 'error'} data-testid="sample-result">
                          {t(c.result === 'VALID' ? 'sample.valid' : 'sample.invalid')}
                        </Tag>
                      ) : decided ? (
                        <Tag>{t('sample.pending')}</Tag>
                      ) : (
                        <Space size={4}>
                          <Button size="small" icon={<CheckOutlined />} disabled={!revealed[c.id]} loading={recording.loading} onClick={() => void doRecord(c.id, 'VALID')} data-testid="sample-valid">
                            {t('sample.markValid')}
                          </Button>
                          <Button
                            size="small"
                            danger
                            icon={<CloseOutlined />}
                            disabled={!revealed[c.id]}
                            loading={recording.loading}
                            data-testid="sample-invalid"
                            onClick={() =>
                              modal.confirm({
                                title: t('sample.invalidConfirm'),
                                okText: t('sample.markInvalid'),
                                okButtonProps: { danger: true },
                                cancelText: t('common.cancel'),
                                onOk: () => doRecord(c.id, 'INVALID'),
                              })
                            }
                          >
                            {t('sample.markInvalid')}
                          </Button>
                        </Space>
                      ),
                  },
                ]}
              />
            </AsyncState>
          </Card>
        </Flex>
      )}
    </AsyncState>
  );
}

/** 抽样测试: quarantined batches oldest first → sampled codes → reveal one (explicit, audited) → valid / invalid. */
export default function SampleCheckPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isAdmin = !!user?.roles.includes('ADMIN');
  const [selected, setSelected] = useState<string | null>(null);
  const [quarantining, setQuarantining] = useState(false);
  const queue = useQuery(CardBatchesDocument, { variables: { offerId: null, status: 'QUARANTINED', page: { offset: 0, limit: 50 } }, notifyOnNetworkStatusChange: true });
  const items = queue.data?.cardBatches.items ?? [];

  return (
    <>
      <PageHeader
        title={t('sample.title')}
        subtitle={t('sample.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()}>
              {t('common.refresh')}
            </Button>
            {isAdmin && (
              <Button icon={<PauseCircleOutlined />} onClick={() => setQuarantining(true)}>
                {t('sample.quarantine')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card title={<Space>{t('sample.queue')}<Badge count={queue.data?.cardBatches.totalCount ?? 0} showZero color="#faad14" /></Space>} styles={{ body: { padding: 0 } }}>
            <AsyncState loading={queue.loading} error={queue.error} hasData={!!queue.data} onRetry={() => void queue.refetch()}>
              <List<CardBatchFieldsFragment>
                dataSource={items}
                data-testid="sample-queue"
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sample.queueEmpty')} /> }}
                renderItem={(b) => (
                  <List.Item
                    onClick={() => setSelected(b.id)}
                    data-testid="sample-batch"
                    style={{ cursor: 'pointer', padding: '12px 16px', background: selected === b.id ? '#e6f0ff' : undefined }}
                  >
                    <List.Item.Meta
                      title={`${b.skuCode} · ${b.skuName}`}
                      description={
                        <Flex vertical gap={2}>
                          <span>
                            {t('sample.codes', { count: b.accepted })} · {t('sample.sampleSize')} {b.sampleSize} · {t('sample.waiting', { time: waited(t, b.createdAt) })}
                          </span>
                          {b.quarantineReason && <Typography.Text type="secondary" style={{ fontSize: 12 }}><QuarantineReason reason={b.quarantineReason} /></Typography.Text>}
                        </Flex>
                      }
                    />
                  </List.Item>
                )}
              />
            </AsyncState>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {selected ? (
            <SampleWorkspace key={selected} batchId={selected} onDecided={() => void queue.refetch()} />
          ) : (
            <Card>
              <Empty description={t('sample.pick')} />
            </Card>
          )}
        </Col>
      </Row>
      <QuarantineModal open={quarantining} onClose={() => setQuarantining(false)} />
    </>
  );
}
