import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { resilientPgClient } from '../common/resilience/resilient-pg';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Serialises migrations and the demo seed across api replicas starting together. */
const MIGRATION_LOCK_KEY = 727_001;

export interface DataSourceOptions {
  poolSize?: number;
  applicationName?: string;
  /** How long a request waits for a connection (new or from a full pool) before answering SERVICE_UNAVAILABLE. */
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  log?: Pick<Logger, 'warn' | 'debug'>;
}

export function createDataSource(url: string, opts: DataSourceOptions = {}): DataSource {
  const { log } = opts;
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    poolSize: opts.poolSize ?? 20,
    applicationName: opts.applicationName ?? 'mengyuan-api',
    connectTimeoutMS: opts.connectTimeoutMs ?? 30_000,
    // Every client of the pool keeps an error listener for life: see resilientPgClient.
    extra: {
      statement_timeout: opts.statementTimeoutMs ?? 30_000,
      Client: resilientPgClient((err) => log?.warn({ code: err.code, reason: err.message }, 'database connection lost; the pool replaces it')),
    },
    // An idle client's error: the client above has logged it already and pg-pool has dropped the client.
    poolErrorHandler: (err: Error) => log?.debug({ reason: err.message }, 'idle database connection dropped'),
  });
}

/** Runs pending migrations under a session advisory lock so replicas starting at once do not race. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

export async function withStartupLock<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
