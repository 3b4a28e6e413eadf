import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import type { RoutingScore } from '../scorecard.types';

/**
 * Supplier scores as routing reads them, on the order path: every supplier's total and fulfilment rate in one
 * map, read with one small query and reused for ROUTING_SCORE_CACHE_MS (default 30 s). The order path never
 * waits for it: a stale map answers while one refresh runs in the background, and before the first load every
 * supplier stands at the alliance mean (an order holds a pooled connection; waiting for another one could starve
 * the pool under a burst).
 */
@Injectable()
export class ScoreReadService implements OnApplicationBootstrap {
  private scores: Map<string, RoutingScore> = new Map();
  private loadedAt = 0;
  private refreshing: Promise<void> | null = null;
  /** The alliance mean of totals: the score of a supplier without a scorecard yet. */
  private mean = 50;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    void this.refresh().catch(() => undefined);
  }

  /** Scores of the given suppliers (the alliance mean for one without a scorecard). Never waits for the database. */
  scoresOf(supplierIds: string[]): Map<string, RoutingScore & { scored: boolean }> {
    if (Date.now() - this.loadedAt >= this.config.routing.scoreCacheMs && !this.refreshing) void this.refresh().catch(() => undefined);
    return new Map(supplierIds.map((id) => {
      const s = this.scores.get(id);
      return [id, s ? { ...s, scored: true } : { total: this.mean, fulfilmentRate: null, scored: false }];
    }));
  }

  /** Reads the map again now (after a recompute); concurrent calls share one read. */
  refresh(): Promise<void> {
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
