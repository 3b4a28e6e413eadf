import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import { resilientPgClient } from '../../common/resilience/resilient-pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DATABASE_URL } from '../../database/database.module';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Cron in Asia/Shanghai time; one instance of the cluster runs each tick. */
  cron?: string;
  handler: (data: T) => Promise<unknown>;
}

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
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  get started(): boolean {
    return this.boss !== undefined;
  }

  /**
   * Every process can queue jobs (in its callers' transactions); only those with JOBS_ENABLED work the queue,
   * run its maintenance and its cron. Replicas that serve requests without working jobs are the normal
   * production shape: a webhook delivery or deadline they queue is worked by another replica.
   */
  async onApplicationBootstrap(): Promise<void> {
    const working = this.config.jobsEnabled;
    const { PgBoss } = await import('pg-boss');
    // The queue's own pool gets the same life-long error listener on every client as the api's (see resilientPgClient).
    const Client = resilientPgClient((err) => this.log.warn(`job queue: database connection lost (${err.code ?? err.message}); the pool replaces it`));
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      application_name: 'mengyuan-jobs',
      max: working ? 4 : 2,
      supervise: working,
      schedule: working,
      Client,
    } as ConstructorParameters<typeof PgBoss>[0]);
    boss.on('error', (err) => this.log.error(`job queue: ${err.message}`));
    await boss.start();
    for (const def of this.definitions.values()) {
      await boss.createQueue(def.name);
      if (!working) continue;
      await boss.work<object>(def.name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) await this.run(def.name, job.data ?? {});
      });
      if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: 'Asia/Shanghai' });
    }
    this.boss = boss;
    this.log.log(`job queue ${working ? 'started' : 'open for sending only'}: ${[...this.definitions.keys()].join(', ') || 'no jobs'}`);
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
