import { defineTransitions } from './state-machine';

export const LedgerAccountKind = {
  MEMBER_WALLET: 'MEMBER_WALLET',
  MEMBER_HOLD: 'MEMBER_HOLD', // amounts reserved: orders held for risk review, direct top-ups in a supplier's queue
  SUPPLIER_PAYABLE: 'SUPPLIER_PAYABLE',
  ALLIANCE_REVENUE: 'ALLIANCE_REVENUE',
  ALLIANCE_CASH: 'ALLIANCE_CASH',
  // Online payment channels (issue 20), one account of each per channel: what the channel holds for the alliance
  // (paid in, less its fee, until it settles to the bank), and the fees it charged.
  CHANNEL_CLEARING: 'CHANNEL_CLEARING',
  CHANNEL_FEE: 'CHANNEL_FEE',
  // An eliminated supplier's reserve for the complaint window (owed to it, charged first for late complaints),
  // and what a supplier owes the alliance once payable and reserve are spent (an explicit receivable).
  SUPPLIER_HOLDBACK: 'SUPPLIER_HOLDBACK',
  SUPPLIER_RECEIVABLE: 'SUPPLIER_RECEIVABLE',
} as const;
export type LedgerAccountKind = (typeof LedgerAccountKind)[keyof typeof LedgerAccountKind];

export const LedgerTransactionType = {
  DEPOSIT: 'DEPOSIT',
  PAYOUT: 'PAYOUT',
  ORDER: 'ORDER',
  REFUND: 'REFUND',
  HOLD: 'HOLD', // an order held for risk review reserves its amount
  RELEASE: 'RELEASE', // a rejected held order, or a failed top-up, gives it back
  COMPENSATION: 'COMPENSATION', // after-sales: an extra credit to the member, charged to whoever was at fault
  REISSUE: 'REISSUE', // after-sales: a replacement code from a backup offer, paid to its supplier by whoever was at fault
  CHANNEL_PAYMENT: 'CHANNEL_PAYMENT', // a member paid through an online channel: wallet credited, the channel's fee booked
  WITHDRAWAL_FEE: 'WITHDRAWAL_FEE', // a supplier's withdrawal fee, kept by the alliance
  HOLDBACK: 'HOLDBACK', // elimination: part of the payable held back for the complaint window
  HOLDBACK_RELEASE: 'HOLDBACK_RELEASE', // the window closed: what is left of the holdback paid out
} as const;
export type LedgerTransactionType = (typeof LedgerTransactionType)[keyof typeof LedgerTransactionType];

export const OrderStatus = {
  PENDING_REVIEW: 'PENDING_REVIEW',
  PROCESSING: 'PROCESSING',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
  PARTIALLY_REFUNDED: 'PARTIALLY_REFUNDED',
  REFUNDED: 'REFUNDED',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const OrderEvent = {
  HOLD: 'HOLD', // over the risk threshold: waits for an admin, its amount reserved
  DELIVER: 'DELIVER',
  FAIL: 'FAIL',
  APPROVE: 'APPROVE',
  REJECT: 'REJECT',
  REFUND_PART: 'REFUND_PART',
  REFUND_ALL: 'REFUND_ALL',
} as const;
export type OrderEvent = (typeof OrderEvent)[keyof typeof OrderEvent];

const S = OrderStatus;
export const orderLifecycle = defineTransitions<OrderStatus, OrderEvent>({
  [S.PROCESSING]: { HOLD: S.PENDING_REVIEW, DELIVER: S.DELIVERED, FAIL: S.FAILED },
  // An approved hold goes back to PROCESSING and is delivered (or fails) from there, in the same transaction.
  [S.PENDING_REVIEW]: { APPROVE: S.PROCESSING, REJECT: S.CANCELLED },
  [S.DELIVERED]: { REFUND_PART: S.PARTIALLY_REFUNDED, REFUND_ALL: S.REFUNDED },
  [S.PARTIALLY_REFUNDED]: { REFUND_PART: S.PARTIALLY_REFUNDED, REFUND_ALL: S.REFUNDED },
  [S.FAILED]: {},
  [S.CANCELLED]: {},
  [S.REFUNDED]: {},
});

/** An order line: what one offer delivered for the order (a reissue from another offer adds a line). */
export const OrderLineStatus = {
  DELIVERED: 'DELIVERED',
  PARTIALLY_REFUNDED: 'PARTIALLY_REFUNDED',
  REFUNDED: 'REFUNDED',
} as const;
export type OrderLineStatus = (typeof OrderLineStatus)[keyof typeof OrderLineStatus];

export const OrderLineEvent = { REFUND_PART: 'REFUND_PART', REFUND_ALL: 'REFUND_ALL' } as const;
export type OrderLineEvent = (typeof OrderLineEvent)[keyof typeof OrderLineEvent];

const L = OrderLineStatus;
export const orderLineLifecycle = defineTransitions<OrderLineStatus, OrderLineEvent>({
  [L.DELIVERED]: { REFUND_PART: L.PARTIALLY_REFUNDED, REFUND_ALL: L.REFUNDED },
  [L.PARTIALLY_REFUNDED]: { REFUND_PART: L.PARTIALLY_REFUNDED, REFUND_ALL: L.REFUNDED },
  [L.REFUNDED]: {},
});

export const AttemptOutcome = {
  DELIVERED: 'DELIVERED',
  NO_STOCK: 'NO_STOCK',
  UNAVAILABLE: 'UNAVAILABLE', // paused, supplier suspended, authorisation lapsed
  FAILED: 'FAILED', // a direct top-up the supplier failed, or let pass its deadline
  NO_CAPACITY: 'NO_CAPACITY', // a direct top-up offer whose queue is full
} as const;
export type AttemptOutcome = (typeof AttemptOutcome)[keyof typeof AttemptOutcome];

/** One order buys at most this many units. */
export const MAX_ORDER_QUANTITY = 100;

/** Order-time risk rules (DESIGN.md §2.9); every threshold is configurable. */
export const RISK_DEFAULTS = {
  /** An order above this (fen) waits for an admin: ¥5,000. */
  reviewAboveFen: 500_000n,
  /** Orders a member may place in a minute. */
  velocityPerMinute: 600,
  /** A device fingerprint seen across this many member organisations is flagged. */
  deviceSharedMembers: 3,
  /** Members whose legal representative is not real-name verified may not place an order above this (fen): ¥500. */
  unverifiedOrderCapFen: 50_000n,
} as const;

export const TopupTaskStatus = {
  QUEUED: 'QUEUED',
  CLAIMED: 'CLAIMED',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  EXPIRED: 'EXPIRED',
} as const;
export type TopupTaskStatus = (typeof TopupTaskStatus)[keyof typeof TopupTaskStatus];

export const TopupAction = { CLAIM: 'CLAIM', COMPLETE: 'COMPLETE', FAIL: 'FAIL', EXPIRE: 'EXPIRE' } as const;
export type TopupAction = (typeof TopupAction)[keyof typeof TopupAction];

const T = TopupTaskStatus;
/** A direct top-up task in its supplier's queue (DESIGN.md §2.6). */
export const topupLifecycle = defineTransitions<TopupTaskStatus, TopupAction>({
  [T.QUEUED]: { CLAIM: T.CLAIMED, COMPLETE: T.COMPLETED, FAIL: T.FAILED, EXPIRE: T.EXPIRED },
  [T.CLAIMED]: { COMPLETE: T.COMPLETED, FAIL: T.FAILED, EXPIRE: T.EXPIRED },
  [T.COMPLETED]: {},
  [T.FAILED]: {},
  [T.EXPIRED]: {},
});

/** A supplier has this long to complete a direct top-up before it fails over to the next offer. */
export const TOPUP_DEADLINE_SECONDS = 600;
