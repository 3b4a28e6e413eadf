import { Flex, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardBatchFieldsFragment } from '@mengyuan/graphql';
import { BatchStatusTag, DateTime, QuarantineReason } from '@mengyuan/ui';
import { refusedTotal } from './refusal-report';

const num = (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{n.toLocaleString()}</span>;

/** Import batches of an offer with their states, counts and sample results. */
export function BatchesTable({ batches, loading, total, page, pageSize, onPage }: { batches: CardBatchFieldsFragment[]; loading: boolean; total: number; page: number; pageSize: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  return (
    <Table<CardBatchFieldsFragment>
      rowKey="id"
      size="small"
      data-testid="batches-table"
      loading={loading}
      dataSource={batches}
      locale={{ emptyText: t('stockPage.batchesEmpty') }}
      scroll={{ x: 860 }}
      pagination={{ current: page, pageSize, total, onChange: onPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
      columns={[
        { title: t('stockPage.batchCreated'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
        { title: t('stockPage.batchSource'), dataIndex: 'source', width: 100, render: (v: string) => t(`cat.batchSource.${v}`, { defaultValue: v }) },
        {
          title: t('stockPage.batchStatus'),
          key: 'status',
          width: 150,
          render: (_, b) => (
            <Flex vertical gap={2} align="start">
              <BatchStatusTag status={b.status} />
              {b.quarantineReason && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('stockPage.quarantineReason')}<QuarantineReason reason={b.quarantineReason} />
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        { title: t('stockPage.batchProcessed'), dataIndex: 'processed', width: 90, align: 'right', render: num },
        { title: t('stockPage.batchAccepted'), dataIndex: 'accepted', width: 90, align: 'right', render: num },
        {
          title: t('stockPage.batchRefused'),
          key: 'refused',
          width: 90,
          align: 'right',
          render: (_, b) => {
            const total = refusedTotal(b);
            if (!total) return num(0);
            return (
              <Tooltip
                title={(['invalid', 'duplicateInBatch', 'duplicateExisting', 'duplicateOtherSupplier'] as const)
                  .filter((r) => b.refused[r] > 0)
                  .map((r) => `${t(`cat.refused.${r}`)}: ${b.refused[r]}`)
                  .join('；')}
              >
                <Typography.Text type="danger" underline style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {total.toLocaleString()}
                </Typography.Text>
              </Tooltip>
            );
          },
        },
        {
          title: t('stockPage.batchSample'),
          key: 'sample',
          width: 190,
          render: (_, b) => (b.sampleSize > 0 ? t('stockPage.batchSampleValue', { valid: b.sampleValid, invalid: b.sampleInvalid, size: b.sampleSize }) : t('common.none')),
        },
        { title: t('stockPage.batchCompleted'), dataIndex: 'completedAt', width: 170, render: (v: string | null) => <DateTime value={v} /> },
      ]}
    />
  );
}
