import type { TFunction } from 'i18next';
import { formatFen } from '@mengyuan/domain';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';
import { formatDateTime } from '../components/date-time';

type N = Pick<NotificationFieldsFragment, 'type' | 'params'>;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const KINDS = new Set(['SLA_ESCALATED', 'ELIMINATION_CANDIDATE', 'CANDIDATE_DECIDED', 'APPEAL_FILED', 'APPEAL_DECIDED', 'RATING_REQUESTED', 'RATING_REVEALED', 'TOPUP_CONFIRMED', 'PAYOUT_CONFIRMED', 'NEW_DEVICE_SIGN_IN', 'TWO_FACTOR_CHANGED']);
const time = (v: unknown) => (v ? formatDateTime(str(v), 'YYYY-MM-DD HH:mm') : '');
const money = (v: unknown) => {
  try {
    return formatFen(str(v));
  } catch {
    return str(v);
  }
};

/** Title and body of the notices of deadlines, money and account security (null for other kinds). */
export function renderAccountNotification(t: TFunction, n: N): { title: string; body: string } | null {
  if (!KINDS.has(n.type)) return null;
  const p = (n.params ?? {}) as Record<string, unknown>;
  const values = {
    number: str(p.number),
    total: str(p.total),
    threshold: str(p.threshold),
    appealDeadline: time(p.appealDeadline),
    action: t(`acct.notice.decision_${str(p.action)}`, { defaultValue: str(p.action) }),
    decision: t(`acct.notice.decision_${str(p.decision)}`, { defaultValue: str(p.decision) }),
    reason: str(p.reason),
    organizationName: str(p.organizationName) || t('common.none'),
    orderNo: str(p.orderNo) || t('common.none'),
    revealsAt: time(p.revealsAt),
    amount: money(p.amount),
    reference: str(p.reference),
    at: time(p.at),
    ip: str(p.ip),
    change: t(`acct.notice.change_${str(p.change)}`, { defaultValue: str(p.change) }),
  };
  return { title: t(`acct.notice.title_${n.type}`, values), body: t(`acct.notice.body_${n.type}`, values) };
}

/** Where such a notice is acted on, in the portal or (admin: true) the admin app. */
export function accountNotificationLink(n: N, admin = false): string | null {
  if (!KINDS.has(n.type)) return null;
  const p = (n.params ?? {}) as Record<string, unknown>;
  switch (n.type) {
    case 'SLA_ESCALATED':
      return p.ticketId ? `/tickets/${str(p.ticketId)}` : '/tickets';
    case 'APPEAL_FILED':
      return p.runId ? `/evaluations/${str(p.runId)}` : '/evaluations';
    case 'ELIMINATION_CANDIDATE':
    case 'CANDIDATE_DECIDED':
    case 'APPEAL_DECIDED':
      return '/my-scorecard';
    case 'RATING_REQUESTED':
    case 'RATING_REVEALED':
      return '/ratings';
    case 'TOPUP_CONFIRMED':
      return '/wallet';
    case 'PAYOUT_CONFIRMED':
      return '/payable';
    default:
      return admin ? '/account?tab=sessions' : '/settings?tab=sessions';
  }
}
