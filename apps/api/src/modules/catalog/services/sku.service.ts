import {
  AuditEventType,
  ErrorCode,
  PriceChangeAction,
  PriceChangeStatus,
  SELLING_SUPPLIER_STATUSES,
  SkuAction,
  SkuStatus,
  parseFen,
  priceChangeLifecycle,
  ratioBasisPoints,
  skuLifecycle,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { QualificationService } from '../../qualifications/services/qualification.service';
import { PriceScheduledEvent } from '../catalog.events';
import type { SkuSupply } from '../dtos/catalog.dto';
import { PriceChangeEntity } from '../entities/price-change.entity';
import { SkuEntity } from '../entities/sku.entity';
import type { CatalogFilter, CreateSkuInput, SchedulePriceInput, UpdateSkuInput } from '../inputs/catalog.inputs';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

/** A positive amount of fen, or a validation error naming the field. */
export function positiveFen(value: string, field: string): bigint {
  let fen: bigint;
  try {
    fen = parseFen(value);
  } catch {
    throw validationFailed({ [field]: ['must be a whole number of fen'] });
  }
  if (fen <= 0n) throw validationFailed({ [field]: ['must be more than zero'] });
  return fen;
}

@Injectable()
export class SkuService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly qualifications: QualificationService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly allianceSettings: AllianceSettingsService,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<SkuEntity, SkuStatus, SkuAction>({
      aggregate: 'sku', label: 'SKU', entity: SkuEntity, machine: skuLifecycle, stamp: () => ({ updatedAt: this.clock.now() }),
      events: ({ actor, after, from, to }) =>
        new AuditedChange(actor, AuditEventType.SKU_UPDATED, { organizationId: null, subjectType: 'sku', subjectId: after.id, payload: { status: { before: from, after: to } } }),
    });
    // A scheduled unified-price change is a child of its SKU: the SKU is locked first (scheduling, cancelling, applying).
    this.priceChanges = lifecycles.define<PriceChangeEntity, PriceChangeStatus, PriceChangeAction>({
      aggregate: 'sku_price_change', label: 'Price change', entity: PriceChangeEntity, machine: priceChangeLifecycle, root: { aggregate: 'sku', idOf: (c) => c.skuId },
      events: ({ actor, after, action }) =>
        action === PriceChangeAction.CANCEL
          ? new AuditedChange(actor, AuditEventType.PRICE_CANCELLED, { organizationId: null, subjectType: 'sku', subjectId: after.skuId, payload: { changeId: after.id } })
          : new AuditedChange(actor, AuditEventType.PRICE_APPLIED, { organizationId: null, subjectType: 'sku', subjectId: after.skuId, payload: { changeId: after.id, oldPrice: after.oldPrice, newPrice: after.newPrice } }),
    });
  }

  private readonly lifecycle: Lifecycle<SkuEntity, SkuStatus, SkuAction>;
  private readonly priceChanges: Lifecycle<PriceChangeEntity, PriceChangeStatus, PriceChangeAction>;

  private get skus() {
    return this.txHost.tx.getRepository(SkuEntity);
  }

  @UnitOfWork()
  async create(actor: UserActor, input: CreateSkuInput): Promise<SkuEntity> {
    const face = positiveFen(input.faceValue, 'faceValue');
    positiveFen(input.unifiedPrice, 'unifiedPrice');
    if (!(await this.qualifications.brandExists(input.brandId))) throw notFound('Brand');
    if (await this.skus.existsBy({ code: input.code })) throw new AppError(ErrorCode.CONFLICT, `SKU code ${input.code} exists already`, { fields: { code: ['exists already'] } });
    const now = this.clock.now();
    const sku = this.skus.create({
      code: input.code, name: input.name.trim(), brandId: input.brandId, category: input.category, faceValue: face.toString(),
      deliveryMode: input.deliveryMode, unifiedPrice: input.unifiedPrice, status: SkuStatus.ACTIVE, createdAt: now, updatedAt: now,
    });
    await this.skus.insert(sku);
    await this.events.publish(new AuditedChange(actor, AuditEventType.SKU_CREATED, { organizationId: null, subjectType: 'sku', subjectId: sku.id, payload: { ...input } }));
    return this.get(actor, sku.id);
  }

  @UnitOfWork()
  async update(actor: UserActor, id: string, input: UpdateSkuInput): Promise<SkuEntity> {
    const sku = await this.get(actor, id);
    await this.skus.update(sku.id, { name: input.name.trim(), category: input.category, updatedAt: this.clock.now() });
    await this.events.publish(new AuditedChange(actor, AuditEventType.SKU_UPDATED, { organizationId: null, subjectType: 'sku', subjectId: sku.id, payload: { before: { name: sku.name, category: sku.category }, after: { ...input } } }));
    return this.get(actor, sku.id);
  }

  @UnitOfWork()
  async setStatus(actor: UserActor, id: string, status: SkuStatus): Promise<SkuEntity> {
    await this.get(actor, id);
    const sku = (await this.lifecycle.lock(id))!;
    await this.lifecycle.transition(actor, sku, status === SkuStatus.DELISTED ? SkuAction.DELIST : SkuAction.RELIST);
    return this.get(actor, sku.id);
  }

  /** What an order needs of its SKU, whatever its status (a delisted SKU fails the order, it is not unknown). */
  forOrder(id: string): Promise<Pick<SkuEntity, 'id' | 'code' | 'name' | 'status' | 'deliveryMode' | 'unifiedPrice'> | null> {
    // Hot path (measured: every order): a primary-key read.
    return this.skus.findOne({ where: { id }, select: { id: true, code: true, name: true, status: true, deliveryMode: true, unifiedPrice: true } });
  }

  /** Members and suppliers see active SKUs; alliance staff see delisted ones too. */
  async get(actor: Actor, id: string): Promise<SkuEntity> {
    const sku = await this.skus.findOne({ where: { id: assertId(id, 'SKU') }, relations: { brand: true } });
    if (!sku || (sku.status === SkuStatus.DELISTED && !isAlliance(actor))) throw notFound('SKU');
    return sku;
  }

  async list(actor: Actor, filter: CatalogFilter | undefined, page: { offset: number; limit: number }): Promise<Page<SkuEntity>> {
    const qb = this.skus.createQueryBuilder('s').leftJoinAndSelect('s.brand', 'b');
    if (!(filter?.includeDelisted && isAlliance(actor))) qb.andWhere(`s.status = 'ACTIVE'`);
    if (filter?.category) qb.andWhere('s.category = :category', { category: filter.category });
    if (filter?.brandId) qb.andWhere('s.brand_id = :brand', { brand: filter.brandId });
    const search = filter?.search?.trim();
    if (search) qb.andWhere('(s.code ILIKE :q OR s.name ILIKE :q OR b.name ILIKE :q)', { q: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [items, totalCount] = await qb.orderBy('s.category').addOrderBy('s.code').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /** Live offers, stock and 7-day price movement for a page of SKUs, in two queries. */
  async supplyOf(skus: SkuEntity[]): Promise<Map<string, SkuSupply>> {
    const ids = skus.map((s) => s.id);
    const result = new Map<string, SkuSupply>(skus.map((s) => [s.id, { liveOfferCount: 0, stockAvailable: 0, lowStock: false, priceMovement7dBp: 0, sourcePriceChangesScheduled: 0, nextSourcePriceChangeAt: null }]));
    if (!ids.length) return result;
    const offers = (await this.txHost.tx.query(
      `SELECT sku_id, count(*)::int AS live,
              coalesce(sum(stock_available + coalesce(upstream_stock, 0) + coalesce((SELECT sum(d.delta) FROM offer_stock_deltas d WHERE d.offer_id = o.id), 0)), 0)::int AS stock,
              coalesce(sum(low_stock_threshold), 0)::int AS threshold
         FROM offers o JOIN organizations org ON org.id = o.supplier_id
        WHERE o.sku_id = ANY($1) AND o.status = 'LIVE' AND org.status = ANY($2)
        GROUP BY sku_id`,
      [ids, SELLING_SUPPLIER_STATUSES],
    )) as { sku_id: string; live: number; stock: number; threshold: number }[];
    for (const o of offers) Object.assign(result.get(o.sku_id)!, { liveOfferCount: o.live, stockAvailable: o.stock, lowStock: o.stock <= o.threshold });
    // The price a week ago is the old price of the first change applied since then.
    const since = new Date(this.clock.now().getTime() - 7 * 86_400_000);
    const moves = (await this.txHost.tx.query(
      `SELECT DISTINCT ON (sku_id) sku_id, old_price FROM sku_price_changes
        WHERE sku_id = ANY($1) AND status = 'APPLIED' AND effective_at > $2 ORDER BY sku_id, effective_at`,
      [ids, since],
    )) as { sku_id: string; old_price: string }[];
    for (const m of moves) {
      const sku = skus.find((s) => s.id === m.sku_id)!;
      const then = BigInt(m.old_price);
      result.get(m.sku_id)!.priceMovement7dBp = Number(ratioBasisPoints(BigInt(sku.unifiedPrice) - then, then));
    }
    // Suppliers' announced settlement-price changes (members see that one is coming and when, not whose nor what).
    const announced = (await this.txHost.tx.query(
      `SELECT o.sku_id, count(*)::int AS n, min(c.effective_at) AS next FROM offer_price_changes c JOIN offers o ON o.id = c.offer_id
        WHERE o.sku_id = ANY($1) AND c.status = 'SCHEDULED' AND o.status = 'LIVE' GROUP BY o.sku_id`,
      [ids],
    )) as { sku_id: string; n: number; next: Date }[];
    for (const a of announced) Object.assign(result.get(a.sku_id)!, { sourcePriceChangesScheduled: a.n, nextSourcePriceChangeAt: new Date(a.next) });
    return result;
  }

  /** SKUs with fewer than `min` live offers: the article's advice is 2–3 sources per product. */
  async thinlySourced(min: number): Promise<SkuEntity[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT s.id FROM skus s
         LEFT JOIN offers o ON o.sku_id = s.id AND o.status = 'LIVE'
        WHERE s.status = 'ACTIVE' GROUP BY s.id HAVING count(o.id) < $1 ORDER BY count(o.id), min(s.code)`,
      [min],
    )) as { id: string }[];
    if (!rows.length) return [];
    const skus = await this.skus.find({ where: rows.map((r) => ({ id: r.id })), relations: { brand: true } });
    return rows.map((r) => skus.find((s) => s.id === r.id)!);
  }

  // ── unified prices ───────────────────────────────────────────────────────────────────────────

  /**
   * Schedules a unified price change: never silent, never sooner than the notice period unless an admin
   * shortens it with a reason. Members are told now; the change applies at effectiveAt.
   */
  @UnitOfWork()
  async schedulePrice(actor: UserActor, input: SchedulePriceInput): Promise<PriceChangeEntity> {
    const sku = await this.lifecycle.lock(assertId(input.skuId, 'SKU'));
    if (!sku || sku.status !== SkuStatus.ACTIVE) throw notFound('SKU');
    const price = positiveFen(input.price, 'price');
    const now = this.clock.now();
    const noticeMs = input.effectiveAt.getTime() - now.getTime();
    if (noticeMs < 0) throw validationFailed({ effectiveAt: ['is in the past'] });
    const noticeHours = (await this.allianceSettings.current()).priceNoticeHours;
    const short = noticeMs < noticeHours * 3_600_000;
    if (short && !input.shortenNotice) {
      throw validationFailed({ effectiveAt: [`must be at least ${noticeHours} h ahead; an admin may shorten the notice with a reason`] });
    }
    const repo = this.txHost.tx.getRepository(PriceChangeEntity);
    const pendingSame = await repo.findOne({ where: { skuId: sku.id, status: PriceChangeStatus.SCHEDULED, effectiveAt: input.effectiveAt } });
    if (pendingSame) throw new AppError(ErrorCode.CONFLICT, 'A change is already scheduled for that moment', { fields: { effectiveAt: ['has a change already'] } });
    const change = repo.create({
      skuId: sku.id, oldPrice: sku.unifiedPrice, newPrice: price.toString(), effectiveAt: input.effectiveAt, reason: input.reason.trim(),
      noticeShortened: short, status: PriceChangeStatus.SCHEDULED, scheduledByUserId: actor.userId, createdAt: now, appliedAt: null,
    });
    await repo.insert(change);
    await this.events.publish(
      new PriceScheduledEvent(actor, {
        changeId: change.id, skuId: sku.id, skuCode: sku.code, skuName: sku.name, oldPrice: sku.unifiedPrice, newPrice: change.newPrice,
        effectiveAt: input.effectiveAt.toISOString(), reason: change.reason, noticeShortened: short,
      }),
    );
    return change;
  }

  @UnitOfWork()
  async cancelPrice(actor: UserActor, changeId: string): Promise<PriceChangeEntity> {
    const seen = await this.txHost.tx.getRepository(PriceChangeEntity).findOne({ where: { id: assertId(changeId, 'Price change') }, select: { id: true, skuId: true } });
    if (!seen) throw notFound('Price change');
    await this.lifecycle.lock(seen.skuId);
    return this.priceChanges.transition(actor, (await this.priceChanges.lock(seen.id))!, PriceChangeAction.CANCEL);
  }

  /** Applies every change whose time has come (the job runs this each minute); returns how many. */
  @UnitOfWork()
  async applyDuePrices(): Promise<number> {
    const due = await this.txHost.tx.getRepository(PriceChangeEntity).find({
      where: { status: PriceChangeStatus.SCHEDULED, effectiveAt: LessThanOrEqual(this.clock.now()) }, order: { effectiveAt: 'ASC' }, select: { id: true, skuId: true },
    });
    let applied = 0;
    for (const { id, skuId } of due) {
      // The SKU (root) first, skipped while someone else holds it (it is applied on the next run).
      const sku = await this.lifecycle.lock(skuId, { skipLocked: true });
      const change = sku && (await this.priceChanges.lock(id, { where: { status: PriceChangeStatus.SCHEDULED } }));
      if (!sku || !change) continue;
      const appliedAt = this.clock.now();
      await this.skus.update(sku.id, { unifiedPrice: change.newPrice, updatedAt: appliedAt });
      // The recorded old price is what it really was when applied, in case another change came first.
      await this.priceChanges.transition(null, change, PriceChangeAction.APPLY, { appliedAt, oldPrice: sku.unifiedPrice });
      applied += 1;
    }
    return applied;
  }

  history(skuId: string): Promise<PriceChangeEntity[]> {
    return this.txHost.tx.getRepository(PriceChangeEntity).find({ where: { skuId }, order: { effectiveAt: 'DESC', createdAt: 'DESC' }, take: 100 });
  }
}
