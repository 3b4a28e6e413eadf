import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolutionKind, TicketCategory, TicketStatus, TicketTier } from '@mengyuan/domain';

const STATUS_COLOR: Record<TicketStatus, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'processing',
  WAITING_ON_MEMBER: 'gold',
  ESCALATED: 'volcano',
  RESOLVED: 'success',
  REOPENED: 'magenta',
  CLOSED: 'default',
};
const TIER_COLOR: Record<TicketTier, string> = {
  L1: 'cyan',
  L2: 'geekblue',
  L3: 'purple',
};
const RESOLUTION_COLOR: Record<ResolutionKind, string> = {
  REISSUE: 'green',
  REFUND: 'orange',
  COMPENSATION: 'gold',
  REJECTED: 'default',
};
const tagStyle = { marginInlineEnd: 0 };

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} style={tagStyle} data-testid="ticket-status" data-status={status}>
      {t(`tk.status.${status}`)}
    </Tag>
  );
}

export function TicketTierTag({ tier }: { tier: TicketTier }) {
  const { t } = useTranslation();
  return (
    <Tag color={TIER_COLOR[tier] ?? 'default'} variant="outlined" style={tagStyle} data-testid="ticket-tier" data-tier={tier}>
      {t(`tk.tier.${tier}`)}
    </Tag>
  );
}

export function TicketCategoryLabel({ category }: { category: TicketCategory }) {
  const { t } = useTranslation();
  return <span data-category={category}>{t(`tk.category.${category}`)}</span>;
}

export function ResolutionTag({ kind }: { kind: ResolutionKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={RESOLUTION_COLOR[kind] ?? 'default'} style={tagStyle} data-testid="resolution-kind" data-kind={kind}>
      {t(`tk.resolution.${kind}`)}
    </Tag>
  );
}

