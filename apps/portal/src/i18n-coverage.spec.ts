import {
  AttemptOutcome, BatchStatus, DockProtocol, Category, ChannelType, DeliveryMode, DocumentStatus, DocumentType, ErrorCode, InvitationStatus, Landing, LedgerAccountKind, LedgerTransactionType,
  NotificationType, OfferPauseReason, OfferStatus, OrderStatus, OrganizationKind, OrganizationStatus, ResolutionKind, RiskEventType, Role, SkuStatus, SlaClockState, SlaMetric,
  TicketAuthorKind, TicketCategory, TicketStatus, TicketTier, TopupTaskStatus, WebhookEvent,
  NotifyOutcome, PaymentChannelKind, PaymentMode, PaymentStatus, ReconciliationStatus, SettlementCycle, TopupRequestStatus, WithdrawalStatus,
} from '@mengyuan/domain';
import { i18n } from './i18n';

/** Notifications told in a variant per outcome (notification-text.tsx variant()). */
const VARIANTS: Record<string, string[]> = {
  DOCUMENT_REVIEWED: ['_APPROVE', '_REJECT'],
  OFFER_REVIEWED: ['_APPROVE', '_REJECT'],
  BATCH_DECIDED: ['_SELLABLE', '_REJECTED'],
};

/** Notices of deadlines, money and account security: the shared renderer tells them (acct.notice, notice-notification.ts). */
const ACCOUNT_NOTICES = new Set(['SLA_ESCALATED', 'ELIMINATION_CANDIDATE', 'CANDIDATE_DECIDED', 'APPEAL_FILED', 'APPEAL_DECIDED', 'RATING_REQUESTED', 'RATING_REVEALED', 'TOPUP_CONFIRMED', 'PAYOUT_CONFIRMED', 'NEW_DEVICE_SIGN_IN', 'TWO_FACTOR_CHANGED']);
/** Sent by e-mail only (never in the inbox): only their names are shown (preferences, delivery lists). */
const E_MAIL_ONLY = new Set(['INVITATION', 'PASSWORD_RESET']);

/**
 * Every value of an enum the portal shows has a label in both languages: a screen never falls back to the raw
 * key (ORDER_FAILED, topup_task.changed). Each entry: the enum and the i18n keys its values are shown through.
 */
const SHOWN: [name: string, values: Record<string, string>, keys: (v: string) => string[]][] = [
  ['OrderStatus', OrderStatus, (v) => [`ord.status.${v}`]],
  ['AttemptOutcome', AttemptOutcome, (v) => [`ord.attempt.${v}`]],
  ['LedgerTransactionType', LedgerTransactionType, (v) => [`ord.txType.${v}`]],
  ['LedgerAccountKind', LedgerAccountKind, (v) => [`con.accountKind.${v}`]],
  ['TopupTaskStatus', TopupTaskStatus, (v) => [`topups.status.${v}`]],
  ['OrganizationKind', OrganizationKind, (v) => [`org.kind.${v}`]],
  ['OrganizationStatus', OrganizationStatus, (v) => [`org.status.${v}`]],
  ['ChannelType', ChannelType, (v) => [`org.channel.${v}`]],
  ['Role', Role, (v) => [`org.role.${v}`]],
  ['InvitationStatus', InvitationStatus, (v) => [`con.invitationStatus.${v}`]],
  ['Landing', Landing, (v) => [`con.landing.${v}`]],
  ['Category', Category, (v) => [`cat.category.${v}`]],
  ['DeliveryMode', DeliveryMode, (v) => [`cat.delivery.${v}`]],
  ['SkuStatus', SkuStatus, (v) => [`cat.skuStatus.${v}`]],
  ['OfferStatus', OfferStatus, (v) => [`cat.offerStatus.${v}`]],
  ['OfferPauseReason', OfferPauseReason, (v) => [`cat.pauseReason.${v}`]],
  ['BatchStatus', BatchStatus, (v) => [`cat.batchStatus.${v}`]],
  ['RiskEventType', RiskEventType, (v) => [`cat.riskType.${v}`]],
  ['DocumentType', DocumentType, (v) => [`doc.type.${v}`]],
  ['DocumentStatus', DocumentStatus, (v) => [`doc.status.${v}`]],
  ['TicketStatus', TicketStatus, (v) => [`tk.status.${v}`]],
  ['TicketCategory', TicketCategory, (v) => [`tk.category.${v}`]],
  ['TicketTier', TicketTier, (v) => [`tk.tier.${v}`]],
  ['ResolutionKind', ResolutionKind, (v) => [`tk.resolution.${v}`]],
  ['TicketAuthorKind', TicketAuthorKind, (v) => [`tk.author.${v}`]],
  ['SlaMetric', SlaMetric, (v) => [`tk.metric.${v}`]],
  ['SlaClockState', SlaClockState, (v) => [`tk.clockState.${v}`]],
  [
    'NotificationType',
    NotificationType,
    (v) =>
      ACCOUNT_NOTICES.has(v)
        ? [`acct.notice.title_${v}`, `acct.notice.body_${v}`]
        : E_MAIL_ONLY.has(v)
          ? [`acct.kinds.${v}`]
          : (VARIANTS[v] ?? ['']).flatMap((x) => [`notifications.title_${v}${x}`, `notifications.body_${v}${x}`]),
  ],
  ['WebhookEvent', WebhookEvent, (v) => [`webhooks.event.${v.replace(/\./g, '_')}`]],
  ['ErrorCode', ErrorCode, (v) => [`errors.${v}`]],
  ['PaymentChannelKind', PaymentChannelKind, (v) => [`pay.channelKind.${v}`]],
  ['PaymentMode', PaymentMode, (v) => [`pay.mode.${v}`]],
  ['PaymentStatus', PaymentStatus, (v) => [`pay.paymentStatus.${v}`]],
  ['TopupRequestStatus', TopupRequestStatus, (v) => [`pay.topupStatus.${v}`]],
  ['WithdrawalStatus', WithdrawalStatus, (v) => [`pay.withdrawalStatus.${v}`]],
  ['SettlementCycle', SettlementCycle, (v) => [`pay.cycle.${v}`]],
  ['ReconciliationStatus', ReconciliationStatus, (v) => [`pay.reconStatus.${v}`]],
  ['NotifyOutcome', NotifyOutcome, (v) => [`pay.notifyOutcome.${v}`]],
  ['DockProtocol', DockProtocol, (v) => [`dock.protocolValue.${v}`]],
];

/** The reasons an order failed that the api writes on it (failureCode), shown through ord.failure. */
const FAILURE_CODES = ['SOLD_OUT', 'INSUFFICIENT_BALANCE', 'TOPUP_FAILED', 'REJECTED', 'SKU_UNAVAILABLE', 'REAL_NAME_REQUIRED', 'QUANTITY_OUT_OF_RANGE'];

describe('the portal speaks the user’s language for every enum it shows', () => {
  for (const lng of ['zh-CN', 'en'] as const) {
    it(`labels every value in ${lng}`, () => {
      const missing: string[] = [];
      const check = (name: string, value: string, key: string) => {
        const text = i18n.getResource(lng, 'translation', key) as unknown;
        if (typeof text !== 'string' || !text.trim() || text === value || text === key) missing.push(`${name}.${value} → ${key}`);
      };
      for (const [name, values, keys] of SHOWN) for (const v of Object.values(values)) for (const key of keys(v)) check(name, v, key);
      for (const code of FAILURE_CODES) check('failureCode', code, `ord.failure.${code}`);
      expect(missing).toEqual([]);
    });
  }

  it('has the same keys in both languages', () => {
    const keys = (tree: unknown, prefix = ''): string[] =>
      typeof tree === 'object' && tree !== null ? Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
    const zh = new Set(keys(i18n.getResourceBundle('zh-CN', 'translation')));
    const en = new Set(keys(i18n.getResourceBundle('en', 'translation')));
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });
});
