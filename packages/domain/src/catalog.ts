import { OrganizationStatus } from './organization';
import { defineTransitions } from './state-machine';

export const Category = {
  GAME_TOPUP: 'GAME_TOPUP', // 游戏充值
  VIDEO_MEMBERSHIP: 'VIDEO_MEMBERSHIP', // 视频会员
  TELECOM_RECHARGE: 'TELECOM_RECHARGE', // 话费流量
  EDU_COURSE: 'EDU_COURSE', // 教育课程
  OTHER: 'OTHER',
} as const;
export type Category = (typeof Category)[keyof typeof Category];

export const DeliveryMode = { CARD_CODE: 'CARD_CODE', DIRECT_TOPUP: 'DIRECT_TOPUP' } as const;
export type DeliveryMode = (typeof DeliveryMode)[keyof typeof DeliveryMode];

export const SkuStatus = { ACTIVE: 'ACTIVE', DELISTED: 'DELISTED' } as const;
export type SkuStatus = (typeof SkuStatus)[keyof typeof SkuStatus];

export const SkuAction = { DELIST: 'DELIST', RELIST: 'RELIST' } as const;
export type SkuAction = (typeof SkuAction)[keyof typeof SkuAction];
export const skuLifecycle = defineTransitions<SkuStatus, SkuAction>({
  ACTIVE: { DELIST: 'DELISTED' },
  DELISTED: { RELIST: 'ACTIVE' },
});

export const PriceChangeStatus = { SCHEDULED: 'SCHEDULED', APPLIED: 'APPLIED', CANCELLED: 'CANCELLED' } as const;
export type PriceChangeStatus = (typeof PriceChangeStatus)[keyof typeof PriceChangeStatus];

export const PriceChangeAction = { APPLY: 'APPLY', CANCEL: 'CANCEL' } as const;
export type PriceChangeAction = (typeof PriceChangeAction)[keyof typeof PriceChangeAction];
export const priceChangeLifecycle = defineTransitions<PriceChangeStatus, PriceChangeAction>({
  SCHEDULED: { APPLY: 'APPLIED', CANCEL: 'CANCELLED' },
  APPLIED: {},
  CANCELLED: {},
});

/**
 * Unified price changes take effect no sooner than this after being scheduled, unless an admin shortens it with a
 * reason; settlement-price changes too, unless the supplier gives a reason (then they count as unannounced in price
 * stability). The alliance setting priceNoticeHours overrides it.
 */
export const PRICE_NOTICE_HOURS = 24;
/** A SKU whose unified price moved more than this in 7 days is flagged (the article's ±5 %). */
export const PRICE_MOVEMENT_FLAG_BP = 500;
/** An offer priced under this share of face value is flagged for review (the article's 80-vs-95 black-card signal). */
export const LOW_PRICE_FLOOR_BP = 8500;
/** The article's backup-source rule: a SKU with fewer live offers than this is shown to admins. */
export const MIN_LIVE_OFFERS = 2;
/** Members who bought a SKU within this many days hear of its suppliers' scheduled settlement-price changes. */
export const SETTLEMENT_NOTICE_BUYER_DAYS = 90;

export const OfferStatus = {
  PENDING_REVIEW: 'PENDING_REVIEW',
  LIVE: 'LIVE',
  PAUSED: 'PAUSED',
  REJECTED: 'REJECTED',
  DELISTED: 'DELISTED',
} as const;
export type OfferStatus = (typeof OfferStatus)[keyof typeof OfferStatus];

export const OfferAction = {
  APPROVE: 'APPROVE',
  REJECT: 'REJECT',
  PAUSE: 'PAUSE',
  RESUME: 'RESUME',
  DELIST: 'DELIST',
  FLAG: 'FLAG', // repriced under the low-price floor: back to review before it sells again
} as const;
export type OfferAction = (typeof OfferAction)[keyof typeof OfferAction];

const O = OfferStatus;
export const offerLifecycle = defineTransitions<OfferStatus, OfferAction>({
  [O.PENDING_REVIEW]: { APPROVE: O.LIVE, REJECT: O.REJECTED, DELIST: O.DELISTED },
  [O.LIVE]: { PAUSE: O.PAUSED, DELIST: O.DELISTED, FLAG: O.PENDING_REVIEW },
  [O.PAUSED]: { RESUME: O.LIVE, DELIST: O.DELISTED, FLAG: O.PENDING_REVIEW },
  // A rejected offer can be priced again and resubmitted: that is a new review.
  [O.REJECTED]: { DELIST: O.DELISTED },
  [O.DELISTED]: {},
});

/**
 * Suppliers who may list offers. Whether an offer may sell now is the database's `catalog_can_sell` (a live
 * offer of a supplier in one of these statuses), the one rule routing and the card order's statement share;
 * the routing spec checks the two agree.
 */
export const SELLING_SUPPLIER_STATUSES: readonly OrganizationStatus[] = [OrganizationStatus.ACTIVE, OrganizationStatus.PROBATION];

export const OfferPauseReason = { SUPPLIER: 'SUPPLIER', AUTHORIZATION_EXPIRED: 'AUTHORIZATION_EXPIRED', ADMIN: 'ADMIN' } as const;
export type OfferPauseReason = (typeof OfferPauseReason)[keyof typeof OfferPauseReason];

export const BatchStatus = {
  IMPORTING: 'IMPORTING',
  QUARANTINED: 'QUARANTINED', // waiting for its sample check
  SELLABLE: 'SELLABLE',
  REJECTED: 'REJECTED',
  FAILED: 'FAILED',
} as const;
export type BatchStatus = (typeof BatchStatus)[keyof typeof BatchStatus];

export const BatchAction = {
  ACCEPT: 'ACCEPT', // import finished: its codes are sellable
  QUARANTINE: 'QUARANTINE', // held for a sample check (probation supplier, or an admin's choice)
  PASS_SAMPLE: 'PASS_SAMPLE',
  FAIL_SAMPLE: 'FAIL_SAMPLE',
  FAIL: 'FAIL', // the import itself failed, or accepted no code
} as const;
export type BatchAction = (typeof BatchAction)[keyof typeof BatchAction];

const B = BatchStatus;
export const batchLifecycle = defineTransitions<BatchStatus, BatchAction>({
  [B.IMPORTING]: { ACCEPT: B.SELLABLE, QUARANTINE: B.QUARANTINED, FAIL: B.FAILED },
  [B.QUARANTINED]: { PASS_SAMPLE: B.SELLABLE, FAIL_SAMPLE: B.REJECTED },
  [B.SELLABLE]: { QUARANTINE: B.QUARANTINED },
  [B.REJECTED]: {},
  [B.FAILED]: {},
});

export const CodeStatus = {
  IMPORTING: 'IMPORTING',
  AVAILABLE: 'AVAILABLE',
  QUARANTINED: 'QUARANTINED',
  REJECTED: 'REJECTED',
  SOLD: 'SOLD',
  VOIDED: 'VOIDED',
  REPLACED: 'REPLACED',
  /** Unsold codes of an eliminated supplier: never sold again (quarterly evaluation). */
  FROZEN: 'FROZEN',
} as const;
export type CodeStatus = (typeof CodeStatus)[keyof typeof CodeStatus];

export const CodeAction = {
  RELEASE: 'RELEASE', // import accepted, or its batch's sample passed
  QUARANTINE: 'QUARANTINE',
  REJECT: 'REJECT', // its batch's sample failed
  SELL: 'SELL',
  VOID: 'VOID', // after-sales: the code was bad and is not replaced
  REPLACE: 'REPLACE', // after-sales: a replacement code was sold in its place
  FREEZE: 'FREEZE', // its supplier was eliminated: unsold codes stop for good
} as const;
export type CodeAction = (typeof CodeAction)[keyof typeof CodeAction];

/** A card code's life (DESIGN.md §2.4). Bulk statements move many codes at once, each guarded by its `from`. */
export const codeLifecycle = defineTransitions<CodeStatus, CodeAction>({
  IMPORTING: { RELEASE: 'AVAILABLE', QUARANTINE: 'QUARANTINED', FREEZE: 'FROZEN' },
  QUARANTINED: { RELEASE: 'AVAILABLE', REJECT: 'REJECTED', FREEZE: 'FROZEN' },
  AVAILABLE: { SELL: 'SOLD', QUARANTINE: 'QUARANTINED', FREEZE: 'FROZEN' },
  SOLD: { VOID: 'VOIDED', REPLACE: 'REPLACED' },
  REJECTED: {},
  VOIDED: {},
  REPLACED: {},
  FROZEN: {},
});

export const SampleResult = { VALID: 'VALID', INVALID: 'INVALID' } as const;
export type SampleResult = (typeof SampleResult)[keyof typeof SampleResult];

/** Sample check: this share of a quarantined batch (basis points), at least one code. */
export const SAMPLE_RATE_BP = 1000;
export const MAX_IMPORT_CODES = 100_000;
/** GraphQL imports carry at most this many codes; larger batches go through the CSV upload. */
export const MAX_INLINE_IMPORT_CODES = 1000;

export const RiskEventType = {
  BLACK_CARD_SUSPECTED: 'BLACK_CARD_SUSPECTED',
  LOW_PRICE_OFFER: 'LOW_PRICE_OFFER',
  LARGE_ORDER: 'LARGE_ORDER', // held for review before any code is claimed
  SHARED_DEVICE: 'SHARED_DEVICE', // one device fingerprint across several members
  UPSTREAM_MISMATCH: 'UPSTREAM_MISMATCH', // docking: the alliance's and an upstream's records of an order disagree
  SUPPLIER_NOT_DELIVERING: 'SUPPLIER_NOT_DELIVERING', // live offers, nothing delivered for NOT_DELIVERING_DAYS days (连续3天无法发卡)
} as const;

/** A supplier with live offers that delivered nothing for this many days running is flagged (连续3天无法发卡). */
export const NOT_DELIVERING_DAYS = 3;
export type RiskEventType = (typeof RiskEventType)[keyof typeof RiskEventType];

export const RiskEventStatus = { OPEN: 'OPEN', CONFIRMED: 'CONFIRMED', DISMISSED: 'DISMISSED' } as const;
export type RiskEventStatus = (typeof RiskEventStatus)[keyof typeof RiskEventStatus];

/** An admin confirms a risk event (acted on) or dismisses it (a false alarm); the decision is final. */
export const riskEventLifecycle = defineTransitions<RiskEventStatus, 'CONFIRM' | 'DISMISS'>({
  OPEN: { CONFIRM: 'CONFIRMED', DISMISS: 'DISMISSED' },
  CONFIRMED: {},
  DISMISSED: {},
});

/** How many codes a sample check reveals for a batch of `size`. */
export function sampleSize(size: number, rateBp = SAMPLE_RATE_BP): number {
  if (size <= 0) return 0;
  return Math.min(size, Math.max(1, Math.ceil((size * rateBp) / 10_000)));
}

/** A code as the fingerprint sees it: case, spaces and dashes do not make a new code. */
export function normaliseCode(cardNumber: string | null | undefined, secret: string | null | undefined): string {
  const n = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[\s-]+/g, '').toUpperCase();
  return `${n(cardNumber)}|${n(secret)}`;
}
