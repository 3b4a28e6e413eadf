import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import type { SupplierScores, SupplierStanding } from '../../routing/routing.types';
import { SharedCaches } from '../../../common/database/shared-caches';
import { ScoreWeightsChangedEvent } from '../scorecards.events';
import type { RoutingScore } from '../scorecard.types';

const CACHE = 'routing-scores';

/**
 * Supplier scores as routing reads them, on the order path: every supplier's total and fulfilment rate in one
 * map, read with one small query and reused for ROUTING_SCORE_CACHE_MS (default 30 s). The order path never
 * waits for it: a stale map answers while one refresh runs in the background, and before the first load every
 * supplier stands at the alliance mean (an order holds a pooled connection; waiting for another one could starve
 * the pool under a burst). A change of scores (new weights, a recompute) on any replica makes every replica read
 * the map again at once (SharedCaches), so the next order anywhere routes by the new scores.
 */
@Injectable()
export class ScoreReadService implements OnModuleInit, OnApplicationBootstrap, SupplierScores {
  private readonly log = new Logger(ScoreReadService.name);
  private scores: Map<string, RoutingScore> = new Map();
  private loadedAt = 0;
  private refreshing: Promise<void> | null = null;
  /** The alliance mean of totals: the score of a supplier without a scorecard yet. */
  private mean = 50;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly caches: SharedCaches,
    private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    // A notice means the scores changed since any read already under way began: read again, not join it.
    this.caches.register(CACHE, () => this.load());
    // New weights re-total every scorecard in their transaction: once it commits, every replica reads the totals.
    this.events.afterCommit(ScoreWeightsChangedEvent, 'scorecards.routing-scores', () => this.refresh());
  }

  /** The first read is awaited (one small query), so the first orders rank by the scorecards, not by the mean. */
  async onApplicationBootstrap(): Promise<void> {
    await this.reload().catch(() => undefined);
  }

  /** Scores of the given suppliers (the alliance mean for one without a scorecard). Never waits for the database. */
  scoresOf(supplierIds: string[]): Map<string, SupplierStanding> {
    if (Date.now() - this.loadedAt >= this.config.routing.scoreCacheMs && !this.refreshing) void this.reload().catch(() => undefined);
    return new Map(supplierIds.map((id) => {
      const s = this.scores.get(id);
      return [id, s ? { ...s, scored: true } : { total: this.mean, fulfilmentRate: null, scored: false }];
    }));
  }

  asOf(): Date | null {
    return this.loadedAt ? new Date(this.loadedAt) : null;
  }

  /** The scores changed (a recompute, new weights): reads the map again here now, and tells every other replica to. */
  async refresh(): Promise<void> {
    await this.load();
    await this.caches.changed(CACHE).catch((err: unknown) => this.log.warn(`other replicas were not told of new scores: ${(err as Error).message}`));
  }

  /** Reads this process's map again; concurrent calls share one read. */
  private reload(): Promise<void> {
    this.refreshing ??= this.load().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async load(): Promise<void> {
    // Outside any caller's transaction (the map outlives it and is shared by every order): a pooled connection of its own.
    const rows = (await this.dataSource.query(`SELECT organization_id AS id, total::float8 AS total, fulfilment_rate::float8 AS "fulfilmentRate" FROM scorecards WHERE kind = 'SUPPLIER'`)) as { id: string; total: number; fulfilmentRate: number | null }[];
    this.scores = new Map(rows.map((r) => [r.id, { total: r.total, fulfilmentRate: r.fulfilmentRate }]));
    this.mean = rows.length ? rows.reduce((a, r) => a + r.total, 0) / rows.length : 50;
    this.loadedAt = Date.now();
  }
}
