// The production topology of compose.yaml without containers, and a smoke test through its front door:
// Debian's nginx with docker/nginx.conf (the template, its upstream filled with this machine's replicas), two
// api replicas (the built api, production mode, both working jobs), and PostgreSQL (DATABASE_URL's server: a
// fresh database, dropped at the end). Checks through nginx: both apps load with their assets, an order, a
// subscription over the proxy's WebSocket upgrade, an export; then one replica is killed and everything still
// answers. Prints what it measured; exits non-zero on the first failure. Run in CI by .ci/run.
//
//   npm run build && node docker/topology.mjs        (needs nginx: apt-get install nginx-light)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createClient } from 'graphql-ws';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const say = (msg) => process.stdout.write(`[topology ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
const fail = (msg) => {
  throw new Error(msg);
};
const expect = (ok, msg) => {
  if (!ok) fail(msg);
};

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const API = join(root, 'apps', 'api', 'dist', 'main.js');
const PORTAL = join(root, 'apps', 'portal', 'dist');
const ADMIN = join(root, 'apps', 'admin', 'dist');
const SERVER = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO_PASSWORD = 'Mengyuan#2026';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(ok, what, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await ok().catch(() => false)) return;
    if (Date.now() > until) fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const work = mkdtempSync(join(tmpdir(), 'mengyuan-topology-'));
// nginx's workers (an unprivileged user) read the web root through here.
chmodSync(work, 0o755);
const children = [];
const database = `mengyuan_topology_${process.pid}_${randomBytes(3).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(SERVER);
  u.pathname = `/${database}`;
  return u.toString();
})();

async function onServer(sql) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

function startReplica(name, port, shared) {
  const logFile = join(work, `${name}.log`);
  const child = spawn(process.execPath, ['--enable-source-maps', '--max-semi-space-size=16', '--max-old-space-size=256', API], {
    stdio: ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      JOBS_ENABLED: 'true',
      SEED_DEMO: 'true',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      DATA_DIR: join(work, name),
      FILES_DIR: join(work, 'files'),
      ...shared,
    },
  });
  children.push(child);
  return { name, port, child, log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '') };
}

async function graphql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) fail(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function main() {
  expect(NGINX, 'nginx is not installed (apt-get install nginx-light; .ci/run does it)');
  for (const [what, path] of [['the api', API], ['the portal', join(PORTAL, 'index.html')], ['the admin', join(ADMIN, 'index.html')]]) expect(existsSync(path), `${what} is not built (${path}): npm run build`);
  await onServer(`CREATE DATABASE ${database}`);
  say(`database ${database} on ${new URL(SERVER).host}`);

  // Two replicas starting together: migrations and the demo seed run under an advisory lock.
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), CODE_ENCRYPTION_KEY: randomBytes(32).toString('hex'), FINGERPRINT_KEY: randomBytes(32).toString('hex'), AUDIT_SIGNING_KEY: randomBytes(32).toString('hex') };
  const replicas = [startReplica('api-1', await freePort(), shared), startReplica('api-2', await freePort(), shared)];
  for (const r of replicas) {
    await waitFor(async () => {
      if (r.child.exitCode !== null) fail(`${r.name} exited (${r.child.exitCode}):\n${r.log().slice(-3000)}`);
      return (await fetch(`http://127.0.0.1:${r.port}/health/ready`)).status === 200;
    }, `${r.name} to be ready`, 180_000);
  }
  say(`replicas ready on ${replicas.map((r) => r.port).join(' and ')}`);

  // nginx from the very template the web image renders, with this machine's upstream, web root and logs.
  const www = join(work, 'www');
  mkdirSync(www);
  for (const entry of readdirSync(PORTAL)) symlinkSync(join(PORTAL, entry), join(www, entry));
  symlinkSync(ADMIN, join(www, 'admin'));
  const logs = join(work, 'nginx-logs');
  mkdirSync(logs);
  const values = {
    MENGYUAN_API_SERVERS: replicas.map((r) => `server 127.0.0.1:${r.port} max_fails=1 fail_timeout=10s;`).join('\n        '),
    MENGYUAN_WEB_ROOT: www,
    MENGYUAN_LOG_DIR: logs,
  };
  const port = await freePort();
  const conf = readFileSync(join(root, 'docker', 'nginx.conf'), 'utf8')
    .replace(/\$\{(MENGYUAN_[A-Z_]+)\}/g, (_, name) => values[name] ?? fail(`nginx.conf names ${name}, which topology.mjs does not fill in`))
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  const confDir = join(work, 'nginx');
  mkdirSync(confDir);
  writeFileSync(join(confDir, 'nginx.conf'), conf);
  copyFileSync(join(root, 'docker', 'static-headers.conf'), join(confDir, 'static-headers.conf'));
  const nginxArgs = ['-p', confDir, '-c', join(confDir, 'nginx.conf'), '-g', `pid ${join(confDir, 'nginx.pid')}; daemon off;`];
  execFileSync(NGINX, [...nginxArgs.slice(0, 4), '-g', `pid ${join(confDir, 'nginx.pid')};`, '-t'], { stdio: 'pipe' });
  const nginx = spawn(NGINX, nginxArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(nginx);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/nginx-health`)).status === 200, 'nginx', 10_000);
  say(`${spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim()} on ${base}`);

  // Both apps load, with their hashed assets cached for good; client routes fall back to each app's page.
  for (const path of ['/', '/admin/']) {
    const page = await fetch(`${base}${path}`);
    expect(page.status === 200 && (page.headers.get('content-type') ?? '').includes('text/html'), `GET ${path}: ${page.status}`);
    expect(page.headers.get('content-security-policy'), `GET ${path}: no Content-Security-Policy`);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/(?:admin\/)?assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length > 0, `GET ${path}: no assets referenced`);
    for (const asset of assets) {
      const res = await fetch(`${base}${asset}`);
      expect(res.status === 200, `GET ${asset}: ${res.status}`);
      expect((res.headers.get('cache-control') ?? '').includes('immutable'), `GET ${asset}: not cached as immutable`);
    }
    say(`GET ${path}: the app and its ${assets.length} assets`);
  }
  expect((await fetch(`${base}/admin`, { redirect: 'manual' })).status === 301, '/admin does not redirect to /admin/');
  expect((await fetch(`${base}/admin/organizations`)).status === 200, 'an admin client route does not fall back to its page');
  expect((await fetch(`${base}/metrics`)).status === 404, '/metrics is reachable from the front door');
  const ready = await fetch(`${base}/health/ready`);
  expect(ready.status === 200, `GET /health/ready through nginx: ${ready.status}`);

  // An order and a subscription through the proxy.
  const LOGIN = 'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { organization { id } } } }';
  const member = (await graphql(base, LOGIN, { email: 'member@mengyuan.demo', password: DEMO_PASSWORD })).login;
  const catalog = await graphql(base, `query { catalog(filter: null, page: { limit: 100, offset: 0 }) { items { id deliveryMode unifiedPrice } } }`, {}, member.accessToken);
  const skus = catalog.catalog.items.filter((s) => s.deliveryMode === 'CARD_CODE');
  expect(skus.length > 0, 'the demo catalog has no card SKU');
  const PLACE = 'mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id status } }';
  const place = async (n, where = base) => {
    for (const sku of skus) {
      const res = await fetch(`${where}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${member.accessToken}` },
        body: JSON.stringify({ query: PLACE, variables: { input: { skuId: sku.id, quantity: 1, clientOrderNo: `TOPO-${n}-${sku.id.slice(0, 8)}` } } }),
      });
      const body = await res.json();
      if (body.data?.placeOrder?.status === 'DELIVERED') return body.data.placeOrder;
      if (!['SOLD_OUT', 'INSUFFICIENT_BALANCE'].includes(body.errors?.[0]?.extensions?.code)) fail(`placeOrder through nginx: ${res.status} ${JSON.stringify(body)}`);
    }
    fail('no demo SKU could be bought');
  };
  const updates = [];
  const ws = createClient({ url: `${base.replace('http', 'ws')}/graphql`, connectionParams: { authorization: `Bearer ${member.accessToken}` }, lazy: false, retryAttempts: 0, webSocketImpl: WebSocket });
  await new Promise((resolve, reject) => {
    ws.on('connected', resolve);
    ws.on('closed', (e) => reject(new Error(`the subscription socket closed: ${e?.code} ${e?.reason}`)));
    setTimeout(() => reject(new Error('the subscription socket did not connect through nginx')), 10_000);
  });
  const unsubscribe = ws.subscribe({ query: 'subscription { orderUpdated { id status } }' }, { next: (v) => updates.push(v.data.orderUpdated.id), error: (e) => say(`subscription error ${JSON.stringify(e)}`), complete: () => undefined });
  await new Promise((r) => setTimeout(r, 300));
  const order = await place(1);
  await waitFor(async () => updates.includes(order.id), 'the order on the subscription through nginx', 10_000);
  say(`order ${order.id} DELIVERED through nginx, and heard on a graphql-ws subscription through it`);
  const xlsx = await fetch(`${base}/exports/orders.xlsx`, { headers: { authorization: `Bearer ${member.accessToken}` } });
  expect(xlsx.status === 200 && Number(xlsx.headers.get('x-export-rows')) >= 1, `GET /exports/orders.xlsx through nginx: ${xlsx.status}`);
  unsubscribe();
  await ws.dispose();

  // One replica dies: nginx sends everything to the other, and nothing a client sends fails.
  replicas[0].child.kill('SIGKILL');
  say(`${replicas[0].name} killed`);
  // A POST sent in the very instant of the kill, over a kept-alive connection nginx has not yet seen close, is
  // answered 502 (nginx does not resend a non-idempotent request once sent); from the next event loop turn on,
  // nginx has dropped those connections and sends everything to the survivor, which is what is checked here.
  await new Promise((r) => setTimeout(r, 500));
  let served = 0;
  for (let i = 0; i < 20; i++) {
    const me = await graphql(base, '{ me { id } }', {}, member.accessToken);
    expect(me.me.id, 'me through nginx after the kill');
    served++;
  }
  const after = await place(2);
  expect((await fetch(`${base}/`)).status === 200, 'the portal after the kill');
  say(`after the kill: ${served} queries and order ${after.id} served by ${replicas[1].name}`);
  const webhooksReady = await fetch(`http://127.0.0.1:${replicas[1].port}/health/ready`).then((r) => r.json());
  expect(webhooksReady.jobs === 'working', `the surviving replica does not work jobs: ${JSON.stringify(webhooksReady)}`);
  const accessLog = readFileSync(join(logs, 'access.log'), 'utf8');
  const upstreams = new Set([...accessLog.matchAll(/upstream=127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1])));
  expect(replicas.every((r) => upstreams.has(r.port)), `nginx did not spread requests over both replicas (saw ${[...upstreams].join(', ')})`);
  say(`done: nginx spread requests over both replicas; all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function cleanup() {
  for (const c of children.reverse()) {
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGTERM');
      await Promise.race([new Promise((r) => c.once('exit', r)), new Promise((r) => setTimeout(r, 10_000))]);
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    }
  }
  await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}

main()
  .then(cleanup)
  .then(() => process.exit(0))
  .catch(async (err) => {
    process.stderr.write(`[topology] FAILED: ${err.stack ?? err}\n`);
    for (const f of existsSync(work) ? readdirSync(work).filter((f) => f.endsWith('.log')) : []) process.stderr.write(`--- ${f} (last lines)\n${readFileSync(join(work, f), 'utf8').slice(-2000)}\n`);
    await cleanup();
    process.exit(1);
  });
