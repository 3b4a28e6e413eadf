// npm run bench: a benchmark, not a test. Starts the api in production mode on the configured
// (DATABASE_URL) or an embedded PostgreSQL, seeds its own data, measures, and reports ratios from one run
// as a table and as JSON in bench/results.json. Loopback only; every loop is bounded.
// Diagnostics, on stderr: BENCH_TRACE=1 the open loop's latency per half second, its window on the monotonic clock
// (to cut a --cpu-prof of the api, BENCH_V8) and the api's own output; BENCH_PGSS=1 the open loop's statements from
// pg_stat_statements (the server must preload it).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from '../node_modules/pg/lib/index.js';
import { ensureWrk, nodeOrders, openLoopOrders, wrkOrders } from './lib/load.mjs';
import { scaleBenchmark } from './lib/scale.mjs';
import { dockingBenchmark } from './lib/docking.mjs';
import { hasPgbench, orderFunctionScript, runScript, tpcbDatabase } from './lib/pgbench.mjs';
import { cpuMeter, parentPid } from './lib/procs.mjs';
import { setTimeout as sleep } from 'node:timers/promises';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;
const ORDER_SECONDS = Number(process.env.BENCH_ORDER_SECONDS ?? 15);
/** Seconds of the open loop's rate run before it is measured (BENCH_WARMUP_SECONDS). */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const BIG_STOCK = Number(process.env.BENCH_BIG_STOCK ?? 1_000_000);
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
  const pgPort = await freePort();
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
    AUDIT_SIGNING_KEY: 'e'.repeat(64),
    EMBEDDED_PG_PORT: String(pgPort),
    LOGIN_MAX_FAILURES_PER_IP: '100000',
    // 100 clients for 50 members is far above one shop's pace: the velocity rule is not what is measured.
    ORDER_VELOCITY_PER_MINUTE: '1000000',
    // Tokens outlive the run; the webhook receiver is on loopback.
    ACCESS_TOKEN_TTL_SECONDS: '14400',
    WEBHOOKS_ALLOW_PRIVATE: 'true',
    // The scale step's first checkpoints sign a whole ledger and chain in one statement.
    DB_STATEMENT_TIMEOUT_MS: '600000',
  };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  // The same V8 flags as `npm run start:prod -w @mengyuan/api` and the Docker image (BENCH_V8 to try others).
  const child = spawn(process.execPath, [...(process.env.BENCH_V8 ?? '--max-semi-space-size=16 --max-old-space-size=256').split(' '), join(repo, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  if (process.env.BENCH_TRACE) child.stdout.on('data', (d) => process.stderr.write(`[api ${process.hrtime.bigint() / 1000n}] ${d}`));
  child.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  // Migrations and the demo seed take minutes on a loaded machine: wait up to 10 (BENCH_START_SECONDS), then give up.
  let up = false;
  for (let i = 0; i < 2 * Number(process.env.BENCH_START_SECONDS ?? 600) && !up; i++) {
    if (child.exitCode !== null) throw new Error(`the api exited:\n${log}`);
    try {
      up = (await fetch(`${base}/health`)).status === 200;
    } catch {
      // not up yet
    }
    if (!up) await new Promise((r) => setTimeout(r, 500));
  }
  if (!up) {
    child.kill('SIGTERM');
    throw new Error(`the api did not answer /health:\n${log.slice(-4000)}`);
  }
  return {
    base,
    pid: child.pid,
    log: () => log,
    db,
    /** The database the api uses, for the bench's own setup and for pgbench. */
    dbUrl: db.url ?? `postgres://postgres:postgres@127.0.0.1:${pgPort}/mengyuan`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await db.drop?.();
    },
  };
}

/**
 * Signs in; alliance staff with the demo's second factor give a code of its TOTP secret, each step once: the step
 * before, at and after now are tried in turn (the api accepts one step either side).
 */
const login = async (api, email, password = 'Mengyuan#2026') => {
  const LOGIN = `mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, totpCode: $c) { accessToken user { organization { id } } } }`;
  try {
    return (await gql(api.base, LOGIN, { e: email, p: password })).login;
  } catch (err) {
    if (!String(err.message).includes('TWO_FACTOR_REQUIRED')) throw err;
  }
  const { totpCodeAt } = require('../apps/api/dist/modules/auth/services/two-factor.service.js');
  const { DEMO_TOTP_SECRET } = require('../apps/api/dist/database/seed/demo-seed.js');
  const step = Math.floor(Date.now() / 30_000);
  let last;
  for (const s of [step, step + 1, step - 1]) {
    try {
      return (await gql(api.base, LOGIN, { e: email, p: password, c: totpCodeAt(DEMO_TOTP_SECRET, new Date(s * 30_000 + 1)) })).login;
    } catch (err) {
      last = err;
    }
  }
  throw last;
};

let csvSeq = 0;
/** Uploads `count` fresh codes to an offer as CSV; returns the seconds it took and the csv size. */
async function uploadCodes(api, token, offerId, count) {
  const run = `${Date.now().toString(36)}${(csvSeq += 1)}`;
  const lines = ['cardNumber,secret,expiresAt'];
  for (let i = 0; i < count; i++) lines.push(`B-${run}-${i},${(i * 2654435761 + 12345).toString(36).toUpperCase()}-${run},2031-12-31`);
  const csv = lines.join('\n');
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  const started = process.hrtime.bigint();
  const res = await fetch(`${api.base}/offers/${offerId}/card-batches`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const batch = await res.json();
  if (res.status !== 201 || batch.accepted !== count) throw new Error(`import failed: ${res.status} ${JSON.stringify(batch)}`);
  return { seconds, mb: csv.length / 1024 / 1024 };
}

/** The 100,000-code CSV import: codes per second, and the api's peak memory while it runs. */
async function importBenchmark(api) {
  const token = (await login(api, 'supplier@mengyuan.demo')).accessToken;
  const { offers } = await gql(api.base, `{ offers(filter: { status: LIVE }) { items { id skuCode stockAvailable } } }`, {}, token);
  const offer = offers.items.find((o) => o.skuCode === 'QQ-COIN-100');
  const mem = memoryWatch(api.pid);
  const rssBefore = mem.now();
  const { seconds, mb } = await uploadCodes(api, token, offer.id, IMPORT_CODES);
  mem.stop();
  results.importCodes = IMPORT_CODES;
  results.importSeconds = round(seconds, 2);
  results.importCodesPerSecond = Math.round(IMPORT_CODES / seconds);
  results.importCsvMb = round(mb, 1);
  results.apiRssBeforeImportMb = round(rssBefore, 0);
  results.apiPeakRssMb = round(mem.peakMb(), 0);
}



const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null);
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50), 2), p95: round(percentile(sorted, 95), 2), p99: round(percentile(sorted, 99), 2) };
};

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status latencyMs codes { secret } } }`;

/** SKUs of 腾讯游戏 with an offer from each demo supplier, stocked by CSV. */
async function stockedSkus(api, ctx, count, codesPerOffer, tag) {
  const skus = [];
  for (let i = 0; i < count; i++) {
    const { createSku } = await gql(api.base, `mutation($input: CreateSkuInput!) { createSku(input: $input) { id } }`, {
      input: { code: `BENCH-${tag}-${i}`, name: `压测商品 ${tag} ${i}`, brandId: ctx.brandId, category: 'GAME_TOPUP', faceValue: '10000', deliveryMode: 'CARD_CODE', unifiedPrice: '9600' },
    }, ctx.admin);
    for (const [n, token] of [ctx.s1, ctx.s2].entries()) {
      const { createOffer } = await gql(api.base, `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, { input: { skuId: createSku.id, settlementPrice: String(9400 - n * 10), lowStockThreshold: 0 } }, token);
      await gql(api.base, `mutation($id: ID!) { reviewOffer(id: $id, decision: APPROVE, note: "bench") { id } }`, { id: createOffer.id }, ctx.admin);
      for (let left = codesPerOffer[n]; left > 0; left -= 100_000) await uploadCodes(api, token, createOffer.id, Math.min(100_000, left));
    }
    skus.push(createSku.id);
  }
  return skus;
}

async function setup(api) {
  const db = new pg.Client({ connectionString: api.dbUrl });
  await db.connect();
  // The server under test (a backend's parent is its postmaster): CPU is counted for it alone.
  const postmasterPid = parentPid((await db.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  const ctx = { db, postmasterPid, admin: (await login(api, 'admin@mengyuan.demo')).accessToken, s1: (await login(api, 'supplier@mengyuan.demo')).accessToken, s2: (await login(api, 'supplier2@mengyuan.demo')).accessToken };
  ctx.brandId = (await db.query(`SELECT id FROM brands WHERE name = '腾讯游戏'`)).rows[0].id;
  ctx.members = [];
  for (let i = 0; i < 50; i++) {
    const email = `bench-member-${i}@bench.test`;
    const { registerOrganization } = await gql(api.base, `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { user { organization { id } } } }`, {
      input: { kind: 'MEMBER', name: `压测会员 ${i}`, unifiedSocialCreditCode: `91110000MA${String(80000000 + i)}`, contactName: '压测', contactPhone: '13600136000', ownerEmail: email, ownerPassword: 'bench-pass-1', ownerDisplayName: '压测' },
    });
    const orgId = registerOrganization.user.organization.id;
    await db.query(`UPDATE organizations SET status = 'ACTIVE' WHERE id = $1`, [orgId]);
    await gql(api.base, `mutation($org: ID!) { depositToWallet(organizationId: $org, amount: "10000000000", reference: "BENCH") }`, { org: orgId }, ctx.admin);
    ctx.members.push({ orgId, token: (await login(api, email, 'bench-pass-1')).accessToken });
  }
  return ctx;
}

/** The product's order function's inputs, as routing would give them, in tables pgbench can pick from. */
async function benchTables(ctx, skus) {
  await ctx.db.query(`CREATE TABLE bench_members (n int PRIMARY KEY, id uuid NOT NULL)`);
  await ctx.db.query(`CREATE TABLE bench_skus (n int PRIMARY KEY, id uuid NOT NULL, offers uuid[] NOT NULL, positions int[] NOT NULL, reasons jsonb[] NOT NULL)`);
  for (const [n, m] of ctx.members.entries()) await ctx.db.query(`INSERT INTO bench_members VALUES ($1, $2)`, [n, m.orgId]);
  for (const [n, sku] of skus.entries()) {
    // Both suppliers are active: routing takes the longest-listed offer first.
    const offers = (await ctx.db.query(`SELECT id FROM offers WHERE sku_id = $1 AND status = 'LIVE' ORDER BY created_at, id`, [sku])).rows.map((r) => r.id);
    await ctx.db.query(`INSERT INTO bench_skus VALUES ($1, $2, $3, $4, $5::jsonb[])`, [n, sku, offers, offers.map((_, i) => i + 1), offers.map(() => JSON.stringify({ rule: 'bench' }))]);
  }
}

const range = (xs) => (xs.length ? [round(Math.min(...xs), 2), round(Math.max(...xs), 2)] : null);
const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each measured window starts from the same state: the previous one's dead rows vacuumed and a checkpoint taken, so
 * that autovacuum, the checkpointer and the full-page writes after a checkpoint do not land at random in whichever
 * window comes next (PostgreSQL's CPU per order varied 2× between rounds without it).
 */
async function settleDatabase(ctx, tpcb) {
  tpcb?.settle();
  await ctx.db.query('VACUUM');
  await ctx.db.query('CHECKPOINT');
}

/**
 * TPC-B, the product's order function straight from pgbench, and the api under wrk, interleaved A-B-C-A-B-C
 * on the same PostgreSQL so each ratio compares runs that saw the same machine; CPU per order from /proc.
 */
async function interleavedRounds(api, ctx, skus, load) {
  const pairs = ctx.members.flatMap((m, i) => skus.map((skuId, j) => ({ token: m.token, skuId, k: (i + j) % skus.length }))).sort((a, b) => a.k - b.k);
  const tpcb = hasPgbench() ? tpcbDatabase(api.dbUrl) : null;
  const script = hasPgbench() ? orderFunctionScript(ctx.members.length, skus.length) : null;
  const rounds = [];
  try {
    await load({ base: api.base, pairs, seconds: 3, connections: 100, tag: 'warm' });
    const settle = () => settleDatabase(ctx, tpcb);
    for (let r = 1; r <= ROUNDS; r++) {
      const round_ = { round: r };
      await settle();
      if (tpcb) round_.tpcbTps = round(tpcb.run(ORDER_SECONDS), 1);
      await settle();
      if (script) {
        const meter = cpuMeter(api.pid, ctx.postmasterPid);
        round_.ceilingTps = round(runScript(api.dbUrl, script, ORDER_SECONDS), 1);
        round_.ceilingPgCpuMsPerOrder = round((meter().pg * 1000) / (round_.ceilingTps * ORDER_SECONDS), 3);
      }
      await settle();
      const meter = cpuMeter(api.pid, ctx.postmasterPid);
      if (process.env.BENCH_TRACE) process.stderr.write(`round ${r} starts at ${process.hrtime.bigint() / 1000n}\n`);
      const res = await load({ base: api.base, pairs, seconds: ORDER_SECONDS, connections: 100, tag: `R${r}` });
      if (process.env.BENCH_TRACE) process.stderr.write(`round ${r} ends at ${process.hrtime.bigint() / 1000n}\n`);
      const cpu = meter(res.generatorCpuSeconds);
      Object.assign(round_, {
        ordersPerSecond: res.ordersPerSecond,
        failed: res.failed,
        failedAs: res.failedAs,
        latencyMs: res.latencyMs,
        cpuMsPerOrder: { api: round((cpu.api * 1000) / res.delivered, 3), pg: round((cpu.pg * 1000) / res.delivered, 3), generator: round((cpu.generator * 1000) / res.delivered, 3) },
        apiCpuCores: round(cpu.api / ORDER_SECONDS, 2),
      });
      rounds.push(round_);
      process.stdout.write(`  round ${r}: ${JSON.stringify(round_)}\n`);
    }
    await settle();
    const ten = await load({ base: api.base, pairs, seconds: ORDER_SECONDS, connections: 10, tag: 'TEN' });
    return { rounds, tenClients: ten, pairs };
  } finally {
    tpcb?.drop();
  }
}

/**
 * Orders at a steady arrival rate (an open loop), measured after a warm-up at the same rate. With `webhooks`,
 * every bench member first subscribes order.delivered on a local receiver, and the deliveries' rate and lag are
 * measured too; the api's and PostgreSQL's CPU per order then include sending its webhook.
 */
async function openLoop(api, ctx, pairs, rate, { webhooks, tag }) {
  const arrivals = [];
  let receiver;
  if (webhooks) {
    const { createServer } = await import('node:http');
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const at = Date.now();
        try {
          arrivals.push({ at, sent: Date.parse(JSON.parse(body).timestamp) });
        } catch {
          // not ours
        }
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  }
  const delivered = async (n) => {
    for (let i = 0; webhooks && i < 300 && arrivals.length < n; i++) await new Promise((r) => setTimeout(r, 100));
  };
  try {
    if (webhooks) {
      const url = `http://127.0.0.1:${receiver.address().port}/hooks`;
      for (const m of ctx.members) {
        await gql(api.base, `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`, { input: { url, events: ['order.delivered'] } }, m.token);
      }
    }
    // A warm-up at the same rate, not counted: right after the checkpoint every first change to a page writes
    // its whole image to the WAL, and the receiver's and the dispatcher's connections are still being opened.
    if (WARMUP_SECONDS > 0) {
      const warm = await openLoopOrders({ base: api.base, pairs, seconds: WARMUP_SECONDS, rate, tag: `WARM${tag}` });
      await delivered(warm.delivered);
      arrivals.length = 0;
    }
    const started = Date.now();
    if (process.env.BENCH_PGSS) await ctx.db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()');
    const meter = cpuMeter(api.pid, ctx.postmasterPid);
    if (process.env.BENCH_TRACE) process.stderr.write(`open loop ${tag} starts at ${process.hrtime.bigint() / 1000n}\n`);
    const open = await openLoopOrders({ base: api.base, pairs, seconds: ORDER_SECONDS, rate, tag: `OPEN${tag}` });
    if (process.env.BENCH_TRACE) process.stderr.write(`open loop ${tag} ends at ${process.hrtime.bigint() / 1000n}\n`);
    await delivered(open.delivered);
    const cpu = meter();
    if (process.env.BENCH_PGSS) {
      const { rows } = await ctx.db.query(`SELECT calls, round(total_exec_time::numeric,0) AS ms, round((total_exec_time/calls)::numeric,3) AS per, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS q FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25`);
      for (const r of rows) process.stderr.write(`pgss ${r.calls} ${r.ms}ms ${r.per} rows=${r.rows} ${r.q}\n`);
    }
    open.cpuMsPerOrder = { api: round((cpu.api * 1000) / open.delivered, 3), pg: round((cpu.pg * 1000) / open.delivered, 3) };
    if (!webhooks) return { open };
    const lags = arrivals.map((a) => a.at - a.sent).sort((a, b) => a - b);
    const last = arrivals.length ? Math.max(...arrivals.map((a) => a.at)) : started;
    return {
      open,
      webhooks: {
        delivered: arrivals.length,
        perSecond: round(arrivals.length / ((last - started) / 1000), 1),
        lagMs: { p50: round(percentile(lags, 50), 1), p99: round(percentile(lags, 99), 1) },
      },
    };
  } finally {
    receiver?.close();
  }
}

/**
 * A trivial GraphQL query against a raw Fastify route on the same process: three interleaved pairs of 4 s each,
 * requests per second as the target reads it, and the api's CPU per request from /proc beside it.
 */
async function graphqlVsRaw(api) {
  const settled = await apiIdle(api.pid);
  const run = (opts) =>
    new Promise((resolve, reject) => {
      const cpu = cpuMeter(api.pid);
      autocannon({ connections: 50, duration: 4, ...opts }, (err, r) => (err ? reject(err) : resolve({ rps: r.requests.average, cpuUs: (cpu().api * 1e6) / r.requests.total })));
    });
  const gqlOpts = { url: `${api.base}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };
  const rawOpts = { url: `${api.base}/ping` };
  const pairs = [];
  for (let i = 0; i < 3; i++) {
    const g = await run(gqlOpts);
    pairs.push({ g, r: await run(rawOpts) });
  }
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const g = avg(pairs.map((p) => p.g.rps));
  const r = avg(pairs.map((p) => p.r.rps));
  return {
    graphqlRps: Math.round(g),
    rawRps: Math.round(r),
    ratio: round(g / r, 2),
    ratioRange: range(pairs.map((p) => p.g.rps / p.r.rps)),
    cpuUsPerRequest: { graphql: round(mid(pairs.map((p) => p.g.cpuUs)), 1), raw: round(mid(pairs.map((p) => p.r.cpuUs)), 1) },
    settled,
  };
}

/**
 * Waits (up to a minute) until the api spends under 2 % of a core for a whole second: what the step before left it
 * (webhook retries to a receiver now closed, audit flushes, its garbage) is not the next step's work. Answers how
 * long that took and what the api spent in its last second.
 */
async function apiIdle(pid) {
  const started = Date.now();
  let cpuMsPerSecond;
  do {
    const cpu = cpuMeter(pid);
    await sleep(1000);
    cpuMsPerSecond = round(cpu().api * 1000, 1);
  } while (cpuMsPerSecond > 20 && Date.now() - started < 60_000);
  return { afterMs: Date.now() - started, cpuMsPerSecond };
}

/** Sequential orders against a SKU with 10,000 codes and one with 1,000,000: cost must not grow with stock. */
async function stockScaling(api, ctx) {
  const [small] = await stockedSkus(api, ctx, 1, [10_000, 0], 'S');
  const [big] = await stockedSkus(api, ctx, 1, [BIG_STOCK, 0], 'B');
  const times = { small: [], big: [] };
  const member = ctx.members[0];
  for (let i = 0; i < 600; i++) {
    const which = i % 2 ? 'big' : 'small';
    const { placeOrder } = await gql(api.base, PLACE, { input: { skuId: which === 'big' ? big : small, quantity: 1, clientOrderNo: `SC-${i}` } }, member.token);
    if (i >= 100) times[which].push(placeOrder.latencyMs);
  }
  const s = stats(times.small);
  const b = stats(times.big);
  return { smallStock: 10_000, bigStock: BIG_STOCK, smallP50: s.p50, bigP50: b.p50, ratio: round(b.p50 / s.p50, 2) };
}

/** 1,000 concurrent orders for 500 codes: exactly 500 delivered, no code twice, the ledger balanced. */
async function oversell(api, ctx) {
  const [sku] = await stockedSkus(api, ctx, 1, [250, 250], 'O');
  const secrets = [];
  let delivered = 0;
  let next = 0;
  const worker = async (w) => {
    for (;;) {
      const i = next++;
      if (i >= 1000) return;
      const res = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.members[i % 50].token}` },
        body: JSON.stringify({ query: PLACE, variables: { input: { skuId: sku, quantity: 1, clientOrderNo: `O-${i}` } } }),
      });
      const body = await res.json();
      if (body.data?.placeOrder?.status === 'DELIVERED') {
        delivered += 1;
        secrets.push(...body.data.placeOrder.codes.map((c) => c.secret));
      }
    }
  };
  await Promise.all(Array.from({ length: 100 }, (_, w) => worker(w)));
  const { ledgerCheck } = await gql(api.base, `{ ledgerCheck { ok } }`, {}, ctx.admin);
  const sold = (await ctx.db.query(`SELECT count(*)::int AS n, count(DISTINCT c.order_line_id)::int AS lines FROM card_codes c JOIN offers o ON o.id = c.offer_id WHERE o.sku_id = $1 AND c.status = 'SOLD'`, [sku])).rows[0];
  return { ordered: 1000, stock: 500, delivered, distinctCodes: new Set(secrets).size, soldRows: sold.n, ledgerBalanced: ledgerCheck.ok, ok: delivered === 500 && new Set(secrets).size === 500 && sold.n === 500 && sold.lines === 500 && ledgerCheck.ok };
}

/** Card orders bought through from a docked supplier's system against the same orders from local stock (lib/docking.mjs). */
const dockingStep = (api, ctx) =>
  dockingBenchmark({ api, ctx, gql, uploadCodes, rounds: ROUNDS, waves: Number(process.env.BENCH_DOCK_WAVES ?? 3), concurrency: Number(process.env.BENCH_DOCK_CONCURRENCY ?? 100), memberCount: 20 });

const DASHBOARD_ORDERS = Number(process.env.BENCH_DASHBOARD_ORDERS ?? 1_000_000);
const DASHBOARD_DAYS = 120;
const DASHBOARD_MEMBERS = Number(process.env.BENCH_DASHBOARD_MEMBERS ?? 1000);
const DASHBOARD_CALLS = Number(process.env.BENCH_DASHBOARD_CALLS ?? 40);

/**
 * A million orders generated straight into the tables (SQL generate_series, this bench's own database): 120 days
 * of trade by about 1,050 members, each buying from a handful of SKUs, 2 % failed, 5 % delivered by a second source, top-ups
 * taking minutes. The dashboards' rollups are rebuilt from them with the api's own SQL and the closed days
 * folded, as the running api keeps them; then each dashboard is timed over HTTP (p50/p99 of repeated calls).
 */
async function dashboardBenchmark(api, ctx) {
  const { REBUILD_MEMBER_DAILY_SQL, REBUILD_SUPPLIER_FAILURES_SQL, COMPACT_SQL, FOLD_BY_DAY_SQL, CLEAR_BY_DAY_SQL } = require('../apps/api/dist/modules/dashboards/dashboard-rollup.sql.js');
  const { db } = ctx;
  const started = Date.now();
  await db.query(`CREATE TEMP TABLE bench_sku AS
    SELECT row_number() OVER (ORDER BY s.code) - 1 AS i, s.id AS sku_id, s.unified_price, s.delivery_mode, o.id AS offer_id, o.supplier_id, o.settlement_price
      FROM skus s JOIN LATERAL (SELECT * FROM offers WHERE sku_id = s.id AND status = 'LIVE' ORDER BY created_at LIMIT 1) o ON true WHERE s.status = 'ACTIVE'`);
  // An alliance's worth of members: a thousand more, straight into the table.
  await db.query(`INSERT INTO organizations (name, kind, status, unified_social_credit_code, contact_name, contact_phone)
    SELECT '看板压测会员 ' || i, 'MEMBER', 'ACTIVE', '91440300DB' || lpad(i::text, 8, '0'), '压测', '13600136000' FROM generate_series(1, $1) i`, [DASHBOARD_MEMBERS]);
  await db.query(`CREATE TEMP TABLE bench_member AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id AS member_id FROM organizations WHERE kind = 'MEMBER'`);
  const skus = (await db.query(`SELECT count(*)::int AS n FROM bench_sku`)).rows[0].n;
  const members = (await db.query(`SELECT count(*)::int AS n FROM bench_member`)).rows[0].n;
  // One statement per table: orders, their lines (delivered ones), and the attempts of the ones that failed over.
  await db.query(`CREATE TEMP TABLE bench_orders AS
    SELECT gen_random_uuid() AS id, m.member_id, s.sku_id, s.offer_id, s.supplier_id, s.unified_price, s.settlement_price, s.delivery_mode, g,
           1 + (g % 3 = 0)::int AS quantity,
           now() - (g::float8 / $1) * interval '${DASHBOARD_DAYS} days' AS placed_at,
           CASE WHEN g % 50 = 7 THEN 'FAILED' ELSE 'DELIVERED' END AS status,
           CASE WHEN s.delivery_mode = 'DIRECT_TOPUP' THEN 20000 + (g::bigint * 7919 % 580000) ELSE 1.5 + (g::bigint * 7919 % 1000) / 100.0 + CASE WHEN g % 97 = 0 THEN 150 ELSE 0 END END AS latency,
           g % 20 = 3 AS failover
      FROM generate_series(1, $1) g
      JOIN bench_member m ON m.i = (g::bigint * 2654435761 % $2)
      JOIN bench_sku s ON s.i = ((g::bigint * 2654435761 % $2) * 7 + (g % 6)) % $3`, [DASHBOARD_ORDERS, members, skus]);
  await db.query(`INSERT INTO orders (id, member_id, client_order_no, request_hash, sku_id, quantity, unit_price, total, status, failure_code, placed_at, delivered_at, latency_ms)
    SELECT id, member_id, 'BENCH-' || g, 'bench', sku_id, quantity, unified_price, unified_price * quantity, status, CASE WHEN status = 'FAILED' THEN 'SOLD_OUT' END, placed_at,
           CASE WHEN status = 'DELIVERED' THEN placed_at + latency * interval '1 millisecond' END, CASE WHEN status = 'DELIVERED' THEN latency END
      FROM bench_orders`);
  await db.query(`INSERT INTO order_lines (order_id, offer_id, supplier_id, quantity, unit_settlement) SELECT id, offer_id, supplier_id, quantity, settlement_price FROM bench_orders WHERE status = 'DELIVERED'`);
  await db.query(`INSERT INTO order_attempts (order_id, offer_id, outcome, position, at)
    SELECT id, offer_id, 'NO_STOCK', 1, placed_at FROM bench_orders WHERE failover AND status = 'DELIVERED'
    UNION ALL SELECT id, offer_id, 'DELIVERED', 2, placed_at FROM bench_orders WHERE failover AND status = 'DELIVERED'`);
  const generatedSeconds = (Date.now() - started) / 1000;
  const rebuildStarted = Date.now();
  // Fresh statistics first, as autovacuum would give a real database: the rebuild's plan depends on them.
  await db.query(`ANALYZE orders; ANALYZE order_lines; ANALYZE order_attempts`);
  await db.query(`TRUNCATE dashboard_member_daily, dashboard_daily`);
  for (const sql of CLEAR_BY_DAY_SQL) await db.query(sql);
  await db.query(`UPDATE dashboard_compaction SET compacted_through = NULL`);
  await db.query(REBUILD_MEMBER_DAILY_SQL);
  await db.query(REBUILD_SUPPLIER_FAILURES_SQL);
  const yesterday = (await db.query(`SELECT ((now() AT TIME ZONE 'Asia/Shanghai')::date - 1)::text AS d`)).rows[0].d;
  await db.query(COMPACT_SQL, [null, yesterday]);
  for (const sql of FOLD_BY_DAY_SQL) await db.query(sql, [null, yesterday]);
  await db.query(`UPDATE dashboard_compaction SET compacted_through = $1, compacted_at = now()`, [yesterday]);
  await db.query(`ANALYZE dashboard_member_daily; ANALYZE dashboard_daily`);
  const rollupSeconds = (Date.now() - rebuildStarted) / 1000;
  const rows = (await db.query(`SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM dashboard_member_daily)::int AS member_rows, (SELECT count(*) FROM dashboard_daily)::int AS daily_rows`)).rows[0];

  // The busiest supplier and member: the largest share of the figures, the slowest dashboards.
  const busiest = (await db.query(`SELECT (SELECT supplier_id FROM bench_orders GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS supplier,
                                          (SELECT member_id FROM bench_orders GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS member`)).rows[0];
  /** An owner of the organisation to sign in as (the generated members get one, with the demo password). */
  const userOf = async (org) => {
    const email = `dash-${org.slice(0, 8)}@bench.test`;
    await db.query(`INSERT INTO users (organization_id, email, display_name, password_hash, roles)
      SELECT $1, $2, '压测', password_hash, '{OWNER}' FROM users WHERE email = 'admin@mengyuan.demo'`, [org, email]);
    return (await login(api, email)).accessToken;
  };
  // Signed in afresh: the setup's tokens have expired by now.
  const tokens = { admin: (await login(api, 'admin@mengyuan.demo')).accessToken, supplier: await userOf(busiest.supplier), member: await userOf(busiest.member) };
  const QUERIES = {
    admin: `query($r: DashboardRangeInput) { adminDashboard(range: $r) { range { from to } gmv { value previous changeRatio } orders { value previous changeRatio } failedOrders { value }
      fulfilmentSuccess { value changePoints } failoverRate { value } refunds { value } cardLatency { p50Ms p99Ms meanMs previousP50Ms } topupLatency { p50Ms p99Ms }
      daily { day orders gmv } hotSkus { skuId name gmv } routingShare { supplierId name share } singleSourceSkus { skuId liveOffers } riskEventsWaiting } }`,
    supplier: `query($r: DashboardRangeInput) { supplierDashboard(range: $r) { sales { value changeRatio } settlement { value } orders { value } fulfilmentSuccess { value }
      cardLatency { p50Ms p99Ms } topupLatency { p50Ms p99Ms } daily { day orders gmv } hotSkus { skuId gmv } stock { offerId stockAvailable lowStock } topupQueue { queued nearestDeadlineAt } } }`,
    member: `query($r: DashboardRangeInput) { memberDashboard(range: $r) { spend { value changeRatio } orders { value } failedOrders { value } cardLatency { p50Ms p99Ms }
      topupLatency { p50Ms } daily { day orders gmv } hotSkus { skuId gmv } wallet { wallet hold } } }`,
  };
  const today = (await db.query(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`)).rows[0].d;
  const minus = (days) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const latency = { load1Before: round(loadavg()[0], 1) };
  for (const [who, query] of Object.entries(QUERIES)) {
    for (const [name, range] of [['7d', null], ['30d', { from: minus(29), to: today }], ['90d', { from: minus(89), to: today }]]) {
      const times = [];
      for (let i = 0; i < DASHBOARD_CALLS + 3; i++) {
        const t0 = performance.now();
        const data = await gql(api.base, query, { r: range }, tokens[who]);
        if (i >= 3) times.push(performance.now() - t0);
        if (i === 0 && who === 'admin' && name === '30d') latency.sample = { orders30d: data.adminDashboard.orders.value, gmv30d: data.adminDashboard.gmv.value, cardP99Ms: data.adminDashboard.cardLatency.p99Ms };
      }
      const { p50, p99 } = stats(times);
      latency[`${who}${name}`] = { p50, p99 };
    }
  }
  // The same machine's answer to the cheapest authenticated query, as the reference for what the load costs.
  const trivial = [];
  for (let i = 0; i < DASHBOARD_CALLS + 3; i++) {
    const t0 = performance.now();
    await gql(api.base, `{ me { id } }`, {}, tokens.member);
    if (i >= 3) trivial.push(performance.now() - t0);
  }
  latency.meQueryReference = (({ p50, p99 }) => ({ p50, p99 }))(stats(trivial));
  latency.load1After = round(loadavg()[0], 1);
  return { measuredAt: new Date().toISOString(), cores: cpus().length, orders: rows.orders, generatedSeconds: round(generatedSeconds, 1), rollupRebuildSeconds: round(rollupSeconds, 1), memberRollupRows: rows.member_rows, foldedRollupRows: rows.daily_rows, calls: DASHBOARD_CALLS, ...latency };
}

// The load generator first: without wrk the bench refuses to report (ensureWrk installs Debian's when it can).
const wrk = ensureWrk();
const load = wrk ? wrkOrders : nodeOrders;
// BENCH_ONLY=dashboards runs only the dashboard step, BENCH_ONLY=scale only the alliance-scale one, BENCH_ONLY=orders the order path's
// steps without the import, the million-order dashboards and the scale step, BENCH_ONLY=docking only the docking step (each keeps
// the other results of the last full run), BENCH_ONLY=orderpath only the order path's first table (rounds, open loop, GraphQL ÷ raw), BENCH_ONLY=import only the CSV import.
const only = process.env.BENCH_ONLY;
if (only) Object.assign(results, JSON.parse(readFileSync(join(repo, 'bench/results.json'), 'utf8')));
results.loadGenerator = wrk ? `${wrk} (C, pinned to one core)` : 'Node (BENCH_ALLOW_NODE_LOAD=1, wrk absent: the generator shares the CPU with the api)';
const api = only === 'scale' ? null : await startApi();
if (api) try {
  results.database = api.db.url ? 'DATABASE_URL' : 'embedded PostgreSQL 17';
  if (!only || only === 'import') await importBenchmark(api);
  const ctx = only === 'import' ? null : await setup(api);
  if (ctx) try {
    if (only === 'dashboards') results.dashboardLatencyMs = await dashboardBenchmark(api, ctx);
    else if (only === 'docking') results.docking = await dockingStep(api, ctx);
    else {
      const skus = await stockedSkus(api, ctx, 5, [15_000, 15_000], 'L');
      await benchTables(ctx, skus);
      const { rounds, tenClients, pairs } = await interleavedRounds(api, ctx, skus, load);
      results.rounds = rounds;
      const orders = rounds.map((r) => r.ordersPerSecond);
      results.ordersPerSecond = mid(orders);
      results.ordersPerSecondRange = range(orders);
      results.ordersFailedUnderLoad = rounds.reduce((a, r) => a + r.failed, 0);
      results.apiCpuCoresUnderOrderLoad = mid(rounds.map((r) => r.apiCpuCores));
      results.orderLatencyMs = rounds.at(-1).latencyMs;
      results.orderLatencyClientMs = rounds.at(-1).latencyMs;
      results.closedLoop10LatencyMs = tenClients.latencyMs;
      results.pgbenchTps = rounds[0].tpcbTps ?? null;
      results.pgbenchTpsRange = range(rounds.map((r) => r.tpcbTps).filter(Boolean));
      results.ceilingTps = rounds[0].ceilingTps ?? null;
      results.ceilingTpsRange = range(rounds.map((r) => r.ceilingTps).filter(Boolean));
      results.ordersVsPgbenchRange = range(rounds.filter((r) => r.tpcbTps).map((r) => r.ordersPerSecond / r.tpcbTps));
      results.ordersVsCeilingRange = range(rounds.filter((r) => r.ceilingTps).map((r) => r.ordersPerSecond / r.ceilingTps));
      results.ordersVsPgbench = results.ordersVsPgbenchRange ? round(mid(rounds.filter((r) => r.tpcbTps).map((r) => r.ordersPerSecond / r.tpcbTps)), 2) : null;
      results.ordersVsCeiling = results.ordersVsCeilingRange ? round(mid(rounds.filter((r) => r.ceilingTps).map((r) => r.ordersPerSecond / r.ceilingTps)), 2) : null;
      const cpu = (k) => mid(rounds.map((r) => r.cpuMsPerOrder[k]));
      results.cpuMsPerOrder = { api: cpu('api'), pg: cpu('pg'), generator: cpu('generator') };
      results.cpuMsPerOrderRange = { api: range(rounds.map((r) => r.cpuMsPerOrder.api)), pg: range(rounds.map((r) => r.cpuMsPerOrder.pg)) };
      results.ceilingPgCpuMsPerOrder = rounds[0].ceilingPgCpuMsPerOrder !== undefined ? mid(rounds.map((r) => r.ceilingPgCpuMsPerOrder)) : null;
      results.pgCpuVsCeiling = results.ceilingPgCpuMsPerOrder ? round(results.cpuMsPerOrder.pg / results.ceilingPgCpuMsPerOrder, 2) : null;
      // 70 % of what the api sustained closed-loop, as a steady arrival rate.
      const rate = Math.max(10, Math.round(0.7 * Math.min(...orders)));
      await settleDatabase(ctx);
      // The open loop is the closed loop's work (orders, no webhooks) at 70 % of its capacity; then the same rate
      // again with every order's webhook sent, which costs the api and PostgreSQL more per order.
      const { open } = await openLoop(api, ctx, pairs, rate, { webhooks: false, tag: 'O' });
      results.openLoopRate = rate;
      results.openLoopWarmupSeconds = WARMUP_SECONDS;
      results.openLoopLatencyMs = open.latencyMs;
      results.openLoopFailed = open.failed;
      results.openLoopCpuMsPerOrder = open.cpuMsPerOrder;
      await settleDatabase(ctx);
      const { open: withHooks, webhooks } = await openLoop(api, ctx, pairs, rate, { webhooks: true, tag: 'W' });
      results.openLoopWithWebhooksLatencyMs = withHooks.latencyMs;
      results.openLoopWithWebhooksFailed = withHooks.failed;
      results.openLoopWithWebhooksCpuMsPerOrder = withHooks.cpuMsPerOrder;
      results.webhookDeliveriesPerSecond = webhooks.perSecond;
      results.webhookLagMs = webhooks.lagMs;
      results.webhooksDelivered = webhooks.delivered;
      const gr = await graphqlVsRaw(api);
      Object.assign(results, { graphqlRps: gr.graphqlRps, rawRps: gr.rawRps, graphqlVsRawRatio: gr.ratio, graphqlVsRawRange: gr.ratioRange, graphqlVsRawCpuUsPerRequest: gr.cpuUsPerRequest, graphqlVsRawSettled: gr.settled });
      // BENCH_ONLY=orderpath: the order path's first table (issue 24) alone, without stock scaling, oversell and docking.
      if (only !== 'orderpath') {
        const sc = await stockScaling(api, ctx);
        results.stockScaling = sc;
        results.stockScalingRatio = sc.ratio;
        results.oversell = await oversell(api, ctx);
        results.oversellOk = results.oversell.ok;
        results.docking = await dockingStep(api, ctx);
      }
      // Last: it adds a million orders to the database the steps above measured (BENCH_ONLY=orders stops before it).
      if (!only) results.dashboardLatencyMs = await dashboardBenchmark(api, ctx);
    }
  } finally {
    await ctx.db.end();
  }
} catch (err) {
  process.stderr.write(`\nthe api's log:\n${api.log().split('\n').slice(-40).join('\n')}\n`);
  throw err;
} finally {
  await api.stop();
}

// The alliance at scale on a fresh api and database (issue 24): 100k then 1M orders (BENCH_SCALE_SIZES to change).
if (!only || only === 'scale') {
  const scaleApi = await startApi();
  const db = new pg.Client({ connectionString: scaleApi.dbUrl });
  await db.connect();
  try {
    const sizes = (process.env.BENCH_SCALE_SIZES ?? '100000,1000000').split(',').map(Number);
    results.scale = await scaleBenchmark({ api: scaleApi, gql, login, db, sizes, calls: Number(process.env.BENCH_SCALE_CALLS ?? 15) });
  } catch (err) {
    process.stderr.write(`\nthe api's log:\n${scaleApi.log().split('\n').slice(-40).join('\n')}\n`);
    throw err;
  } finally {
    await db.end();
    await scaleApi.stop();
  }
}

if (!only) results.measuredAt = new Date().toISOString();
writeFileSync(join(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const fmt = (r) => (r ? `${r[0]}–${r[1]}` : '-');
const rows = [
  ['database; load generator', `${results.database}; ${results.loadGenerator}`],
  ['pgbench TPC-B, 10 clients (reference)', results.pgbenchTps === null ? 'pgbench not on PATH' : `${fmt(results.pgbenchTpsRange)} tps`],
  ['order function from pgbench, 10 clients (ceiling)', results.ceilingTps === null ? 'pgbench not on PATH' : `${fmt(results.ceilingTpsRange)} tps`],
  ['orders/s through the api, 100 clients', `${fmt(results.ordersPerSecondRange)} = ${fmt(results.ordersVsCeilingRange)} × ceiling (≥ 0.5), ${fmt(results.ordersVsPgbenchRange)} × TPC-B (≥ 0.15)`],
  ['CPU ms per order: api / PostgreSQL / generator', `${results.cpuMsPerOrder.api} / ${results.cpuMsPerOrder.pg} / ${results.cpuMsPerOrder.generator} (api ≤ 1.5)`],
  ['PostgreSQL CPU per order vs the ceiling\'s', `${results.ceilingPgCpuMsPerOrder ?? '-'} ms → ${results.pgCpuVsCeiling ?? '-'} × (≤ 1.3)`],
  ['order latency, 100 clients, p50/p99 (client side)', `${results.orderLatencyClientMs.p50} / ${results.orderLatencyClientMs.p99} ms`],
  ['order latency, 10 clients, p50/p99', `${results.closedLoop10LatencyMs.p50} / ${results.closedLoop10LatencyMs.p99} ms (p99 ≤ 100)`],
  ['open loop at 70 % of capacity, p50/p99', `${results.openLoopRate}/s: ${results.openLoopLatencyMs.p50} / ${results.openLoopLatencyMs.p99} ms (p99 ≤ 100); CPU ms per order: api ${results.openLoopCpuMsPerOrder.api}, PostgreSQL ${results.openLoopCpuMsPerOrder.pg}`],
  ['the same rate with each order\'s webhook', `${results.openLoopWithWebhooksLatencyMs.p50} / ${results.openLoopWithWebhooksLatencyMs.p99} ms; CPU ms per order: api ${results.openLoopWithWebhooksCpuMsPerOrder.api}, PostgreSQL ${results.openLoopWithWebhooksCpuMsPerOrder.pg}`],
  ['webhooks at that rate', `${results.webhookDeliveriesPerSecond}/s, lag p50/p99 ${results.webhookLagMs.p50} / ${results.webhookLagMs.p99} ms (p99 ≤ 5,000)`],
  ['GraphQL {__typename} vs raw route', `${results.graphqlRps} vs ${results.rawRps} req/s = ${results.graphqlVsRawRatio} (pairs ${results.graphqlVsRawRange?.join('–')}; ≥ 0.6); api CPU ${results.graphqlVsRawCpuUsPerRequest?.graphql} vs ${results.graphqlVsRawCpuUsPerRequest?.raw} µs per request`],
  ['order p50, 1M vs 10k codes in stock', `${results.stockScaling.bigP50} vs ${results.stockScaling.smallP50} ms = ${results.stockScalingRatio} (≤ 1.2)`],
  ['oversell check (1,000 orders, 500 codes)', `${results.oversell.delivered} delivered, ${results.oversell.distinctCodes} distinct codes, ledger ${results.oversell.ledgerBalanced ? 'balanced' : 'NOT balanced'}: ${results.oversellOk ? 'ok' : 'FAILED'}`],
  ...(results.docking
    ? [
        [
          `docking: ${results.docking.concurrency} concurrent buy-through orders, ${results.docking.members} members (load average ${results.docking.load1Before} → ${results.docking.load1After})`,
          `p50/p95/p99 ${fmt(results.docking.docked.p50Range)} / ${fmt(results.docking.docked.p95Range)} / ${fmt(results.docking.docked.p99Range)} ms (p99 < 3,000), ` +
            `${fmt(results.docking.docked.ordersPerSecondRange)} orders/s, api CPU ${fmt(results.docking.docked.apiCpuMsPerOrderRange)} ms/order (simulator ${fmt(results.docking.docked.simulatorCpuMsPerOrderRange)}), ` +
            `${results.docking.docked.failed} failed; ${results.docking.check.ok ? 'codes, wallets, ledger ok' : `CHECK FAILED ${JSON.stringify(results.docking.check)}`}`,
        ],
        [
          'docking ÷ the same orders from local stock',
          `p99 ${fmt(results.docking.ratio.p99Range)} ×, orders/s ${fmt(results.docking.ratio.ordersPerSecondRange)} ×, api CPU per order ${fmt(results.docking.ratio.apiCpuPerOrderRange)} × ` +
            `(reference p99 ${fmt(results.docking.reference.p99Range)} ms, ${fmt(results.docking.reference.ordersPerSecondRange)} orders/s, api CPU ${fmt(results.docking.reference.apiCpuMsPerOrderRange)} ms/order)`,
        ],
        [
          'docking: transactions / rows inserted per order',
          `${fmt(results.docking.docked.transactionsPerOrderRange)} / ${fmt(results.docking.docked.rowsInsertedPerOrderRange)} against ${fmt(results.docking.reference.transactionsPerOrderRange)} / ${fmt(results.docking.reference.rowsInsertedPerOrderRange)} from local stock`,
        ],
      ]
    : []),
  ['CSV import', `${results.importCodes} codes (${results.importCsvMb} MB) in ${results.importSeconds} s = ${results.importCodesPerSecond} codes/s`],
  ['api RSS before import / peak (< 300 MB)', `${results.apiRssBeforeImportMb} / ${results.apiPeakRssMb} MB`],
  ...(results.dashboardLatencyMs
    ? Object.entries(results.dashboardLatencyMs)
        .filter(([, v]) => v && typeof v === 'object' && 'p50' in v)
        .map(([k, v]) => [`dashboard ${k}, ${results.dashboardLatencyMs.orders} orders`, `p50 ${v.p50} / p99 ${v.p99} ms (target < 200)`])
    : []),
  ...(results.scale
    ? [
        ...Object.entries(results.scale.steps).map(([n, x]) => [
          `scale, ${x.orders} orders (load ${x.load1Before}–${x.load1After})`,
          `admin dashboard 7/30/90 d ${x.adminDashboard7dMs}/${x.adminDashboard30dMs}/${x.adminDashboard90dMs} ms; export ${x.exportRows} rows ${x.exportBusiestSupplierMs} ms; ` +
            `search prefix / SKU+status ${x.searchMerchantPrefixMs}/${x.searchSkuStatusMs} ms; ledger page ${x.ledgerEntriesPageMs} ms, check ${x.ledgerCheckMs} ms; audit ${x.auditVerifyMs} ms; ` +
            `scorecards ${x.recomputeScorecardsMs} ms, evaluation ${x.quarterlyEvaluationMs} ms`,
        ]),
        ['scale ratios (larger ÷ smaller)', JSON.stringify(results.scale.ratios)],
      ]
    : []),
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n\n${JSON.stringify(results)}\n`);
