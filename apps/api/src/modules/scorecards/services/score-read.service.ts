import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import type { RoutingScore } from '../scorecard.types';

/**
 * Supplier scores as routing reads them, on the order path: every supplier's total and fulfilment rate in one
 * map, read with one small query and reused for ROUTING_SCORE_CACHE_MS (default 30 s). When it is stale the old
 * map answers at once and one refresh runs in the background, so no order waits for it after the first.
 */
@Injectable()
export class ScoreReadService {
  private scores: Map<string, RoutingScore> | null = null;
  private loadedAt = 0;
  private refreshing: Promise<Map<string, RoutingScore>> | null = null;
  /** The alliance mean of totals: the score of a supplier without a scorecard yet. */
  private mean = 50;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Scores of the given suppliers (the alliance mean for one without a scorecard). */
  async scoresOf(supplierIds: string[]): Promise<Map<string, RoutingScore & { scored: boolean }>> {
    const all = await this.current();
    return new Map(supplierIds.map((id) => {
      const s = all.get(id);
      return [id, s ? { ...s, scored: true } : { total: this.mean, fulfilmentRate: null, scored: false }];
    }));
  }

  /** Forgets the map (after a recompute in this process). */
  forget(): void {
    this.scores = null;
    this.loadedAt = 0;
  }

  private async current(): Promise<Map<string, RoutingScore>> {
    const fresh = Date.now() - this.loadedAt < this.config.routing.scoreCacheMs;
    if (this.scores && fresh) return this.scores;
    if (!this.refreshing) {
      this.refreshing = this.load().finally(() => (this.refreshing = null));
    }
    // Stale: answer with what we have while one refresh runs.
    if (this.scores) {
      this.refreshing.catch(() => undefined);
      return this.scores;
    }
    return this.refreshing;
  }

  private async load(): Promise<Map<string, RoutingScore>> {
    // Outside any caller's transaction (the map outlives it and is shared by every order): a pooled connection of its own.
    const rows = (await this.dataSource.query(`SELECT organization_id AS id, total::float8 AS total, fulfilment_rate::float8 AS "fulfilmentRate" FROM scorecards WHERE kind = 'SUPPLIER'`)) as { id: string; total: number; fulfilmentRate: number | null }[];
    const map = new Map(rows.map((r) => [r.id, { total: r.total, fulfilmentRate: r.fulfilmentRate }]));
    this.mean = rows.length ? rows.reduce((a, r) => a + r.total, 0) / rows.length : 50;
    this.scores = map;
    this.loadedAt = Date.now();
    return map;
  }
}
