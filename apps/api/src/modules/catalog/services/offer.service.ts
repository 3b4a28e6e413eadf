import {
  AuditEventType,
  ErrorCode,
  LOW_PRICE_FLOOR_BP,
  NotificationType,
  OfferAction,
  OfferPauseReason,
  OfferStatus,
  OrganizationStatus,
  RiskEventType,
  SkuStatus,
  offerLifecycle,
  shanghaiDate,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import { NotificationService } from '../../notifications/services/notification.service';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { RiskService } from '../../risk/services/risk.service';
import { OfferEntity } from '../entities/offer.entity';
import { SkuEntity } from '../entities/sku.entity';
import type { CreateOfferInput, OfferFilter, UpdateOfferInput } from '../inputs/catalog.inputs';
import { positiveFen } from './sku.service';

const RELATIONS = { sku: true, supplier: true } as const;
/** Suppliers that may offer: admitted, on probation or active. */
const OFFERING_STATUSES: readonly string[] = [OrganizationStatus.PROBATION, OrganizationStatus.ACTIVE];

export const authorizationRequired = (brand: string) =>
  new AppError(ErrorCode.AUTHORIZATION_REQUIRED, `An approved, unexpired product authorisation for ${brand} is required`, { brand });

@Injectable()
export class OfferService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly risk: RiskService,
    private readonly clock: Clock,
  ) {}

  private get offers() {
    return this.txHost.tx.getRepository(OfferEntity);
  }

  /** Under 85 % of face value: the article's black-card price signal. */
  static isLowPrice(settlement: bigint, faceValue: bigint): boolean {
    return settlement * 10_000n < faceValue * BigInt(LOW_PRICE_FLOOR_BP);
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
      const [brand] = await this.txHost.tx.query('SELECT name FROM brands WHERE id = $1', [sku.brandId]);
      throw authorizationRequired(brand?.name ?? sku.brandId);
    }
  }

  private async flagLowPrice(offer: OfferEntity, sku: SkuEntity): Promise<void> {
    await this.risk.raise(RiskEventType.LOW_PRICE_OFFER, offer.supplierId, { type: 'offer', id: offer.id }, {
      skuCode: sku.code, faceValue: sku.faceValue, settlementPrice: offer.settlementPrice, floorBp: LOW_PRICE_FLOOR_BP,
    });
  }

  @Transactional()
  async create(actor: UserActor, input: CreateOfferInput): Promise<OfferEntity> {
    const org = await this.txHost.tx.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId });
    if (!OFFERING_STATUSES.includes(org.status)) throw invalidTransition(org.status, 'create offers');
    const sku = await this.txHost.tx.getRepository(SkuEntity).findOneBy({ id: input.skuId });
    if (!sku || sku.status !== SkuStatus.ACTIVE) throw notFound('SKU');
    const price = positiveFen(input.settlementPrice, 'settlementPrice');
    if (price > BigInt(sku.unifiedPrice)) throw validationFailed({ settlementPrice: ['must not exceed the unified price'] });
    await this.requireAuthorization(org.id, sku);
    const existing = await this.offers.createQueryBuilder('o').where(`o.sku_id = :sku AND o.supplier_id = :org AND o.status <> 'DELISTED'`, { sku: sku.id, org: org.id }).getOne();
    if (existing) throw new AppError(ErrorCode.CONFLICT, 'You already offer this SKU', { offerId: existing.id });
    const now = this.clock.now();
    const offer = this.offers.create({
      skuId: sku.id, supplierId: org.id, settlementPrice: price.toString(), status: OfferStatus.PENDING_REVIEW, pauseReason: null,
      lowPriceFlag: OfferService.isLowPrice(price, BigInt(sku.faceValue)), reviewNote: null, reviewedByUserId: null, reviewedAt: null,
      stockAvailable: 0, lowStockThreshold: input.lowStockThreshold, lowStockNotified: false, createdAt: now, updatedAt: now,
    });
    await this.offers.insert(offer);
    await this.audit.record({
      type: AuditEventType.OFFER_CREATED, ...auditActor(actor), organizationId: org.id, subjectType: 'offer', subjectId: offer.id,
      payload: { skuId: sku.id, settlementPrice: offer.settlementPrice, lowPriceFlag: offer.lowPriceFlag },
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

  @Transactional()
  async update(actor: UserActor, id: string, input: UpdateOfferInput): Promise<OfferEntity> {
    const offer = await this.lock(actor, id);
    if (offer.status === OfferStatus.DELISTED) throw invalidTransition(offer.status, 'edit');
    const sku = await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId });
    const changes: Partial<OfferEntity> = { updatedAt: this.clock.now() };
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
      if (low && !offer.lowPriceFlag) {
        // Newly under the floor: back to review before it sells again.
        if (offer.status === OfferStatus.LIVE) changes.status = OfferStatus.PENDING_REVIEW;
        await this.flagLowPrice({ ...offer, ...changes } as OfferEntity, sku);
      }
    }
    if (input.lowStockThreshold != null) Object.assign(changes, { lowStockThreshold: input.lowStockThreshold, lowStockNotified: false });
    await this.offers.update(offer.id, changes);
    return this.get(actor, offer.id);
  }

  /** The supplier's own moves: pause, resume, delist. */
  @Transactional()
  async act(actor: UserActor, id: string, action: OfferAction): Promise<OfferEntity> {
    if (action === OfferAction.APPROVE || action === OfferAction.REJECT) throw invalidTransition('-', action);
    const offer = await this.lock(actor, id);
    const next = offerLifecycle.next(offer.status, action, undefined);
    if (!next) throw invalidTransition(offer.status, action);
    if (action === OfferAction.RESUME) {
      const sku = await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId });
      await this.requireAuthorization(offer.supplierId, sku);
    }
    const pauseReason = next === OfferStatus.PAUSED ? (isAlliance(actor) ? OfferPauseReason.ADMIN : OfferPauseReason.SUPPLIER) : null;
    await this.offers.update(offer.id, { status: next, pauseReason, updatedAt: this.clock.now() });
    await this.audit.record({
      type: AuditEventType.OFFER_STATUS_CHANGED, ...auditActor(actor), organizationId: offer.supplierId, subjectType: 'offer', subjectId: offer.id,
      payload: { action, from: offer.status, to: next },
    });
    return this.get(actor, offer.id);
  }

  @Transactional()
  async review(actor: UserActor, id: string, approve: boolean, note: string | null): Promise<OfferEntity> {
    const offer = await this.lock(actor, id);
    const action = approve ? OfferAction.APPROVE : OfferAction.REJECT;
    const next = offerLifecycle.next(offer.status, action, undefined);
    if (!next) throw invalidTransition(offer.status, action);
    const trimmed = note?.trim() || null;
    if (!approve && !trimmed) throw validationFailed({ note: ['say why, so the supplier can fix it'] });
    if (approve) {
      const sku = await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ id: offer.skuId });
      await this.requireAuthorization(offer.supplierId, sku);
    }
    await this.offers.update(offer.id, { status: next, reviewNote: trimmed, reviewedByUserId: actor.userId, reviewedAt: this.clock.now(), updatedAt: this.clock.now() });
    await this.audit.record({
      type: AuditEventType.OFFER_REVIEWED, ...auditActor(actor), organizationId: offer.supplierId, subjectType: 'offer', subjectId: offer.id,
      payload: { decision: action, note: trimmed, lowPriceFlag: offer.lowPriceFlag },
    });
    await this.notifications.notifyOrganization(offer.supplierId, NotificationType.OFFER_REVIEWED, { offerId: offer.id, decision: action, note: trimmed });
    return this.get(actor, offer.id);
  }

  /** Live offers whose product authorisation is no longer valid pause by themselves (the daily job). */
  @Transactional()
  async pauseUnauthorised(): Promise<number> {
    const rows = (await this.txHost.tx.query(
      `SELECT o.id, o.supplier_id FROM offers o JOIN skus s ON s.id = o.sku_id
        WHERE o.status = 'LIVE' AND NOT EXISTS (
          SELECT 1 FROM qualification_documents d WHERE d.organization_id = o.supplier_id AND d.brand_id = s.brand_id
             AND d.type = 'PRODUCT_AUTHORIZATION' AND d.status = 'APPROVED' AND NOT d.superseded AND d.valid_to >= $1)
        FOR UPDATE OF o`,
      [shanghaiDate(this.clock.now())],
    )) as { id: string; supplier_id: string }[];
    for (const r of rows) {
      await this.offers.update(r.id, { status: OfferStatus.PAUSED, pauseReason: OfferPauseReason.AUTHORIZATION_EXPIRED, updatedAt: this.clock.now() });
      await this.audit.record({
        type: AuditEventType.OFFER_STATUS_CHANGED, organizationId: r.supplier_id, subjectType: 'offer', subjectId: r.id,
        payload: { action: OfferAction.PAUSE, from: OfferStatus.LIVE, to: OfferStatus.PAUSED, reason: OfferPauseReason.AUTHORIZATION_EXPIRED },
      });
      await this.notifications.notifyOrganization(r.supplier_id, NotificationType.OFFER_PAUSED, { offerId: r.id, reason: OfferPauseReason.AUTHORIZATION_EXPIRED });
    }
    return rows.length;
  }

  /**
   * Moves an offer's sellable stock by `delta` inside the caller's transaction, and tells the supplier once
   * when it falls to the low-stock threshold.
   */
  async adjustStock(offerId: string, delta: number): Promise<void> {
    const [row] = (await this.txHost.tx.query(
      `UPDATE offers SET stock_available = stock_available + $2 WHERE id = $1
       RETURNING supplier_id, stock_available, low_stock_threshold, low_stock_notified`,
      [offerId, delta],
    ))[0] as { supplier_id: string; stock_available: number; low_stock_threshold: number; low_stock_notified: boolean }[];
    const low = row.stock_available <= row.low_stock_threshold;
    if (low && !row.low_stock_notified) {
      await this.txHost.tx.query('UPDATE offers SET low_stock_notified = true WHERE id = $1', [offerId]);
      await this.notifications.notifyOrganization(row.supplier_id, NotificationType.LOW_STOCK, { offerId, stock: row.stock_available, threshold: row.low_stock_threshold });
    } else if (!low && row.low_stock_notified) {
      await this.txHost.tx.query('UPDATE offers SET low_stock_notified = false WHERE id = $1', [offerId]);
    }
  }
}
