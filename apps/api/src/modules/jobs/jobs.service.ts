import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import { Metrics } from '../../common/metrics';
import { resilientPgClient } from '../../common/resilience/resilient-pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DIRECT_DATABASE_URL } from '../../common/database/tokens';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Cron in Asia/Shanghai time; one instance of the cluster runs each tick. */
  cron?: string;
  handler: (data: T) => Promise<unknown>;
  /**
   * The longest one run may take before the queue gives it to another worker (default 10 minutes). A worker
   * that dies is noticed far sooner, by its missed heartbeats (JOB_HEARTBEAT_SECONDS); this bounds a run
   * that hangs in a live process.
   */
  expireInSeconds?: number;
  /**
   * Jobs sent with a start time (a deadline's check) are not announced when they come due: how late such a
   * job may start. Queues without it are woken by NOTIFY when a job is sent and otherwise poll slowly.
   */
  maxDelaySeconds?: number;
}

/** A run that hangs in a live worker is given to another after this, unless its job says otherwise. */
const DEFAULT_EXPIRE_SECONDS = 600;

/**
 * Background work on PostgreSQL (pg-boss): every api replica shares one queue, with no extra server.
 * Features define their jobs in onModuleInit; the queue starts once the application has booted.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(JobsService.name);
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | undefined;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECT_DATABASE_URL) private readonly databaseUrl: string,
    private readonly metrics: Metrics,
  ) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  get started(): boolean {
    return this.boss !== undefined;
  }

  /**
   * Every process can queue jobs (in its callers' transactions); those with JOBS_ENABLED (the default: every
   * replica is a full replica) work the queue, run its maintenance and its cron. A worker's running job keeps
   * a heartbeat; when the worker dies, the next supervision pass (every JOB_SUPERVISE_SECONDS, on whichever
   * replica claims it) sees the heartbeat stop and hands the job to another worker, so a dead replica's jobs
   * are taken over within seconds rather than at a 15-minute expiry. Cron ticks are claimed by whichever
   * working replica is alive. Idle workers do not poll the database: a job sent to a queue NOTIFYs the
   * workers (on the queue's direct, session-bound connection), with a slow poll as the safety net.
   */
  async onApplicationBootstrap(): Promise<void> {
    const working = this.config.jobsEnabled;
    const { heartbeatSeconds, superviseSeconds, idlePollSeconds } = this.config.jobs;
    const { PgBoss } = await import('pg-boss');
    // The queue's own pool gets the same life-long error listener on every client as the api's (see resilientPgClient).
    const Client = resilientPgClient((err) => this.log.warn(`job queue: database connection lost (${err.code ?? err.message}); the pool replaces it`));
    const boss = new PgBoss({
      // Session-bound (LISTEN, and its maintenance's session state): always the direct connection, never a
      // transaction-mode pooler (see DATABASE_DIRECT_URL).
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      application_name: 'mengyuan-jobs',
      max: working ? 4 : 2,
      supervise: working,
      schedule: working,
      superviseIntervalSeconds: superviseSeconds,
      monitorIntervalSeconds: superviseSeconds,
      useListenNotify: working,
      Client,
    } as ConstructorParameters<typeof PgBoss>[0]);
    boss.on('error', (err) => this.log.error(`job queue: ${err.message}`));
    boss.on('warning', (w: { message?: string }) => this.log.warn(`job queue: ${w.message ?? JSON.stringify(w)}`));
    await boss.start();
    for (const def of this.definitions.values()) {
      const options = { expireInSeconds: def.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS, heartbeatSeconds, notify: true };
      await boss.createQueue(def.name, options);
      // createQueue leaves an existing queue as it was: bring its options up to date.
      await boss.updateQueue(def.name, options);
      if (!working) continue;
      const poll = def.maxDelaySeconds ?? idlePollSeconds;
      await boss.work<object>(def.name, { pollingIntervalSeconds: Math.min(poll, 2), notifyPollingIntervalSeconds: poll }, async (jobs) => {
        for (const job of jobs) {
          try {
            await this.run(def.name, job.data ?? {});
          } catch (err) {
            this.metrics.jobFailures.inc({ queue: def.name });
            throw err;
          }
        }
      });
      if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: 'Asia/Shanghai' });
    }
    this.boss = boss;
    this.log.log(`job queue ${working ? 'started' : 'open for sending only'}: ${[...this.definitions.keys()].join(', ') || 'no jobs'}`);
  }

  /**
   * Each queue's jobs waiting to run, running, and failed (kept until deleted): the queue's own counts, as its
   * last supervision pass cached them (every JOB_SUPERVISE_SECONDS). Empty while the queue is not open.
   */
  async queueCounts(): Promise<{ name: string; ready: number; deferred: number; active: number; failed: number }[]> {
    if (!this.boss) return [];
    const queues = await this.boss.getQueues([...this.definitions.keys()]);
    return queues.map((q) => ({ name: q.name, ready: q.readyCount, deferred: q.deferredCount, active: q.activeCount, failed: q.failedCount }));
  }

  /** Queues a job for any replica to run. */
  async send(name: string, data: object = {}, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<string | null> {
    if (!this.boss) throw new Error('the job queue is not running');
    return this.boss.send(name, data, options);
  }

  /**
   * Queues a job inside the caller's transaction: it exists only if the transaction commits, and no worker
   * sees it before, whether or not this process works the queue.
   */
  async sendInTransaction(name: string, data: object, options: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; startAfter?: Date } = {}): Promise<string | null> {
    if (!this.boss) throw new Error('the job queue is not open yet');
    // pg-boss's own statements, on its own schema (pgboss), in the caller's transaction: no module's table.
    // eslint-disable-next-line mengyuan/owned-tables
    const db = { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await this.txHost.tx.query(text, values)) as unknown[] }) };
    return this.boss.send(name, data, { ...options, db });
  }

  /** Runs a job's handler here and now: used by the queue's workers, and by tests. */
  async run(name: string, data: object = {}): Promise<unknown> {
    const def = this.definitions.get(name);
    if (!def) throw new Error(`no job named ${name}`);
    const result = await def.handler(data);
    this.log.debug({ job: name, result }, `job ${name} done`);
    return result;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
    this.boss = undefined;
  }
}
