import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ConfigurationError, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres';
import { API_MAIN, freePort } from '../processes';

const SUPERVISOR = join(__dirname, '..', '..', 'scripts', 'supervise.mjs');

/**
 * `npm start` with the embedded PostgreSQL's port already taken (another copy of the product, or a server whose
 * data directory was deleted and that holds the port until it notices): without EMBEDDED_PG_PORT it comes up on
 * another port and says so; with the port chosen it stops at once naming the port and the setting, and the
 * supervisor does not retry a configuration error.
 */
describe('embedded PostgreSQL start-up', () => {
  let squatter: Server;
  let taken: number;
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'mengyuan-embedded-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    taken = await freePort();
    squatter = createServer();
    await new Promise<void>((r) => squatter.listen(taken, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => squatter.close(r));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('comes up on a free port, and says which, when nobody chose the taken one', async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, debug: () => undefined, warn: (_o: object, m: string) => void warnings.push(m) } as unknown as Parameters<typeof startEmbeddedPostgres>[0]['log'];
    let db: EmbeddedDatabase | undefined;
    try {
      db = await startEmbeddedPostgres({ dataDir: tempDir(), port: taken, database: 'mengyuan', log });
      expect(db.port).not.toBe(taken);
      expect(warnings.join('\n')).toContain(`port ${taken} is in use`);
      expect(warnings.join('\n')).toContain(`uses port ${db.port} instead (set EMBEDDED_PG_PORT`);
      const c = new Client({ connectionString: db.url });
      await c.connect();
      expect((await c.query('SELECT 1 AS one')).rows[0].one).toBe(1);
      await c.end();
    } finally {
      await db?.stop();
    }
  }, 120_000);

  it('stops at once naming the port and EMBEDDED_PG_PORT when that port was chosen', async () => {
    const started = Date.now();
    const failure = await startEmbeddedPostgres({ dataDir: tempDir(), port: taken, portChosen: true, database: 'mengyuan', log: { info: () => undefined, debug: () => undefined } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toMatch(new RegExp(`port ${taken}: it is in use by (PID \\d+|another program).*EMBEDDED_PG_PORT`, 's'));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('npm start (the supervisor) fails in under 10 s with the fix, and does not restart a configuration error', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [SUPERVISOR, API_MAIN], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: tempDir(), EMBEDDED_PG_PORT: String(taken), PORT: String(await freePort()), LOG_LEVEL: 'warn', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 20_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(78);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(output).toContain(`port ${taken}`);
    expect(output).toContain('EMBEDDED_PG_PORT');
    expect(output).toContain('not restarting');
    expect(output.match(/Mengyuan cannot start/g)).toHaveLength(1);
  }, 30_000);
});
