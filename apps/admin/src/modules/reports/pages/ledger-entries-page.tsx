import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LedgerAccountKind, LedgerTransactionType } from '@mengyuan/domain';
import { LedgerEntriesDocument, type LedgerEntryFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, Money, PageHeader, ResponsiveTable } from '@mengyuan/ui';
import { OrgPicker } from '../../finance/components/org-picker';
import { DayRange } from '../components/date-range';
import { ExportButton } from '../components/export-button';
import { useUrlState } from '../components/url-state';

const PAGE_SIZE = 20;

/** 账务流水: every ledger posting, searchable by organisation, account, type, reference and days, with the export. */
export default function LedgerEntriesPage() {
  const { t } = useTranslation();
  const { get, set } = useUrlState();
  const [kind, setKind] = useState<'MEMBER' | 'SUPPLIER'>((get('kind') as 'SUPPLIER' | undefined) ?? 'MEMBER');
  const [reference, setReference] = useState(get('reference') ?? '');
  const page = Math.max(1, Number(get('page')) || 1);
  const search = {
    organizationId: get('org') ?? null,
    accountKind: (get('account') as LedgerAccountKind | undefined) ?? null,
    type: (get('type') as LedgerTransactionType | undefined) ?? null,
    reference: get('reference') ?? null,
    from: get('from') ?? null,
    to: get('to') ?? null,
  };
  const { data, loading, error, refetch } = useQuery(LedgerEntriesDocument, {
    variables: { search, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  return (
    <>
      <PageHeader title={t('reports.ledgerTitle')} subtitle={t('reports.ledgerSubtitle')} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search" aria-label={t('reports.ledgerTitle')}>
          <Select
            value={kind}
            aria-label={t('reports.kind')}
            style={{ width: 120 }}
            onChange={(v: 'MEMBER' | 'SUPPLIER') => {
              setKind(v);
              set({ kind: v, org: null, page: null });
            }}
            options={[{ value: 'MEMBER', label: t('reports.members') }, { value: 'SUPPLIER', label: t('reports.suppliers') }]}
          />
          <OrgPicker kind={kind} allowClear value={search.organizationId ?? undefined} onChange={(v) => set({ org: v ?? null, page: null })} placeholder={t('reports.allOrganizations')} testId="ledger-org-filter" width={220} />
          <Select
            allowClear
            placeholder={t('reports.allAccounts')}
            aria-label={t('reports.account')}
            value={search.accountKind ?? undefined}
            onChange={(v?: string) => set({ account: v ?? null, page: null })}
            style={{ width: 150 }}
            options={Object.values(LedgerAccountKind).map((k) => ({ value: k, label: t(`con.accountKind.${k}`) }))}
          />
          <Select
            allowClear
            placeholder={t('reports.allTypes')}
            aria-label={t('reports.type')}
            value={search.type ?? undefined}
            onChange={(v?: string) => set({ type: v ?? null, page: null })}
            style={{ width: 140 }}
            data-testid="ledger-type-filter"
            options={Object.values(LedgerTransactionType).map((k) => ({ value: k, label: t(`ord.txType.${k}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('reports.reference')}
            aria-label={t('reports.reference')}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            onSearch={(v) => set({ reference: v.trim() || null, page: null })}
            style={{ width: 260 }}
            data-testid="ledger-reference"
          />
          <DayRange from={search.from ?? undefined} to={search.to ?? undefined} onChange={(from, to) => set({ from, to, page: null })} testId="ledger-range" />
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          <ExportButton name="ledger-entries" params={{ organizationId: search.organizationId, accountKind: search.accountKind, type: search.type, reference: search.reference, from: search.from, to: search.to }} />
        </Flex>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<LedgerEntryFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="ledger-entries-table"
            loading={loading && !!data}
            dataSource={data?.ledgerEntries.items ?? []}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('reports.ledgerEmpty') }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.ledgerEntries.totalCount ?? 0, onChange: (p) => set({ page: String(p) }), showSizeChanger: false, showTotal: (count: number) => t(data?.ledgerEntries.totalCountCapped ? 'common.totalAtLeast' : 'common.total', { count }) }}
            columns={[
              { title: t('reports.time'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
              { title: t('reports.organization'), dataIndex: 'organizationName', width: 200, render: (v: string | null) => v ?? t('reports.alliance') },
              { title: t('reports.account'), dataIndex: 'accountKind', width: 120, render: (v: string) => t(`con.accountKind.${v}`) },
              { title: t('reports.type'), dataIndex: 'type', width: 110, render: (v: string) => t(`ord.txType.${v}`) },
              { title: t('reports.amount'), dataIndex: 'amount', width: 130, align: 'right', render: (v: string) => <Money fen={v} strong /> },
              { title: t('reports.reference'), dataIndex: 'reference', width: 180, responsive: ['md'], render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text> },
              { title: t('reports.memo'), dataIndex: 'memo', responsive: ['lg'], ellipsis: true, render: (v: string | null) => v ?? '' },
            ]}
          />
        </AsyncState>
      </Card>
    </>
  );
}
