import { Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TicketCategory, TicketStatus, type TicketTier } from '@mengyuan/domain';
import type { TicketSort } from '@mengyuan/graphql';

export interface TicketFilterState {
  status?: TicketStatus;
  tier?: TicketTier;
  category?: TicketCategory;
  search?: string;
  active: boolean;
  breached: boolean;
  sort: TicketSort;
}

/** The queue's filters (placed in a list's filter bar): status, tier (only the caller's), problem, overdue/open-only switches, search and order. */
export function TicketFilters({
  value,
  onChange,
  tiers,
  withSwitches = true,
}: {
  value: TicketFilterState;
  onChange: (next: Partial<TicketFilterState>) => void;
  tiers?: readonly TicketTier[];
  withSwitches?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('tk.list.search')}
        aria-label={t('tk.list.search')}
        defaultValue={value.search}
        key={`q-${value.search ?? ''}`}
        onSearch={(v) => onChange({ search: v.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="ticket-search"
      />
      <Select
        allowClear
        placeholder={t('tk.list.allStatuses')}
        value={value.status}
        onChange={(v?: TicketStatus) => onChange({ status: v })}
        style={{ width: 150 }}
        options={Object.values(TicketStatus).map((s) => ({
          value: s,
          label: t(`tk.status.${s}`),
        }))}
        data-testid="ticket-status-filter"
        aria-label={t('tk.list.allStatuses')}
      />
      {tiers && tiers.length > 1 && (
        <Select
          allowClear
          placeholder={t('tk.list.allTiers')}
          value={value.tier}
          onChange={(v?: TicketTier) => onChange({ tier: v })}
          style={{ width: 170 }}
          options={tiers.map((tr) => ({
            value: tr,
            label: t(`tk.tier.${tr}`),
          }))}
          data-testid="ticket-tier-filter"
          aria-label={t('tk.list.allTiers')}
        />
      )}
      <Select
        allowClear
        placeholder={t('tk.list.allCategories')}
        value={value.category}
        onChange={(v?: TicketCategory) => onChange({ category: v })}
        style={{ width: 150 }}
        options={Object.values(TicketCategory).map((c) => ({
          value: c,
          label: t(`tk.category.${c}`),
        }))}
        aria-label={t('tk.list.allCategories')}
      />
      <Select
        value={value.sort}
        onChange={(v: TicketSort) => onChange({ sort: v })}
        style={{ width: 150 }}
        options={(['URGENCY', 'NEWEST', 'UPDATED'] as const).map((s) => ({
          value: s,
          label: t(`tk.sort.${s}`),
        }))}
        data-testid="ticket-sort"
        aria-label={t('tk.sort.URGENCY')}
      />
      {withSwitches && (
        <>
          <Flex gap={6} align="center">
            <Switch size="small" checked={value.active} onChange={(v) => onChange({ active: v })} aria-label={t('tk.list.activeOnly')} data-testid="ticket-active-only" />
            <Typography.Text>{t('tk.list.activeOnly')}</Typography.Text>
          </Flex>
          <Flex gap={6} align="center">
            <Switch size="small" checked={value.breached} onChange={(v) => onChange({ breached: v })} aria-label={t('tk.list.breachedOnly')} data-testid="ticket-breached-only" />
            <Typography.Text>{t('tk.list.breachedOnly')}</Typography.Text>
          </Flex>
        </>
      )}
    </>
  );
}
