import {
  AuditEventType,
  ErrorCode,
  PRICE_NOTICE_HOURS,
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
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { EventBus } from '../../../common/events/event-bus';
import { AuditService } from '../../audit/audit.service';
import { QualificationService } from '../../qualifications/services/qualification.service';
import { PriceScheduledEvent } from '../catalog.events';
import type { SkuSupply } from '../dtos/catalog.dto';
import { PriceChangeEntity } from '../entities/price-change.entity';
import { SkuEntity } from '../entities/sku.entity';
import type { CatalogFilter, CreateSkuInput, SchedulePriceInput, UpdateSkuInput } from '../inputs/catalog.inputs';

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
    private readonly audit: AuditService,
    private readonly qualifications: QualificationService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get skus() {
    return this.txHost.tx.getRepository(SkuEntity);
  }

  @Transactional()
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
    await this.audit.record({ type: AuditEventType.SKU_CREATED, ...auditActor(actor), subjectType: 'sku', subjectId: sku.id, payload: { ...input } });
    return this.get(actor, sku.id);
  }

  @Transactional()
  async update(actor: UserActor, id: string, input: UpdateSkuInput): Promise<SkuEntity> {
    const sku = await this.get(actor, id);
    await this.skus.update(sku.id, { name: input.name.trim(), category: input.category, updatedAt: this.clock.now() });
    await this.audit.record({ type: AuditEventType.SKU_UPDATED, ...auditActor(actor), subjectType: 'sku', subjectId: sku.id, payload: { before: { name: sku.name, category: sku.category }, after: { ...input } } });
    return this.get(actor, sku.id);
  }

  @Transactional()
  async setStatus(actor: UserActor, id: string, status: SkuStatus): Promise<SkuEntity> {
    const sku = await this.get(actor, id);
    const next = nextStatus(skuLifecycle, sku.status, status === SkuStatus.DELISTED ? SkuAction.DELIST : SkuAction.RELIST, undefined);
    const moved = await this.skus.update({ id: sku.id, status: sku.status }, { status: next, updatedAt: this.clock.now() });
    if (!moved.affected) throw invalidTransition(sku.status, status);
    await this.audit.record({ type: AuditEventType.SKU_UPDATED, ...auditActor(actor), subjectType: 'sku', subjectId: sku.id, payload: { status: { before: sku.status, after: status } } });
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
    const result = new Map<string, SkuSupply>(skus.map((s) => [s.id, { liveOfferCount: 0, stockAvailable: 0, lowStock: false, priceMovement7dBp: 0 }]));
    if (!ids.length) return result;
    const offers = (await this.txHost.tx.query(
      `SELECT sku_id, count(*)::int AS live,
              coalesce(sum(stock_available + coalesce((SELECT sum(d.delta) FROM offer_stock_deltas d WHERE d.offer_id = o.id), 0)), 0)::int AS stock,
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
  @Transactional()
  async schedulePrice(actor: UserActor, input: SchedulePriceInput): Promise<PriceChangeEntity> {
    const sku = await this.skus.findOne({ where: { id: input.skuId }, lock: { mode: 'pessimistic_write' } });
    if (!sku || sku.status !== SkuStatus.ACTIVE) throw notFound('SKU');
    const price = positiveFen(input.price, 'price');
    const now = this.clock.now();
    const noticeMs = input.effectiveAt.getTime() - now.getTime();
    if (noticeMs < 0) throw validationFailed({ effectiveAt: ['is in the past'] });
    const short = noticeMs < PRICE_NOTICE_HOURS * 3_600_000;
    if (short && !input.shortenNotice) {
      throw validationFailed({ effectiveAt: [`must be at least ${PRICE_NOTICE_HOURS} h ahead; an admin may shorten the notice with a reason`] });
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

  @Transactional()
  async cancelPrice(actor: UserActor, changeId: string): Promise<PriceChangeEntity> {
    const repo = this.txHost.tx.getRepository(PriceChangeEntity);
    const change = await repo.findOne({ where: { id: assertId(changeId, 'Price change') }, lock: { mode: 'pessimistic_write' } });
    if (!change) throw notFound('Price change');
    change.status = nextStatus(priceChangeLifecycle, change.status, PriceChangeAction.CANCEL, undefined);
    await repo.update(change.id, { status: change.status });
    await this.audit.record({ type: AuditEventType.PRICE_CANCELLED, ...auditActor(actor), subjectType: 'sku', subjectId: change.skuId, payload: { changeId: change.id } });
    return change;
  }

  /** Applies every change whose time has come (the job runs this each minute); returns how many. */
  @Transactional()
  async applyDuePrices(): Promise<number> {
    const repo = this.txHost.tx.getRepository(PriceChangeEntity);
    const due = await repo.find({ where: { status: PriceChangeStatus.SCHEDULED, effectiveAt: LessThanOrEqual(this.clock.now()) }, order: { effectiveAt: 'ASC' }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
    for (const change of due) {
      const sku = await this.skus.findOneOrFail({ where: { id: change.skuId }, lock: { mode: 'pessimistic_write' } });
      const appliedAt = this.clock.now();
      await this.skus.update(sku.id, { unifiedPrice: change.newPrice, updatedAt: appliedAt });
      // The recorded old price is what it really was when applied, in case another change came first.
      await repo.update(change.id, { status: nextStatus(priceChangeLifecycle, change.status, PriceChangeAction.APPLY, undefined), appliedAt, oldPrice: sku.unifiedPrice });
      await this.audit.record({ type: AuditEventType.PRICE_APPLIED, subjectType: 'sku', subjectId: sku.id, payload: { changeId: change.id, oldPrice: sku.unifiedPrice, newPrice: change.newPrice } });
    }
    return due.length;
  }

  history(skuId: string): Promise<PriceChangeEntity[]> {
    return this.txHost.tx.getRepository(PriceChangeEntity).find({ where: { skuId }, order: { effectiveAt: 'DESC', createdAt: 'DESC' }, take: 100 });
  }
}
