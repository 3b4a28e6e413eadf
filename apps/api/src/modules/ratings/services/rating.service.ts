import {
  AttemptOutcome,
  ErrorCode,
  OrderStatus,
  OrganizationKind,
  RATING_DIMENSIONS,
  RATING_LIMITS,
  RATING_REMOVED_ABUSIVE,
  RATING_RETALIATION_HOURS,
  RatingAction,
  RatingExclusion,
  RatingRemovalAction,
  RatingRemovalStatus,
  RatingSide,
  RatingStatus,
  ratingLifecycle,
  ratingRemovalLifecycle,
  ratingRevealsAt,
  ratingWindowEnds,
  defineTransitions,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, LessThanOrEqual, type SelectQueryBuilder } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, forbidden, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { JobsService } from '../../jobs/jobs.service';
import { OrderService } from '../../orders/services/order.service';
import { RatingRemovalRequestEntity } from '../entities/rating-removal-request.entity';
import { RatingTicketFactEntity } from '../entities/rating-ticket-fact.entity';
import { RatingPairEntity } from '../entities/rating-pair.entity';
import { RatingEntity } from '../entities/rating.entity';
import { RATINGS_REVEAL_JOB } from '../ratings.jobs';
import {
  RatingHiddenEvent,
  RatingRemovalDecidedEvent,
  RatingRemovalRequestedEvent,
  RatingRepliedEvent,
  RatingRevealedEvent,
  RatingSubmittedEvent,
  type RatingFacts,
} from '../ratings.events';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

export interface RateOrder {
  orderId: string;
  scores: Partial<Record<string, number | null>>;
  comment?: string | null;
}

/** An order as ratings sees it: its member, its supplier (the one that first delivered it) and when it was delivered. */
export interface RatedOrder {
  id: string;
  memberId: string;
  supplierId: string;
  status: OrderStatus;
  deliveredAt: Date | null;
}

/** Whether the caller may rate an order now, and until when. */
export interface RatingWindow {
  side: RatingSide | null;
  canRate: boolean;
  rateUntil: Date | null;
  /** Why not (a code: NOT_DELIVERED, WINDOW_CLOSED, ALREADY_RATED, NOT_A_PARTY, OTHER_REVEALED), null when it can. */
  reason: string | null;
  mine: RatingEntity | null;
  theirs: RatingEntity | null;
}

/** What lists show beside a rating, read in one query for a page. */
export interface RatingContext {
  clientOrderNo: string;
  skuName: string;
  raterName: string;
  ratedName: string;
}

export interface RatingSummary {
  organizationId: string;
  count: number;
  excludedCount: number;
  averages: Record<string, number | null>;
}

const HOUR_MS = 3_600_000;
const NO_TRANSITIONS = defineTransitions<never, never>({} as Record<never, never>);
const RATEABLE: readonly OrderStatus[] = [OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED];

/** A rating that closes rating for the other side: revealed (or hidden after it), or sealed past its reveal time. */
const closesRating = (r: RatingEntity, now: Date) => r.status !== RatingStatus.SEALED || r.revealsAt <= now;

export const ratingFacts = (r: RatingEntity): RatingFacts => ({
  id: r.id, orderId: r.orderId, side: r.side, memberId: r.memberId, supplierId: r.supplierId, raterId: r.raterId, ratedId: r.ratedId, scores: r.scores,
  revealedAt: r.revealedAt, excludedReason: r.excludedReason, retaliationFlag: r.retaliationFlag, createdAt: r.createdAt,
});

/**
 * Mutual ratings (互评, DESIGN.md §2.7). After delivery, within 30 days, the member rates the supplier and the
 * supplier the member, once each. Double-blind: a rating is SEALED until both sides rated or 14 days after the
 * order's first rating (a job reveals due ones; reads reveal them lazily too); REVEALED ratings are immutable;
 * the rated side may reply once; the alliance may hide an abusive one on request (HIDDEN, never deleted).
 * Ratings contradicted by ticket facts are excluded with a reason; one filed within 48 h of a ruling against
 * the rater is flagged. Every status change goes through `transition` (ratingLifecycle in packages/domain).
 */
@Injectable()
export class RatingService implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly orders: OrderService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    lifecycles: Lifecycles,
  ) {
    // The pair has no status of its own: its lifecycle is only its lock (the table has no transitions).
    this.pairs = lifecycles.define<RatingPairEntity, never, never>({ aggregate: 'rating_pair', label: 'Order', entity: RatingPairEntity, key: 'orderId', machine: NO_TRANSITIONS });
    this.lifecycle = lifecycles.define<RatingEntity, RatingStatus, RatingAction>({
      aggregate: 'rating', label: 'Rating', entity: RatingEntity, machine: ratingLifecycle, root: { aggregate: 'rating_pair', idOf: (r) => r.orderId },
      events: ({ actor, action, after, reason }) =>
        action === RatingAction.REVEAL ? new RatingRevealedEvent(actor, ratingFacts(after)) : new RatingHiddenEvent(actor, ratingFacts(after), reason ?? RATING_REMOVED_ABUSIVE, after.hiddenNote),
    });
    this.removals = lifecycles.define<RatingRemovalRequestEntity, RatingRemovalStatus, RatingRemovalAction>({
      aggregate: 'rating_removal_request', label: 'Removal request', entity: RatingRemovalRequestEntity, machine: ratingRemovalLifecycle,
      root: { aggregate: 'rating', idOf: (r) => r.ratingId },
      events: ({ actor, after, details }) =>
        new RatingRemovalDecidedEvent(actor, ratingFacts(details.rating as RatingEntity), after.id, after.requestedByOrganizationId, after.status as 'APPROVED' | 'REJECTED', after.decisionNote ?? ''),
    });
  }

  private readonly pairs: Lifecycle<RatingPairEntity, never, never>;
  private readonly removals: Lifecycle<RatingRemovalRequestEntity, RatingRemovalStatus, RatingRemovalAction>;
  private readonly lifecycle: Lifecycle<RatingEntity, RatingStatus, RatingAction>;

  private get ratings() {
    return this.txHost.tx.getRepository(RatingEntity);
  }

  private get requests() {
    return this.txHost.tx.getRepository(RatingRemovalRequestEntity);
  }

  private get facts() {
    return this.txHost.tx.getRepository(RatingTicketFactEntity);
  }

  onModuleInit(): void {
    this.jobs.define({ name: RATINGS_REVEAL_JOB, cron: '*/5 * * * *', handler: () => this.revealDue() });
  }

  // ---- who sees what

  static sideOf(actor: Actor): RatingSide | null {
    if (actor.organizationKind === OrganizationKind.MEMBER) return RatingSide.MEMBER_TO_SUPPLIER;
    if (actor.organizationKind === OrganizationKind.SUPPLIER) return RatingSide.SUPPLIER_TO_MEMBER;
    return null;
  }

  static isParty(actor: Actor, r: Pick<RatingEntity, 'raterId' | 'ratedId'>): boolean {
    return r.raterId === actor.organizationId || r.ratedId === actor.organizationId;
  }

  static visibleTo(actor: Actor, r: Pick<RatingEntity, 'raterId' | 'ratedId'>): boolean {
    return isAlliance(actor) || RatingService.isParty(actor, r);
  }

  /** Scores and comment: the rater always; others once revealed; a hidden one's only the rater and the alliance. */
  static contentVisibleTo(actor: Actor, r: Pick<RatingEntity, 'raterId' | 'ratedId' | 'status'>): boolean {
    if (r.raterId === actor.organizationId) return true;
    if (r.status === RatingStatus.SEALED) return false;
    if (r.status === RatingStatus.HIDDEN) return isAlliance(actor);
    return true;
  }

  static canReply(actor: Actor, r: RatingEntity): boolean {
    return r.ratedId === actor.organizationId && r.status === RatingStatus.REVEALED && r.reply === null;
  }

  static canRequestRemoval(actor: Actor, r: RatingEntity, pending: boolean): boolean {
    return r.ratedId === actor.organizationId && r.status === RatingStatus.REVEALED && !pending;
  }

  // ---- the order

  /** The order's member, its supplier (whose offer first delivered it: a reissue from a backup does not make a second) and delivery. */
  async ratedOrder(orderId: string): Promise<RatedOrder | null> {
    const id = assertId(orderId, 'Order');
    const lines = await this.orders.lines(id);
    if (!lines.length) return null;
    const delivered = (await this.orders.attempts(id)).find((a) => a.outcome === AttemptOutcome.DELIVERED);
    const line = lines.find((l) => l.offerId === delivered?.offerId) ?? lines[0];
    const found = await this.orders.lineWithOrder(line.id);
    if (!found) return null;
    return { id, memberId: found.order.memberId, supplierId: line.supplierId, status: found.order.status, deliveredAt: found.order.deliveredAt };
  }

  /** The order, if the caller is one of its two parties (or alliance staff); NOT_FOUND otherwise. */
  private async orderFor(actor: Actor, orderId: string): Promise<RatedOrder> {
    const order = await this.ratedOrder(orderId);
    if (!order || !(isAlliance(actor) || order.memberId === actor.organizationId || order.supplierId === actor.organizationId)) throw notFound('Order');
    return order;
  }

  /** Whether the caller may rate the order now and until when, with both ratings as the caller may see them. */
  async window(actor: Actor, orderId: string): Promise<RatingWindow> {
    const order = await this.ratedOrder(orderId);
    const empty: RatingWindow = { side: null, canRate: false, rateUntil: null, reason: 'NOT_A_PARTY', mine: null, theirs: null };
    if (!order) return { ...empty, reason: 'NOT_DELIVERED' };
    const side = RatingService.sideOf(actor);
    const party = side === RatingSide.MEMBER_TO_SUPPLIER ? order.memberId === actor.organizationId : side === RatingSide.SUPPLIER_TO_MEMBER && order.supplierId === actor.organizationId;
    if (!side || !party) return empty;
    let both = await this.ratings.find({ where: { orderId: order.id } });
    // Lazily reveal what is due (a write transaction only when something is).
    if (both.some((r) => r.status === RatingStatus.SEALED && r.revealsAt <= this.clock.now())) {
      await this.revealDue({ orderId: order.id });
      both = await this.ratings.find({ where: { orderId: order.id } });
    }
    const mine = both.find((r) => r.side === side) ?? null;
    const theirs = both.find((r) => r.side !== side) ?? null;
    const rateUntil = order.deliveredAt ? ratingWindowEnds(order.deliveredAt) : null;
    const reason = !order.deliveredAt || !RATEABLE.includes(order.status) ? 'NOT_DELIVERED' : mine ? 'ALREADY_RATED' : this.clock.now() > rateUntil! ? 'WINDOW_CLOSED'
      : theirs && closesRating(theirs, this.clock.now()) ? 'OTHER_REVEALED' : null;
    return { side, canRate: reason === null, rateUntil, reason, mine, theirs };
  }

  // ---- rating

  @UnitOfWork()
  async rate(actor: Actor, input: RateOrder): Promise<RatingEntity> {
    const side = RatingService.sideOf(actor);
    if (!side) throw forbidden('Members rate their suppliers and suppliers their members');
    const scores = this.checkScores(side, input.scores);
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > RATING_LIMITS.comment) throw validationFailed({ comment: [`at most ${RATING_LIMITS.comment} characters`] });
    const found = await this.ratedOrder(input.orderId);
    // The member's own order that delivered nothing (failed, cancelled, held): not rateable, and it may say so.
    if (!found && side === RatingSide.MEMBER_TO_SUPPLIER) throw invalidTransition((await this.orders.get(actor, input.orderId)).status, 'rate an order not delivered');
    const order = await this.orderFor(actor, input.orderId);
    if (isAlliance(actor) || (side === RatingSide.MEMBER_TO_SUPPLIER ? order.memberId : order.supplierId) !== actor.organizationId) throw notFound('Order');
    if (!order.deliveredAt || !RATEABLE.includes(order.status)) throw invalidTransition(order.status, 'rate an order not delivered');
    const now = this.clock.now();
    const until = ratingWindowEnds(order.deliveredAt);
    if (now > until) throw new AppError(ErrorCode.RATING_WINDOW_CLOSED, `The rating window closed on ${until.toISOString()} (30 days after delivery)`, { rateUntil: until.toISOString() });

    // Both sides rating at once must see each other, and the reveal job must not move a rating under us: the
    // pair (the root of the order's two ratings) is locked first.
    await this.lockPair(order.id, now);
    const existing = await this.ratings.find({ where: { orderId: order.id } });
    if (existing.some((r) => r.side === side)) throw new AppError(ErrorCode.CONFLICT, 'This order has been rated by your side already: one rating per side per order', { fields: { orderId: ['already rated'] } });
    const other = existing.find((r) => r.side !== side) ?? null;
    // The double-blind is over once the other side's rating is revealed (or its seal has run out, revealed or not
    // yet by the job): rating back now would answer a score already read. Checked under the pair's lock, so a
    // rating racing the reveal job is refused whichever runs first.
    if (other && closesRating(other, now)) {
      throw new AppError(ErrorCode.RATING_CLOSED_REVEALED, "The other side's rating is revealed: this order's rating has closed", { revealedAt: (other.revealedAt ?? other.revealsAt).toISOString() });
    }
    const raterIsMember = side === RatingSide.MEMBER_TO_SUPPLIER;
    const rated = raterIsMember ? order.supplierId : order.memberId;
    const { excludedReason, retaliationFlag } = await this.judge(order, side, now);

    const row = this.ratings.create({
      orderId: order.id, side, memberId: order.memberId, supplierId: order.supplierId, raterId: actor.organizationId, ratedId: rated, scores, comment,
      status: RatingStatus.SEALED, revealsAt: other ? other.revealsAt : ratingRevealsAt(now), revealedAt: null, excludedReason, excludedAt: excludedReason ? now : null,
      retaliationFlag, reply: null, repliedAt: null, repliedByUserId: null, hiddenReason: null, hiddenNote: null, hiddenAt: null,
      createdByUserId: actor.kind === 'user' ? actor.userId : null, createdByApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null, createdAt: now,
    });
    try {
      await this.ratings.insert(row);
    } catch (err) {
      if ((err as { driverError?: { constraint?: string } }).driverError?.constraint === 'ratings_order_side_key') throw new AppError(ErrorCode.CONFLICT, 'This order has been rated by your side already: one rating per side per order');
      throw err;
    }
    let rating = await this.ratings.findOneOrFail({ where: { id: row.id } });
    await this.events.publish(new RatingSubmittedEvent(actor, ratingFacts(rating)));
    // Both have rated (or the other's seal has run out already): both are revealed now.
    if (other?.status === RatingStatus.SEALED) await this.transition(null, other, RatingAction.REVEAL, { revealedAt: now });
    if (other || now >= rating.revealsAt) rating = await this.transition(null, rating, RatingAction.REVEAL, { revealedAt: now });
    return rating;
  }

  private checkScores(side: RatingSide, given: Partial<Record<string, number | null>>): Record<string, number> {
    const dims = RATING_DIMENSIONS[side] as readonly string[];
    const fields: Record<string, string[]> = {};
    const scores: Record<string, number> = {};
    for (const [dim, value] of Object.entries(given ?? {})) {
      if (value === null || value === undefined) continue;
      if (!dims.includes(dim)) fields[dim] = [`is not scored by this side (${dims.join(', ')})`];
      else if (!Number.isInteger(value) || value < 1 || value > 5) fields[dim] = ['must be a whole number from 1 to 5'];
      else scores[dim] = value;
    }
    for (const dim of dims) if (scores[dim] === undefined && !fields[dim]) fields[dim] = ['score it from 1 to 5'];
    if (Object.keys(fields).length) throw validationFailed(fields);
    return scores;
  }

  /** What recorded facts say of a rating filed now: excluded (and why), flagged as possible retaliation. */
  private async judge(order: RatedOrder, side: RatingSide, now: Date): Promise<{ excludedReason: string | null; retaliationFlag: boolean }> {
    const raterKind = side === RatingSide.MEMBER_TO_SUPPLIER ? 'MEMBER' : 'SUPPLIER';
    const onOrder = await this.facts.find({ where: { orderId: order.id } });
    const excludedReason = side === RatingSide.MEMBER_TO_SUPPLIER && onOrder.some((f) => f.kind === 'MEMBER_FAULT')
      ? RatingExclusion.MEMBER_CAUSED_REFUND
      : onOrder.some((f) => f.kind === 'RULING' && f.against === raterKind)
        ? RatingExclusion.RULING_AGAINST_RATER
        : null;
    const since = new Date(now.getTime() - RATING_RETALIATION_HOURS * HOUR_MS);
    const recent = await this.facts
      .createQueryBuilder('f')
      .where('f.member_id = :m AND f.supplier_id = :s', { m: order.memberId, s: order.supplierId })
      .andWhere(`f.kind = 'RULING' AND f.against = :against`, { against: raterKind })
      .andWhere('f.occurred_at BETWEEN :since AND :now', { since, now })
      .getCount();
    return { excludedReason, retaliationFlag: recent > 0 };
  }

  /** The pair of an order's ratings (their root), created with the first rating, locked for any change to either. */
  private async lockPair(orderId: string, now: Date): Promise<void> {
    await this.txHost.tx.getRepository(RatingPairEntity).createQueryBuilder().insert().values({ orderId, createdAt: now }).orIgnore().execute();
    await this.pairs.lock(orderId);
  }

  /** The one way a rating's status changes (ratingLifecycle): its pair locked first, guarded on its status. */
  transition(actor: Actor | null, rating: RatingEntity, action: RatingAction, changes: Partial<RatingEntity> = {}, reason: string | null = null): Promise<RatingEntity> {
    return this.lifecycle.transition(actor, rating, action, changes, { reason });
  }

  /**
   * Reveals sealed ratings whose 14 days have passed (all, or those of one order or organisation); returns how
   * many. Each order's pair is taken with SKIP LOCKED (one being rated right now is revealed by that rating, or
   * by the next run), then its ratings.
   */
  @UnitOfWork()
  async revealDue(scope: { orderId?: string; organizationId?: string } = {}): Promise<number> {
    const now = this.clock.now();
    const qb = this.ratings.createQueryBuilder('r').select('DISTINCT r.order_id', 'orderId').where('r.status = :s', { s: RatingStatus.SEALED }).andWhere('r.reveals_at <= :now', { now });
    if (scope.orderId) qb.andWhere('r.order_id = :o', { o: scope.orderId });
    if (scope.organizationId) qb.andWhere('(r.rater_id = :org OR r.rated_id = :org)', { org: scope.organizationId });
    const orders = await qb.limit(500).getRawMany<{ orderId: string }>();
    let revealed = 0;
    for (const { orderId } of orders) {
      if (!(await this.pairs.lock(orderId, { skipLocked: true }))) continue;
      const due = await this.lifecycle.lockWhere({ orderId, status: RatingStatus.SEALED, revealsAt: LessThanOrEqual(now) });
      for (const r of due) await this.transition(null, r, RatingAction.REVEAL, { revealedAt: now });
      revealed += due.length;
    }
    return revealed;
  }

  // ---- reply and removal

  @UnitOfWork()
  async reply(actor: UserActor, ratingId: string, body: string): Promise<RatingEntity> {
    const text = body.trim();
    if (!text) throw validationFailed({ body: ['write the reply'] });
    if (text.length > RATING_LIMITS.reply) throw validationFailed({ body: [`at most ${RATING_LIMITS.reply} characters`] });
    const rating = await this.get(actor, ratingId);
    if (rating.ratedId !== actor.organizationId) throw forbidden('Only the rated side replies to a rating');
    if (rating.status !== RatingStatus.REVEALED) throw invalidTransition(rating.status, 'reply to a rating before it is revealed or after it was removed');
    if (rating.reply !== null) throw new AppError(ErrorCode.CONFLICT, 'This rating has a reply already: the rated side replies once');
    const now = this.clock.now();
    const moved = await this.ratings
      .createQueryBuilder()
      .update()
      .set({ reply: text, repliedAt: now, repliedByUserId: actor.userId })
      .where('id = :id AND reply IS NULL AND status = :s', { id: rating.id, s: RatingStatus.REVEALED })
      .execute();
    if (!moved.affected) throw new AppError(ErrorCode.CONFLICT, 'This rating has a reply already: the rated side replies once');
    const updated = Object.assign(new RatingEntity(), rating, { reply: text, repliedAt: now, repliedByUserId: actor.userId });
    await this.events.publish(new RatingRepliedEvent(actor, ratingFacts(updated)));
    return updated;
  }

  @UnitOfWork()
  async requestRemoval(actor: UserActor, ratingId: string, reason: string): Promise<RatingRemovalRequestEntity> {
    const text = reason.trim();
    if (text.length < 5) throw validationFailed({ reason: ['say why the rating is abusive (at least 5 characters)'] });
    if (text.length > RATING_LIMITS.reason) throw validationFailed({ reason: [`at most ${RATING_LIMITS.reason} characters`] });
    const rating = await this.get(actor, ratingId);
    if (rating.ratedId !== actor.organizationId) throw forbidden('The rated side asks for a rating’s removal');
    if (rating.status !== RatingStatus.REVEALED) throw invalidTransition(rating.status, 'ask to remove a rating that is not revealed');
    if (await this.requests.exists({ where: { ratingId: rating.id, status: RatingRemovalStatus.PENDING } })) {
      throw new AppError(ErrorCode.CONFLICT, 'A removal request for this rating is waiting for the alliance already');
    }
    const row = this.requests.create({
      ratingId: rating.id, requestedByOrganizationId: actor.organizationId, requestedByUserId: actor.userId, reason: text, status: RatingRemovalStatus.PENDING,
      decidedByUserId: null, decisionNote: null, decidedAt: null, createdAt: this.clock.now(),
    });
    try {
      await this.requests.insert(row);
    } catch (err) {
      if ((err as { driverError?: { constraint?: string } }).driverError?.constraint === 'rating_removal_requests_pending_key') throw new AppError(ErrorCode.CONFLICT, 'A removal request for this rating is waiting for the alliance already');
      throw err;
    }
    await this.events.publish(new RatingRemovalRequestedEvent(actor, ratingFacts(rating), row.id, actor.organizationId, text));
    return row;
  }

  /** The alliance approves (the rating is hidden with the reason, never deleted) or rejects a removal request. */
  @UnitOfWork()
  async decideRemoval(actor: UserActor, requestId: string, approve: boolean, note: string): Promise<RatingRemovalRequestEntity> {
    const text = note.trim();
    if (text.length < 2) throw validationFailed({ note: ['give the decision’s reason'] });
    if (text.length > RATING_LIMITS.reason) throw validationFailed({ note: [`at most ${RATING_LIMITS.reason} characters`] });
    // The rating's pair first (the root of the rating and its removal requests), then the request.
    const seen = await this.requests.findOne({ where: { id: assertId(requestId, 'Removal request') }, select: { id: true, ratingId: true } });
    if (!seen) throw notFound('Removal request');
    const { orderId } = await this.ratings.findOneOrFail({ where: { id: seen.ratingId }, select: { id: true, orderId: true } });
    await this.pairs.lock(orderId);
    const rating = (await this.lifecycle.lock(seen.ratingId))!;
    const request = (await this.removals.lock(seen.id))!;
    const action = approve ? RatingRemovalAction.APPROVE : RatingRemovalAction.REJECT;
    const now = this.clock.now();
    const changes = { decidedByUserId: actor.userId, decisionNote: text, decidedAt: now };
    const decided = await this.removals.transition(actor, request, action, changes, { details: { rating } });
    if (approve) await this.transition(actor, rating, RatingAction.HIDE, { hiddenReason: RATING_REMOVED_ABUSIVE, hiddenNote: text, hiddenAt: now }, RATING_REMOVED_ABUSIVE);
    return decided;
  }

  // ---- ticket facts (handlers)

  /** A ticket resolved with the member at fault: the member's rating of that order does not count. */
  async memberAtFault(ticket: { id: string; orderId: string; memberId: string; supplierId: string }): Promise<void> {
    await this.facts.insert({ ticketId: ticket.id, orderId: ticket.orderId, memberId: ticket.memberId, supplierId: ticket.supplierId, kind: 'MEMBER_FAULT', against: 'MEMBER', occurredAt: this.clock.now() });
    await this.exclude(ticket.orderId, RatingSide.MEMBER_TO_SUPPLIER, RatingExclusion.MEMBER_CAUSED_REFUND);
  }

  /** An L3 ruling: the rating of that order by the side it went against does not count; ratings soon after are flagged. */
  async ruled(ticket: { id: string; orderId: string; memberId: string; supplierId: string }, against: 'MEMBER' | 'SUPPLIER'): Promise<void> {
    await this.facts.insert({ ticketId: ticket.id, orderId: ticket.orderId, memberId: ticket.memberId, supplierId: ticket.supplierId, kind: 'RULING', against, occurredAt: this.clock.now() });
    await this.exclude(ticket.orderId, against === 'MEMBER' ? RatingSide.MEMBER_TO_SUPPLIER : RatingSide.SUPPLIER_TO_MEMBER, RatingExclusion.RULING_AGAINST_RATER);
  }

  private async exclude(orderId: string, side: RatingSide, reason: RatingExclusion): Promise<void> {
    if (!(await this.ratings.exists({ where: { orderId, side } }))) return;
    await this.pairs.lock(orderId);
    const rating = await this.ratings.findOne({ where: { orderId, side }, lock: { mode: 'pessimistic_write' } });
    if (!rating || rating.excludedReason) return;
    const now = this.clock.now();
    await this.ratings.update({ id: rating.id }, { excludedReason: reason, excludedAt: now });
    await this.events.publish(new RatingHiddenEvent(null, ratingFacts(Object.assign(rating, { excludedReason: reason, excludedAt: now })), reason));
  }

  // ---- reads

  async get(actor: Actor, id: string): Promise<RatingEntity> {
    const rating = await this.ratings.findOne({ where: { id: assertId(id, 'Rating') } });
    if (!rating || !RatingService.visibleTo(actor, rating)) throw notFound('Rating');
    if (rating.status === RatingStatus.SEALED && rating.revealsAt <= this.clock.now()) {
      await this.revealDue({ orderId: rating.orderId });
      return this.ratings.findOneOrFail({ where: { id: rating.id } });
    }
    return rating;
  }

  async ofOrder(actor: Actor, orderId: string): Promise<RatingEntity[]> {
    const order = await this.orderFor(actor, orderId);
    await this.revealDue({ orderId: order.id });
    return this.ratings.find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } });
  }

  /** Ratings the caller's organisation received (alliance staff: of any organisation, or all), newest first. */
  async received(actor: Actor, filter: { organizationId?: string | null; status?: RatingStatus | null }, page: { offset: number; limit: number }): Promise<Page<RatingEntity>> {
    const org = isAlliance(actor) ? (filter.organizationId ? assertId(filter.organizationId, 'Organization') : null) : actor.organizationId;
    if (org) await this.revealDue({ organizationId: org });
    const qb = this.ratings.createQueryBuilder('r');
    if (org) qb.where('r.rated_id = :org', { org });
    return this.page(qb, filter.status, page);
  }

  async given(actor: Actor, filter: { status?: RatingStatus | null }, page: { offset: number; limit: number }): Promise<Page<RatingEntity>> {
    await this.revealDue({ organizationId: actor.organizationId });
    return this.page(this.ratings.createQueryBuilder('r').where('r.rater_id = :org', { org: actor.organizationId }), filter.status, page);
  }

  private async page(qb: SelectQueryBuilder<RatingEntity>, status: RatingStatus | null | undefined, page: { offset: number; limit: number }): Promise<Page<RatingEntity>> {
    if (status) qb.andWhere('r.status = :status', { status });
    const [items, totalCount] = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /** A member's (or supplier's) ratings received that count: revealed, not removed, not excluded. */
  async summary(actor: Actor, organizationId: string): Promise<RatingSummary> {
    const org = assertId(organizationId, 'Organization');
    // Alliance staff, the organisation itself, and suppliers about a member (members' scores are for suppliers to read).
    if (!isAlliance(actor) && actor.organizationId !== org) {
      const kind = (await this.txHost.tx.query('SELECT kind FROM organizations WHERE id = $1', [org]))[0]?.kind as string | undefined;
      if (!kind) throw notFound('Organization');
      if (!(actor.organizationKind === OrganizationKind.SUPPLIER && kind === OrganizationKind.MEMBER)) throw forbidden('Suppliers and the alliance read a member’s rating summary');
    }
    await this.revealDue({ organizationId: org });
    const dims = ['authenticity', 'afterSales', 'speed', 'conduct', 'fairness', 'overall'];
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE excluded_reason IS NULL)::int AS count, count(*) FILTER (WHERE excluded_reason IS NOT NULL)::int AS excluded,
              ${dims.map((d, i) => `avg((scores->>$${i + 2})::numeric) FILTER (WHERE excluded_reason IS NULL)::float8 AS d${i}`).join(', ')}
         FROM ratings WHERE rated_id = $1 AND status = 'REVEALED'`,
      [org, ...dims],
    )) as Record<string, number | null>[];
    return {
      organizationId: org, count: Number(row.count ?? 0), excludedCount: Number(row.excluded ?? 0),
      averages: Object.fromEntries(dims.map((d, i) => [d, row[`d${i}`] === null ? null : Math.round(Number(row[`d${i}`]) * 100) / 100])),
    };
  }

  async removalRequests(filter: { status?: RatingRemovalStatus | null }, page: { offset: number; limit: number }): Promise<Page<RatingRemovalRequestEntity>> {
    const qb = this.requests.createQueryBuilder('q');
    if (filter.status) qb.where('q.status = :status', { status: filter.status });
    const [items, totalCount] = await qb.orderBy('q.created_at', filter.status === RatingRemovalStatus.PENDING ? 'ASC' : 'DESC').addOrderBy('q.id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  async ratingsByIds(ids: string[]): Promise<Map<string, RatingEntity>> {
    if (!ids.length) return new Map();
    return new Map((await this.ratings.find({ where: { id: In(ids) } })).map((r) => [r.id, r]));
  }

  /** Whether each rating has a removal request waiting. */
  async pendingRemovals(ratingIds: string[]): Promise<Set<string>> {
    if (!ratingIds.length) return new Set();
    const rows = await this.requests.find({ where: { ratingId: In(ratingIds), status: RatingRemovalStatus.PENDING }, select: { ratingId: true } });
    return new Set(rows.map((r) => r.ratingId));
  }

  /** Order number, SKU and the two organisations' names for a page of ratings, in one read. */
  async contexts(ids: string[]): Promise<Map<string, RatingContext>> {
    if (!ids.length) return new Map();
    const rows = (await this.txHost.tx.query(
      `SELECT r.id, o.client_order_no AS "clientOrderNo", s.name AS "skuName", a.name AS "raterName", b.name AS "ratedName"
         FROM ratings r JOIN orders o ON o.id = r.order_id JOIN skus s ON s.id = o.sku_id
         JOIN organizations a ON a.id = r.rater_id JOIN organizations b ON b.id = r.rated_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    )) as (RatingContext & { id: string })[];
    return new Map(rows.map(({ id, ...c }) => [id, c]));
  }

  /** Sealed ratings due now, for tests and the sweep's callers. */
  dueCount(): Promise<number> {
    return this.ratings.count({ where: { status: RatingStatus.SEALED, revealsAt: LessThanOrEqual(this.clock.now()) } });
  }
}
