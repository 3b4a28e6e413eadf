import {
  AuditEventType,
  DeliveryMode,
  ErrorCode,
  LOW_PRICE_FLOOR_BP,
  OfferAction,
  OfferPauseReason,
  OfferStatus,
  OrganizationStatus,
  PriceChangeAction,
  PriceChangeStatus,
  RiskEventType,
  priceChangeLifecycle,
  SELLING_SUPPLIER_STATUSES,
  SkuStatus,
  offerLifecycle,
  shanghaiDate,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, LessThanOrEqual, Not } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { RiskService } from '../../risk/services/risk.service';
import { OfferLowStockEvent, OfferPriceChangedEvent, OfferPriceScheduledEvent, OfferStatusChangedEvent } from '../catalog.events';
import { OfferPriceChangeEntity } from '../entities/offer-price-change.entity';
import { JobsService } from '../../jobs/jobs.service';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { OfferEntity } from '../entities/offer.entity';
import { SkuEntity } from '../entities/sku.entity';
import type { CreateOfferInput, OfferFilter, UpdateOfferInput } from '../inputs/catalog.inputs';
import { positiveFen } from './sku.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';

const RELATIONS = { sku: true, supplier: true } as const;

/** A settlement-price change's own job: applies it at its effective time (queued in the scheduling transaction). */
export const APPLY_OFFER_PRICE_JOB = 'catalog.apply-offer-price';
/** A requested effective time this little in the past (a clock apart, a slow request) means now. */
const PAST_TOLERANCE_MS = 5 * 60_000;

/** What routing needs of every offer of a SKU to decide who may serve and in what order. */
/** An offer's stock as its supplier's dashboard shows it. */
export interface OfferStock {
  offerId: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  deliveryMode: DeliveryMode;
  status: OfferStatus;
  stockAvailable: number;
  lowStockThreshold: number;
  lowStock: boolean;
}

export interface RoutableOffer {
  id: string;
  supplierId: string;
  supplierStatus: OrganizationStatus;
  status: OfferStatus;
  settlementPrice: string;
  capacity: number | null;
  createdAt: Date;
  /** Whether it may sell now: `catalog_can_sell`, the rule the card order's statement checks again. */
  sellable: boolean;
}

export const authorizationRequired = (brand: string) =>
  new AppError(ErrorCode.AUTHORIZATION_REQUIRED, `An approved, unexpired product authorisation for ${brand} is required`, { brand });

/** How long routing may reuse a SKU's offers: `orders_place_card` re-checks each offer's right to sell anyway. */
const ROUTABLE_TTL_MS = 1000;

@Injectable()
export class OfferService {
  private readonly routableCache = new Map<string, { at: number; offers: RoutableOffer[] }>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly risk: RiskService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly allianceSettings: AllianceSettingsService,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<OfferEntity, OfferStatus, OfferAction>({
      aggregate: 'offer', label: 'Offer', entity: OfferEntity, machine: offerLifecycle,
      stamp: ({ to, actor }) => ({
        updatedAt: this.clock.now(),
        pauseReason: to === OfferStatus.PAUSED ? (actor && isAlliance(actor) ? OfferPauseReason.ADMIN : OfferPauseReason.SUPPLIER) : null,
      }),
      events: ({ actor, after, from, action, details }) => {
        this.events.whenCommitted(() => this.forgetRoutable(after.skuId));
        return new OfferStatusChangedEvent(actor, after, from, action, details as { note?: string | null; reason?: string | null });
      },
    });
    // A scheduled settlement-price change is a child of its offer: the offer is locked first (scheduling, cancelling, applying).
    this.priceChanges = lifecycles.define<OfferPriceChangeEntity, PriceChangeStatus, PriceChangeAction>({
      aggregate: 'offer_price_change', label: 'Price change', entity: OfferPriceChangeEntity, machine: priceChangeLifecycle, root: { aggregate: 'offer', idOf: (c) => c.offerId },
      events: ({ actor, after, action, reason, details }) => {
        const offer = details.offer as OfferEntity;
        if (action === PriceChangeAction.CANCEL) {
          return new AuditedChange(actor, AuditEventType.OFFER_PRICE_CANCELLED, {
            organizationId: offer.supplierId, subjectType: 'offer', subjectId: offer.id, payload: { changeId: String(after.id), newPrice: after.newPrice, effectiveAt: after.effectiveAt.toISOString(), reason },
          });
        }
        const noticeGiven = !after.noticeShortened;
        return [
          new AuditedChange(actor, AuditEventType.OFFER_PRICE_CHANGED, {
            organizationId: offer.supplierId, subjectType: 'offer', subjectId: offer.id,
            payload: { changeId: String(after.id), oldPrice: after.oldPrice, newPrice: after.newPrice, lowPriceFlag: details.lowPriceFlag, noticeGiven },
          }),
          // Every applied change feeds the price-stability score (announced: half the cost).
          new OfferPriceChangedEvent(actor, offer.id, offer.supplierId, offer.skuId, after.oldPrice, after.newPrice, after.changedAt!, noticeGiven),
        ];
      },
    });
  }

  private readonly lifecycle: Lifecycle<OfferEntity, OfferStatus, OfferAction>;
  private readonly priceChanges: Lifecycle<OfferPriceChangeEntity, PriceChangeStatus, PriceChangeAction>;

  private get offers() {
    return this.txHost.tx.getRepository(OfferEntity);
  }

  /** Under 85 % of face value: the article's black-card price signal. */
  static isLowPrice(settlement: bigint, faceValue: bigint): boolean {
    return settlement * 10_000n < faceValue * BigInt(LOW_PRICE_FLOOR_BP);
  }

  /**
   * The one way an offer's status changes (offerLifecycle; the offer locked first), published as
   * OfferStatusChangedEvent (audit, notifications); routing forgets its cached offers of the SKU on commit.
   */
  transition(actor: Actor | null, offer: OfferEntity, action: OfferAction, changes: Partial<OfferEntity> = {}, details: { note?: string | null; reason?: string | null } = {}): Promise<OfferEntity> {
    return this.lifecycle.transition(actor, offer, action, changes, { details });
  }

  async hasValidAuthorization(supplierId: string, brandId: string): Promise<boolean> {
    const [row] = await this.txHost.tx.query(
      `SELECT 1 FROM qualification_documents WHERE organization_id = $1 AND brand_id = $2 AND type = 'PRODUCT_AUTHORIZATION'
          AND status = 'APPROVED' AND NOT superseded AND valid_to >= $3 LIMIT 1`,
      [supplierId, brandId, shanghaiDate(this.clock.now())],
    );
    return Boolean(row);
  }

  private async requireAuthorization(supplierId: string, sku: SkuEntity): Promise<void> {
    if (!(await this.hasValidAuthorization(supplierId, sku.brandId))) {
      const withBrand = await this.txHost.tx.getRepository(SkuEntity).findOne({ where: { id: sku.id }, relations: { brand: true } });
      throw authorizationRequired(withBrand?.brand?.name ?? sku.brandId);
    }
  }

  private async flagLowPrice(offer: OfferEntity, sku: SkuEntity): Promise<void> {
    await this.risk.raise(RiskEventType.LOW_PRICE_OFFER, offer.supplierId, { type: 'offer', id: offer.id }, {
      skuCode: sku.code, faceValue: sku.faceValue, settlementPrice: offer.settlementPrice, floorBp: LOW_PRICE_FLOOR_BP,
    });
  }

  @UnitOfWork()
  async create(actor: UserActor, input: CreateOfferInput): Promise<OfferEntity> {
    if (!SELLING_SUPPLIER_STATUSES.includes(actor.organizationStatus)) throw invalidTransition(actor.organizationStatus, 'create offers');
    const sku = await this.txHost.tx.getRepository(SkuEntity).findOneBy({ id: input.skuId });
    if (!sku || sku.status !== SkuStatus.ACTIVE) throw notFound('SKU');
    const price = positiveFen(input.settlementPrice, 'settlementPrice');
    if (price > BigInt(sku.unifiedPrice)) throw validationFailed({ settlementPrice: ['must not exceed the unified price'] });
    const topup = sku.deliveryMode === DeliveryMode.DIRECT_TOPUP;
    if (!topup && input.capacity != null) throw validationFailed({ capacity: ['only direct top-up offers have a capacity; card offers sell their stock'] });
    await this.requireAuthorization(actor.organizationId, sku);
    const existing = await this.offers.findOne({ where: { skuId: sku.id, supplierId: actor.organizationId, status: Not(OfferStatus.DELISTED) } });
    if (existing) throw new AppError(ErrorCode.CONFLICT, 'You already offer this SKU', { offerId: existing.id, fields: { skuId: ['you already offer this SKU'] } });
    const now = this.clock.now();
    const offer = this.offers.create({
      skuId: sku.id, supplierId: actor.organizationId, settlementPrice: price.toString(), status: OfferStatus.PENDING_REVIEW, pauseReason: null,
      lowPriceFlag: OfferService.isLowPrice(price, BigInt(sku.faceValue)), reviewNote: null, reviewedByUserId: null, reviewedAt: null,
      stockAvailable: 0, lowStockThreshold: topup ? 0 : input.lowStockThreshold, lowStockNotified: false, capacity: topup ? (input.capacity ?? null) : null,
      createdAt: now, updatedAt: now,
    });
    await this.offers.insert(offer);
    await this.events.publish(new AuditedChange(actor, AuditEventType.OFFER_CREATED, {
      organizationId: actor.organizationId,
      subjectType: 'offer',
      subjectId: offer.id,
      payload: { skuId: sku.id, settlementPrice: offer.settlementPrice, lowPriceFlag: offer.lowPriceFlag, capacity: offer.capacity },
    }));
    if (offer.lowPriceFlag) await this.flagLowPrice(offer, sku);
    return this.get(actor, offer.id);
  }

  async get(actor: Actor, id: string): Promise<OfferEntity> {
    const offer = await this.offers.findOne({ where: { id: assertId(id, 'Offer') }, relations: RELATIONS });
    if (!offer || (!isAlliance(actor) && offer.supplierId !== actor.organizationId)) throw notFound('Offer');
    return offer;
  }

  private async lock(actor: Actor, id: string): Promise<OfferEntity> {
    const offer = await this.lifecycle.lock(assertId(id, 'Offer'));
    if (!offer || (!isAlliance(actor) && offer.supplierId !== actor.organizationId)) throw notFound('Offer');
    return offer;
  }

  async list(actor: Actor, filter: OfferFilter | undefined, page: { offset: number; limit: number }): Promise<Page<OfferEntity>> {
    const qb = this.offers.createQueryBuilder('o').leftJoinAndSelect('o.sku', 's').leftJoinAndSelect('o.supplier', 'org');
    if (!isAlliance(actor)) qb.andWhere('o.supplier_id = :org', { org: actor.organizationId });
    if (filter?.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter?.skuId) qb.andWhere('o.sku_id = :sku', { sku: filter.skuId });
    if (filter?.lowPriceOnly) qb.andWhere('o.low_price_flag');
    // The review queue reads oldest first; everything else newest first.
    qb.orderBy('o.created_at', filter?.status === OfferStatus.PENDING_REVIEW ? 'ASC' : 'DESC');
    const [items, totalCount] = await qb.skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /**
   * Every offer of a SKU that is listed (not delisted, rejected or in review), with its supplier's standing.
   * Reused for up to a second (forgotten at once when this process changes an offer or an organisation), so
   * routing costs no round trip per order; the order statement checks each offer again.
   */
  async routable(skuId: string): Promise<RoutableOffer[]> {
    const cached = this.routableCache.get(skuId);
    if (cached && Date.now() - cached.at < ROUTABLE_TTL_MS) return cached.offers;
    const offers = await this.loadRoutable(skuId);
    this.routableCache.set(skuId, { at: Date.now(), offers });
    return offers;
  }

  /** Forgets the routing snapshot of a SKU (or of every SKU). */
  forgetRoutable(skuId?: string): void {
    if (skuId) this.routableCache.delete(skuId);
    else this.routableCache.clear();
  }

  private async loadRoutable(skuId: string): Promise<RoutableOffer[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT o.id, o.supplier_id AS "supplierId", g.status AS "supplierStatus", o.status, o.settlement_price AS "settlementPrice", o.capacity,
              o.created_at AS "createdAt", catalog_can_sell(o.status, g.status) AS sellable
         FROM offers o JOIN organizations g ON g.id = o.supplier_id
        WHERE o.sku_id = $1 AND o.status IN ('LIVE', 'PAUSED') ORDER BY o.created_at, o.id`,
      [skuId],
    )) as (Omit<RoutableOffer, 'settlementPrice'> & { settlementPrice: string | number })[];
    return rows.map((o) => ({ ...o, settlementPrice: String(o.settlementPrice) }));
  }

  /** A supplier's listed offers with their stock, lowest stock first (card offers below their threshold are low). */
  async stockOf(supplierId: string, limit = 200): Promise<OfferStock[]> {
    const rows = await this.offers
      .createQueryBuilder('o')
      .innerJoinAndSelect('o.sku', 's')
      .where('o.supplier_id = :supplierId', { supplierId })
      .andWhere('o.status IN (:...listed)', { listed: [OfferStatus.LIVE, OfferStatus.PAUSED, OfferStatus.PENDING_REVIEW] })
      .orderBy('o.stock_available', 'ASC')
      .addOrderBy('s.code', 'ASC')
      .take(limit)
      .getMany();
    return rows
      .map((o) => {
        // Sales not folded into the counter yet count already.
        const stock = o.stockAvailable + (o.pendingStockDelta ?? 0);
        return {
          offerId: o.id, skuId: o.skuId, skuCode: o.sku!.code, skuName: o.sku!.name, deliveryMode: o.sku!.deliveryMode, status: o.status,
          stockAvailable: stock, lowStockThreshold: o.lowStockThreshold, lowStock: o.sku!.deliveryMode === DeliveryMode.CARD_CODE && stock <= o.lowStockThreshold,
        };
      })
      .sort((a, b) => a.stockAvailable - b.stockAvailable || a.skuCode.localeCompare(b.skuCode));
  }

  /** What the supplier is paid per unit now (a direct top-up settles at completion). */
  async settlementPrice(offerId: string): Promise<string> {
    return (await this.offers.findOneOrFail({ where: { id: offerId }, select: { id: true, settlementPrice: true } })).settlementPrice;
  }

  /** The supplier an offer belongs to (null: no such offer). */
  async supplierOf(offerId: string): Promise<string | null> {
    return (await this.offers.findOne({ where: { id: offerId }, select: { id: true, supplierId: true } }))?.supplierId ?? null;
  }

  /**
   * Edits an offer. A new settlement price is scheduled, not applied: it takes effect after the alliance's notice
   * (priceNoticeHours, 24 h) unless the supplier names an earlier time (now included) with a reason, which then
   * counts as unannounced in price stability. One change is pending per offer: a new price replaces it, the
   * current price again withdraws it. The offer (root) is locked first, its change after.
   */
  @UnitOfWork()
  async update(actor: UserActor, id: string, input: UpdateOfferInput): Promise<OfferEntity> {
    let offer = await this.lock(actor, id);
    if (offer.status === OfferStatus.DELISTED) throw invalidTransition(offer.status, 'edit');
    const sku = await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId });
    const changes: Partial<OfferEntity> = {};
    if (input.lowStockThreshold != null) Object.assign(changes, { lowStockThreshold: input.lowStockThreshold, lowStockNotified: false });
    if (input.capacity !== undefined) {
      if (sku.deliveryMode !== DeliveryMode.DIRECT_TOPUP) throw validationFailed({ capacity: ['only direct top-up offers have a capacity'] });
      changes.capacity = input.capacity;
    }
    if (Object.keys(changes).length) {
      changes.updatedAt = this.clock.now();
      await this.offers.update(offer.id, changes);
      Object.assign(offer, changes);
      this.events.whenCommitted(() => this.forgetRoutable(offer.skuId));
    }
    if (input.settlementPrice != null) {
      const pending = await this.lockPending(offer.id);
      if (input.settlementPrice !== (pending?.newPrice ?? offer.settlementPrice)) {
        const price = positiveFen(input.settlementPrice, 'settlementPrice');
        if (price > BigInt(sku.unifiedPrice)) throw validationFailed({ settlementPrice: ['must not exceed the unified price'] });
        // Replaced by the new price, or withdrawn by going back to the price in force.
        const back = price.toString() === offer.settlementPrice;
        if (pending) await this.priceChanges.transition(actor, pending, PriceChangeAction.CANCEL, {}, { reason: back ? 'WITHDRAWN' : 'SUPERSEDED', details: { offer } });
        if (!back) offer = await this.schedulePrice(actor, offer, sku, price.toString(), input);
      }
    }
    return this.get(actor, offer.id);
  }

  /** The notice a settlement-price change is given (the alliance's priceNoticeHours, shared with unified prices). */
  async priceNoticeHours(): Promise<number> {
    return (await this.allianceSettings.current()).priceNoticeHours;
  }

  /** Records the change, tells the SKU's members, and applies it now if it is due now or queues its job. */
  private async schedulePrice(actor: UserActor, offer: OfferEntity, sku: SkuEntity, newPrice: string, input: UpdateOfferInput): Promise<OfferEntity> {
    const now = this.clock.now();
    const noticeMs = (await this.priceNoticeHours()) * 3_600_000;
    const requested = input.settlementEffectiveAt ?? null;
    if (requested && requested.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw validationFailed({ settlementEffectiveAt: ['is in the past'] });
    const effectiveAt = requested && requested > now ? requested : requested ? now : new Date(now.getTime() + noticeMs);
    const short = effectiveAt.getTime() - now.getTime() < noticeMs;
    const reason = input.settlementPriceReason?.trim() || null;
    if (short && (!reason || reason.length < 2)) {
      throw validationFailed(
        { settlementPriceReason: [`say why the price changes with less than ${noticeMs / 3_600_000} h notice`] },
        `A settlement price changes ${noticeMs / 3_600_000} h after it is announced; an earlier change needs a reason (and counts as unannounced in price stability)`,
      );
    }
    const repo = this.txHost.tx.getRepository(OfferPriceChangeEntity);
    const change = repo.create({
      offerId: offer.id, oldPrice: offer.settlementPrice, newPrice, effectiveAt, reason, noticeShortened: short, status: PriceChangeStatus.SCHEDULED,
      changedByUserId: actor.userId, createdAt: now, changedAt: null,
    });
    await repo.insert(change);
    this.priceChanges.register(change);
    await this.events.publish(new OfferPriceScheduledEvent(actor, {
      changeId: String(change.id), offerId: offer.id, supplierId: offer.supplierId, skuId: sku.id, skuCode: sku.code, skuName: sku.name,
      oldPrice: offer.settlementPrice, newPrice, effectiveAt: effectiveAt.toISOString(), reason, noticeShortened: short,
    }));
    if (effectiveAt <= now) return (await this.applyChange(actor, offer, change, sku)) ?? offer;
    await this.jobs.sendInTransaction(APPLY_OFFER_PRICE_JOB, { changeId: String(change.id) }, { startAfter: effectiveAt, retryLimit: 5, retryDelay: 30, retryBackoff: true });
    return offer;
  }

  /**
   * Applies a due change to its offer (both locked by the caller, the offer first): the new price, the low-price
   * flag (newly under the floor: back to review), and price stability's record (announced when it had the full
   * notice). A change that can no longer apply (the offer delisted, or above a unified price lowered since) is cancelled.
   */
  private async applyChange(actor: Actor | null, offer: OfferEntity, change: OfferPriceChangeEntity, sku?: SkuEntity): Promise<OfferEntity | null> {
    sku ??= await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId });
    // A rejected offer may be priced again and resubmitted; a delisted one is gone.
    const gone = offer.status === OfferStatus.DELISTED;
    if (gone || BigInt(change.newPrice) > BigInt(sku.unifiedPrice)) {
      await this.priceChanges.transition(actor, change, PriceChangeAction.CANCEL, {}, { reason: gone ? 'OFFER_DELISTED' : 'ABOVE_UNIFIED_PRICE', details: { offer } });
      return null;
    }
    const now = this.clock.now();
    const low = OfferService.isLowPrice(BigInt(change.newPrice), BigInt(sku.faceValue));
    const changes: Partial<OfferEntity> = { settlementPrice: change.newPrice, lowPriceFlag: low, updatedAt: now };
    // The recorded old price is what it really was when applied.
    await this.priceChanges.transition(actor, change, PriceChangeAction.APPLY, { changedAt: now, oldPrice: offer.settlementPrice }, { details: { offer, lowPriceFlag: low } });
    const flag = low && !offer.lowPriceFlag;
    if (flag && offerLifecycle.can(offer.status, OfferAction.FLAG)) {
      // Newly under the floor: back to review before it sells again.
      offer = await this.transition(actor, offer, OfferAction.FLAG, changes, { reason: 'LOW_PRICE' });
    } else {
      await this.offers.update(offer.id, changes);
      Object.assign(offer, changes);
      this.events.whenCommitted(() => this.forgetRoutable(offer.skuId));
    }
    if (flag) await this.flagLowPrice(offer, sku);
    return offer;
  }

  /** The supplier withdraws its pending settlement-price change before it applies (the offer locked first). */
  @UnitOfWork()
  async cancelPendingPrice(actor: UserActor, offerId: string): Promise<OfferEntity> {
    const offer = await this.lock(actor, offerId);
    const pending = await this.lockPending(offer.id);
    if (!pending) throw notFound('Pending price change');
    await this.priceChanges.transition(actor, pending, PriceChangeAction.CANCEL, {}, { reason: 'WITHDRAWN', details: { offer } });
    return this.get(actor, offer.id);
  }

  /** Applies one scheduled change if it is still pending and due (its job, queued when it was scheduled). */
  @UnitOfWork()
  async applyScheduled(changeId: string): Promise<boolean> {
    const seen = await this.txHost.tx.getRepository(OfferPriceChangeEntity).findOne({ where: { id: changeId }, select: { id: true, offerId: true } });
    if (!seen) return false;
    const offer = await this.lifecycle.lock(seen.offerId);
    const change = offer && (await this.priceChanges.lock(seen.id, { where: { status: PriceChangeStatus.SCHEDULED } }));
    if (!offer || !change || change.effectiveAt > this.clock.now()) return false;
    return (await this.applyChange(null, offer, change)) !== null;
  }

  /** Applies every due change (each minute: the safety net for jobs that did not run); returns how many applied. */
  @UnitOfWork()
  async applyDuePrices(): Promise<number> {
    const due = await this.txHost.tx.getRepository(OfferPriceChangeEntity).find({
      where: { status: PriceChangeStatus.SCHEDULED, effectiveAt: LessThanOrEqual(this.clock.now()) }, order: { effectiveAt: 'ASC' }, select: { id: true, offerId: true },
    });
    let applied = 0;
    for (const { id, offerId } of due) {
      // The offer (root) first, skipped while someone else holds it (its job or the next run applies it).
      const offer = await this.lifecycle.lock(offerId, { skipLocked: true });
      const change = offer && (await this.priceChanges.lock(id, { where: { status: PriceChangeStatus.SCHEDULED } }));
      if (offer && change && (await this.applyChange(null, offer, change))) applied += 1;
    }
    return applied;
  }

  /** The offer's pending change, locked (the offer is locked first). */
  private async lockPending(offerId: string): Promise<OfferPriceChangeEntity | null> {
    return (await this.priceChanges.lockWhere({ offerId, status: PriceChangeStatus.SCHEDULED }))[0] ?? null;
  }

  /**
   * What a docked offer's upstream says it has (null: the offer is not docked any more), counted by the catalog with
   * the offer's own codes. The docking module calls it after each sync, link and refusal for want of stock.
   */
  @UnitOfWork()
  async setUpstreamStock(offerId: string, stock: number | null): Promise<void> {
    await this.txHost.tx.getRepository(OfferEntity).update({ id: offerId }, { upstreamStock: stock === null ? null : Math.max(0, Math.trunc(stock)) });
  }

  /** The pending (scheduled) settlement-price change of each of these offers. */
  async pendingOf(offerIds: string[]): Promise<Map<string, OfferPriceChangeEntity>> {
    if (!offerIds.length) return new Map();
    const rows = await this.txHost.tx.getRepository(OfferPriceChangeEntity).find({ where: { offerId: In(offerIds), status: PriceChangeStatus.SCHEDULED } });
    return new Map(rows.map((r) => [r.offerId, r]));
  }

  /** The supplier's own moves (and an admin's): pause, resume, delist. */
  @UnitOfWork()
  async act(actor: UserActor, id: string, action: OfferAction): Promise<OfferEntity> {
    if (action !== OfferAction.PAUSE && action !== OfferAction.RESUME && action !== OfferAction.DELIST) throw invalidTransition('-', action);
    const offer = await this.lock(actor, id);
    if (!offerLifecycle.can(offer.status, action)) throw invalidTransition(offer.status, action);
    if (action === OfferAction.RESUME) await this.requireAuthorization(offer.supplierId, await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId }));
    await this.transition(actor, offer, action);
    return this.get(actor, offer.id);
  }

  @UnitOfWork()
  async review(actor: UserActor, id: string, approve: boolean, note: string | null): Promise<OfferEntity> {
    const offer = await this.lock(actor, id);
    const action = approve ? OfferAction.APPROVE : OfferAction.REJECT;
    if (!offerLifecycle.can(offer.status, action)) throw invalidTransition(offer.status, action);
    const trimmed = note?.trim() || null;
    if (!approve && !trimmed) throw validationFailed({ note: ['say why, so the supplier can fix it'] });
    if (approve) await this.requireAuthorization(offer.supplierId, await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId }));
    await this.transition(actor, offer, action, { reviewNote: trimmed, reviewedByUserId: actor.userId, reviewedAt: this.clock.now() }, { note: trimmed });
    return this.get(actor, offer.id);
  }

  /**
   * The largest settlement-price movement of any of a supplier's offers within `days` days before `at`, in basis
   * points: (highest − lowest) / lowest of the prices the offer had in the window (its changes' old and new prices).
   */
  async maxPriceMoveBp(supplierId: string, at: Date, days: number): Promise<number> {
    const [row] = (await this.txHost.tx.query(
      `SELECT coalesce(max(((hi - lo) * 10000) / nullif(lo, 0)), 0)::int AS bp FROM (
         SELECT c.offer_id, greatest(max(c.old_price), max(c.new_price)) AS hi, least(min(c.old_price), min(c.new_price)) AS lo
           FROM offer_price_changes c JOIN offers o ON o.id = c.offer_id
          WHERE o.supplier_id = $1 AND c.status = 'APPLIED' AND c.changed_at > $2 AND c.changed_at <= $3 GROUP BY c.offer_id) m`,
      [supplierId, new Date(at.getTime() - days * 86_400_000), at],
    )) as { bp: number }[];
    return row?.bp ?? 0;
  }

  /** Delists every offer of a supplier that can still be delisted (its elimination); answers how many. */
  async delistAllOf(actor: Actor | null, supplierId: string, reason: string): Promise<number> {
    const offers = await this.lifecycle.lockWhere({ supplierId }, { order: { createdAt: 'ASC', id: 'ASC' } });
    let n = 0;
    for (const offer of offers) {
      if (!offerLifecycle.can(offer.status, OfferAction.DELIST)) continue;
      await this.transition(actor, offer, OfferAction.DELIST, {}, { reason });
      n++;
    }
    return n;
  }

  /** Live offers whose product authorisation is no longer valid pause by themselves (the daily job). */
  @UnitOfWork()
  async pauseUnauthorised(): Promise<number> {
    const rows = (await this.txHost.tx.query(
      `SELECT o.id FROM offers o JOIN skus s ON s.id = o.sku_id
        WHERE o.status = 'LIVE' AND NOT EXISTS (
          SELECT 1 FROM qualification_documents d WHERE d.organization_id = o.supplier_id AND d.brand_id = s.brand_id
             AND d.type = 'PRODUCT_AUTHORIZATION' AND d.status = 'APPROVED' AND NOT d.superseded AND d.valid_to >= $1)
        ORDER BY o.id`,
      [shanghaiDate(this.clock.now())],
    )) as { id: string }[];
    for (const r of rows) {
      const offer = await this.lifecycle.lock(r.id, { skipLocked: true, where: { status: OfferStatus.LIVE } });
      if (!offer) continue;
      await this.transition(null, offer, OfferAction.PAUSE, { pauseReason: OfferPauseReason.AUTHORIZATION_EXPIRED }, { reason: OfferPauseReason.AUTHORIZATION_EXPIRED });
    }
    return rows.length;
  }

  /**
   * Moves an offer's sellable-stock counter by `delta` inside the caller's transaction (the inventory's
   * StockChangedEvent), and tells the supplier once when it falls to the low-stock threshold.
   */
  async adjustStock(actor: Actor | null, offerId: string, delta: number): Promise<void> {
    await this.moveStock(actor, [offerId], [delta]);
  }

  /** Folds the sales' pending stock deltas into the counters (every replica, about once a second). */
  @UnitOfWork()
  async foldStockDeltas(): Promise<number> {
    const folded = (await this.txHost.tx.query(
      `WITH d AS (DELETE FROM offer_stock_deltas RETURNING offer_id, delta) SELECT offer_id, sum(delta)::int AS delta FROM d GROUP BY offer_id`,
    )) as { offer_id: string; delta: number }[];
    if (folded.length) await this.moveStock(null, folded.map((f) => f.offer_id), folded.map((f) => f.delta));
    return folded.length;
  }

  private async moveStock(actor: Actor | null, offerIds: string[], deltas: number[]): Promise<void> {
    // The sub-select sees the rows as they were before this statement: whether the supplier was told already.
    const [rows] = (await this.txHost.tx.query(
      `UPDATE offers o SET stock_available = o.stock_available + u.delta, low_stock_notified = (o.stock_available + u.delta <= o.low_stock_threshold)
         FROM unnest($1::uuid[], $2::int[]) AS u(id, delta)
        WHERE o.id = u.id
       RETURNING o.id, o.supplier_id, o.stock_available, o.low_stock_threshold, (SELECT low_stock_notified FROM offers WHERE id = o.id) AS was_notified`,
      [offerIds, deltas],
    )) as [{ id: string; supplier_id: string; stock_available: number; low_stock_threshold: number; was_notified: boolean }[], number];
    for (const row of rows) {
      if (row.stock_available <= row.low_stock_threshold && !row.was_notified) {
        await this.events.publish(new OfferLowStockEvent(actor, row.id, row.supplier_id, row.stock_available, row.low_stock_threshold));
      }
    }
  }
}
