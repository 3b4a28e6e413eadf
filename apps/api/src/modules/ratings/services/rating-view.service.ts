import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { OrderRatingDto, RatingDto, RatingRemovalRequestDto, RatingScoresDto, RatingSummaryDto } from '../dtos/rating.dto';
import type { RatingRemovalRequestEntity } from '../entities/rating-removal-request.entity';
import type { RatingEntity } from '../entities/rating.entity';
import { RatingService, type RatingSummary, type RatingWindow } from './rating.service';

/** Ratings as the caller may see them: sealed scores and comments only for the rater, removed ones only for the rater and the alliance. */
@Injectable()
export class RatingViewService {
  constructor(private readonly ratings: RatingService) {}

  async many(actor: Actor, rows: RatingEntity[]): Promise<RatingDto[]> {
    const ids = rows.map((r) => r.id);
    const [contexts, pending] = await Promise.all([this.ratings.contexts(ids), this.ratings.pendingRemovals(ids)]);
    return rows.map((r) => {
      const c = contexts.get(r.id);
      const visible = RatingService.contentVisibleTo(actor, r);
      const scores = visible ? Object.assign(new RatingScoresDto(), { authenticity: null, afterSales: null, speed: null, conduct: null, fairness: null, overall: null }, r.scores) : null;
      return Object.assign(new RatingDto(), {
        id: r.id, orderId: r.orderId, clientOrderNo: c?.clientOrderNo ?? '', skuName: c?.skuName ?? '', side: r.side, raterId: r.raterId, raterName: c?.raterName ?? '',
        ratedId: r.ratedId, ratedName: c?.ratedName ?? '', status: r.status, contentVisible: visible, scores, comment: visible ? r.comment : null, revealsAt: r.revealsAt,
        revealedAt: r.revealedAt, excludedReason: r.excludedReason, retaliationFlag: r.retaliationFlag, reply: r.reply, repliedAt: r.repliedAt, hiddenReason: r.hiddenReason,
        hiddenNote: r.hiddenNote, hiddenAt: r.hiddenAt, createdAt: r.createdAt, canReply: RatingService.canReply(actor, r),
        canRequestRemoval: RatingService.canRequestRemoval(actor, r, pending.has(r.id)), removalPending: pending.has(r.id),
      });
    });
  }

  async one(actor: Actor, row: RatingEntity): Promise<RatingDto> {
    return (await this.many(actor, [row]))[0];
  }

  async window(actor: Actor, w: RatingWindow): Promise<OrderRatingDto> {
    const rows = [w.mine, w.theirs].filter((r): r is RatingEntity => !!r);
    const views = new Map((await this.many(actor, rows)).map((v) => [v.id, v]));
    return Object.assign(new OrderRatingDto(), {
      side: w.side, canRate: w.canRate, rateUntil: w.rateUntil, reason: w.reason,
      mine: w.mine ? views.get(w.mine.id)! : null, theirs: w.theirs ? views.get(w.theirs.id)! : null,
    });
  }

  async requests(actor: Actor, rows: RatingRemovalRequestEntity[]): Promise<RatingRemovalRequestDto[]> {
    const ratings = await this.ratings.ratingsByIds([...new Set(rows.map((r) => r.ratingId))]);
    const views = new Map((await this.many(actor, [...ratings.values()])).map((v) => [v.id, v]));
    return rows.map((q) => Object.assign(new RatingRemovalRequestDto(), {
      id: q.id, ratingId: q.ratingId, rating: views.get(q.ratingId)!, requestedByOrganizationId: q.requestedByOrganizationId, reason: q.reason, status: q.status,
      decisionNote: q.decisionNote, decidedAt: q.decidedAt, createdAt: q.createdAt,
    }));
  }

  static summary(s: RatingSummary): RatingSummaryDto {
    return Object.assign(new RatingSummaryDto(), { organizationId: s.organizationId, count: s.count, excludedCount: s.excludedCount, ...s.averages });
  }
}
