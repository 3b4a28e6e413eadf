import { DeliveryMode, dockedPrice, ErrorCode, OfferAction, OfferStatus } from '@mengyuan/domain';
import type { Goods } from '@mengyuan/supplier-sim';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, notFound, validationFailed } from '../../../common/errors';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { UserQueryService } from '../../auth/services/user-query.service';
import { OfferService } from '../../catalog/services/offer.service';
import { JobsService } from '../../jobs/jobs.service';
import { UpstreamError } from '../adapters/upstream-adapter';
import { DockConnectorEntity, DockGoodsEntity } from '../entities/docking.entities';
import { ConnectorService } from './connector.service';

export interface SyncResult {
  full: boolean;
  seen: number;
  excluded: number;
  repriced: number;
  paused: number;
  resumed: number;
  /** Goods whose offer could not follow the upstream (e.g. the price would exceed the unified price), with why. */
  drift: { goodsId: string; reason: string }[];
  error: string | null;
}

export const SYNC_JOB = 'docking.sync';
export const FULL_SYNC_JOB = 'docking.sync-full';
/** How long a sync holds its connector at most (a replica that dies mid-sync frees it after this). */
const SYNC_LEASE_MS = 10 * 60_000;

export interface SyncAllResult {
  synced: number;
  skipped: number;
  failed: number;
}

/** A synced goods row with the offer it feeds and what the offer's price should be. */
export interface DockedGoodsView extends DockGoodsEntity {
  targetPrice: string;
  offerPrice: string | null;
  offerStatus: OfferStatus | null;
  drift: boolean;
}

/**
 * Keeps docked offers honest (issue 19): goods listed from the upstream (incremental by `updated_after`, or
 * full), stored as last seen; each docked offer follows its goods — the settlement price is the upstream's with
 * the connector's markup and rounding, changed through the catalog's own rule (recorded, low-price flag, the
 * ±5 %/7 d movement); delisted, off-sale or out-of-stock goods pause the offer, and it resumes when they are back.
 */
@Injectable()
export class SyncService implements OnModuleInit {
  private readonly log = new Logger(SyncService.name);
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly connectors: ConnectorService,
    private readonly offers: OfferService,
    private readonly users: UserQueryService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  /** Every active connector incrementally every 10 minutes, and in full once a day (03:45 Shanghai). */
  onModuleInit(): void {
    this.jobs.define({ name: SYNC_JOB, cron: '*/10 * * * *', handler: () => this.syncAll(false) });
    this.jobs.define({ name: FULL_SYNC_JOB, cron: '45 3 * * *', handler: () => this.syncAll(true) });
  }

  /**
   * The periodic sync: each active connector in turn, acting as the person who docked it (the offers' changes are
   * theirs, as if they had pressed 同步商品); one connector's failure is logged and the next goes on; a connector
   * another sync holds is skipped; one whose creator no longer belongs to its supplier is skipped and logged.
   */
  async syncAll(full: boolean): Promise<SyncAllResult> {
    const out: SyncAllResult = { synced: 0, skipped: 0, failed: 0 };
    for (const listed of await this.connectors.active()) {
      try {
        const actor = await this.actorFor(listed);
        if (!actor) {
          this.log.warn(`connector ${listed.id} not synced: its creator no longer acts for its supplier`);
          out.skipped += 1;
          continue;
        }
        if (!(await this.claim(listed.id))) {
          out.skipped += 1;
          continue;
        }
        try {
          const c = await this.connectors.byId(listed.id);
          if (!c) continue;
          const r = await this.run(actor, c, full);
          if (r.error) {
            this.log.warn(`connector ${c.id} sync failed: ${r.error}`);
            out.failed += 1;
          } else out.synced += 1;
        } finally {
          await this.release(listed.id);
        }
      } catch (err) {
        this.log.warn(`connector ${listed.id} sync failed: ${(err as Error).message}`);
        out.failed += 1;
      }
    }
    return out;
  }

  /** The connector's creator as an actor of its supplier (null when they are gone or moved). */
  private async actorFor(c: DockConnectorEntity): Promise<UserActor | null> {
    if (!c.createdByUserId) return null;
    const user = await this.users.get(c.createdByUserId).catch(() => null);
    if (!user || user.organization.id !== c.supplierId) return null;
    return {
      kind: 'user', userId: user.id, email: user.email, organizationId: user.organization.id, organizationKind: user.organization.kind,
      organizationStatus: user.organization.status, roles: user.roles, sessionFamilyId: '',
    };
  }

  /** Takes the connector's sync lease (false: another sync holds it). Its own short transaction: the sync's calls run outside any. */
  @UnitOfWork()
  private async claim(connectorId: string): Promise<boolean> {
    const now = this.clock.now();
    const [taken] = (await this.txHost.tx.query(
      `UPDATE docking_connectors SET sync_lease_until = $2 WHERE id = $1 AND (sync_lease_until IS NULL OR sync_lease_until < $3) RETURNING id`,
      [connectorId, new Date(now.getTime() + SYNC_LEASE_MS), now],
    )) as [unknown[], number];
    return taken.length === 1;
  }

  @UnitOfWork()
  private async release(connectorId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE docking_connectors SET sync_lease_until = NULL WHERE id = $1`, [connectorId]);
  }

  private get goods() {
    return this.txHost.tx.getRepository(DockGoodsEntity);
  }

  /** Called when the docked offers change (the buy-through's SKU list). */
  onLinksChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A person's sync (同步商品); refused with CONFLICT while another sync of the connector runs. */
  async sync(actor: UserActor, connectorId: string, full: boolean): Promise<SyncResult> {
    const listed = await this.connectors.get(actor, connectorId, true);
    if (!(await this.claim(listed.id))) throw new AppError(ErrorCode.CONFLICT, 'A sync of this connector is running; try again when it ends');
    try {
      const c = (await this.connectors.byId(listed.id)) ?? listed;
      return await this.run(actor, c, full);
    } finally {
      await this.release(listed.id);
    }
  }

  private async run(actor: UserActor, c: DockConnectorEntity, full: boolean): Promise<SyncResult> {
    const result: SyncResult = { full: full || !c.syncedThrough, seen: 0, excluded: 0, repriced: 0, paused: 0, resumed: 0, drift: [], error: null };
    const adapter = this.connectors.adapter(c, Math.max(c.timeoutMs, 10_000));
    const listed: Goods[] = [];
    try {
      let cursor: string | null = null;
      do {
        const page = await adapter.goods(result.full ? null : c.syncedThrough, cursor);
        listed.push(...page.goods);
        cursor = page.nextCursor;
      } while (cursor && listed.length < 100_000);
    } catch (err) {
      result.error = err instanceof UpstreamError ? `${err.code ?? err.failure}: ${err.message}` : (err as Error).message;
      return result;
    }
    return this.ingest(actor, c, listed, result);
  }

  /** Stores listed goods and makes docked offers follow them (the sync after its listing; the demo seed's first sync, read in-process). */
  async ingest(actor: UserActor, c: DockConnectorEntity, listed: Goods[], result: SyncResult = { full: true, seen: 0, excluded: 0, repriced: 0, paused: 0, resumed: 0, drift: [], error: null }): Promise<SyncResult> {
    let through = c.syncedThrough;
    const excluded = new Set(c.excludedGoods);
    for (const g of listed) {
      const at = new Date(g.updatedAt);
      if (!through || at > through) through = at;
      if (excluded.has(g.id)) {
        result.excluded += 1;
        continue;
      }
      result.seen += 1;
      const row = await this.store(c, g);
      if (row.offerId) await this.follow(actor, c, row, result);
    }
    await this.connectors.markSynced(c.id, through);
    return result;
  }

  @UnitOfWork()
  private async store(c: DockConnectorEntity, g: Goods): Promise<DockGoodsEntity> {
    const now = this.clock.now();
    await this.txHost.tx.query(
      `INSERT INTO docking_goods (connector_id, goods_id, name, kind, face_value, price, stock, status, upstream_updated_at, synced_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (connector_id, goods_id) DO UPDATE SET name = $3, kind = $4, face_value = $5, price = $6, stock = $7, status = $8, upstream_updated_at = $9, synced_at = $10`,
      [c.id, g.id.slice(0, 100), g.name.slice(0, 200), g.kind === 'TOPUP' ? 'TOPUP' : 'CARD', Math.max(0, Math.trunc(g.faceValue)), Math.max(0, Math.trunc(g.price)), g.stock === null ? null : Math.max(0, Math.trunc(g.stock)), g.status, new Date(g.updatedAt), now],
    );
    return this.goods.findOneByOrFail({ connectorId: c.id, goodsId: g.id.slice(0, 100) });
  }

  /** The docked offer follows its goods: price, then availability. */
  private async follow(actor: UserActor, c: DockConnectorEntity, row: DockGoodsEntity, result: SyncResult): Promise<void> {
    const offer = await this.offers.get(actor, row.offerId!);
    if (offer.status === OfferStatus.DELISTED || offer.status === OfferStatus.REJECTED) return;
    const target = dockedPrice(BigInt(row.price), c.markupBp, c.rounding).toString();
    // The upstream price is followed with the alliance's notice, like any settlement-price change: a change already
    // scheduled to the target is left to apply.
    const pending = (await this.offers.pendingOf([offer.id])).get(offer.id);
    if (target !== (pending?.newPrice ?? offer.settlementPrice) && row.price !== '0') {
      try {
        await this.offers.update(actor, offer.id, { settlementPrice: target });
        result.repriced += 1;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        result.drift.push({ goodsId: row.goodsId, reason: err.message });
      }
    }
    const unavailable = row.status !== 'ON_SALE' || (row.kind === 'CARD' && (row.stock ?? 0) <= 0);
    if (row.kind === 'CARD') await this.offers.setUpstreamStock(offer.id, unavailable ? 0 : (row.stock ?? 0));
    const now = (await this.offers.get(actor, offer.id)).status;
    if (unavailable && now === OfferStatus.LIVE) {
      await this.offers.act(actor, offer.id, OfferAction.PAUSE);
      await this.markPaused(row, true);
      result.paused += 1;
    } else if (!unavailable && now === OfferStatus.PAUSED && row.pausedBySync) {
      await this.offers.act(actor, offer.id, OfferAction.RESUME);
      await this.markPaused(row, false);
      result.resumed += 1;
    }
  }

  @UnitOfWork()
  private async markPaused(row: DockGoodsEntity, paused: boolean): Promise<void> {
    await this.goods.update({ connectorId: row.connectorId, goodsId: row.goodsId }, { pausedBySync: paused });
    row.pausedBySync = paused;
  }

  /** Docks goods to one of the supplier's offers (of the same delivery mode), or undocks it (offerId null). */
  async link(actor: UserActor, connectorId: string, goodsId: string, offerId: string | null): Promise<DockedGoodsView> {
    const c = await this.connectors.get(actor, connectorId, true);
    const row = await this.goods.findOneBy({ connectorId: c.id, goodsId });
    if (!row) throw notFound('Goods');
    if (offerId) {
      const offer = await this.offers.get(actor, offerId);
      const mode = row.kind === 'TOPUP' ? DeliveryMode.DIRECT_TOPUP : DeliveryMode.CARD_CODE;
      if (offer.sku!.deliveryMode !== mode) throw validationFailed({ offerId: [row.kind === 'TOPUP' ? 'must be a direct top-up offer' : 'must be a card offer'] });
      const taken = await this.goods.findOneBy({ offerId });
      if (taken && (taken.connectorId !== c.id || taken.goodsId !== goodsId)) throw validationFailed({ offerId: ['is docked to other goods already'] });
      if (row.offerId && row.offerId !== offer.id) await this.offers.setUpstreamStock(row.offerId, null);
      await this.setLink(row, offer.id, offer.skuId);
      const result: SyncResult = { full: false, seen: 1, excluded: 0, repriced: 0, paused: 0, resumed: 0, drift: [], error: null };
      await this.follow(actor, c, row, result);
    } else {
      if (row.offerId) await this.offers.setUpstreamStock(row.offerId, null);
      await this.setLink(row, null, null);
    }
    for (const l of this.listeners) l();
    return (await this.view(actor, c.id)).find((g) => g.goodsId === goodsId)!;
  }

  @UnitOfWork()
  private async setLink(row: DockGoodsEntity, offerId: string | null, skuId: string | null): Promise<void> {
    await this.goods.update({ connectorId: row.connectorId, goodsId: row.goodsId }, { offerId, skuId, pausedBySync: false });
    Object.assign(row, { offerId, skuId, pausedBySync: false });
  }

  /** The connector's goods as last synced, each with its offer and whether the offer has drifted from it. */
  async view(actor: Actor, connectorId: string): Promise<DockedGoodsView[]> {
    const c = await this.connectors.get(actor, connectorId);
    const rows = await this.goods.find({ where: { connectorId: c.id }, order: { goodsId: 'ASC' } });
    const out: DockedGoodsView[] = [];
    for (const r of rows) {
      const offer = r.offerId ? await this.offers.get(actor, r.offerId).catch(() => null) : null;
      const targetPrice = dockedPrice(BigInt(r.price), c.markupBp, c.rounding).toString();
      const pending = offer ? (await this.offers.pendingOf([offer.id])).get(offer.id) : undefined;
      // Scheduled to the target (waiting for its notice) is following, not drifting.
      const drift = !!offer && offer.settlementPrice !== targetPrice && pending?.newPrice !== targetPrice;
      out.push(Object.assign(r, { targetPrice, offerPrice: offer?.settlementPrice ?? null, offerStatus: offer?.status ?? null, drift }));
    }
    return out;
  }

  /** Docked card goods per SKU, for the buy-through (active connectors only). */
  async dockedSkus(): Promise<Set<string>> {
    const rows = (await this.txHost.tx.query(
      `SELECT DISTINCT g.sku_id FROM docking_goods g JOIN docking_connectors c ON c.id = g.connector_id WHERE g.offer_id IS NOT NULL AND c.status = 'ACTIVE'`,
    )) as { sku_id: string }[];
    return new Set(rows.map((r) => r.sku_id));
  }

  /**
   * These offers' docked card goods that may be bought through now (on sale, their connector active), each with
   * its connector: one statement on the order's path (a card order of a docked SKU).
   */
  async buyableCardLinks(offerIds: string[]): Promise<Map<string, { link: DockGoodsEntity; connector: DockConnectorEntity }>> {
    if (!offerIds.length) return new Map();
    const rows = await this.goods
      .createQueryBuilder('g')
      .innerJoinAndMapOne('g.connector', DockConnectorEntity, 'c', 'c.id = g.connector_id AND c.status = :active', { active: 'ACTIVE' })
      .where('g.offer_id IN (:...ids)', { ids: offerIds })
      .andWhere(`g.kind = 'CARD' AND g.status = 'ON_SALE'`)
      .getMany();
    return new Map(rows.map((r) => [r.offerId!, { link: r, connector: (r as DockGoodsEntity & { connector: DockConnectorEntity }).connector }]));
  }

  /** Docked goods of these offers (with their connectors). */
  async linksOf(offerIds: string[]): Promise<Map<string, DockGoodsEntity>> {
    if (!offerIds.length) return new Map();
    const rows = await this.goods.createQueryBuilder('g').where('g.offer_id IN (:...ids)', { ids: offerIds }).getMany();
    return new Map(rows.map((r) => [r.offerId!, r]));
  }
}
