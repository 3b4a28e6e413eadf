import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';
import { formatFen } from '@mengyuan/domain';
import { accountNotificationLink, formatDateTime, paymentNotificationLink, renderAccountNotification, renderPaymentNotification, renderTicketNotification, ticketOfNotification } from '@mengyuan/ui';

type Params = Record<string, unknown>;

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The i18n key suffix of a notification: the review decision picks the wording of DOCUMENT_REVIEWED. */
function variant(n: Pick<NotificationFieldsFragment, 'type' | 'params'>): string {
  const p = (n.params ?? {}) as Params;
  switch (n.type) {
    case 'DOCUMENT_REVIEWED':
      return p.decision === 'REJECT' ? 'DOCUMENT_REVIEWED_REJECT' : 'DOCUMENT_REVIEWED_APPROVE';
    case 'DOCUMENT_EXPIRING':
    case 'DOCUMENT_EXPIRED':
    case 'ORGANIZATION_DECIDED':
    case 'PRICE_SCHEDULED':
    case 'SETTLEMENT_PRICE_SCHEDULED':
    case 'OFFER_PAUSED':
    case 'LOW_STOCK':
      return n.type;
    case 'OFFER_REVIEWED':
      return p.decision === 'REJECT' ? 'OFFER_REVIEWED_REJECT' : 'OFFER_REVIEWED_APPROVE';
    case 'BATCH_DECIDED':
      return p.status === 'REJECTED' ? 'BATCH_DECIDED_REJECTED' : 'BATCH_DECIDED_SELLABLE';
    default:
      return 'UNKNOWN';
  }
}

const fen = (v: unknown) => {
  try {
    return formatFen(str(v));
  } catch {
    return str(v);
  }
};

/** Params of the catalog and inventory notifications (prices as ¥, times in Beijing, enums translated). */
function catalogValues(t: TFunction, type: string, p: Params): Record<string, string> {
  return {
    skuCode: str(p.skuCode),
    skuName: str(p.skuName),
    oldPrice: p.oldPrice ? fen(p.oldPrice) : '',
    newPrice: p.newPrice ? fen(p.newPrice) : '',
    effectiveAt: p.effectiveAt ? formatDateTime(str(p.effectiveAt), 'YYYY-MM-DD HH:mm') : '',
    // Older notifications carry only ids: they get a generic phrase, never an id fragment.
    offer: p.skuName ? t('notifications.offerOf', { skuName: str(p.skuName) }) : t('notifications.offerUnknown'),
    batch: p.skuName ? t('notifications.batchOf', { skuName: str(p.skuName) }) : t('notifications.batchUnknown'),
    pauseReason: type === 'OFFER_PAUSED' && p.reason ? t(`cat.pauseReason.${str(p.reason)}`, { defaultValue: str(p.reason) }) : '',
    sampleInvalid: str(p.sampleInvalid),
    stock: str(p.stock),
    threshold: str(p.threshold),
    short: type === 'SETTLEMENT_PRICE_SCHEDULED' && p.noticeShortened ? t('notifications.settlementShort') : '',
  };
}

/** Title and body of a notification, rendered through i18n from its type and params (enums translated too). */
export function renderNotification(t: TFunction, n: Pick<NotificationFieldsFragment, 'type' | 'params'>): { title: string; body: string } {
  const ticket = renderTicketNotification(t, n) ?? renderPaymentNotification(t, n) ?? renderAccountNotification(t, n);
  if (ticket) return ticket;
  const p = (n.params ?? {}) as Params;
  const key = variant(n);
  const values = {
    documentType: p.documentType ? t(`doc.type.${str(p.documentType)}`, { defaultValue: str(p.documentType) }) : '',
    number: str(p.number),
    note: str(p.note) || t('common.none'),
    validTo: str(p.validTo),
    days: str(p.days),
    action: p.action ? t(`onboarding.action.${str(p.action)}`, { defaultValue: str(p.action) }) : '',
    from: p.from ? t(`org.status.${str(p.from)}`, { defaultValue: str(p.from) }) : '',
    to: p.to ? t(`org.status.${str(p.to)}`, { defaultValue: str(p.to) }) : '',
    reason: str(p.reason) || t('common.none'),
    type: n.type,
    ...catalogValues(t, n.type, p),
  };
  return { title: t(`notifications.title_${key}`, values), body: t(`notifications.body_${key}`, values) };
}

/** Where a notification leads in the portal. */
export function notificationLink(n: Pick<NotificationFieldsFragment, 'type' | 'params'>): string {
  const ticketId = ticketOfNotification(n);
  if (ticketId) return `/tickets/${ticketId}`;
  const money = paymentNotificationLink(n, 'portal');
  if (money) return money;
  const account = accountNotificationLink(n);
  if (account) return account;
  if (n.type === 'ORGANIZATION_DECIDED') {
    const to = ((n.params ?? {}) as Params).to;
    return to === 'APPLIED' || to === 'UNDER_REVIEW' || to === 'PROBATION' || to === 'ACTIVE' ? '/onboarding' : '/';
  }
  if (n.type === 'PRICE_SCHEDULED' || n.type === 'SETTLEMENT_PRICE_SCHEDULED') return '/catalog';
  if (n.type === 'OFFER_REVIEWED' || n.type === 'OFFER_PAUSED') return '/offers';
  if (n.type === 'LOW_STOCK' || n.type === 'BATCH_DECIDED') {
    const offerId = ((n.params ?? {}) as Params).offerId;
    return offerId ? `/offers/${str(offerId)}` : '/offers';
  }
  return '/documents';
}
