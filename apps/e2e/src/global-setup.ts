import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { stopAll } from './global-teardown';
import { LOG_DIR, REPO_ROOT, SCREENSHOT_DIR, STATE_FILE, STATE_FILE_ENV, type E2eState } from './env';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database on the server DATABASE_URL names, so every run starts from the seed. */
async function createDatabase(serverUrl: string, worker: number): Promise<{ adminUrl: string; name: string; url: string }> {
  const name = `mengyuan_e2e_${Date.now()}_${worker}`;
  // The database DATABASE_URL names may not exist yet (CI points at .../test): then talk to `postgres`.
  let adminUrl = serverUrl;
  let client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
    const fallback = new URL(serverUrl);
    fallback.pathname = '/postgres';
    adminUrl = fallback.toString();
    client = new Client({ connectionString: adminUrl });
    await client.connect();
  }
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { adminUrl, name, url: url.toString() };
}

async function waitForHealth(baseUrl: string, child: ReturnType<typeof spawn>, logFile: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`the api exited with ${exited} before it was healthy; last log lines:\n${log.split('\n').slice(-30).join('\n')}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the api did not answer ${baseUrl}/health with 200 within ${timeoutMs / 1000} s (log: ${logFile})`);
}

/**
 * One api (with its database, files and mail catcher) per jest worker: the suites of one worker run one after
 * another on it, as they do in a single-worker run, and never see the other worker's orders, mail or sign-ins.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const main = join(REPO_ROOT, 'apps/api/dist/main.js');
  for (const f of [main, join(REPO_ROOT, 'apps/portal/dist/index.html'), join(REPO_ROOT, 'apps/admin/dist/index.html')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: build first (npm run test:e2e from the repo root builds everything)`);
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await mkdir(LOG_DIR, { recursive: true });
  const workers = Math.max(1, globalConfig.maxWorkers);
  // Launched one after another (each takes its ports before the next asks for free ones), then awaited together.
  const launched: Launched[] = [];
  try {
    for (let worker = 1; worker <= workers; worker++) launched.push(await launchApi(main, worker));
  } catch (error) {
    await stopAll(launched.map((l) => l.state));
    throw error;
  }
  const started = await Promise.allSettled(launched.map(({ state, child }) => waitForHealth(state.baseUrl, child, state.logFile).then(() => state)));
  const states = launched.map((l) => l.state);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stopAll(states);
    throw (failed as PromiseRejectedResult).reason;
  }
  await writeFile(STATE_FILE, JSON.stringify(states));
  process.env[STATE_FILE_ENV] = STATE_FILE;
  for (const [i, state] of states.entries()) {
    process.env[`E2E_BASE_URL_${i + 1}`] = state.baseUrl;
    process.env[`E2E_MAIL_URL_${i + 1}`] = state.mail!.url;
  }
  process.env.E2E_BASE_URL = states[0].baseUrl;
  process.env.E2E_MAIL_URL = states[0].mail!.url;
}

type Launched = { state: E2eState; child: ReturnType<typeof spawn> };

async function launchApi(main: string, worker: number): Promise<Launched> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'mengyuan-e2e-'));
  // mkdtemp makes it 0700; the embedded PostgreSQL runs as the unprivileged `postgres` user when we are
  // root and must be able to reach its cluster directory inside.
  await chmod(dataDir, 0o755);

  // The mail catcher `npm start` runs, on ports of its own: the api sends to it, the specs read what arrived.
  const smtpPort = await freePort();
  const mailPort = await freePort();
  const catcher = spawn(process.execPath, [join(REPO_ROOT, 'apps/api/scripts/mail-catcher.mjs')], {
    cwd: REPO_ROOT, env: { ...process.env, MAIL_CATCHER_SMTP_PORT: String(smtpPort), MAIL_CATCHER_WEB_PORT: String(mailPort), DATA_DIR: '' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the mail catcher did not start: ${out}`)), 30_000);
    catcher.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('read mail at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    catcher.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  });
  catcher.unref();
  const mailUrl = `http://127.0.0.1:${mailPort}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(port), NODE_ENV: 'test', DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, PUBLIC_URL: `http://127.0.0.1:${port}`, NOTICE_DIGEST_SECONDS: '5',
    // The demo supplier docked to the simulator this api serves (docking.e2e.ts).
    SEED_DOCKING_DEMO: 'true',
  };
  let database: E2eState['database'];
  if (process.env.DATABASE_URL) {
    const db = await createDatabase(process.env.DATABASE_URL, worker);
    env.DATABASE_URL = db.url;
    database = { adminUrl: db.adminUrl, name: db.name };
  } else {
    // The api starts its own embedded PostgreSQL under DATA_DIR; give it a port of its own so a developer's
    // running instance (default 54320) does not collide with ours.
    delete env.DATABASE_URL;
    env.EMBEDDED_PG_PORT = String(await freePort());
  }

  const logFile = join(LOG_DIR, `e2e-api-${worker}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [main], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const state: E2eState = { baseUrl, pid: child.pid!, dataDir, database, logFile, mail: { pid: catcher.pid!, url: mailUrl } };
  child.unref();
  return { state, child };
}
