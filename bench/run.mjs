// npm run bench: a benchmark, not a test. Starts the api in production mode on the configured
// (DATABASE_URL) or an embedded PostgreSQL, seeds its own data, measures, and reports ratios from one run
// as a table and as JSON in bench/results.json. Loopback only; every loop is bounded.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from '../node_modules/pg/lib/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT_CODES = Number(process.env.BENCH_IMPORT_CODES ?? 100_000);
const results = {};

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** A fresh database on DATABASE_URL's server, or nothing (the api then starts an embedded one). */
async function database() {
  if (!process.env.DATABASE_URL) return {};
  const name = `mengyuan_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Samples the api process's resident memory (VmRSS) every 50 ms; VmHWM is the kernel's own peak. */
function memoryWatch(pid) {
  let peakKb = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, rss, hwm);
      return rss;
    } catch {
      return 0;
    }
  };
  const timer = setInterval(read, 50);
  return { now: () => read() / 1024, peakMb: () => (read(), peakKb / 1024), stop: () => clearInterval(timer) };
}

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function startApi() {
  const port = await freePort();
  const db = await database();
  const dataDir = mkdtempSync(join(tmpdir(), 'mengyuan-bench-'));
  chmodSync(dataDir, 0o755);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'b'.repeat(64),
    CODE_ENCRYPTION_KEY: 'c'.repeat(64),
    FINGERPRINT_KEY: 'd'.repeat(64),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  // The same V8 flags as `npm run start:prod -w @mengyuan/api` and the Docker image (BENCH_V8 to try others).
  const child = spawn(process.execPath, [...(process.env.BENCH_V8 ?? '--max-semi-space-size=4 --max-old-space-size=256').split(' '), join(repo, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the api exited:\n${log}`);
    try {
      if ((await fetch(`${base}/health`)).status === 200) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    pid: child.pid,
    db,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await db.drop?.();
    },
  };
}

/** The 100,000-code CSV import: codes per second, and the api's peak memory while it runs. */
async function importBenchmark(api) {
  const { login } = await gql(api.base, `mutation { login(email: "supplier@mengyuan.demo", password: "Mengyuan#2026") { accessToken } }`);
  const token = login.accessToken;
  const { offers } = await gql(api.base, `{ offers(filter: { status: LIVE }) { items { id skuCode stockAvailable } } }`, {}, token);
  const offer = offers.items.find((o) => o.skuCode === 'QQ-COIN-100');
  const run = Date.now().toString(36);
  const lines = ['cardNumber,secret,expiresAt'];
  for (let i = 0; i < IMPORT_CODES; i++) lines.push(`BENCH-${run}-${i},${(i * 2654435761 + 12345).toString(36).toUpperCase()}-${run},2031-12-31`);
  const csv = lines.join('\n');
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  const mem = memoryWatch(api.pid);
  const rssBefore = mem.now();
  const started = process.hrtime.bigint();
  const res = await fetch(`${api.base}/offers/${offer.id}/card-batches`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const batch = await res.json();
  mem.stop();
  if (res.status !== 201 || batch.accepted !== IMPORT_CODES) throw new Error(`import failed: ${res.status} ${JSON.stringify(batch)}`);
  results.importCodes = IMPORT_CODES;
  results.importSeconds = round(seconds, 2);
  results.importCodesPerSecond = Math.round(IMPORT_CODES / seconds);
  results.importCsvMb = round(csv.length / 1024 / 1024, 1);
  results.apiRssBeforeImportMb = round(rssBefore, 0);
  results.apiPeakRssMb = round(mem.peakMb(), 0);
}

const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;

const api = await startApi();
try {
  results.database = api.db.url ? 'DATABASE_URL' : 'embedded PostgreSQL 17';
  await importBenchmark(api);
} finally {
  await api.stop();
}

results.measuredAt = new Date().toISOString();
writeFileSync(join(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const rows = [
  ['database', results.database],
  ['CSV import', `${results.importCodes} codes (${results.importCsvMb} MB) in ${results.importSeconds} s`],
  ['import rate', `${results.importCodesPerSecond} codes/s`],
  ['api RSS before import', `${results.apiRssBeforeImportMb} MB`],
  ['api peak RSS (target < 300 MB)', `${results.apiPeakRssMb} MB`],
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n\n${JSON.stringify(results)}\n`);
