import { Alert, Card, Flex, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardBatchFieldsFragment } from '@mengyuan/graphql';
import { BatchStatusTag } from '@mengyuan/ui';

const REASONS = ['invalid', 'duplicateInBatch', 'duplicateExisting', 'duplicateOtherSupplier'] as const;

export function refusedTotal(batch: Pick<CardBatchFieldsFragment, 'refused'>): number {
  return REASONS.reduce((sum, r) => sum + batch.refused[r], 0);
}

/** What an import did: accepted, refused by reason, and what happens next (sample check, black-card report). */
export function RefusalReport({ batch }: { batch: CardBatchFieldsFragment }) {
  const { t } = useTranslation();
  const refused = refusedTotal(batch);
  return (
    <Card title={t('stockPage.reportTitle')} extra={<BatchStatusTag status={batch.status} />} data-testid="import-report" data-batch-id={batch.id}>
      <Flex gap={48} wrap style={{ marginBottom: 16 }}>
        <div data-testid="report-processed" data-value={batch.processed}>
          <Statistic title={t('stockPage.reportProcessed')} value={batch.processed} />
        </div>
        <div data-testid="report-accepted" data-value={batch.accepted}>
          <Statistic title={t('stockPage.reportAccepted')} value={batch.accepted} styles={{ content: { color: '#389e0d' } }} />
        </div>
        <div data-testid="report-refused" data-value={refused}>
          <Statistic title={t('stockPage.reportRefused')} value={refused} styles={{ content: { color: refused ? '#cf1322' : undefined } }} />
        </div>
      </Flex>
      {batch.status === 'FAILED' && <Alert type="error" showIcon title={t('stockPage.reportFailed', { failure: batch.failure ?? '' })} style={{ marginBottom: 12 }} />}
      {batch.status === 'QUARANTINED' && <Alert type="warning" showIcon title={t('stockPage.reportQuarantined')} style={{ marginBottom: 12 }} />}
      {batch.refused.duplicateOtherSupplier > 0 && (
        <Alert type="error" showIcon title={t('stockPage.reportOtherSupplier', { count: batch.refused.duplicateOtherSupplier })} style={{ marginBottom: 12 }} />
      )}
      <Table
        size="small"
        rowKey="reason"
        pagination={false}
        data-testid="refusal-table"
        dataSource={REASONS.map((reason) => ({ reason, count: batch.refused[reason] }))}
        onRow={(r) => ({ 'data-reason': r.reason, 'data-count': r.count }) as object}
        columns={[
          { title: t('stockPage.refusedReason'), dataIndex: 'reason', render: (r: string) => t(`cat.refused.${r}`) },
          {
            title: t('stockPage.refusedCount'),
            dataIndex: 'count',
            width: 120,
            align: 'right',
            render: (c: number) => <span style={{ fontVariantNumeric: 'tabular-nums', color: c ? '#cf1322' : undefined, fontWeight: c ? 600 : undefined }}>{c.toLocaleString()}</span>,
          },
        ]}
      />
    </Card>
  );
}
