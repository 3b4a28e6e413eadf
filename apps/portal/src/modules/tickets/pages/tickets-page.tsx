import { Card, Empty, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Role, type TicketTier } from '@mengyuan/domain';
import { LiveIndicator, PageHeader, SlaBreachList, TicketQueueList, useAuth, useListState } from '@mengyuan/ui';
import { AutoRules } from '../components/auto-rules';

/** The tiers a supplier user answers: support L1, tech L2; owners and operators all (L3 to watch escalations). */
function tiersOf(roles: readonly string[]): TicketTier[] {
  if (roles.includes(Role.OWNER) || roles.includes(Role.OPERATOR)) return ['L1', 'L2', 'L3'];
  return [...(roles.includes(Role.SUPPORT) ? (['L1'] as const) : []), ...(roles.includes(Role.TECH) ? (['L2'] as const) : [])];
}

/** 售后工单: a member's own tickets, or a supplier's queue by urgency with live countdowns, breaches and auto-rules. */
export default function TicketsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const list = useListState({ detailKeys: ['tab'] });
  const member = user?.organization.kind === 'MEMBER';
  const roles = user?.roles ?? [];
  const tiers = member ? undefined : tiersOf(roles);
  const tab = list.get('tab') ?? 'queue';
  if (user?.organization.kind !== 'MEMBER' && user?.organization.kind !== 'SUPPLIER') return <Empty />;
  const queue = (
    <TicketQueueList
      listKey={member ? 'portal.tickets.member' : 'portal.tickets.supplier'}
      state={list}
      defaults={{ sort: member ? 'NEWEST' : 'URGENCY', active: !member }}
      activeUnlessStatus
      tiers={tiers}
      withSwitches={!member}
      href={(tk) => `/tickets/${tk.id}`}
      showMember={!member}
      showSupplier={member}
      empty={(filtered) =>
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
  );
  return (
    <>
      <PageHeader title={member ? t('tickets.memberTitle') : t('tickets.supplierTitle')} subtitle={member ? t('tickets.memberSubtitle') : t('tickets.supplierSubtitle')} tags={<LiveIndicator />} />
      {member ? (
        queue
      ) : (
        <>
          {tiers && tiers.length < 3 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('tickets.scopeHint', { tiers: tiers.map((tr) => t(`tk.tier.${tr}`)).join('、') })}
            </Typography.Paragraph>
          )}
          <Tabs
            activeKey={tab}
            onChange={(k) => list.set({ tab: k === 'queue' ? undefined : k, page: undefined })}
            className="my-scroll-tabs"
            items={[
              { key: 'queue', label: t('tickets.tabQueue'), children: queue },
              { key: 'breaches', label: t('tickets.tabBreaches'), children: <Card><SlaBreachList tiers={tiers} /></Card> },
              { key: 'rules', label: t('tickets.tabRules'), children: <Card><AutoRules canEdit={roles.includes('OWNER') || roles.includes('OPERATOR')} /></Card> },
            ]}
          />
        </>
      )}
    </>
  );
}
