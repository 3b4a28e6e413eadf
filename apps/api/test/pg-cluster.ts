import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitFor } from './processes';

const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;

/**
 * Debian's PostgreSQL binaries (/usr/lib/postgresql/<major>/bin), the newest with what a streaming replica
 * needs; undefined when there are none (the specs that need them say so, and fail under CI).
 */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
  return majors.map((m) => join(root, m, 'bin')).find((bin) => ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'].every((x) => existsSync(join(bin, x))));
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user (Debian's package makes it). */
async function pgTool(bin: string, tool: string, args: string[], cwd?: string): Promise<string> {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const { stdout } = await run(cmd, argv, { cwd: cwd ?? tmpdir(), maxBuffer: 10 * 1024 * 1024 });
  return stdout;
}

function ownedByPostgres(dir: string): void {
  if (!asRoot) return;
  const { uid, gid } = postgresIds();
  chownSync(dir, uid, gid);
}

function postgresIds(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('no postgres user on this machine (install Debian’s postgresql package)');
  const f = line.split(':');
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

export interface Cluster {
  port: number;
  dir: string;
  /** postgres://postgres@127.0.0.1:port/<database> */
  url(database?: string): string;
  start(): Promise<void>;
  /** pg_ctl stop: `fast` (clean) or `immediate` (as if the machine died). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Removes its files (stops it first). */
  destroy(): Promise<void>;
  log(): string;
}

function cluster(bin: string, dir: string, port: number, socketDir: string): Cluster {
  const logFile = join(dir, '..', `${port}.log`);
  const c: Cluster = {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await pgTool(bin, 'pg_ctl', ['-D', dir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`, 'start']);
    },
    async stop(mode = 'fast') {
      await pgTool(bin, 'pg_ctl', ['-D', dir, '-m', mode, '-w', 'stop']).catch(() => undefined);
    },
    async destroy() {
      await c.stop('immediate');
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
  return c;
}

/**
 * A primary (initdb, trust on loopback, replication allowed) and, on request, streaming standbys made from it
 * with pg_basebackup, each on a free port, all under one temporary directory.
 */
export async function startPrimary(bin: string): Promise<{ primary: Cluster; standby(): Promise<Cluster>; cleanup(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'mengyuan-pgcluster-'));
  chmodSync(root, 0o755);
  ownedByPostgres(root);
  const socketDir = root;
  const primaryDir = join(root, 'primary');
  await pgTool(bin, 'initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // initdb's pg_hba.conf with --auth=trust already lets 127.0.0.1 replicate.
  const primary = cluster(bin, primaryDir, await freePort(), socketDir);
  await primary.start();
  const made: Cluster[] = [primary];
  return {
    primary,
    async standby() {
      const dir = join(root, `standby-${made.length}`);
      await pgTool(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dir, '-R', '-X', 'stream', '-c', 'fast']);
      const s = cluster(bin, dir, await freePort(), socketDir);
      await s.start();
      made.push(s);
      return s;
    },
    async cleanup() {
      for (const c of made.reverse()) await c.destroy();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface PgBouncer {
  port: number;
  url(database: string): string;
  /** SHOW STATS of the admin console, by database. */
  stats(): Promise<Record<string, { xacts: number; queries: number }>>;
  log(): string;
  stop(): Promise<void>;
}

/**
 * Debian's PgBouncer in transaction mode in front of `serverUrl`'s server (every database), on a free port,
 * trusting its clients on loopback; undefined when it is not installed (apt-get install pgbouncer).
 */
export async function startPgBouncer(serverUrl: string, options: { poolSize?: number } = {}): Promise<PgBouncer | undefined> {
  const exe = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p));
  if (!exe) return undefined;
  const server = new URL(serverUrl);
  const dir = mkdtempSync(join(tmpdir(), 'mengyuan-pgbouncer-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const user = decodeURIComponent(server.username || 'postgres');
  writeFileSync(join(dir, 'users.txt'), `"${user}" "${decodeURIComponent(server.password)}"\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432} user=${user}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 10}`,
      'max_client_conn = 1000',
      // What node-postgres sends at connect that PgBouncer itself does not know.
      'ignore_startup_parameters = extra_float_digits',
      `admin_users = ${user}`,
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      `pidfile = ${join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o666);
  const child: ChildProcess = spawn(exe, [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
  const log = () => (existsSync(join(dir, 'pgbouncer.log')) ? readFileSync(join(dir, 'pgbouncer.log'), 'utf8') : '');
  const { Client } = await import('pg');
  type QueryConfig = import('pg').QueryConfig;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode}):\n${log()}`);
    const c = new Client({ connectionString: `postgres://${user}@127.0.0.1:${port}/pgbouncer` });
    c.on('error', () => undefined);
    return c.connect().then(() => c.end().then(() => true), () => false);
  }, 'pgbouncer to listen', 15_000);
  return {
    port,
    url: (database) => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${database}`,
    async stats() {
      const c = new Client({ connectionString: `postgres://${user}@127.0.0.1:${port}/pgbouncer` });
      await c.connect();
      try {
        // The admin console speaks the simple query protocol only.
        const { rows } = await c.query({ text: 'SHOW STATS', queryMode: 'simple' } as QueryConfig);
        return Object.fromEntries((rows as { database: string; total_xact_count: string; total_query_count: string }[]).map((r) => [r.database, { xacts: Number(r.total_xact_count), queries: Number(r.total_query_count) }]));
      } finally {
        await c.end();
      }
    },
    log,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
