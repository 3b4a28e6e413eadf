import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Clock } from '../../../common/clock';
import { validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { JobsService } from '../../jobs/jobs.service';
import type { UpstreamCall } from '../adapters/upstream-adapter';
import { DockCallEntity } from '../entities/docking.entities';

export const PURGE_CALLS_JOB = 'docking.purge-calls';
export const CALL_RETENTION_DAYS = 30;

/** A connector's outbound calls over a window: count, share answered well (null with none), latency percentiles (ms). */
export interface ConnectorHealth {
  days: number;
  calls: number;
  okRate: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}

/** Field names whose values never show: secrets, passwords, tokens, signatures, keys (a key id is not secret). */
const SECRET_FIELD = /(secret|password|passwd|token|signature|api_?key|^key)$/i;

/** A card number shows its first 2 and last 4 characters; a secret, an account's middle and any key never show. */
export function redact(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => redact(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  if (typeof value !== 'string') return value;
  const k = key.toLowerCase();
  // dujiao-next's fulfillment `payload` is the codes as text.
  if (SECRET_FIELD.test(k) || k === 'payload') return '***';
  if (k === 'cardnumber' || k === 'card_number') return value.length <= 6 ? '***' : `${value.slice(0, 2)}***${value.slice(-4)}`;
  if (k === 'account') return value.length <= 4 ? '***' : `${value.slice(0, 3)}***${value.slice(-2)}`;
  return value.length > 500 ? `${value.slice(0, 500)}…` : value;
}

/**
 * Every call across the edge, both ways, redacted before it is written (codes and secrets never in clear), kept
 * 30 days (a daily job removes older ones). Writes go in their own transaction, off the caller's path; `flush`
 * waits for those in flight (the log page and tests read after it).
 */
@Injectable()
export class CallLogService implements OnModuleInit {
  private readonly log = new Logger(CallLogService.name);
  private readonly pending = new Set<Promise<void>>();
  private readonly buffer: Partial<DockCallEntity>[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: PURGE_CALLS_JOB, cron: '17 3 * * *', handler: () => this.purge() });
  }

  record(connectorId: string, direction: 'OUT' | 'IN', call: UpstreamCall): void {
    // Redacted at once (nothing in clear waits in memory), written in batches: one statement per 100 ms.
    this.buffer.push({
      connectorId, direction, method: call.method, path: call.path.slice(0, 500), status: call.status, ok: call.ok, latencyMs: call.latencyMs,
      error: call.error, request: redact(call.request) as object, response: redact(call.response) as object, at: this.clock.now(),
    });
    this.timer ??= setTimeout(() => void this.flush(), 100).unref();
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.buffer.splice(0);
    if (rows.length) {
      const p = this.write(rows).catch((err: Error) => this.log.warn(`call log write failed (${rows.length} calls): ${err.message}`));
      this.pending.add(p);
      void p.finally(() => this.pending.delete(p));
    }
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  @UnitOfWork({ separate: true })
  private async write(rows: Partial<DockCallEntity>[]): Promise<void> {
    await this.txHost.tx.getRepository(DockCallEntity).insert(rows as never); // jsonb columns: TypeORM's partial type cannot express them
  }

  async list(connectorId: string, page: { offset: number; limit: number }): Promise<Page<DockCallEntity>> {
    await this.flush();
    const [items, totalCount] = await this.txHost.tx.getRepository(DockCallEntity).findAndCount({ where: { connectorId }, order: { id: 'DESC' }, skip: page.offset, take: page.limit });
    return { items, totalCount };
  }

  /**
   * A connector's measured health over its outbound calls of the last `days` days (1–30, the log's retention):
   * how many, the share answered well, and the latency's p50 / p95 / p99. The one function behind every screen
   * that shows these numbers (the portal's docking page, and whatever else asks `dockHealth`).
   */
  async health(connectorId: string, days = 1): Promise<ConnectorHealth> {
    if (!Number.isInteger(days) || days < 1 || days > CALL_RETENTION_DAYS) throw validationFailed({ days: [`a whole number of days from 1 to ${CALL_RETENTION_DAYS}`] });
    await this.flush();
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS calls, avg(CASE WHEN ok THEN 1 ELSE 0 END)::float AS ok_rate,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
         FROM docking_calls WHERE connector_id = $1 AND direction = 'OUT' AND at > $2`,
      [connectorId, new Date(this.clock.now().getTime() - days * 86_400_000)],
    )) as { calls: number; ok_rate: number | null; p50: number | null; p95: number | null; p99: number | null }[];
    const ms = (x: number | null) => (x === null ? null : Math.round(x));
    return { days, calls: row.calls, okRate: row.ok_rate, p50Ms: ms(row.p50), p95Ms: ms(row.p95), p99Ms: ms(row.p99) };
  }

  @UnitOfWork()
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - CALL_RETENTION_DAYS * 86_400_000);
    const res = await this.txHost.tx.getRepository(DockCallEntity).delete({ at: LessThan(cutoff) });
    await this.txHost.tx.query('DELETE FROM docking_nonces WHERE expires_at < $1', [this.clock.now()]);
    return res.affected ?? 0;
  }
}
