// Load generators for npm run bench: wrk (C, pinned to one core) when installed, else a Node generator
// (said so in the results); and an open-loop generator for latency at a fixed arrival rate.
import { execFileSync, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuSeconds } from './procs.mjs';

const here = join(import.meta.dirname, '..');

export function findWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (err) {
    // wrk --version exits 1 after printing its banner; only a missing binary throws ENOENT.
    if (err.code === 'ENOENT') return null;
  }
  return 'wrk';
}

/** wrk's own banner: "wrk debian/4.1.0-3+b2 [epoll]". */
export function wrkVersion() {
  try {
    return execFileSync('wrk', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
  } catch (err) {
    return String(err.stdout ?? '').split('\n')[0].replace(/\s+Copyright.*$/, '').trim() || 'wrk';
  }
}

/**
 * The bench's load generator, got by the bench itself: Debian's wrk, installed with apt-get when missing (as root,
 * or through sudo without a password). Without it the bench refuses to report: the Node generator would share
 * the CPU with the api and change every ratio (issue 24). BENCH_ALLOW_NODE_LOAD=1 runs anyway, saying so.
 */
export function ensureWrk() {
  if (findWrk()) return wrkVersion();
  const apt = ['apt-get', ['install', '-y', '--no-install-recommends', 'wrk']];
  const attempts = process.getuid?.() === 0 ? [apt] : [['sudo', ['-n', ...[apt[0], ...apt[1]]]]];
  for (const [cmd, args] of attempts) {
    try {
      process.stdout.write(`wrk is not installed: ${cmd} ${args.join(' ')}\n`);
      execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // reported below
    }
  }
  if (findWrk()) return wrkVersion();
  if (process.env.BENCH_ALLOW_NODE_LOAD === '1') return null;
  throw new Error('the bench needs its load generator, Debian\'s wrk, and could not install it: run `apt-get install wrk` (or BENCH_ALLOW_NODE_LOAD=1 to measure with the Node generator, named as such in the results)');
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null);
const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;

/** Runs `fn` while sampling a child process's CPU (the last sample before it exits is its total, to 0.1 s). */
function sampledCpu(pid) {
  let last = 0;
  const timer = setInterval(() => {
    const v = cpuSeconds(pid);
    if (v > 0) last = v;
  }, 100);
  return () => {
    clearInterval(timer);
    return last;
  };
}

/**
 * Closed-loop order load with wrk: `connections` clients, each placing an order as soon as the last
 * answered, for `seconds`. Answers delivered orders/s, client-side p50/p99 (arrival to answer) and wrk's CPU.
 */
export async function wrkOrders({ base, pairs, seconds, connections, tag }) {
  const file = join(here, `.wrk-pairs-${tag}.txt`);
  writeFileSync(file, pairs.map((p) => `${p.token} ${p.skuId}`).join('\n') + '\n');
  // wrk's own 2 s timeout would count a slow answer as a socket error (its order placed, its CPU counted, the
  // order not): every answer is waited for, and the slow ones show in p99.
  const args = ['-c', '1', 'wrk', '-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '30s', '--latency', '-s', join(here, 'order.lua'), base, '--', file, tag];
  const child = spawn('taskset', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const cpu = sampledCpu(child.pid);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  await new Promise((resolve) => child.once('exit', resolve));
  const generatorCpu = cpu();
  const line = /BENCH (\{.*\})/.exec(out);
  if (!line) throw new Error(`wrk said:\n${out}`);
  const r = JSON.parse(line[1]);
  return {
    delivered: r.delivered,
    failed: r.failed + r.socketErrors,
    // What the answers other than DELIVERED were, by error code (or HTTP status), and wrk's timeouts.
    failedAs: [...(r.failedAs ?? []).flatMap((t) => Object.entries(t)), ...(r.timeouts ? [['TIMEOUT', r.timeouts]] : [])].reduce((all, [k, v]) => ({ ...all, [k]: (all[k] ?? 0) + v }), {}),
    ordersPerSecond: round(r.delivered / (r.durationUs / 1e6), 1),
    latencyMs: { p50: round(r.p50Us / 1000, 2), p99: round(r.p99Us / 1000, 2) },
    generatorCpuSeconds: generatorCpu,
  };
}

/** The same load from Node, when wrk is not installed (it shares the machine's CPU with the api: said so). */
export async function nodeOrders({ base, pairs, seconds, connections, tag }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let delivered = 0;
  let failed = 0;
  let n = 0;
  const endAt = Date.now() + seconds * 1000;
  const before = process.cpuUsage();
  const worker = async (w) => {
    while (Date.now() < endAt) {
      const p = pairs[(n += 1) % pairs.length];
      const started = performance.now();
      const { status, body } = await post(agent, base, p.token, orderBody(p.skuId, `${tag}-${w}-${n}`));
      if (status === 200 && body.includes('"DELIVERED"')) {
        delivered += 1;
        latencies.push(performance.now() - started);
      } else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  const used = process.cpuUsage(before);
  latencies.sort((a, b) => a - b);
  agent.destroy();
  return {
    delivered,
    failed,
    ordersPerSecond: round(delivered / seconds, 1),
    latencyMs: { p50: round(percentile(latencies, 50), 2), p99: round(percentile(latencies, 99), 2) },
    generatorCpuSeconds: (used.user + used.system) / 1e6,
  };
}

export const orderBody = (skuId, clientOrderNo) =>
  JSON.stringify({ query: 'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id status } }', variables: { i: { skuId, quantity: 1, clientOrderNo } } });

export function post(agent, base, token, body) {
  return new Promise((resolve) => {
    const req = request(`${base}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
      res.on('error', () => resolve({ status: 0, body: '' }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(body);
  });
}

/**
 * Open loop: orders arrive at `rate` per second whatever the api's pace (a client that waited would hide
 * queueing, "coordinated omission"); each latency runs from the order's scheduled arrival to its answer.
 */
export async function openLoopOrders({ base, pairs, seconds, rate, tag }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies = [];
  let failed = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now() + 200;
  const inFlight = [];
  const timeline = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const p = pairs[i % pairs.length];
    inFlight.push(
      post(agent, base, p.token, orderBody(p.skuId, `${tag}-${i}`)).then(({ status, body }) => {
        if (status === 200 && body.includes('"DELIVERED"')) {
          latencies.push(performance.now() - due);
          if (process.env.BENCH_TRACE) timeline.push([due - t0, performance.now() - due]);
        }
        else failed += 1;
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  if (process.env.BENCH_TRACE) {
    const bySecond = new Map();
    for (const [at, ms] of timeline) {
      const k = Math.floor(at / 500);
      if (!bySecond.has(k)) bySecond.set(k, []);
      bySecond.get(k).push(ms);
    }
    for (const [s, xs] of [...bySecond].sort((a, b) => a[0] - b[0])) process.stderr.write(`open loop ${s / 2}s: n=${xs.length} p50=${round(percentile(xs.sort((a, b) => a - b), 50), 1)} max=${round(Math.max(...xs), 1)}\n`);
  }
  latencies.sort((a, b) => a - b);
  return { rate, sent: total, delivered: latencies.length, failed, latencyMs: { p50: round(percentile(latencies, 50), 2), p99: round(percentile(latencies, 99), 2) } };
}
