import { Button, Card, Empty, Flex, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Role, type TicketCategory, type TicketStatus, type TicketTier } from '@mengyuan/domain';
import { TicketsDocument, type TicketSort } from '@mengyuan/graphql';
import { AsyncState, LiveIndicator, PageHeader, SlaBreachList, TicketFilters, TicketList, useAuth, useTicketQueueLive, type TicketFilterState } from '@mengyuan/ui';
import { AutoRules } from '../components/auto-rules';

const PAGE_SIZE = 20;

/** The tiers a supplier user answers: support L1, tech L2; owners and operators all (L3 to watch escalations). */
function tiersOf(roles: readonly string[]): TicketTier[] {
  if (roles.includes(Role.OWNER) || roles.includes(Role.OPERATOR)) return ['L1', 'L2', 'L3'];
  return [...(roles.includes(Role.SUPPORT) ? (['L1'] as const) : []), ...(roles.includes(Role.TECH) ? (['L2'] as const) : [])];
}

function useFilters(defaults: { sort: TicketSort; active: boolean }) {
  const [params, setParams] = useSearchParams();
  const value: TicketFilterState = {
    status: (params.get('status') as TicketStatus | null) ?? undefined,
    tier: (params.get('tier') as TicketTier | null) ?? undefined,
    category: (params.get('category') as TicketCategory | null) ?? undefined,
    search: params.get('q') ?? undefined,
    active: params.has('active') ? params.get('active') === '1' : defaults.active,
    breached: params.get('breached') === '1',
    sort: (params.get('sort') as TicketSort | null) ?? defaults.sort,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const tab = params.get('tab') ?? 'queue';
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const change = (c: Partial<TicketFilterState>) => {
    const map: Record<string, string | null> = { page: null };
    if ('status' in c) map.status = c.status ?? null;
    if ('tier' in c) map.tier = c.tier ?? null;
    if ('category' in c) map.category = c.category ?? null;
    if ('search' in c) map.q = c.search ?? null;
    if ('active' in c) map.active = c.active ? '1' : '0';
    if ('breached' in c) map.breached = c.breached ? '1' : null;
    if ('sort' in c) map.sort = c.sort ?? null;
    set(map);
  };
  return { value, page, tab, set, change };
}

function TicketQueue({
  value,
  page,
  onPage,
  onChange,
  tiers,
  member,
}: {
  value: TicketFilterState;
  page: number;
  onPage: (p: number) => void;
  onChange: (c: Partial<TicketFilterState>) => void;
  tiers?: TicketTier[];
  member: boolean;
}) {
  const { t } = useTranslation();
  const filter = {
    statuses: value.status ? [value.status] : null,
    level: value.tier ?? null,
    category: value.category ?? null,
    search: value.search ?? null,
    activeOnly: value.active && !value.status ? true : null,
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
  const filtered = !!(value.status || value.tier || value.category || value.search || value.breached || (!member && value.active));
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={8} style={{ marginBottom: 12 }}>
        <TicketFilters value={value} onChange={onChange} tiers={tiers} withSwitches={!member} />
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
      </Flex>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <TicketList
          items={data?.tickets.items ?? []}
          loading={loading && !!data}
          total={data?.tickets.totalCount ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={onPage}
          href={(tk) => `/tickets/${tk.id}`}
          showMember={!member}
          showSupplier={member}
          empty={
            filtered ? (
              t('tk.list.emptyFiltered')
            ) : member ? (
              <>
                <Typography.Paragraph type="secondary">{t('tickets.memberEmpty')}</Typography.Paragraph>
                <Link to="/orders">{t('tickets.goOrders')}</Link>
              </>
            ) : (
              t('tk.list.empty')
            )
          }
        />
      </AsyncState>
    </>
  );
}

/** 售后工单: a member's own tickets, or a supplier's queue by urgency with live countdowns, breaches and auto-rules. */
export default function TicketsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const member = user?.organization.kind === 'MEMBER';
  const roles = user?.roles ?? [];
  const tiers = member ? undefined : tiersOf(roles);
  const { value, page, tab, set, change } = useFilters({
    sort: member ? 'NEWEST' : 'URGENCY',
    active: !member,
  });
  const queue = <TicketQueue value={value} page={page} onPage={(p) => set({ page: String(p) })} onChange={change} tiers={tiers} member={member} />;
  if (user?.organization.kind !== 'MEMBER' && user?.organization.kind !== 'SUPPLIER') return <Empty />;
  return (
    <>
      <PageHeader title={member ? t('tickets.memberTitle') : t('tickets.supplierTitle')} subtitle={member ? t('tickets.memberSubtitle') : t('tickets.supplierSubtitle')} tags={<LiveIndicator />} />
      {member ? (
        <Card>{queue}</Card>
      ) : (
        <Card>
          {tiers && tiers.length < 3 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('tickets.scopeHint', {
                tiers: tiers.map((tr) => t(`tk.tier.${tr}`)).join('、'),
              })}
            </Typography.Paragraph>
          )}
          <Tabs
            activeKey={tab}
            onChange={(k) => set({ tab: k === 'queue' ? null : k, page: null })}
            items={[
              { key: 'queue', label: t('tickets.tabQueue'), children: queue },
              {
                key: 'breaches',
                label: t('tickets.tabBreaches'),
                children: <SlaBreachList tiers={tiers} />,
              },
              {
                key: 'rules',
                label: t('tickets.tabRules'),
                children: <AutoRules canEdit={roles.includes('OWNER') || roles.includes('OPERATOR')} />,
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
