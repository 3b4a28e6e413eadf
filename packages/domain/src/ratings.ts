import { defineTransitions } from './state-machine';

/** Who rated whom (互评): the member rating the supplier of an order, or the supplier rating the member. */
export const RatingSide = { MEMBER_TO_SUPPLIER: 'MEMBER_TO_SUPPLIER', SUPPLIER_TO_MEMBER: 'SUPPLIER_TO_MEMBER' } as const;
export type RatingSide = (typeof RatingSide)[keyof typeof RatingSide];

/** The dimensions each side scores, 1–5 (DESIGN.md §2.7). */
export const RATING_DIMENSIONS = {
  MEMBER_TO_SUPPLIER: ['authenticity', 'afterSales', 'speed', 'overall'],
  SUPPLIER_TO_MEMBER: ['conduct', 'fairness', 'overall'],
} as const satisfies Record<RatingSide, readonly string[]>;
export type RatingDimension = (typeof RATING_DIMENSIONS)[RatingSide][number];
export const ALL_RATING_DIMENSIONS: readonly RatingDimension[] = ['authenticity', 'afterSales', 'speed', 'conduct', 'fairness', 'overall'];

/** After delivery, each side may rate within this many days. */
export const RATING_WINDOW_DAYS = 30;
/** Sealed until both sides rated or this many days after the first rating on the order. */
export const RATING_SEAL_DAYS = 14;
/** A rating filed this soon after an L3 ruling against the rater is flagged as possible retaliation. */
export const RATING_RETALIATION_HOURS = 48;
export const RATING_LIMITS = { comment: 500, reply: 500, reason: 500 } as const;

export const RatingStatus = {
  SEALED: 'SEALED', // filed; its scores are secret from the other side
  REVEALED: 'REVEALED', // both rated or 14 days passed; immutable from here
  HIDDEN: 'HIDDEN', // removed by the alliance as abusive (never deleted)
} as const;
export type RatingStatus = (typeof RatingStatus)[keyof typeof RatingStatus];

export const RatingAction = { REVEAL: 'REVEAL', HIDE: 'HIDE' } as const;
export type RatingAction = (typeof RatingAction)[keyof typeof RatingAction];

const R = RatingStatus;
/** A rating's lifecycle: enforced by RatingService.transition, read by the apps. */
export const ratingLifecycle = defineTransitions<RatingStatus, RatingAction>({
  [R.SEALED]: { REVEAL: R.REVEALED },
  [R.REVEALED]: { HIDE: R.HIDDEN },
  [R.HIDDEN]: {},
});

/** Why a rating does not count (it stays visible, marked): contradicted by recorded facts. */
export const RatingExclusion = {
  MEMBER_CAUSED_REFUND: 'MEMBER_CAUSED_REFUND', // a ticket on the order was resolved with the member at fault
  RULING_AGAINST_RATER: 'RULING_AGAINST_RATER', // an L3 ruling on the order went against the rater
} as const;
export type RatingExclusion = (typeof RatingExclusion)[keyof typeof RatingExclusion];

/** The reason a rating removed by the alliance carries (RatingHiddenEvent). */
export const RATING_REMOVED_ABUSIVE = 'REMOVED_ABUSIVE';

export const RatingRemovalStatus = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
export type RatingRemovalStatus = (typeof RatingRemovalStatus)[keyof typeof RatingRemovalStatus];
export const RatingRemovalAction = { APPROVE: 'APPROVE', REJECT: 'REJECT' } as const;
export type RatingRemovalAction = (typeof RatingRemovalAction)[keyof typeof RatingRemovalAction];

const RR = RatingRemovalStatus;
/** A removal request: the alliance approves (the rating is hidden) or rejects it, once. */
export const ratingRemovalLifecycle = defineTransitions<RatingRemovalStatus, RatingRemovalAction>({
  [RR.PENDING]: { APPROVE: RR.APPROVED, REJECT: RR.REJECTED },
  [RR.APPROVED]: {},
  [RR.REJECTED]: {},
});

/** When a rating sealed at `firstRatedAt` (the order's first rating) reveals by itself. */
export const ratingRevealsAt = (firstRatedAt: Date) => new Date(firstRatedAt.getTime() + RATING_SEAL_DAYS * 86_400_000);
/** Until when a side may rate an order delivered at `deliveredAt`. */
export const ratingWindowEnds = (deliveredAt: Date) => new Date(deliveredAt.getTime() + RATING_WINDOW_DAYS * 86_400_000);
