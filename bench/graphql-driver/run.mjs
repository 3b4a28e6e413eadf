#!/usr/bin/env node
// GraphQL driver benchmark: Apollo vs Mercurius under NestJS on Fastify, with a
// raw Fastify route (and a plain Nest controller) returning the same JSON as baselines.
//
//   node_modules/.bin/node bench/graphql-driver/run.mjs [--duration 10] [--warmup 3]
//     [--connections 50] [--rounds 3] [--targets raw,nest-rest,apollo,mercurius,mercurius-jit]
//     [--queries items,ping] [--out bench/graphql-driver/results.json]
//
// Each target runs in its own child process (NODE_ENV=production), started once and
// kept alive; autocannon runs in this process, on loopback only. Runs are interleaved
// (round 1 in target order, round 2 reversed, ...) so slow drift on a shared machine
// hits every target alike. Read the ratios, not the absolute numbers. Method and results: bench/DRIVER.md.
import { spawnSync, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const autocannon = require('autocannon');

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    targets: { type: 'string', default: 'raw,nest-rest,apollo,mercurius,mercurius-jit' },
    queries: { type: 'string', default: 'items,ping' },
    out: { type: 'string', default: join(here, 'results.json') },
    'skip-build': { type: 'boolean', default: false },
  },
});
const duration = Number(opts.duration);
const warmup = Number(opts.warmup);
const connections = Number(opts.connections);
const rounds = Number(opts.rounds);
const targets = opts.targets.split(',');
const queryNames = opts.queries.split(',');

// 1. Compile the TypeScript app (decorators need tsc's emitDecoratorMetadata).
if (!opts['skip-build']) {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
const { ITEMS_QUERY, PING_QUERY, EXPECTED } = await import('./dist/fixtures.mjs');
const QUERIES = { items: ITEMS_QUERY, ping: PING_QUERY };

// 2. Start every target once, each in its own process.
function start(target) {
  return new Promise((resolve, reject) => {
    const child = fork(join(here, 'dist', 'server.mjs'), [target], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => reject(new Error(`${target}: not ready after 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${target}: exited with ${code} before ready`)));
    child.on('message', (msg) => {
      if (msg.type !== 'ready') return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ target, child, port: msg.port, url: `http://127.0.0.1:${msg.port}/graphql` });
    });
  });
}
function ask(child, type) {
  return new Promise((resolve) => {
    const on = (msg) => {
      if (msg.type === type) {
        child.off('message', on);
        resolve(msg);
      }
    };
    child.on('message', on);
    child.send({ type });
  });
}

const servers = {};
for (const t of targets) servers[t] = await start(t);
const stopAll = async () => {
  for (const s of Object.values(servers)) {
    s.child.send({ type: 'stop' });
    await new Promise((r) => s.child.once('exit', r));
  }
};
process.on('SIGINT', async () => {
  await stopAll();
  process.exit(130);
});

// 3. Every target must answer every query with the expected JSON before it is loaded.
const post = (url, query, accept = 'application/json') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  });
for (const s of Object.values(servers)) {
  for (const q of queryNames) {
    const res = await post(s.url, QUERIES[q]);
    const body = await res.json();
    if (res.status !== 200 || JSON.stringify(body) !== JSON.stringify(EXPECTED[q])) {
      console.error(`${s.target} ${q}: unexpected answer ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      await stopAll();
      process.exit(1);
    }
  }
}

// 4. Feature probes (GraphQL drivers only): GraphQL-over-HTTP media type, graphql-ws subscriptions.
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
async function probeSubscription(port) {
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
  });
  const got = [];
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout after 5 s')), 5000);
      client.subscribe(
        { query: 'subscription { tick { n } }' },
        {
          next: (v) => got.push(v),
          error: (e) => {
            clearTimeout(timer);
            reject(e instanceof Error ? e : new Error(e?.reason || e?.message || JSON.stringify(e)));
          },
          complete: () => {
            clearTimeout(timer);
            resolve();
          },
        },
      );
    });
    const ok = JSON.stringify(got) === JSON.stringify([1, 2, 3].map((n) => ({ data: { tick: { n } } })));
    return { protocol: 'graphql-transport-ws', ok, received: got };
  } catch (e) {
    return { protocol: 'graphql-transport-ws', ok: false, error: String(e.message || e), received: got };
  } finally {
    await client.dispose();
  }
}
const features = {};
for (const s of Object.values(servers)) {
  if (!['apollo', 'mercurius', 'mercurius-jit'].includes(s.target)) continue;
  const strict = await post(s.url, PING_QUERY, 'application/graphql-response+json');
  const both = await post(s.url, PING_QUERY, 'application/graphql-response+json, application/json;q=0.9');
  features[s.target] = {
    acceptGraphqlResponseJsonOnly: { status: strict.status, contentType: strict.headers.get('content-type') },
    acceptBoth: { status: both.status, contentType: both.headers.get('content-type') },
    graphqlResponseJson: /application\/graphql-response\+json/.test(strict.headers.get('content-type') ?? ''),
    subscriptions: await probeSubscription(s.port),
  };
}

// 5. Load: interleaved rounds, warm-up before every measured run.
// autocannon's own histogram keeps whole milliseconds, too coarse here, so latency
// percentiles come from its per-response timings (float ms) instead.
const cannon = (url, query, seconds, record = false) =>
  new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        connections,
        duration: seconds,
      },
      (err, res) => (err ? reject(err) : resolve({ res, latencies: Float64Array.from(latencies).sort() })),
    );
    if (record) instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
const pct = (sorted, q) =>
  +sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))].toFixed(3);
const runs = [];
const loadStart = loadavg();
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? targets : [...targets].reverse();
  for (const q of queryNames) {
    for (const t of order) {
      const s = servers[t];
      await cannon(s.url, QUERIES[q], warmup);
      const cpuBefore = await ask(s.child, 'cpu');
      const { res, latencies } = await cannon(s.url, QUERIES[q], duration, true);
      const cpuAfter = await ask(s.child, 'cpu');
      const cpuUs = cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system;
      const run = {
        round: r + 1,
        load1: +loadavg()[0].toFixed(2),
        target: t,
        query: q,
        reqPerSec: res.requests.average,
        p50Ms: pct(latencies, 0.5),
        p99Ms: pct(latencies, 0.99),
        serverCpuUsPerReq: +(cpuUs / res.requests.total).toFixed(1),
        total: res.requests.total,
        errors: res.errors,
        timeouts: res.timeouts,
        non2xx: res.non2xx,
      };
      runs.push(run);
      console.error(
        `round ${run.round} ${q.padEnd(5)} ${t.padEnd(13)} ${run.reqPerSec.toFixed(0).padStart(7)} req/s  p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms  cpu ${run.serverCpuUsPerReq} µs/req  load ${run.load1}` +
          (run.errors || run.non2xx || run.timeouts
            ? `  errors=${run.errors} non2xx=${run.non2xx} timeouts=${run.timeouts}`
            : ''),
      );
    }
  }
}
const loadEnd = loadavg();
const rss = {};
for (const s of Object.values(servers)) rss[s.target] = Math.round((await ask(s.child, 'mem')).rss / 2 ** 20);
await stopAll();

// 6. Summarise: mean over rounds; ratios computed from those means.
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = {};
for (const q of queryNames) {
  summary[q] = {};
  for (const t of targets) {
    const mine = runs.filter((x) => x.query === q && x.target === t);
    summary[q][t] = {
      reqPerSec: Math.round(mean(mine.map((x) => x.reqPerSec))),
      p50Ms: +mean(mine.map((x) => x.p50Ms)).toFixed(3),
      p99Ms: +mean(mine.map((x) => x.p99Ms)).toFixed(3),
      perRoundReqPerSec: mine.map((x) => Math.round(x.reqPerSec)),
      serverCpuUsPerReq: +median(mine.map((x) => x.serverCpuUsPerReq)).toFixed(1),
      rssMiBAfter: rss[t],
    };
  }
}
const ratio = (a, b) => (a && b ? +(a / b).toFixed(3) : null);
const ratios = {};
for (const q of queryNames) {
  const s = summary[q];
  ratios[q] = {};
  for (const t of targets) if (t !== 'raw' && s.raw) ratios[q][`${t}/raw`] = ratio(s[t].reqPerSec, s.raw.reqPerSec);
  if (s.apollo && s.mercurius) {
    ratios[q]['mercurius/apollo reqPerSec'] = ratio(s.mercurius.reqPerSec, s.apollo.reqPerSec);
    ratios[q]['mercurius/apollo p99'] = ratio(s.mercurius.p99Ms, s.apollo.p99Ms);
    // Apollo and Mercurius run back to back in every round, so each round's pair saw much the same
    // background load: the median of the per-round ratios is the figure least moved by noise.
    const perRound = [];
    for (let r = 1; r <= rounds; r++) {
      const a = runs.find((x) => x.query === q && x.target === 'apollo' && x.round === r);
      const m = runs.find((x) => x.query === q && x.target === 'mercurius' && x.round === r);
      perRound.push(ratio(m.reqPerSec, a.reqPerSec));
    }
    ratios[q]['mercurius/apollo reqPerSec per round'] = perRound;
    ratios[q]['mercurius/apollo reqPerSec median of rounds'] = +median(perRound).toFixed(3);
    ratios[q]['apollo/mercurius serverCpuPerReq'] = ratio(s.apollo.serverCpuUsPerReq, s.mercurius.serverCpuUsPerReq);
  }
}

// Read package.json from disk: several packages do not export it.
const version = (p) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const results = {
  when: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memGiB: +(totalmem() / 2 ** 30).toFixed(1),
    loadavgBefore: loadStart,
    loadavgAfter: loadEnd,
  },
  node: process.version,
  versions: Object.fromEntries(
    [
      '@nestjs/core',
      '@nestjs/platform-fastify',
      '@nestjs/graphql',
      '@nestjs/apollo',
      '@nestjs/mercurius',
      '@apollo/server',
      '@as-integrations/fastify',
      'mercurius',
      'fastify',
      'graphql',
      'autocannon',
    ].map((p) => [p, version(p)]),
  ),
  settings: {
    durationS: duration,
    warmupS: warmup,
    connections,
    rounds,
    targets,
    queries: QUERIES,
    nodeEnv: 'production',
    host: '127.0.0.1',
  },
  summary,
  ratios,
  features,
  runs,
};
writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');

// Markdown table on stdout.
const lines = [
  '| query | target | req/s | p50 ms | p99 ms | vs raw | server CPU µs/req | RSS MiB |',
  '|---|---|--:|--:|--:|--:|--:|--:|',
];
for (const q of queryNames)
  for (const t of targets) {
    const s = summary[q][t];
    const vs = t === 'raw' ? '1.00' : (ratios[q][`${t}/raw`]?.toFixed(2) ?? '');
    lines.push(
      `| ${q} | ${t} | ${s.reqPerSec} | ${s.p50Ms} | ${s.p99Ms} | ${vs} | ${s.serverCpuUsPerReq} | ${s.rssMiBAfter} |`,
    );
  }
console.log(lines.join('\n'));
for (const q of queryNames)
  if (ratios[q]['mercurius/apollo reqPerSec'])
    console.log(
      `\n${q}: Mercurius/Apollo req/s = ${ratios[q]['mercurius/apollo reqPerSec']} (per round ${ratios[q]['mercurius/apollo reqPerSec per round'].join(', ')}; median ${ratios[q]['mercurius/apollo reqPerSec median of rounds']}), p99 = ${ratios[q]['mercurius/apollo p99']}, Apollo/Mercurius CPU per request = ${ratios[q]['apollo/mercurius serverCpuPerReq']}`,
    );
for (const [t, f] of Object.entries(features))
  console.log(
    `${t}: graphql-response+json=${f.graphqlResponseJson} (${f.acceptGraphqlResponseJsonOnly.status} ${f.acceptGraphqlResponseJsonOnly.contentType}); graphql-ws subscription ok=${f.subscriptions.ok}${f.subscriptions.error ? ` (${f.subscriptions.error})` : ''}`,
  );
console.log(`\nwrote ${relative(process.cwd(), opts.out)}`);
