import { AuditEventType, OfferAction, type OfferPauseReason, type OfferStatus } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

export interface OfferFacts {
  id: string;
  skuId: string;
  supplierId: string;
  status: OfferStatus;
  pauseReason: OfferPauseReason | null;
  settlementPrice: string;
  lowPriceFlag: boolean;
}

/** An offer moved along its lifecycle (OfferService.transition): reviews, pauses, delisting, flags. */
export class OfferStatusChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly offer: OfferFacts,
    readonly from: OfferStatus,
    readonly action: OfferAction,
    readonly details: { note?: string | null; reason?: string | null } = {},
  ) {
    super(actor);
  }

  get reviewed(): boolean {
    return this.action === OfferAction.APPROVE || this.action === OfferAction.REJECT;
  }

  get type(): string {
    return this.reviewed ? AuditEventType.OFFER_REVIEWED : AuditEventType.OFFER_STATUS_CHANGED;
  }

  override audit(): AuditRecord {
    const payload = this.reviewed
      ? { decision: this.action, note: this.details.note ?? null, lowPriceFlag: this.offer.lowPriceFlag }
      : { action: this.action, from: this.from, to: this.offer.status, ...(this.details.reason ? { reason: this.details.reason } : {}) };
    return { organizationId: this.offer.supplierId, subjectType: 'offer', subjectId: this.offer.id, payload };
  }
}

/** An offer's sellable stock fell to its low-stock threshold (told once until it recovers). */
export class OfferLowStockEvent extends DomainEvent {
  readonly type = 'offer.low_stock';
  constructor(
    actor: Actor | null,
    readonly offerId: string,
    readonly supplierId: string,
    readonly stock: number,
    readonly threshold: number,
  ) {
    super(actor);
  }
}

export interface PriceNotice {
  changeId: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  oldPrice: string;
  newPrice: string;
  effectiveAt: string;
  reason: string;
  noticeShortened: boolean;
}

/** A unified price change scheduled: members are told at once (inbox and webhook). */
export class PriceScheduledEvent extends DomainEvent {
  readonly type = AuditEventType.PRICE_SCHEDULED;
  constructor(
    actor: Actor,
    readonly notice: PriceNotice,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    const { changeId, oldPrice, newPrice, effectiveAt, reason, noticeShortened } = this.notice;
    return { organizationId: null, subjectType: 'sku', subjectId: this.notice.skuId, payload: { changeId, oldPrice, newPrice, effectiveAt, reason, noticeShortened } };
  }
}

/**
 * An offer's settlement price changed (applied by OfferService, audited as offer.price_changed). Scorecards count
 * it for price stability and probation: `noticeGiven` when it was scheduled with the full notice (announced), not
 * when the supplier shortened the notice with a reason (unannounced, at full cost).
 */
export class OfferPriceChangedEvent extends DomainEvent {
  readonly type = 'offer.settlement_price_changed';
  constructor(
    actor: Actor | null,
    readonly offerId: string,
    readonly supplierId: string,
    readonly skuId: string,
    readonly oldPrice: string,
    readonly newPrice: string,
    readonly at: Date,
    readonly noticeGiven: boolean = false,
  ) {
    super(actor);
  }
}

export interface SettlementPriceNotice {
  changeId: string;
  offerId: string;
  supplierId: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  oldPrice: string;
  newPrice: string;
  effectiveAt: string;
  reason: string | null;
  noticeShortened: boolean;
}

/**
 * A supplier scheduled a settlement-price change (audited as offer.price_scheduled). Members who bought the SKU
 * are told at once that a source's price changes and when, never which supplier nor its price.
 */
export class OfferPriceScheduledEvent extends DomainEvent {
  readonly type = AuditEventType.OFFER_PRICE_SCHEDULED;
  constructor(
    actor: Actor | null,
    readonly notice: SettlementPriceNotice,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    const { changeId, skuId, oldPrice, newPrice, effectiveAt, reason, noticeShortened } = this.notice;
    return { organizationId: this.notice.supplierId, subjectType: 'offer', subjectId: this.notice.offerId, payload: { changeId, skuId, oldPrice, newPrice, effectiveAt, reason, noticeShortened } };
  }
}

/**
 * Sellable codes of an offer came or went (import, sale, quarantine, sample passed): the offer's stock counter
 * follows. The inventory publishes it; the catalog owns it because it owns the counter it moves and sits below
 * the inventory (which uses the catalog's offers), so the catalog hears of the codes without knowing the inventory.
 */
export class StockChangedEvent extends DomainEvent {
  readonly type = 'stock.changed';
  constructor(
    actor: Actor | null,
    readonly offerId: string,
    readonly delta: number,
    /** A sale on the order path: counted off the offer's row, so concurrent orders do not queue on it. */
    readonly sale = false,
  ) {
    super(actor);
  }
}
