import { OrganizationKind } from './organization';
import { Role } from './roles';
import { defineTransitions } from './state-machine';

/**
 * What people hear of (DESIGN.md §2.11): a kind and parameters. The apps render the inbox through i18n
 * (notifications.<TYPE>), the api renders e-mail and robot messages from the same kinds.
 */
export const NotificationType = {
  DOCUMENT_EXPIRING: 'DOCUMENT_EXPIRING',
  DOCUMENT_EXPIRED: 'DOCUMENT_EXPIRED',
  DOCUMENT_REVIEWED: 'DOCUMENT_REVIEWED',
  ORGANIZATION_DECIDED: 'ORGANIZATION_DECIDED',
  PRICE_SCHEDULED: 'PRICE_SCHEDULED',
  /** A supplier of a SKU the member bought scheduled a settlement-price change (no supplier, no price: members see unified prices). */
  SETTLEMENT_PRICE_SCHEDULED: 'SETTLEMENT_PRICE_SCHEDULED',
  OFFER_REVIEWED: 'OFFER_REVIEWED',
  OFFER_PAUSED: 'OFFER_PAUSED',
  BATCH_DECIDED: 'BATCH_DECIDED',
  LOW_STOCK: 'LOW_STOCK',
  TICKET_OPENED: 'TICKET_OPENED',
  TICKET_REPLIED: 'TICKET_REPLIED',
  TICKET_ESCALATED: 'TICKET_ESCALATED',
  TICKET_RESOLVED: 'TICKET_RESOLVED',
  TICKET_REOPENED: 'TICKET_REOPENED',
  SLA_WARNING: 'SLA_WARNING',
  SLA_BREACHED: 'SLA_BREACHED',
  // Money in and out (issue 20)
  TOPUP_REQUESTED: 'TOPUP_REQUESTED', // to the alliance: a member's bank transfer waits for finance
  TOPUP_CONFIRMED: 'TOPUP_CONFIRMED',
  TOPUP_REJECTED: 'TOPUP_REJECTED',
  PAYMENT_CREDITED: 'PAYMENT_CREDITED',
  WITHDRAWAL_REQUESTED: 'WITHDRAWAL_REQUESTED', // to the alliance
  WITHDRAWAL_PAID: 'WITHDRAWAL_PAID',
  WITHDRAWAL_REJECTED: 'WITHDRAWAL_REJECTED',
  RECONCILIATION_DIFFERENCES: 'RECONCILIATION_DIFFERENCES', // to the alliance
  /** A business-hours calendar's holidays run out within 60 days, or a year has the statutory days only (alliance staff). */
  SLA_CALENDAR_EXPIRING: 'SLA_CALENDAR_EXPIRING',
  /** A breach nobody at the supplier answered within the escalation delay: the alliance steps in. */
  SLA_ESCALATED: 'SLA_ESCALATED',
  /** A quarterly evaluation made the supplier an elimination candidate: it may appeal until the deadline. */
  ELIMINATION_CANDIDATE: 'ELIMINATION_CANDIDATE',
  /** The alliance decided a candidacy: kept, or eliminated. */
  CANDIDATE_DECIDED: 'CANDIDATE_DECIDED',
  /** A supplier appealed its candidacy (to the alliance). */
  APPEAL_FILED: 'APPEAL_FILED',
  /** The alliance decided an appeal (to the supplier). */
  APPEAL_DECIDED: 'APPEAL_DECIDED',
  /** The other side of an order rated it: rate back before the ratings are revealed. */
  RATING_REQUESTED: 'RATING_REQUESTED',
  /** A rating of the organisation was revealed. */
  RATING_REVEALED: 'RATING_REVEALED',
  /** The alliance paid a supplier out. */
  PAYOUT_CONFIRMED: 'PAYOUT_CONFIRMED',
  /** Account security: an invitation to join, a password reset link, a sign-in from a new device, two-step sign-in changed. */
  INVITATION: 'INVITATION',
  PASSWORD_RESET: 'PASSWORD_RESET',
  NEW_DEVICE_SIGN_IN: 'NEW_DEVICE_SIGN_IN',
  TWO_FACTOR_CHANGED: 'TWO_FACTOR_CHANGED',
} as const;
export type NotificationType = (typeof NotificationType)[keyof typeof NotificationType];

/**
 * Where a notice goes: the in-app inbox, a person's e-mail, or an organisation's work-chat robot. A new channel
 * (SMS) is a new value here and a `NoticeChannelAdapter` in the api.
 */
export const NoticeChannel = { IN_APP: 'IN_APP', EMAIL: 'EMAIL', ROBOT: 'ROBOT' } as const;
export type NoticeChannel = (typeof NoticeChannel)[keyof typeof NoticeChannel];

/** Work-chat group robots (群机器人): 企业微信, 钉钉 (signed), 飞书 (signed). */
export const ChatRobotKind = { WECOM: 'WECOM', DINGTALK: 'DINGTALK', FEISHU: 'FEISHU' } as const;
export type ChatRobotKind = (typeof ChatRobotKind)[keyof typeof ChatRobotKind];

/**
 * How a notice is timed.
 * - SECURITY: at once, e-mail regardless of preferences (password reset, new device, invitation).
 * - ALERT: at once, quiet hours or not (a breach is always sent).
 * - DEADLINE: in business hours only, and never after its deadline (an SLA warning).
 * - NORMAL: in business hours, bundled per minute into one message per person and channel (a digest).
 */
export const NoticeUrgency = { SECURITY: 'SECURITY', ALERT: 'ALERT', DEADLINE: 'DEADLINE', NORMAL: 'NORMAL' } as const;
export type NoticeUrgency = (typeof NoticeUrgency)[keyof typeof NoticeUrgency];

export interface NoticeKindRule {
  urgency: NoticeUrgency;
  /** Who may receive it (the preferences page offers only these). */
  audiences: readonly OrganizationKind[];
  /** E-mail by default (a person or organisation may turn it off, or on when off). */
  email: boolean;
  /** Sent to the organisation's robots by default. */
  robot: boolean;
  /** People may change where they hear it (security notices always go by e-mail). */
  configurable: boolean;
}

const S = OrganizationKind.SUPPLIER;
const M = OrganizationKind.MEMBER;
const A = OrganizationKind.ALLIANCE;
const rule = (urgency: NoticeUrgency, audiences: OrganizationKind[], email: boolean, robot: boolean, configurable = true): NoticeKindRule => ({ urgency, audiences, email, robot, configurable });

/** Every kind's timing and defaults: the one table the api, the preferences page and the README follow. */
export const NOTICE_KINDS: Record<NotificationType, NoticeKindRule> = {
  DOCUMENT_EXPIRING: rule('NORMAL', [S, M], true, false),
  DOCUMENT_EXPIRED: rule('ALERT', [S, M], true, true),
  DOCUMENT_REVIEWED: rule('NORMAL', [S, M], true, false),
  ORGANIZATION_DECIDED: rule('NORMAL', [S, M], true, false),
  PRICE_SCHEDULED: rule('NORMAL', [M], true, false),
  SETTLEMENT_PRICE_SCHEDULED: rule('NORMAL', [M], false, false),
  OFFER_REVIEWED: rule('NORMAL', [S], false, false),
  OFFER_PAUSED: rule('ALERT', [S], true, true),
  BATCH_DECIDED: rule('NORMAL', [S], false, false),
  LOW_STOCK: rule('NORMAL', [S], false, true),
  TICKET_OPENED: rule('NORMAL', [S], false, true),
  TICKET_REPLIED: rule('NORMAL', [S, M, A], false, false),
  TICKET_ESCALATED: rule('NORMAL', [S, M, A], true, true),
  TICKET_RESOLVED: rule('NORMAL', [M], false, false),
  TICKET_REOPENED: rule('NORMAL', [S], false, true),
  SLA_WARNING: rule('DEADLINE', [S, A], true, true),
  SLA_BREACHED: rule('ALERT', [S, A], true, true),
  SLA_ESCALATED: rule('ALERT', [A], true, true),
  ELIMINATION_CANDIDATE: rule('ALERT', [S], true, true),
  CANDIDATE_DECIDED: rule('ALERT', [S], true, true),
  APPEAL_FILED: rule('NORMAL', [A], true, true),
  APPEAL_DECIDED: rule('ALERT', [S], true, true),
  RATING_REQUESTED: rule('NORMAL', [S, M], false, false),
  RATING_REVEALED: rule('NORMAL', [S, M], false, false),
  TOPUP_CONFIRMED: rule('NORMAL', [M], true, false),
  PAYOUT_CONFIRMED: rule('NORMAL', [S], true, false),
  TOPUP_REQUESTED: rule('NORMAL', [A], false, false),
  TOPUP_REJECTED: rule('NORMAL', [M], true, false),
  PAYMENT_CREDITED: rule('NORMAL', [M], true, false),
  WITHDRAWAL_REQUESTED: rule('NORMAL', [A], false, false),
  WITHDRAWAL_PAID: rule('NORMAL', [S], true, false),
  WITHDRAWAL_REJECTED: rule('NORMAL', [S], true, false),
  RECONCILIATION_DIFFERENCES: rule('ALERT', [A], true, false),
  SLA_CALENDAR_EXPIRING: rule('NORMAL', [A], true, false),
  INVITATION: rule('SECURITY', [S, M, A], true, false, false),
  PASSWORD_RESET: rule('SECURITY', [S, M, A], true, false, false),
  NEW_DEVICE_SIGN_IN: rule('SECURITY', [S, M, A], true, false, false),
  TWO_FACTOR_CHANGED: rule('SECURITY', [S, M, A], true, false, false),
};

/** The kinds a person of this organisation kind can set preferences for, in the table's order. */
export const configurableKinds = (kind: OrganizationKind): NotificationType[] =>
  (Object.keys(NOTICE_KINDS) as NotificationType[]).filter((k) => NOTICE_KINDS[k].configurable && NOTICE_KINDS[k].audiences.includes(kind));

/** Who at a supplier answers a ticket of a tier first (an SLA warning with no assignee yet goes to them). */
export const TIER_ROLES: Record<'L1' | 'L2', Role> = { L1: Role.SUPPORT, L2: Role.TECH };

export const NoticeDeliveryStatus = { PENDING: 'PENDING', SENT: 'SENT', FAILED: 'FAILED', EXPIRED: 'EXPIRED' } as const;
export type NoticeDeliveryStatus = (typeof NoticeDeliveryStatus)[keyof typeof NoticeDeliveryStatus];

/**
 * An e-mail or robot message to send: retried while PENDING until sent or out of retries (FAILED, shown to the
 * admin, who may send it again); a warning not sent by its deadline EXPIRES instead of arriving late.
 */
export const noticeDeliveryLifecycle = defineTransitions<NoticeDeliveryStatus, 'SEND' | 'RETRY' | 'GIVE_UP' | 'EXPIRE' | 'REPLAY'>({
  PENDING: { SEND: 'SENT', RETRY: 'PENDING', GIVE_UP: 'FAILED', EXPIRE: 'EXPIRED' },
  SENT: {},
  FAILED: { REPLAY: 'PENDING' },
  EXPIRED: {},
});

/** How urgent a to-do (待办) is: its deadline is near or past (danger), near (warning), or there is simply work. */
export const TodoSeverity = { INFO: 'INFO', WARNING: 'WARNING', DANGER: 'DANGER' } as const;
export type TodoSeverity = (typeof TodoSeverity)[keyof typeof TodoSeverity];

/**
 * Kinds of to-do (待办) on the dashboards: each names work someone must do, links to where it is done and is gone
 * once done. Modules register the queries that find them (TodoSources in the api); a new kind is added here.
 */
export const TodoKind = {
  /** Supplier staff: a ticket whose SLA clock is warned, near its due time or breached. */
  TICKET_NEAR_BREACH: 'TICKET_NEAR_BREACH',
  /** A member: the supplier is waiting on its answer. */
  TICKET_AWAITING_REPLY: 'TICKET_AWAITING_REPLY',
  /** The alliance: an escalated ticket to arbitrate. */
  TICKET_TO_ARBITRATE: 'TICKET_TO_ARBITRATE',
  /** A supplier: an elimination candidacy it may appeal until the deadline. */
  APPEAL_WINDOW: 'APPEAL_WINDOW',
  /** The alliance: an appeal to decide. */
  APPEAL_TO_DECIDE: 'APPEAL_TO_DECIDE',
  /** The alliance: a candidacy whose appeal window closed without an appeal. */
  CANDIDATE_TO_DECIDE: 'CANDIDATE_TO_DECIDE',
  /** The alliance: organisations and documents waiting for review. */
  ORGANIZATION_TO_REVIEW: 'ORGANIZATION_TO_REVIEW',
  DOCUMENT_TO_REVIEW: 'DOCUMENT_TO_REVIEW',
  /** An organisation: an approved document expiring within 30 days, or expired. */
  DOCUMENT_EXPIRING: 'DOCUMENT_EXPIRING',
  /** An organisation: delivered orders it has not rated yet (the window is 30 days). */
  RATINGS_TO_GIVE: 'RATINGS_TO_GIVE',
  /** The alliance: requests to remove a rating as abusive. */
  RATING_REMOVAL_TO_DECIDE: 'RATING_REMOVAL_TO_DECIDE',
  /** The alliance: money to confirm (top-up requests, withdrawal requests: the payments module registers them). */
  TOPUP_TO_CONFIRM: 'TOPUP_TO_CONFIRM',
  WITHDRAWAL_TO_CONFIRM: 'WITHDRAWAL_TO_CONFIRM',
  /** The alliance's admin: e-mail or robot messages that could not be delivered. */
  NOTICE_FAILED: 'NOTICE_FAILED',
} as const;
export type TodoKind = (typeof TodoKind)[keyof typeof TodoKind];
