import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, List, Modal, Progress, Radio, Result, Row, Space, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, CopyOutlined, EyeOutlined, LockOutlined, PauseCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CardBatchDocument, CardBatchesDocument, QuarantineBatchDocument, RecordSampleResultsDocument, RevealSampleCodesDocument, type CardBatchFieldsFragment, type RevealSampleCodesMutation } from '@mengyuan/graphql';
import { AsyncState, BatchStatusTag, DateTime, errorMessage, PageHeader, QuarantineReason, ResponsiveTable, useAuth } from '@mengyuan/ui';

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

/** Codes revealed and checked per page: the api's page limit. */
const SAMPLE_PAGE = 100;

type Revealed = RevealSampleCodesMutation['revealSampleCodes'][number];
type SampleMark = 'VALID' | 'INVALID';

/**
 * One batch's sample, checked a page at a time: reveal a page of unchecked codes at once (one audited reveal),
 * mark each valid or invalid against the brand's official system (or all valid at once), record the page in
 * one call. A sample of 1,000 codes is ten pages, not two thousand calls.
 */
function SampleWorkspace({ batchId, onDecided }: { batchId: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [page, setPage] = useState<Revealed[] | null>(null);
  const [marks, setMarks] = useState<Record<string, SampleMark>>({});
  const batch = useQuery(CardBatchDocument, { variables: { id: batchId } });
  const [reveal, revealing] = useMutation(RevealSampleCodesDocument);
  const [record, recording] = useMutation(RecordSampleResultsDocument, { refetchQueries: [CardBatchDocument] });
  const b = batch.data?.cardBatch;
  const decided = !!b && b.status !== 'QUARANTINED';
  const checked = b ? b.sampleValid + b.sampleInvalid : 0;
  const left = b ? b.sampleSize - checked : 0;
  const unchecked = (page ?? []).filter((c) => !c.result);
  const marked = unchecked.filter((c) => marks[c.id]);
  const invalid = marked.filter((c) => marks[c.id] === 'INVALID').length;

  const revealPage = () =>
    modal.confirm({
      title: t('sample.revealPageConfirm', { count: Math.min(SAMPLE_PAGE, left) }),
      content: t('sample.revealConfirmContent'),
      okText: t('sample.reveal'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reveal-confirm' } as Record<string, string>,
      onOk: async () => {
        try {
          // Unchecked codes come first, so the first page is always the next work.
          const { data } = await reveal({ variables: { batchId, page: { offset: 0, limit: SAMPLE_PAGE } } });
          if (data) {
            setPage(data.revealSampleCodes);
            setMarks({});
          }
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  const submit = async () => {
    const results = marked.map((c) => ({ codeId: c.id, result: marks[c.id] }));
    try {
      const { data } = await record({ variables: { batchId, results } });
      const status = data?.recordSampleResults.status;
      setPage(null);
      setMarks({});
      if (status === 'SELLABLE') message.success(t('sample.decidedSellable'));
      else if (status === 'REJECTED') message.warning(t('sample.decidedRejected'));
      else message.success(t('sample.recorded', { count: results.length }));
      if (status && status !== 'QUARANTINED') onDecided();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const confirmSubmit = () => {
    if (!invalid) return void submit();
    modal.confirm({
      title: t('sample.invalidConfirm'),
      content: t('sample.invalidCount', { count: invalid }),
      okText: t('sample.recordPage', { count: marked.length }),
      okButtonProps: { danger: true, 'data-testid': 'sample-invalid-confirm' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: submit,
    });
  };

  const copyPage = async () => {
    const text = unchecked.map((c) => [c.cardNumber, c.secret].filter(Boolean).join(',')).join('\n');
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('sample.copied', { count: unchecked.length }));
    } catch {
      message.error(t('sample.copyFailed'));
    }
  };

  return (
    <AsyncState loading={batch.loading} error={batch.error} hasData={!!b} onRetry={() => void batch.refetch()}>
      {b && (
        <Flex vertical gap={16}>
          <Card size="small" title={`${t('sample.batch')} ${b.skuCode} · ${b.skuName}`} extra={<BatchStatusTag status={b.status} />}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('sample.accepted')}>{b.accepted.toLocaleString()}</Descriptions.Item>
              <Descriptions.Item label={t('sample.sampleSize')}>{b.sampleSize.toLocaleString()}</Descriptions.Item>
              <Descriptions.Item label={t('sample.reason')} span={2}>
                <QuarantineReason reason={b.quarantineReason} />
              </Descriptions.Item>
              <Descriptions.Item label={t('sample.batchId')} span={2}>
                <Typography.Text copyable type="secondary" style={{ fontSize: 12 }}>
                  {b.id}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Progress
              percent={b.sampleSize ? Math.round((checked * 100) / b.sampleSize) : 0}
              success={{ percent: b.sampleSize ? Math.round((b.sampleValid * 100) / b.sampleSize) : 0 }}
              status={b.sampleInvalid > 0 ? 'exception' : undefined}
              format={() => t('sample.progress', { done: checked.toLocaleString(), size: b.sampleSize.toLocaleString() })}
              data-testid="sample-progress"
              data-done={checked}
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
          {!decided && (
            <Card
              size="small"
              title={t('sample.pageTitle')}
              extra={
                page && unchecked.length > 0 ? (
                  <Typography.Text type="secondary" data-testid="sample-marked">
                    {t('sample.marked', { marked: marked.length, count: unchecked.length })}
                  </Typography.Text>
                ) : undefined
              }
            >
              {!page || unchecked.length === 0 ? (
                <Flex vertical align="center" gap={12} style={{ padding: '24px 0' }}>
                  <LockOutlined style={{ fontSize: 28, color: '#8c8c8c' }} />
                  <Typography.Text type="secondary" style={{ textAlign: 'center', maxWidth: 460 }}>
                    {t('sample.pageHint', { left: left.toLocaleString(), size: SAMPLE_PAGE })}
                  </Typography.Text>
                  <Button type="primary" icon={<EyeOutlined />} loading={revealing.loading} onClick={revealPage} data-testid="sample-reveal-page">
                    {t('sample.revealPage', { count: Math.min(SAMPLE_PAGE, left) })}
                  </Button>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('sample.revealHint')}
                  </Typography.Text>
                </Flex>
              ) : (
                <Flex vertical gap={12}>
                  <Flex gap={8} wrap justify="space-between">
                    <Space wrap>
                      <Button icon={<CheckOutlined />} onClick={() => setMarks((m) => Object.fromEntries(unchecked.map((c) => [c.id, m[c.id] ?? 'VALID'])))} data-testid="sample-all-valid">
                        {t('sample.restValid')}
                      </Button>
                      <Button onClick={() => setMarks({})} disabled={!marked.length}>
                        {t('sample.clearMarks')}
                      </Button>
                      <Button icon={<CopyOutlined />} onClick={() => void copyPage()}>
                        {t('sample.copyPage')}
                      </Button>
                    </Space>
                    <Button type="primary" danger={invalid > 0} loading={recording.loading} disabled={!marked.length} onClick={confirmSubmit} data-testid="sample-record-page">
                      {t('sample.recordPage', { count: marked.length })}
                    </Button>
                  </Flex>
                  <ResponsiveTable<Revealed>
                    rowKey="id"
                    size="small"
                    data-testid="sample-codes"
                    dataSource={unchecked}
                    pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
                    scroll={{ x: 400 }}
                    onRow={(c) => ({ 'data-code-id': c.id, 'data-mark': marks[c.id] ?? '' }) as object}
                    columns={[
                      {
                        title: `${t('sample.cardNumber')} / ${t('sample.secret')} / ${t('sample.expiresAt')}`,
                        key: 'code',
                        render: (_, c) => (
                          <Flex vertical align="start" data-testid="sample-revealed">
                            {c.cardNumber && <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>{c.cardNumber}</Typography.Text>}
                            {c.secret && <Typography.Text copyable code strong style={{ wordBreak: 'break-all' }}>{c.secret}</Typography.Text>}
                            {c.expiresAt && (
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {t('sample.expiresAt')} <DateTime value={c.expiresAt} dateOnly />
                              </Typography.Text>
                            )}
                          </Flex>
                        ),
                      },
                      {
                        title: t('sample.result'),
                        key: 'result',
                        width: 170,
                        render: (_, c) => (
                          <Radio.Group size="small" buttonStyle="solid" value={marks[c.id]} onChange={(e) => setMarks((m) => ({ ...m, [c.id]: e.target.value as SampleMark }))} aria-label={t('sample.result')}>
                            <Radio.Button value="VALID" data-testid="sample-valid">
                              {t('sample.markValid')}
                            </Radio.Button>
                            <Radio.Button
                              value="INVALID"
                              data-testid="sample-invalid"
                              style={marks[c.id] === 'INVALID' ? { background: '#cf1322', borderColor: '#cf1322', color: '#fff' } : { color: '#cf1322' }}
                            >
                              {t('sample.markInvalid')}
                            </Radio.Button>
                          </Radio.Group>
                        ),
                      },
                    ]}
                  />
                </Flex>
              )}
            </Card>
          )}
        </Flex>
      )}
    </AsyncState>
  );
}

/** 抽样测试: quarantined batches oldest first → a page of sampled codes revealed (explicit, audited) → each valid / invalid → recorded in one call. */
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
