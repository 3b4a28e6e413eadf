import { OrganizationKind, OrganizationStatus, TopupAction, isSlowDelivery, priceChangeCost, priceMoveBp } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { OfferPriceChangedEvent } from '../../catalog/catalog.events';
import { UpstreamOrderFailedEvent } from '../../docking/docking.events';
import { BatchStatusChangedEvent, CodesSoldEvent } from '../../inventory/inventory.events';
import { OfferService } from '../../catalog/services/offer.service';
import { OrderDeliveredEvent, TopupTaskChangedEvent } from '../../orders/orders.events';
import { OrganizationStatusChangedEvent } from '../../organizations/organizations.events';
import { RatingHiddenEvent, RatingRevealedEvent } from '../../ratings/ratings.events';
import { ArbitrationRuledEvent, SlaBreachedEvent, SlaClockStoppedEvent, TicketReopenedEvent, TicketResolvedEvent } from '../../tickets/tickets.events';
import { ProbationService } from '../services/probation.service';
import { Measure, ScoreFactsService } from '../services/score-facts.service';

/** Ticket categories whose upheld complaint says the code was not genuine. */
const INVALID_CODE_CATEGORIES = new Set(['INVALID_CODE', 'CODE_ALREADY_USED']);

/**
 * The scorecards keep their own facts from other modules' events, in the transaction of each change: tickets
 * (after-sales, authenticity, member disputes), ratings (reputation, member ratings), the catalog (price
 * stability), inventory (samples, duplicate codes) and orders (probation).
 */
@Injectable()
export class ScorecardHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly facts: ScoreFactsService,
    private readonly probation: ProbationService,
    private readonly offers: OfferService,
  ) {}

  onModuleInit(): void {
    const on = this.events.onTransaction.bind(this.events);

    on(TicketResolvedEvent, 'scorecards.ticket-resolved', async (e) => {
      const t = e.ticket;
      // An upheld ticket counts once, however many resolution cycles it goes through (reopened and upheld again).
      const upheld = e.upheld && (await this.facts.firstUpheld(t));
      const supplier: Record<string, number> = { [Measure.TICKETS_RESOLVED]: 1 };
      if (upheld && INVALID_CODE_CATEGORIES.has(t.category)) supplier[Measure.UPHELD_INVALID_CODE] = 1;
      await this.facts.add(t.supplierId, supplier);
      // The member's dispute history: a complaint that held, or one rejected / at the member's fault.
      const member = upheld ? { [Measure.DISPUTE_UPHELD]: 1 } : !e.upheld && (e.resolution === 'REJECTED' || e.fault === 'MEMBER') ? { [Measure.DISPUTE_REJECTED]: 1 } : {};
      await this.facts.add(t.memberId, member);
      if (upheld && INVALID_CODE_CATEGORIES.has(t.category)) this.probation.countOrder(t.supplierId, false);
    });
    on(TicketReopenedEvent, 'scorecards.ticket-reopened', (e) => this.facts.add(e.ticket.supplierId, { [Measure.TICKETS_REOPENED]: 1 }));
    // A clock counts once: missed the moment it breaches (answered later or never), or as it stopped if it never breached.
    on(SlaBreachedEvent, 'scorecards.sla-breached', async (e) => {
      if (e.responsible !== 'SUPPLIER' || !e.clockId) return;
      if (await this.facts.slaClock(e.ticket.supplierId, e.clockId, e.metric, false, e.breachedAt)) await this.probation.slaBreached(e.ticket.supplierId);
    });
    on(SlaClockStoppedEvent, 'scorecards.sla', async (e) => {
      if (e.responsible !== 'SUPPLIER') return;
      if (e.clockId) await this.facts.slaClock(e.ticket.supplierId, e.clockId, e.metric, e.met);
      else await this.facts.add(e.ticket.supplierId, { [e.metric === 'FIRST_RESPONSE' ? Measure.SLA_FIRST_RESPONSE_TOTAL : Measure.SLA_RESOLUTION_TOTAL]: 1,
        [e.metric === 'FIRST_RESPONSE' ? Measure.SLA_FIRST_RESPONSE_MET : Measure.SLA_RESOLUTION_MET]: e.met ? 1 : 0 });
      if (e.metric === 'FIRST_RESPONSE') await this.probation.firstResponse(e.ticket.supplierId, e.businessSeconds);
    });
    on(ArbitrationRuledEvent, 'scorecards.ruling', (e) => (e.against === 'MEMBER' ? this.facts.add(e.ticket.memberId, { [Measure.RULED_AGAINST]: 1 }) : undefined));

    on(RatingRevealedEvent, 'scorecards.rating-revealed', (e) => this.facts.ratingRevealed(e.rating));
    on(RatingHiddenEvent, 'scorecards.rating-hidden', (e) => this.facts.ratingHidden(e.rating, e.reason));

    on(OfferPriceChangedEvent, 'scorecards.price-changed', async (e) => {
      const [oldPrice, newPrice] = [BigInt(e.oldPrice), BigInt(e.newPrice)];
      const cost = priceChangeCost(oldPrice, newPrice);
      await this.facts.add(e.supplierId, {
        [Measure.PRICE_CHANGES]: 1, [Measure.PRICE_MOVE_BP]: priceMoveBp(oldPrice, newPrice),
        [e.noticeGiven ? Measure.PRICE_COST_NOTICED : Measure.PRICE_COST_UNNOTICED]: cost, [Measure.PRICE_CHANGES_NOTICED]: e.noticeGiven ? 1 : 0,
      }, e.at);
      await this.probation.priceChanged(e.supplierId, e.at);
    });

    on(BatchStatusChangedEvent, 'scorecards.batch', async (e) => {
      if (e.action === 'PASS_SAMPLE') await this.facts.add(e.batch.supplierId, { [Measure.SAMPLE_PASSED]: 1 });
      if (e.action === 'FAIL_SAMPLE') await this.facts.add(e.batch.supplierId, { [Measure.SAMPLE_FAILED]: 1 });
      const duplicates = Number(e.details.refusedOtherSupplier ?? 0);
      if (e.from === 'IMPORTING' && duplicates > 0) await this.facts.add(e.batch.supplierId, { [Measure.DUPLICATE_CODE]: 1 });
    });

    // Probation: each order line a watched supplier serves or fails (hot path: a deferred write, no round trip).
    on(CodesSoldEvent, 'scorecards.probation-sold', (e) => this.probation.countOrder(e.supplierId, true));
    on(TopupTaskChangedEvent, 'scorecards.probation-topup', (e) => {
      if (e.action === TopupAction.COMPLETE) this.probation.countOrder(e.task.supplierId, true);
      else if (e.action === TopupAction.FAIL || e.action === TopupAction.EXPIRE) this.probation.countOrder(e.task.supplierId, false);
    });
    // 发卡时间 < 3 s: an order delivered slower counts against its supplier in the scorecard and in probation (hot path: a
    // delivery in time costs nothing here).
    on(OrderDeliveredEvent, 'scorecards.slow-delivery', (e) => {
      const { placedAt, deliveredAt } = e.order;
      const offerId = typeof e.details.offerId === 'string' ? e.details.offerId : null;
      return deliveredAt && offerId && isSlowDelivery(placedAt, deliveredAt) ? this.slowDelivery(offerId, deliveredAt) : undefined;
    });
    // A docked system that failed a purchase on an order's path (the order failed over): a supplier failure.
    on(UpstreamOrderFailedEvent, 'scorecards.upstream-failed', (e) => this.facts.add(e.supplierId, { [Measure.UPSTREAM_FAILURE]: 1 }, e.at));
    on(OrganizationStatusChangedEvent, 'scorecards.probation-start', (e) =>
      e.organization.kind === OrganizationKind.SUPPLIER && e.organization.status === OrganizationStatus.PROBATION ? this.probation.start(e.organization.id) : undefined,
    );
  }

  private async slowDelivery(offerId: string, at: Date): Promise<void> {
    const supplierId = await this.offers.supplierOf(offerId);
    if (!supplierId) return;
    await this.facts.add(supplierId, { [Measure.SLOW_DELIVERY]: 1 }, at);
    await this.probation.slowDelivery(supplierId);
  }
}
