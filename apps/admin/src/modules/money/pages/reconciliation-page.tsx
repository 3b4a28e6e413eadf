import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Form, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen, type ReconciliationStatus } from '@mengyuan/domain';
import { PaymentChannelsDocument, ReconciliationLinesDocument, ReconciliationRunsDocument, RunReconciliationDocument, type ReconciliationRunFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, PageHeader, PayStatusTag, ResponsiveTable } from '@mengyuan/ui';

const PAGE_SIZE = 20;
const Fen = ({ fen }: { fen: string | null }) => (fen === null ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>);

function RunLines({ run }: { run: ReconciliationRunFieldsFragment }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReconciliationStatus | 'ALL'>('ALL');
  const [page, setPage] = useState(1);
  const filterStatus = status === 'ALL' ? null : status;
  const { data, loading, error, refetch } = useQuery(ReconciliationLinesDocument, {
    variables: { filter: { channelId: run.channelId, day: run.day }, status: filterStatus, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const lines = data?.reconciliationRuns.items[0]?.lines;
  const items = lines?.items ?? [];
  return (
    <Flex vertical gap={8} data-testid="recon-lines">
      <Segmented
        size="small"
        value={status}
        onChange={(v) => { setStatus(v as ReconciliationStatus); setPage(1); }}
        options={[{ value: 'ALL', label: t('money.recon.all') }, ...(['MATCHED', 'MISSING_IN_LEDGER', 'MISSING_IN_CHANNEL', 'AMOUNT_MISMATCH', 'FEE_MISMATCH'] as const).map((s) => ({ value: s, label: t(`pay.reconStatus.${s}`) }))]}
      />
      <AsyncState loading={loading && !data} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <ResponsiveTable
          rowKey="id"
          size="small"
          scroll={(items).length ? { x: 860 } : undefined}
          dataSource={items}
          locale={{ emptyText: t('money.recon.noLines') }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: lines?.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('money.status'), dataIndex: 'status', render: (v: string) => <PayStatusTag kind="reconStatus" status={v} /> },
            { title: t('money.recon.outTradeNo'), dataIndex: 'outTradeNo', render: (v: string | null) => (v ? <Typography.Text copyable>{v}</Typography.Text> : '') },
            { title: t('money.recon.tradeNo'), dataIndex: 'tradeNo' },
            { title: t('money.recon.channelAmount'), dataIndex: 'channelAmount', align: 'right', render: (v: string | null) => <Fen fen={v} /> },
            { title: t('money.recon.ledgerAmount'), dataIndex: 'ledgerAmount', align: 'right', render: (v: string | null) => <Fen fen={v} /> },
            { title: t('money.recon.channelFee'), dataIndex: 'channelFee', align: 'right', render: (v: string | null) => <Fen fen={v} /> },
            { title: t('money.recon.ledgerFee'), dataIndex: 'ledgerFee', align: 'right', render: (v: string | null) => <Fen fen={v} /> },
          ]}
        />
      </AsyncState>
    </Flex>
  );
}

/** 对账: each channel's daily statement against the ledger, matched, missing and mismatched lines per day. */
export default function ReconciliationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const runs = useQuery(ReconciliationRunsDocument, { variables: { filter: { withDifferences: onlyDifferences || null }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const channels = useQuery(PaymentChannelsDocument);
  const [run, running] = useMutation(RunReconciliationDocument);
  const [form] = Form.useForm<{ channelId: string; day: dayjs.Dayjs }>();
  return (
    <>
      <PageHeader title={t('money.recon.title')} subtitle={t('money.recon.subtitle')} extra={<Button icon={<ReloadOutlined />} onClick={() => void runs.refetch()} aria-label={t('common.refresh')} />} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ day: dayjs().subtract(1, 'day') }}
          onFinish={(v) => void run({ variables: { channelId: v.channelId, day: v.day.format('YYYY-MM-DD') } }).then(() => { message.success(t('money.recon.ran')); return runs.refetch(); }).catch((e: unknown) => message.error(errorMessage(t, e)))}>
          <Form.Item name="channelId" label={t('money.recon.channel')} rules={[{ required: true, message: t('money.required') }]}>
            <Select style={{ width: 220 }} options={(channels.data?.paymentChannels ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="day" label={t('money.recon.day')} rules={[{ required: true, message: t('money.required') }]}>
            <DatePicker disabledDate={(d) => !d.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={running.loading} data-testid="run-recon">{t('money.recon.run')}</Button>
        </Form>
      </Card>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('money.recon.runs')}</Typography.Title>}
        extra={<Segmented size="small" value={onlyDifferences ? 'diff' : 'all'} onChange={(v) => { setOnlyDifferences(v === 'diff'); setPage(1); }} options={[{ value: 'all', label: t('money.recon.all') }, { value: 'diff', label: t('money.recon.onlyDifferences') }]} />}>
        <AsyncState loading={runs.loading && !runs.data} error={runs.error} hasData={!!runs.data} onRetry={() => void runs.refetch()}>
          <ResponsiveTable
            rowKey="id"
            size="small"
            scroll={(runs.data?.reconciliationRuns.items ?? []).length ? { x: 900 } : undefined}
            dataSource={runs.data?.reconciliationRuns.items ?? []}
            locale={{ emptyText: t('money.recon.empty') }}
            expandable={{ expandedRowRender: (r) => <RunLines run={r} />, rowExpandable: () => true }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: runs.data?.reconciliationRuns.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: t('money.recon.day'), dataIndex: 'day' },
              { title: t('money.recon.channel'), key: 'c', render: (_, r) => `${r.channelName} · ${t(`pay.channelKind.${r.channelKind}`, { defaultValue: r.channelKind })}` },
              { title: t('money.status'), dataIndex: 'status', render: (v: string, r) => (<>{<PayStatusTag kind="runStatus" status={v} />} {r.error ? <Typography.Text type="danger">{r.error}</Typography.Text> : null}</>) },
              { title: t('money.recon.matched'), dataIndex: 'matched', align: 'right' },
              { title: t('money.recon.differences'), dataIndex: 'differences', align: 'right', render: (v: number) => (v > 0 ? <Typography.Text type="danger" strong>{v}</Typography.Text> : v) },
              { title: t('money.recon.channelTotal'), dataIndex: 'channelTotal', align: 'right', render: (v: string) => <Fen fen={v} /> },
              { title: t('money.recon.ledgerTotal'), dataIndex: 'ledgerTotal', align: 'right', render: (v: string) => <Fen fen={v} /> },
              { title: t('money.recon.ranAt'), dataIndex: 'ranAt', render: (v: string) => <DateTime value={v} /> },
            ]}
          />
        </AsyncState>
      </Card>
    </>
  );
}
