import {
  AuditEventType,
  DeliveryMode,
  ErrorCode,
  LOW_PRICE_FLOOR_BP,
  OfferAction,
  OfferPauseReason,
  OfferStatus,
  OrganizationStatus,
  RiskEventType,
  SELLING_SUPPLIER_STATUSES,
  SkuStatus,
  offerLifecycle,
  shanghaiDate,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { AuditService } from '../../audit/audit.service';
import { RiskService } from '../../risk/services/risk.service';
import { OfferLowStockEvent, OfferPriceChangedEvent, OfferStatusChangedEvent } from '../catalog.events';
import { OfferEntity } from '../entities/offer.entity';
import { SkuEntity } from '../entities/sku.entity';
import type { CreateOfferInput, OfferFilter, UpdateOfferInput } from '../inputs/catalog.inputs';
import { positiveFen } from './sku.service';

const RELATIONS = { sku: true, supplier: true } as const;

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
    private readonly audit: AuditService,
    private readonly risk: RiskService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get offers() {
    return this.txHost.tx.getRepository(OfferEntity);
  }

  /** Under 85 % of face value: the article's black-card price signal. */
  static isLowPrice(settlement: bigint, faceValue: bigint): boolean {
    return settlement * 10_000n < faceValue * BigInt(LOW_PRICE_FLOOR_BP);
  }

  /**
   * The one way an offer's status changes: checked against offerLifecycle (packages/domain), written only if
   * nobody moved it meanwhile, and published as OfferStatusChangedEvent (audit, notifications).
   */
  async transition(actor: Actor | null, offer: OfferEntity, action: OfferAction, changes: Partial<OfferEntity> = {}, details: { note?: string | null; reason?: string | null } = {}): Promise<OfferEntity> {
    const next = nextStatus(offerLifecycle, offer.status, action, undefined);
    const pauseReason = next === OfferStatus.PAUSED ? (changes.pauseReason ?? (actor && isAlliance(actor) ? OfferPauseReason.ADMIN : OfferPauseReason.SUPPLIER)) : null;
    const moved = await this.offers.update({ id: offer.id, status: offer.status }, { ...changes, status: next, pauseReason, updatedAt: this.clock.now() });
    if (!moved.affected) throw invalidTransition(offer.status, action);
    const updated = Object.assign(new OfferEntity(), offer, changes, { status: next, pauseReason });
    await this.events.publish(new OfferStatusChangedEvent(actor, updated, offer.status, action, details));
    this.events.whenCommitted(() => this.forgetRoutable(offer.skuId));
    return updated;
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

  @Transactional()
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
    await this.audit.record({
      type: AuditEventType.OFFER_CREATED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'offer', subjectId: offer.id,
      payload: { skuId: sku.id, settlementPrice: offer.settlementPrice, lowPriceFlag: offer.lowPriceFlag, capacity: offer.capacity },
    });
    if (offer.lowPriceFlag) await this.flagLowPrice(offer, sku);
    return this.get(actor, offer.id);
  }

  async get(actor: Actor, id: string): Promise<OfferEntity> {
    const offer = await this.offers.findOne({ where: { id: assertId(id, 'Offer') }, relations: RELATIONS });
    if (!offer || (!isAlliance(actor) && offer.supplierId !== actor.organizationId)) throw notFound('Offer');
    return offer;
  }

  private async lock(actor: Actor, id: string): Promise<OfferEntity> {
    const offer = await this.offers.findOne({ where: { id: assertId(id, 'Offer') }, lock: { mode: 'pessimistic_write' } });
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
    const rows = await this.offers.find({
      where: { skuId, status: In([OfferStatus.LIVE, OfferStatus.PAUSED]) },
      relations: { supplier: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((o) => ({
      id: o.id, supplierId: o.supplierId, supplierStatus: o.supplier!.status, status: o.status, settlementPrice: o.settlementPrice, capacity: o.capacity, createdAt: o.createdAt,
    }));
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

  @Transactional()
  async update(actor: UserActor, id: string, input: UpdateOfferInput): Promise<OfferEntity> {
    let offer = await this.lock(actor, id);
    if (offer.status === OfferStatus.DELISTED) throw invalidTransition(offer.status, 'edit');
    const sku = await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId });
    const changes: Partial<OfferEntity> = { updatedAt: this.clock.now() };
    let flag = false;
    if (input.settlementPrice != null && input.settlementPrice !== offer.settlementPrice) {
      const price = positiveFen(input.settlementPrice, 'settlementPrice');
      if (price > BigInt(sku.unifiedPrice)) throw validationFailed({ settlementPrice: ['must not exceed the unified price'] });
      const low = OfferService.isLowPrice(price, BigInt(sku.faceValue));
      Object.assign(changes, { settlementPrice: price.toString(), lowPriceFlag: low });
      // Every change is kept: it feeds the price-stability score.
      await this.txHost.tx.query(
        'INSERT INTO offer_price_changes (offer_id, old_price, new_price, changed_by_user_id, changed_at) VALUES ($1, $2, $3, $4, $5)',
        [offer.id, offer.settlementPrice, changes.settlementPrice, actor.userId, changes.updatedAt],
      );
      await this.audit.record({
        type: AuditEventType.OFFER_PRICE_CHANGED, ...auditActor(actor), organizationId: offer.supplierId, subjectType: 'offer', subjectId: offer.id,
        payload: { oldPrice: offer.settlementPrice, newPrice: changes.settlementPrice, lowPriceFlag: low },
      });
      await this.events.publish(new OfferPriceChangedEvent(actor, offer.id, offer.supplierId, offer.skuId, offer.settlementPrice, changes.settlementPrice!, changes.updatedAt!));
      flag = low && !offer.lowPriceFlag;
    }
    if (input.lowStockThreshold != null) Object.assign(changes, { lowStockThreshold: input.lowStockThreshold, lowStockNotified: false });
    if (input.capacity !== undefined) {
      if (sku.deliveryMode !== DeliveryMode.DIRECT_TOPUP) throw validationFailed({ capacity: ['only direct top-up offers have a capacity'] });
      changes.capacity = input.capacity;
    }
    if (flag && offerLifecycle.can(offer.status, OfferAction.FLAG)) {
      // Newly under the floor: back to review before it sells again.
      offer = await this.transition(actor, offer, OfferAction.FLAG, changes, { reason: 'LOW_PRICE' });
    } else {
      await this.offers.update(offer.id, changes);
      Object.assign(offer, changes);
      this.events.whenCommitted(() => this.forgetRoutable(offer.skuId));
    }
    if (flag) await this.flagLowPrice(offer, sku);
    return this.get(actor, offer.id);
  }

  /** The supplier's own moves (and an admin's): pause, resume, delist. */
  @Transactional()
  async act(actor: UserActor, id: string, action: OfferAction): Promise<OfferEntity> {
    if (action !== OfferAction.PAUSE && action !== OfferAction.RESUME && action !== OfferAction.DELIST) throw invalidTransition('-', action);
    const offer = await this.lock(actor, id);
    if (!offerLifecycle.can(offer.status, action)) throw invalidTransition(offer.status, action);
    if (action === OfferAction.RESUME) await this.requireAuthorization(offer.supplierId, await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId }));
    await this.transition(actor, offer, action);
    return this.get(actor, offer.id);
  }

  @Transactional()
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
          WHERE o.supplier_id = $1 AND c.changed_at > $2 AND c.changed_at <= $3 GROUP BY c.offer_id) m`,
      [supplierId, new Date(at.getTime() - days * 86_400_000), at],
    )) as { bp: number }[];
    return row?.bp ?? 0;
  }

  /** Delists every offer of a supplier that can still be delisted (its elimination); answers how many. */
  async delistAllOf(actor: Actor | null, supplierId: string, reason: string): Promise<number> {
    const offers = await this.offers.find({ where: { supplierId }, lock: { mode: 'pessimistic_write' }, order: { createdAt: 'ASC', id: 'ASC' } });
    let n = 0;
    for (const offer of offers) {
      if (!offerLifecycle.can(offer.status, OfferAction.DELIST)) continue;
      await this.transition(actor, offer, OfferAction.DELIST, {}, { reason });
      n++;
    }
    return n;
  }

  /** Live offers whose product authorisation is no longer valid pause by themselves (the daily job). */
  @Transactional()
  async pauseUnauthorised(): Promise<number> {
    const rows = (await this.txHost.tx.query(
      `SELECT o.id FROM offers o JOIN skus s ON s.id = o.sku_id
        WHERE o.status = 'LIVE' AND NOT EXISTS (
          SELECT 1 FROM qualification_documents d WHERE d.organization_id = o.supplier_id AND d.brand_id = s.brand_id
             AND d.type = 'PRODUCT_AUTHORIZATION' AND d.status = 'APPROVED' AND NOT d.superseded AND d.valid_to >= $1)
        FOR UPDATE OF o`,
      [shanghaiDate(this.clock.now())],
    )) as { id: string }[];
    for (const r of rows) {
      const offer = await this.offers.findOneByOrFail({ id: r.id });
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
  @Transactional()
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
