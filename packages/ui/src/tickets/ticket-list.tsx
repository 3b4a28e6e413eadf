import type { ReactNode } from 'react';
import { Card, Empty, Flex, Grid, List, Table, Typography } from 'antd';
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TicketCategory, TicketStatus, TicketTier } from '@mengyuan/domain';
import { TicketsDocument, type TicketFieldsFragment, type TicketSort } from '@mengyuan/graphql';
import { AsyncState } from '../components/async-state';
import { DateTime } from '../components/date-time';
import { ListPage, type ListColumn } from '../lists/list-page';
import type { ListState } from '../lists/list-state';
import { TicketCountdown } from './sla-countdown';
import { TicketFilters, type TicketFilterState } from './ticket-filters';
import { TicketStatusTag, TicketTierTag } from './ticket-labels';
import { useTicketQueueLive } from './use-ticket-live';

export interface TicketListProps {
  items: readonly TicketFieldsFragment[];
  loading?: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** Where a ticket opens. */
  href: (ticket: TicketFieldsFragment) => string;
  /** Which party columns to show (a member knows itself; a supplier knows itself). */
  showMember?: boolean;
  showSupplier?: boolean;
  empty?: ReactNode;
}

function Number({ ticket, href }: { ticket: TicketFieldsFragment; href: string }) {
  return (
    <Flex align="center" gap={6}>
      <Link to={href} data-testid="ticket-link" style={{ fontFamily: 'monospace', fontWeight: 600 }}>
        {ticket.number}
      </Link>
      {ticket.breached && <ExclamationCircleFilled style={{ color: '#ff4d4f' }} aria-hidden />}
    </Flex>
  );
}

/** A ticket list's columns (the queue's and an organisation's recent tickets). */
function useTicketColumns(href: (tk: TicketFieldsFragment) => string, showMember?: boolean, showSupplier?: boolean): ListColumn<TicketFieldsFragment>[] {
  const { t } = useTranslation();
  return [
    { title: t('tk.field.number'), key: 'number', nowrap: true, mobile: 'title', exportValue: (tk) => tk.number, render: (_: unknown, tk) => <Number ticket={tk} href={href(tk)} /> },
    {
      title: t('tk.field.category'),
      key: 'category',
      width: 140,
      exportValue: (tk) => `${t(`tk.category.${tk.category}`)} ${t(`tk.tier.${tk.level}`)}`,
      render: (_: unknown, tk) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{t(`tk.category.${tk.category}`)}</span>
          <TicketTierTag tier={tk.level} />
        </Flex>
      ),
    },
    {
      title: t('tk.field.sku'),
      key: 'sku',
      width: 150,
      exportValue: (tk) => `${tk.skuName} ${tk.clientOrderNo}`,
      render: (_: unknown, tk) => (
        <Flex vertical gap={2}>
          <span>{tk.skuName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {tk.clientOrderNo}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(showMember ? [{ title: t('tk.field.member'), key: 'memberName', width: 120 } satisfies ListColumn<TicketFieldsFragment>] : []),
    ...(showSupplier ? [{ title: t('tk.field.supplier'), key: 'supplierName', width: 140 } satisfies ListColumn<TicketFieldsFragment>] : []),
    { title: t('tk.field.status'), key: 'status', nowrap: true, mobile: 'tag', exportValue: (tk) => t(`tk.status.${tk.status}`), render: (_: unknown, tk) => <TicketStatusTag status={tk.status} /> },
    { title: t('tk.field.countdown'), key: 'countdown', width: 170, exportValue: false, render: (_: unknown, tk) => <TicketCountdown ticket={tk} /> },
    { title: t('tk.field.updatedAt'), key: 'updatedAt', nowrap: true, render: (v: string) => <DateTime value={v} format="MM-DD HH:mm" /> },
  ];
}

/**
 * A short list of tickets (an organisation's recent ones): a table on wide screens, cards on phones, with live
 * countdowns. Rows carry data-ticket / data-status for tests. The queues use TicketQueueList.
 */
export function TicketList({ items, loading, total, page, pageSize, onPage, href, showMember, showSupplier, empty }: TicketListProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const columns = useTicketColumns(href, showMember, showSupplier);
  const pagination = { current: page, pageSize, total, onChange: onPage, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count: number) => t('common.total', { count }) };
  const emptyNode = <Empty description={empty ?? t('tk.list.empty')} />;
  if (!screens.md) {
    return (
      <List
        data-testid="ticket-list"
        loading={loading}
        dataSource={[...items]}
        locale={{ emptyText: emptyNode }}
        pagination={total > pageSize ? { ...pagination, size: 'small', showTotal: undefined } : false}
        renderItem={(tk) => (
          <Card size="small" style={{ marginBottom: 10 }} data-testid="ticket-row" data-ticket={tk.number} data-status={tk.status}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Number ticket={tk} href={href(tk)} />
              <TicketStatusTag status={tk.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 6 }} ellipsis>
              {t(`tk.category.${tk.category}`)} · {tk.skuName} · {tk.clientOrderNo}
            </Typography.Text>
            <Flex justify="space-between" align="flex-end" gap={8} style={{ marginTop: 8 }} wrap>
              <TicketCountdown ticket={tk} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={tk.updatedAt} format="MM-DD HH:mm" />
              </Typography.Text>
            </Flex>
          </Card>
        )}
      />
    );
  }
  return (
    <Table<TicketFieldsFragment>
      rowKey="id"
      size="middle"
      data-testid="ticket-list"
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: emptyNode }}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      onRow={(tk) => ({ 'data-testid': 'ticket-row', 'data-ticket': tk.number, 'data-status': tk.status }) as object}
      columns={columns.map((c) => ({
        key: c.key,
        title: c.title,
        width: c.width,
        onCell: c.nowrap ? () => ({ style: { whiteSpace: 'nowrap' } }) : undefined,
        render: (_: unknown, tk: TicketFieldsFragment, i: number) => (c.render ? c.render((tk as unknown as Record<string, never>)[c.dataIndex ?? c.key], tk, i) : (tk as unknown as Record<string, ReactNode>)[c.key]),
      }))}
    />
  );
}

/** A ticket queue's filters in the URL (status, tier, category, q, active, breached, order). */
export function ticketFiltersOf(state: ListState, defaults: { sort: TicketSort; active: boolean }): TicketFilterState {
  return {
    status: state.get('status') as TicketStatus | undefined,
    tier: state.get('tier') as TicketTier | undefined,
    category: state.get('category') as TicketCategory | undefined,
    search: state.get('q'),
    active: state.get('active') !== undefined ? state.get('active') === '1' : defaults.active,
    breached: state.get('breached') === '1',
    sort: (state.get('order') as TicketSort | undefined) ?? defaults.sort,
  };
}

export interface TicketQueueListProps {
  /** Names the list in saved views and column settings. */
  listKey: string;
  state: ListState;
  defaults: { sort: TicketSort; active: boolean };
  href: (ticket: TicketFieldsFragment) => string;
  /** The tiers the caller may filter by (none: no tier filter). */
  tiers?: readonly TicketTier[];
  /** The open-only and overdue-only switches. */
  withSwitches?: boolean;
  /** A member's "open only" is implied unless a status is chosen. */
  activeUnlessStatus?: boolean;
  showMember?: boolean;
  showSupplier?: boolean;
  /** What an empty queue says (filtered: some filter is set). */
  empty?: (filtered: boolean) => ReactNode;
  /** Buttons beside the saved views, given the api's filter (an export). */
  toolbar?: (filter: TicketQueueFilter) => ReactNode;
}

export interface TicketQueueFilter {
  statuses: TicketStatus[] | null;
  level: TicketTier | null;
  category: TicketCategory | null;
  search: string | null;
  activeOnly: boolean | null;
  breachedOnly: boolean | null;
}

/**
 * A ticket queue as a list people know: filters and order in the URL, saved views, column settings, export of the
 * selection, live countdowns, cards on a phone. Rows carry data-testid=ticket-row, data-ticket and data-status.
 */
export function TicketQueueList({ listKey, state, defaults, href, tiers, withSwitches = true, activeUnlessStatus, showMember, showSupplier, empty, toolbar }: TicketQueueListProps) {
  const { t } = useTranslation();
  const value = ticketFiltersOf(state, defaults);
  const filter: TicketQueueFilter = {
    statuses: value.status ? [value.status] : null,
    level: value.tier ?? null,
    category: value.category ?? null,
    search: value.search ?? null,
    activeOnly: (activeUnlessStatus ? value.active && !value.status : value.active) || null,
    breachedOnly: value.breached || null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(TicketsDocument, {
    variables: { filter, sort: value.sort, page: { offset: (state.page - 1) * state.pageSize, limit: state.pageSize } },
    notifyOnNetworkStatusChange: true,
  });
  useTicketQueueLive(() => void refetch().catch(() => undefined));
  const shown = data ?? previousData;
  const columns = useTicketColumns(href, showMember, showSupplier);
  const change = (c: Partial<TicketFilterState>) => {
    const map: Record<string, string | undefined> = {};
    if ('status' in c) map.status = c.status;
    if ('tier' in c) map.tier = c.tier;
    if ('category' in c) map.category = c.category;
    if ('search' in c) map.q = c.search;
    if ('active' in c) map.active = c.active === defaults.active ? undefined : c.active ? '1' : '0';
    if ('breached' in c) map.breached = c.breached ? '1' : undefined;
    if ('sort' in c) map.order = c.sort === defaults.sort ? undefined : c.sort;
    state.set(map);
  };
  return (
    <AsyncState loading={loading && !shown} error={error} hasData={!!shown} onRetry={() => void refetch()}>
      <ListPage<TicketFieldsFragment>
        listKey={listKey}
        data-testid="ticket-list"
        state={state}
        rowKey={(tk) => tk.id}
        columns={columns}
        items={shown?.tickets.items ?? []}
        total={shown?.tickets.totalCount ?? 0}
        loading={loading}
        onReload={() => void refetch()}
        emptyText={empty?.(state.activeFilters > 0) ?? t('tk.list.empty')}
        exportName="tickets"
        rowProps={(tk) => ({ 'data-testid': 'ticket-row', 'data-ticket': tk.number, 'data-status': tk.status })}
        toolbar={toolbar?.(filter)}
        filters={<TicketFilters value={value} onChange={change} tiers={tiers} withSwitches={withSwitches} />}
      />
    </AsyncState>
  );
}
