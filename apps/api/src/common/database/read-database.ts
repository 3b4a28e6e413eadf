import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClsService, ClsServiceManager } from 'nestjs-cls';
import type { Pool } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { Actor } from '../actor';
import { isDatabaseUnavailable } from '../resilience/database-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PgNotifications } from './pg-notifications';

/**
 * Makes the replica's DataSource (the database layer's createDataSource, with every module's entities): given by
 * the app module, so this common piece never imports the modules.
 */
export const REPLICA_DATA_SOURCE = Symbol('REPLICA_DATA_SOURCE');
export type ReplicaDataSourceFactory = (url: string, options: Record<string, unknown>) => DataSource;

/** Root Query fields that only read and may be answered from the replica (DESIGN.md §3: dashboards, searches, statements, scorecard pages). */
export const REPLICA_QUERY_FIELDS = new Set([
  'adminDashboard', 'supplierDashboard', 'memberDashboard',
  'orders', 'sales', 'ledgerEntries', 'tickets', 'auditEvents',
  'monthlyStatement',
  'supplierScorecards', 'memberScorecards', 'scorecard', 'myScorecard', 'evaluationRuns', 'evaluationRun',
]);
/** REST routes that only read: the Excel exports. */
export const REPLICA_ROUTE = /^\/exports\//;

const CHANNEL = 'mengyuan_writes';
const MONITOR_MS = 500;
const CHECK_TIMEOUT_MS = 2_000;
/** A person's last write is remembered this long at most (the replica has passed it long before, or is not serving). */
const WRITE_MEMORY_MS = 120_000;
const BROADCAST_MS = 20;

const ROUTE = Symbol('mengyuan.readRoute');
/** A request's read route, one object for the whole request (nested CLS contexts copy the reference). */
interface Route {
  manager?: EntityManager;
}

function currentRoute(): Route | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? (cls.get(ROUTE) as Route | undefined) : undefined;
}

/**
 * The transaction host's TypeORM adapter, with one change: outside a transaction, in a request routed to the read
 * replica, the instance it hands out is the replica's EntityManager. Transactions (`@Transactional()`,
 * `withTransaction`) always run on the primary, `isTransactionActive()` means what it did, and a request that
 * opens one reads the primary from then on (it may read what it wrote).
 */
export class ReplicaAwareTypeOrmAdapter extends TransactionalAdapterTypeOrm {
  constructor(options: ConstructorParameters<typeof TransactionalAdapterTypeOrm>[0]) {
    super(options);
    const factory = this.optionsFactory;
    this.optionsFactory = (dataSource) => {
      const options = factory(dataSource);
      return {
        ...options,
        wrapWithTransaction: (txOptions, fn, setClient) => {
          const route = currentRoute();
          if (route) route.manager = undefined;
          return options.wrapWithTransaction(txOptions, fn, setClient);
        },
        getFallbackInstance: () => currentRoute()?.manager ?? options.getFallbackInstance(),
      };
    };
  }
}

/** PostgreSQL's `X/Y` WAL position as a number (exact up to 2^53 bytes of WAL). */
export function lsnValue(lsn: string | null | undefined): number {
  if (!lsn) return 0;
  const [hi, lo] = lsn.split('/');
  return parseInt(hi, 16) * 2 ** 32 + parseInt(lo, 16);
}

export const actorKey = (actor: Actor | undefined | null): string | undefined =>
  !actor ? undefined : actor.kind === 'user' ? `u:${actor.userId}` : `k:${actor.apiKeyId}`;

export interface ReplicaStatus {
  configured: boolean;
  /** Reads may go to the replica now (reachable, a standby, within DATABASE_READ_MAX_LAG_MS, and this process hears other replicas' writes). */
  serving: boolean;
  lagSeconds: number | null;
  error: string | null;
}

/**
 * Reads off the primary (DATABASE_READ_URL): dashboards, searches, exports, statements and scorecard pages are
 * answered from a streaming replica while it is close behind, with read-your-writes for whoever just changed
 * something, and from the primary otherwise.
 *
 * - Routing: a request whose every root field is in REPLICA_QUERY_FIELDS (or an export) runs with the
 *   transaction host's instance set to the replica's EntityManager, so the services it calls read the replica
 *   without knowing it. Everything else, and every write, uses the primary as before.
 * - Lag: every half second the replica's replayed WAL position is compared with the primary's history of
 *   positions; past DATABASE_READ_MAX_LAG_MS behind, or unreachable, it serves nothing until it catches up.
 * - Read-your-writes: after a person's (or a key's) mutation the primary's WAL position is noted and told to
 *   every api replica (NOTIFY, batched); that caller's reads go to the primary until the replica has replayed it.
 * - Failure: a replica query that fails for want of a connection (the replica stopped, restarted, unreachable) or
 *   is cancelled by a recovery conflict is run again on the primary at once, and the replica is set aside until
 *   the monitor sees it well again: nothing fails because the replica went away.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(ReadDatabase.name);
  private replica: DataSource | undefined;
  private replicaManager: EntityManager | undefined;
  private healthy = false;
  private lagMs: number | null = null;
  private replayLsn = 0;
  private lastError: string | null = null;
  /** (time, primary WAL position) samples, oldest first, for the replica's lag in time. */
  private readonly primaryLsns: { at: number; lsn: number }[] = [];
  private readonly writes = new Map<string, { lsn: number; at: number }>();
  private readonly outbox = new Map<string, number>();
  private broadcastTimer: NodeJS.Timeout | undefined;
  private monitorTimer: NodeJS.Timeout | undefined;
  private monitoring = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly primary: DataSource,
    private readonly notifications: PgNotifications,
    private readonly cls: ClsService,
    @Inject(REPLICA_DATA_SOURCE) private readonly makeDataSource: ReplicaDataSourceFactory,
  ) {}

  get configured(): boolean {
    return Boolean(this.config.databaseReadUrl);
  }

  get status(): ReplicaStatus {
    return { configured: this.configured, serving: this.serving, lagSeconds: this.lagMs === null ? null : this.lagMs / 1000, error: this.lastError };
  }

  /** The replica's pool (metrics). */
  get pool(): Pool | undefined {
    return (this.replica?.driver as unknown as { master?: Pool } | undefined)?.master;
  }

  private get serving(): boolean {
    return this.healthy && this.lagMs !== null && this.lagMs <= this.config.database.readMaxLagMs && this.notifications.listening;
  }

  onModuleInit(): void {
    if (!this.configured) return;
    this.notifications.listen(CHANNEL, (payload) => {
      for (const entry of payload.split(';')) {
        const [key, lsn] = entry.split(' ');
        if (key && lsn) this.remember(key, lsnValue(lsn));
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.configured) return;
    await this.monitor();
    this.monitorTimer = setInterval(() => void this.monitor(), MONITOR_MS);
    this.monitorTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.monitorTimer);
    clearTimeout(this.broadcastTimer);
    await this.flushBroadcast().catch(() => undefined);
    if (this.replica?.isInitialized) await this.replica.destroy().catch(() => undefined);
  }

  /**
   * The EntityManager this caller's reads may use now: the replica's while it serves and has replayed the
   * caller's last write, else undefined (the primary).
   */
  managerFor(key: string | undefined): EntityManager | undefined {
    if (!this.serving || !this.replicaManager) return undefined;
    if (key) {
      const w = this.writes.get(key);
      if (w && w.lsn > this.replayLsn) return undefined;
    }
    return this.replicaManager;
  }

  /**
   * Inside a request's CLS context: makes the transaction host hand out the replica's EntityManager, outside
   * transactions, for the rest of the request, if this caller may read from it. Answers whether it did.
   */
  route(key: string | undefined): boolean {
    const manager = this.managerFor(key);
    const route = currentRoute();
    if (!manager || !route) return false;
    route.manager = manager;
    return true;
  }

  /** Runs `fn` in a CLS context of its own, in which `route` may send reads to the replica. */
  inContext<T>(fn: () => T): T {
    return this.cls.run(() => {
      this.cls.set(ROUTE, {} satisfies Route);
      return fn();
    });
  }

  /** A caller changed something: its reads stay on the primary until the replica has replayed this. */
  async noteWrite(key: string | undefined): Promise<void> {
    if (!this.configured || !key) return;
    const [row] = (await this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn')) as { lsn: string }[];
    const lsn = lsnValue(row.lsn);
    this.remember(key, lsn);
    this.outbox.set(key, Math.max(this.outbox.get(key) ?? 0, lsn));
    this.broadcastTimer ??= setTimeout(() => void this.flushBroadcast().catch((err: unknown) => this.log.warn(`read-your-writes notice not sent: ${(err as Error).message}`)), BROADCAST_MS);
  }

  private remember(key: string, lsn: number): void {
    const now = Date.now();
    const prev = this.writes.get(key);
    if (!prev || prev.lsn < lsn) this.writes.set(key, { lsn, at: now });
  }

  private async flushBroadcast(): Promise<void> {
    this.broadcastTimer = undefined;
    if (!this.outbox.size) return;
    const entries = [...this.outbox].map(([k, lsn]) => `${k} ${(Math.floor(lsn / 2 ** 32)).toString(16).toUpperCase()}/${(lsn % 2 ** 32).toString(16).toUpperCase()}`);
    this.outbox.clear();
    // NOTIFY payloads stop at 8,000 bytes.
    let batch: string[] = [];
    const send = async () => {
      if (batch.length) await this.notifications.notify(CHANNEL, batch.join(';'));
      batch = [];
    };
    for (const e of entries) {
      if ((batch.join(';').length + e.length + 1) > 7_500) await send();
      batch.push(e);
    }
    await send();
  }

  private async monitor(): Promise<void> {
    if (this.monitoring || this.stopped) return;
    this.monitoring = true;
    try {
      const now = Date.now();
      const [{ lsn }] = (await this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn')) as { lsn: string }[];
      this.primaryLsns.push({ at: now, lsn: lsnValue(lsn) });
      while (this.primaryLsns.length > 2 && this.primaryLsns[1].at < now - 2 * this.config.database.readMaxLagMs - 60_000) this.primaryLsns.shift();
      for (const [k, w] of this.writes) if (w.at < now - WRITE_MEMORY_MS) this.writes.delete(k);
    } catch {
      // The primary is away: requests answer for that themselves.
    }
    try {
      if (!this.replica?.isInitialized) await this.connect();
      const [row] = (await withTimeout(
        this.replica!.query('SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay'),
        CHECK_TIMEOUT_MS,
      )) as { standby: boolean; replay: string | null }[];
      if (!row.standby) throw new Error('DATABASE_READ_URL is not a standby (pg_is_in_recovery() is false)');
      this.replayLsn = lsnValue(row.replay);
      // The replica is as far behind as the oldest primary position it has not replayed yet.
      const behind = this.primaryLsns.find((s) => s.lsn > this.replayLsn);
      this.lagMs = behind ? Date.now() - behind.at : 0;
      if (!this.healthy) this.log.log('the read replica answers: reads go to it while it keeps up');
      this.healthy = true;
      this.lastError = null;
    } catch (err) {
      this.setAside(err);
    } finally {
      this.monitoring = false;
    }
  }

  private async connect(): Promise<void> {
    if (this.replica && !this.replica.isInitialized) await this.replica.destroy().catch(() => undefined);
    const ds = this.makeDataSource(this.config.databaseReadUrl!, {
      poolSize: this.config.database.readPoolSize,
      applicationName: 'mengyuan-read',
      connectTimeoutMs: CHECK_TIMEOUT_MS,
      statementTimeoutMs: this.config.database.statementTimeoutMs,
      pooled: this.config.database.pooled,
      installExtensions: false,
      log: { warn: (o: object, m?: string) => this.log.warn(`${m ?? ''} ${JSON.stringify(o)}`), debug: () => undefined } as never,
    });
    this.fallBackOnFaults(ds);
    this.replica = ds;
    await ds.initialize();
    this.replicaManager = ds.manager;
  }

  /**
   * Every query runner of the replica runs a statement again on the primary when the replica cannot answer it.
   * The replica's manager is only handed out outside transactions, so each of its statements commits on its own:
   * running one again on the primary is what would have happened without the replica. A write (the replica
   * refuses it: 25006) also sends the rest of the request to the primary, which reads what it wrote.
   */
  private fallBackOnFaults(ds: DataSource): void {
    const create = ds.createQueryRunner.bind(ds);
    ds.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
      const runner = create(...args);
      const query = runner.query.bind(runner);
      runner.query = (async (...q: Parameters<QueryRunner['query']>) => {
        try {
          return await query(...q);
        } catch (err) {
          const readOnly = sqlState(err) === '25006';
          if (!readOnly && !replicaFault(err)) throw err;
          if (readOnly) {
            const route = currentRoute();
            if (route) route.manager = undefined;
          } else this.setAside(err);
          const onPrimary = this.primary.createQueryRunner();
          try {
            return await onPrimary.query(...q);
          } finally {
            await onPrimary.release();
          }
        }
      }) as QueryRunner['query'];
      return runner;
    };
  }

  private setAside(err: unknown): void {
    const message = (err as Error)?.message ?? String(err);
    if (this.healthy || this.lastError !== message) this.log.warn(`the read replica is set aside, reads go to the primary: ${message}`);
    this.healthy = false;
    this.lastError = message;
  }
}

const sqlState = (err: unknown) => (err as { code?: unknown })?.code ?? (err as { driverError?: { code?: unknown } })?.driverError?.code;

/** The replica cannot answer (gone, restarting, unreachable), or cancelled the read for a recovery conflict (40001). */
function replicaFault(err: unknown): boolean {
  return sqlState(err) === '40001' || isDatabaseUnavailable(err);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}
