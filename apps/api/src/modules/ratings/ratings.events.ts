/**
 * The ratings module's public facts (issue 12), published on the event bus inside the transaction of each change.
 * This file is the CONTRACT between ratings (互评) and scorecards (reputation dimension, member scores): ratings
 * publishes exactly these (it may add fields, never remove or rename); scorecards keeps its own facts by handling
 * them. Written ahead of both so they can be built at once.
 */
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';
import type { Actor } from '../../common/actor';

/** Who rated whom: a member rating the supplier of an order, or the supplier rating the member. */
export type RatingSide = 'MEMBER_TO_SUPPLIER' | 'SUPPLIER_TO_MEMBER';

/**
 * Dimension scores 1–5. MEMBER_TO_SUPPLIER: authenticity, afterSales, speed, overall.
 * SUPPLIER_TO_MEMBER: conduct, fairness (payment and dispute fairness), overall.
 */
export type RatingScores = Record<string, number>;

export interface RatingFacts {
  id: string;
  orderId: string;
  side: RatingSide;
  memberId: string;
  supplierId: string;
  /** The organisation that rated, and the one rated. */
  raterId: string;
  ratedId: string;
  scores: RatingScores;
  /** Revealed ratings only count; sealed ones are secret until both sides rated or 14 days passed. */
  revealedAt: Date | null;
  /** Excluded from scores (contradicted by facts), with the reason code; null when it counts. */
  excludedReason: string | null;
  /** Flagged as possible retaliation (filed right after a ruling against the rater). Still counts unless excluded. */
  retaliationFlag: boolean;
  createdAt: Date;
}

const ratingRecord = (r: RatingFacts, payload: Record<string, unknown>): AuditRecord => ({ organizationId: r.raterId, subjectType: 'rating', subjectId: r.id, payload });

/** A side filed its (sealed) rating. Scores are not in the audit payload while sealed. */
export class RatingSubmittedEvent extends DomainEvent {
  readonly type: string = 'rating.submitted';
  constructor(actor: Actor | null, readonly rating: RatingFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ratingRecord(this.rating, { orderId: this.rating.orderId, side: this.rating.side, ratedId: this.rating.ratedId });
  }
}

/** A rating became visible (both sides rated, or 14 days passed). From here it counts in scores unless excluded. */
export class RatingRevealedEvent extends DomainEvent {
  readonly type: string = 'rating.revealed';
  constructor(actor: Actor | null, readonly rating: RatingFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    const r = this.rating;
    return ratingRecord(r, { orderId: r.orderId, side: r.side, ratedId: r.ratedId, scores: r.scores, excludedReason: r.excludedReason, retaliationFlag: r.retaliationFlag });
  }
}

/** A rating stopped counting: removed by the alliance (abusive) or excluded (contradicted by facts). Never deleted. */
export class RatingHiddenEvent extends DomainEvent {
  readonly type: string = 'rating.hidden';
  constructor(
    actor: Actor | null,
    readonly rating: RatingFacts,
    /** REMOVED_ABUSIVE, or the exclusion reason code (MEMBER_CAUSED_REFUND, RULING_AGAINST_RATER, …). */
    readonly reason: string,
    readonly note: string | null = null,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ratingRecord(this.rating, { orderId: this.rating.orderId, side: this.rating.side, reason: this.reason, ...(this.note ? { note: this.note } : {}) });
  }
}

// ---- Added by the ratings module (the contract above is unchanged). Exclusion of a rating already filed is
// published as RatingHiddenEvent with the exclusion's reason code (the rating stays visible, marked, and
// stops counting); a rating excluded at filing carries its reason in RatingFacts.excludedReason instead.

/** The rated side answered a revealed rating (once). */
export class RatingRepliedEvent extends DomainEvent {
  readonly type: string = 'rating.replied';
  constructor(actor: Actor | null, readonly rating: RatingFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { ...ratingRecord(this.rating, { orderId: this.rating.orderId, side: this.rating.side }), organizationId: this.rating.ratedId };
  }
}

/** A party asked the alliance to remove a rating as abusive. */
export class RatingRemovalRequestedEvent extends DomainEvent {
  readonly type: string = 'rating.removal_requested';
  constructor(actor: Actor | null, readonly rating: RatingFacts, readonly requestId: string, readonly requestedBy: string, readonly reason: string) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { ...ratingRecord(this.rating, { requestId: this.requestId, reason: this.reason }), organizationId: this.requestedBy };
  }
}

/** The alliance decided a removal request: APPROVED (the rating is hidden: RatingHiddenEvent too) or REJECTED. */
export class RatingRemovalDecidedEvent extends DomainEvent {
  readonly type: string = 'rating.removal_decided';
  constructor(actor: Actor | null, readonly rating: RatingFacts, readonly requestId: string, readonly requestedBy: string, readonly decision: 'APPROVED' | 'REJECTED', readonly note: string) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { ...ratingRecord(this.rating, { requestId: this.requestId, decision: this.decision, note: this.note }), organizationId: this.requestedBy };
  }
}
