import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../reports/components/export-button';
import { LiveIndicator, PageHeader, SlaBreachList, TicketQueueList, useListState } from '@mengyuan/ui';

/** 售后工单: every ticket with filters, search and saved views, and every SLA breach. */
export default function AdminTicketsPage() {
  const { t } = useTranslation();
  const list = useListState({ detailKeys: ['tab'] });
  const tab = list.get('tab') ?? 'all';
  return (
    <>
      <PageHeader title={t('adminTickets.title')} subtitle={t('adminTickets.subtitle')} tags={<LiveIndicator />} />
      <Tabs
        activeKey={tab}
        onChange={(k) => list.set({ tab: k === 'all' ? undefined : k, page: undefined })}
        className="my-scroll-tabs"
        items={[
          {
            key: 'all',
            label: t('adminTickets.tabAll'),
            children: (
              <TicketQueueList
                listKey="admin.tickets"
                state={list}
                defaults={{ sort: 'URGENCY', active: false }}
                tiers={['L1', 'L2', 'L3']}
                href={(tk) => `/tickets/${tk.id}`}
                showMember
                showSupplier
                toolbar={(f) => (
                  <ExportButton
                    name="tickets"
                    testId="export-tickets"
                    params={{ status: f.statuses?.[0], level: f.level, category: f.category, search: f.search, activeOnly: f.activeOnly ? 'true' : null, breachedOnly: f.breachedOnly ? 'true' : null }}
                  />
                )}
              />
            ),
          },
          { key: 'breaches', label: t('adminTickets.tabBreaches'), children: <Card><SlaBreachList showSupplier /></Card> },
        ]}
      />
    </>
  );
}
