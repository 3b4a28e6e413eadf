import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { pipelinedTransactions } from '../common/database/pipelined-pg';
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
  /**
   * The URL is a transaction-mode pooler (PgBouncer): nothing session-scoped may go through it, so the
   * statement timeout is not sent at connect (set it on the role: ALTER ROLE … SET statement_timeout).
   */
  pooled?: boolean;
  /** Off for a read replica (a standby cannot CREATE EXTENSION; the primary's migrations did). */
  installExtensions?: boolean;
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
    installExtensions: opts.installExtensions ?? true,
    poolSize: opts.poolSize ?? 20,
    applicationName: opts.applicationName ?? 'mengyuan-api',
    connectTimeoutMS: opts.connectTimeoutMs ?? 30_000,
    // Every client of the pool keeps an error listener for life (resilientPgClient) and writes a transaction's
    // START TRANSACTION and deferred writes with its next statement (pipelinedTransactions).
    extra: {
      ...(opts.pooled ? {} : { statement_timeout: opts.statementTimeoutMs ?? 30_000 }),
      Client: pipelinedTransactions(resilientPgClient((err) => log?.warn({ code: err.code, reason: err.message }, 'database connection lost; the pool replaces it'))),
    },
    // An idle client's error: the client above has logged it already and pg-pool has dropped the client.
    poolErrorHandler: (err: Error) => log?.debug({ reason: err.message }, 'idle database connection dropped'),
  });
}

/**
 * Runs pending migrations under a session advisory lock so replicas starting at once do not race. The lock is
 * session-bound: `ds` must be a direct connection, never a transaction-mode pooler (see migrateDirect).
 */
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

/** Migrations over a short-lived direct connection (the api's own pool may be a transaction-mode pooler). */
export async function migrateDirect(directUrl: string): Promise<string[]> {
  // Two: the advisory lock holds one connection while the migrations run on another.
  const ds = createDataSource(directUrl, { poolSize: 2, applicationName: 'mengyuan-migrate' });
  await ds.initialize();
  try {
    return await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}

/**
 * Runs `fn` while holding the start-up lock (the demo seed: one replica seeds, the others wait and find it
 * done). The lock lives on a direct session of its own; `fn` does its work through the api's pool.
 */
export async function withStartupLock<T>(directUrl: string, fn: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: directUrl, application_name: 'mengyuan-startup-lock' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
