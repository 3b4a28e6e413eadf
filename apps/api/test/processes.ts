import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from './test-app';

/** The built api (`npm run build -w @mengyuan/api`): what `npm start` and the containers run. */
export const API_MAIN = join(__dirname, '..', 'dist', 'main.js');

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** What the process wrote (its JSON log lines and anything on stderr). */
  output(): string;
  /** SIGKILL: the process gets no chance to release anything. */
  kill(): void;
  /** SIGTERM, waiting for it to end. */
  stop(): Promise<void>;
}

export async function waitFor(ok: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000, everyMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await ok()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The built api as its own process (production mode, the tests' secrets so their tokens hold), on `env`'s
 * database, answering /health/ready before this resolves. Only a separate process can be SIGKILLed.
 */
export async function startApiProcess(env: Record<string, string>, options: { readyTimeoutMs?: number } = {}): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the api first (npm run build -w @mengyuan/api)`);
  const port = Number(env.PORT ?? (await freePort()));
  const dir = mkdtempSync(join(tmpdir(), 'mengyuan-proc-'));
  const logFile = join(dir, 'api.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--enable-source-maps', API_MAIN], {
    stdio: ['ignore', fd, fd],
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      JWT_SECRET: TEST_JWT_SECRET,
      CODE_ENCRYPTION_KEY: 'c'.repeat(64),
      FINGERPRINT_KEY: 'f'.repeat(64),
      AUDIT_SIGNING_KEY: 'e'.repeat(64),
      DATA_DIR: dir,
      PORTAL_DIST: '/nonexistent',
      ADMIN_DIST: '/nonexistent',
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const output = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor(async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the api exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output().slice(-3000)}`);
      const res = await fetch(`${url}/health/ready`).catch(() => null);
      return res?.status === 200;
    }, `the api on port ${port}`, options.readyTimeoutMs ?? 60_000, 200);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url,
    port,
    child,
    output,
    kill: () => void child.kill('SIGKILL'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
