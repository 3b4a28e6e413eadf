import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Metrics } from '../../../common/metrics';
import { ReadDatabase } from '../../../common/database/read-database';
import { JobsService } from '../../jobs/jobs.service';
import { SlaClockService } from '../../tickets/services/sla-clock.service';
import { WebhookService } from '../../webhooks/services/webhook.service';

/** Gauges read from the database are refreshed at most this often, however often Prometheus scrapes. */
const GAUGE_TTL_MS = 5_000;

@Injectable()
export class MetricsService {
  private readonly log = new Logger(MetricsService.name);
  private gaugesAt = 0;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly metrics: Metrics,
    private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
    private readonly jobs: JobsService,
    private readonly webhooks: WebhookService,
    private readonly sla: SlaClockService,
  ) {}

  /** The exposition text, with the gauges read from the database refreshed when they are older than 5 s. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    this.poolGauges();
    if (Date.now() - this.gaugesAt >= GAUGE_TTL_MS) {
      this.refreshing ??= this.databaseGauges().finally(() => (this.refreshing = null));
      await this.refreshing;
    }
    return { contentType: this.metrics.registry.contentType, body: await this.metrics.registry.metrics() };
  }

  private poolGauges(): void {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (pool) this.setPool('primary', pool);
    const replica = this.reads.pool;
    if (replica) this.setPool('replica', replica);
    const { lagSeconds, serving } = this.reads.status;
    this.metrics.replicaLag.set(lagSeconds ?? 0);
    this.metrics.replicaUp.set(serving ? 1 : 0);
  }

  private setPool(name: string, pool: Pool): void {
    this.metrics.pool.set({ pool: name, state: 'total' }, pool.totalCount);
    this.metrics.pool.set({ pool: name, state: 'idle' }, pool.idleCount);
    this.metrics.pool.set({ pool: name, state: 'waiting' }, pool.waitingCount);
  }

  /** Each source on its own: one that fails (the database away) leaves the others' values and is logged. */
  private async databaseGauges(): Promise<void> {
    const { webhookQueue, webhookOldest, jobQueue, slaClocks } = this.metrics;
    await Promise.all([
      this.webhooks.queueDepth().then((q) => {
        webhookQueue.set({ state: 'waiting' }, q.due);
        webhookQueue.set({ state: 'leased' }, q.leased);
        webhookOldest.set(q.oldestDueSeconds);
      }),
      this.jobs.queueCounts().then((queues) => {
        for (const q of queues) for (const state of ['ready', 'deferred', 'active', 'failed'] as const) jobQueue.set({ queue: q.name, state }, q[state]);
      }),
      this.sla.dueCounts().then((c) => {
        slaClocks.set({ state: 'overdue' }, c.overdue);
        slaClocks.set({ state: 'due_within_hour' }, c.dueWithinHour);
      }),
    ].map((p) => p.catch((err: unknown) => this.log.warn(`metrics: ${(err as Error).message}`))));
    this.gaugesAt = Date.now();
  }
}
