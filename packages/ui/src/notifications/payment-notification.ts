import type { TFunction } from 'i18next';
import { formatFen } from '@mengyuan/domain';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';

type Params = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const money = (v: unknown) => {
  try {
    return formatFen(str(v));
  } catch {
    return str(v);
  }
};

/** Money in and out (issue 20): top-ups, online payments, withdrawals, reconciliation. */
export const PAYMENT_NOTIFICATION_TYPES: ReadonlySet<string> = new Set([
  'TOPUP_REQUESTED', 'TOPUP_CONFIRMED', 'TOPUP_REJECTED', 'PAYMENT_CREDITED', 'WITHDRAWAL_REQUESTED', 'WITHDRAWAL_PAID', 'WITHDRAWAL_REJECTED', 'RECONCILIATION_DIFFERENCES',
]);

/** Title and body of a money notification (amounts as ¥, numbers as people see them); null for other types. */
export function renderPaymentNotification(t: TFunction, n: Pick<NotificationFieldsFragment, 'type' | 'params'>): { title: string; body: string } | null {
  if (!PAYMENT_NOTIFICATION_TYPES.has(n.type)) return null;
  const p = (n.params ?? {}) as Params;
  const prefix = n.type.startsWith('WITHDRAWAL') ? 'WD' : 'TU';
  const values = {
    number: p.number ? `${prefix}${str(p.number).padStart(6, '0')}` : '',
    amount: money(p.amount),
    reason: str(p.reason) || t('common.none'),
    reference: str(p.reference),
    channel: str(p.channel),
    day: str(p.day),
    differences: str(p.differences),
  };
  return { title: t(`notifications.title_${n.type}`, values), body: t(`notifications.body_${n.type}`, values) };
}

/** Where a money notification leads: the portal's (or the admin's) page for it. */
export function paymentNotificationLink(n: Pick<NotificationFieldsFragment, 'type'>, app: 'portal' | 'admin'): string | null {
  if (!PAYMENT_NOTIFICATION_TYPES.has(n.type)) return null;
  if (app === 'admin') {
    if (n.type === 'TOPUP_REQUESTED') return '/finance/topups';
    if (n.type === 'WITHDRAWAL_REQUESTED') return '/finance/withdrawals';
    if (n.type === 'RECONCILIATION_DIFFERENCES') return '/finance/reconciliation';
    return '/finance';
  }
  return n.type.startsWith('WITHDRAWAL') ? '/withdrawals' : '/wallet/topup';
}
