import { useState } from 'react';
import { Button, Card, Flex, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TicketsDocument } from '@mengyuan/graphql';
import { ExportButton } from '../../reports/components/export-button';
import { AsyncState, LiveIndicator, PageHeader, SlaBreachList, TicketFilters, TicketList, useTicketQueueLive, type TicketFilterState } from '@mengyuan/ui';

const PAGE_SIZE = 20;

function AllTickets() {
  const { t } = useTranslation();
  const [value, setValue] = useState<TicketFilterState>({ active: false, breached: false, sort: 'URGENCY' });
  const [page, setPage] = useState(1);
  const filter = {
    statuses: value.status ? [value.status] : null,
    level: value.tier ?? null,
    category: value.category ?? null,
    search: value.search ?? null,
    activeOnly: value.active || null,
    breachedOnly: value.breached || null,
  };
  const { data, loading, error, refetch } = useQuery(TicketsDocument, {
    variables: {
      filter,
      sort: value.sort,
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    },
    notifyOnNetworkStatusChange: true,
  });
  useTicketQueueLive(() => void refetch().catch(() => undefined));
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={8} style={{ marginBottom: 12 }}>
        <TicketFilters
          value={value}
          tiers={['L1', 'L2', 'L3']}
          onChange={(c) => {
            setValue((v) => ({ ...v, ...c }));
            setPage(1);
          }}
        />
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          <ExportButton
            name="tickets"
            testId="export-tickets"
            params={{ status: filter.statuses?.[0], level: filter.level, category: filter.category, search: filter.search, activeOnly: filter.activeOnly ? 'true' : null, breachedOnly: filter.breachedOnly ? 'true' : null }}
          />
        </Flex>
      </Flex>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <TicketList
          items={data?.tickets.items ?? []}
          loading={loading && !!data}
          total={data?.tickets.totalCount ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={setPage}
          href={(tk) => `/tickets/${tk.id}`}
          showMember
          showSupplier
        />
      </AsyncState>
    </>
  );
}

/** 售后工单: every ticket with filters and search, and every SLA breach. */
export default function AdminTicketsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'all';
  return (
    <>
      <PageHeader title={t('adminTickets.title')} subtitle={t('adminTickets.subtitle')} tags={<LiveIndicator />} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'all' ? {} : { tab: k }, { replace: true })}
          items={[
            { key: 'all', label: t('adminTickets.tabAll'), children: <AllTickets /> },
            { key: 'breaches', label: t('adminTickets.tabBreaches'), children: <SlaBreachList showSupplier /> },
          ]}
        />
      </Card>
    </>
  );
}
