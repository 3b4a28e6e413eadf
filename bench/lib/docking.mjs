// The bench's docking step (BENCH_ONLY=docking; issue 19): card orders bought through from a supplier's own
// system when no source holds stock, against the same orders sold from local stock (the plain order path),
// measured in the same run, interleaved, each figure also as a ratio to that reference.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { cpuMeter, cpuSeconds } from './procs.mjs';

const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => (xs.length ? [round(Math.min(...xs), 2), round(Math.max(...xs), 2)] : null);

const ORDER = 'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id status latencyMs total codes { cardNumber } } }';
const UPSTREAM_PRICE = 9300;

/** The simulator in its own process; answers its base URL, pid, control calls and stop. */
async function startSimulator(options) {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'supplier-sim-server.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the simulator did not start:\n${out}`)), 30_000);
    const read = (d) => {
      out += d;
      const m = /SIM (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`the simulator exited (${code}):\n${out}`)));
  });
  const control = async (body) => (await fetch(`${base}/control`, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {})).json();
  return {
    base,
    pid: child.pid,
    control,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function post(agent, base, token, body) {
  return new Promise((resolve) => {
    const req = request(`${base}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', () => resolve({ status: 0, text: '' }));
    });
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

/**
 * The database's own counters (pg_stat_database): transactions and rows written, per order. Backends report them
 * within a second or so of going idle, so each reading waits for that first. Background work (the audit chain's
 * appender, the jobs) counts too: small next to a hundred orders, but read the figures as approximate.
 */
async function dbCounters(db) {
  await new Promise((r) => setTimeout(r, 1500));
  await db.query('SELECT pg_stat_clear_snapshot()');
  const r = (await db.query(`SELECT xact_commit + xact_rollback AS xacts, tup_inserted, tup_updated FROM pg_stat_database WHERE datname = current_database()`)).rows[0];
  return { xacts: Number(r.xacts), inserted: Number(r.tup_inserted), updated: Number(r.tup_updated) };
}

/** One wave: `n` orders sent at once over HTTP, spread over the members (a member's orders queue on its wallet). */
async function wave({ base, agent, members, skuId, n, tag }) {
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const body = JSON.stringify({ query: ORDER, variables: { i: { skuId, quantity: 1, clientOrderNo: `${tag}-${i}-${randomBytes(4).toString('hex')}` } } });
      const t0 = performance.now();
      const res = await post(agent, base, members[i % members.length].token, body);
      const ms = performance.now() - t0;
      let parsed = null;
      try {
        parsed = JSON.parse(res.text);
      } catch {
        // counted as failed below
      }
      const order = parsed?.data?.placeOrder;
      return { ms, order, code: order ? order.status : (parsed?.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`) };
    }),
  );
  return { seconds: (performance.now() - started) / 1000, answers };
}

/**
 * Docking, measured: a supplier's system (the simulator, its own process) docked through a connector, a SKU whose
 * only offer has no local stock (every order buys through), and a reference SKU whose only offer (same supplier,
 * same price) sells from local stock. Each round runs `waves` waves of `concurrency` concurrent orders for each,
 * in alternating order; the api's, PostgreSQL's and the simulator's CPU per order from /proc.
 */
export async function dockingBenchmark({ api, ctx, gql, uploadCodes, rounds = 2, waves = 3, concurrency = 100, memberCount = 20 }) {
  const load1Before = round(loadavg()[0], 1);
  const keyId = 'bench-upstream';
  const secret = randomBytes(24).toString('base64url');
  const stockNeeded = rounds * waves * concurrency + 200;
  const sim = await startSimulator({ name: '压测上游', keyId, secret, goods: [{ id: 'bench-card', name: '压测对接卡 100', kind: 'CARD', faceValue: 10000, price: UPSTREAM_PRICE, stock: 10_000_000, status: 'ON_SALE' }] });
  try {
    // Two SKUs with one offer each, of supplier2@: one docked with no codes, one stocked by CSV (the reference).
    const sku = async (code) =>
      (await gql(api.base, `mutation($input: CreateSkuInput!) { createSku(input: $input) { id } }`, {
        input: { code, name: `压测对接 ${code}`, brandId: ctx.brandId, category: 'GAME_TOPUP', faceValue: '10000', deliveryMode: 'CARD_CODE', unifiedPrice: '9600' },
      }, ctx.admin)).createSku.id;
    const offer = async (skuId) => {
      const { createOffer } = await gql(api.base, `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, { input: { skuId, settlementPrice: '9400', lowStockThreshold: 0 } }, ctx.s2);
      await gql(api.base, `mutation($id: ID!) { reviewOffer(id: $id, decision: APPROVE, note: "bench") { id } }`, { id: createOffer.id }, ctx.admin);
      return createOffer.id;
    };
    const dockedSku = await sku('BENCH-DOCK');
    const dockedOffer = await offer(dockedSku);
    const refSku = await sku('BENCH-DOCK-REF');
    const refOffer = await offer(refSku);
    await uploadCodes(api, ctx.s2, refOffer, stockNeeded);

    // Production takes https endpoints only; the simulator is plain http on loopback, so the bench writes its URL itself.
    const { createDockConnector } = await gql(api.base, `mutation($input: DockConnectorInput!) { createDockConnector(input: $input) { id } }`, {
      input: { name: '压测上游', endpoint: 'https://upstream.bench.invalid', keyId, secret, timeoutMs: 2500, concurrency: 256 },
    }, ctx.s2);
    const connectorId = createDockConnector.id;
    await ctx.db.query(`UPDATE docking_connectors SET endpoint = $1 WHERE id = $2`, [sim.base, connectorId]);
    const { testDockConnector } = await gql(api.base, `mutation($id: ID!) { testDockConnector(id: $id) { ok error } }`, { id: connectorId }, ctx.s2);
    if (!testDockConnector.ok) throw new Error(`the docked simulator did not answer the ping: ${testDockConnector.error}`);
    const { syncDockConnector } = await gql(api.base, `mutation($id: ID!) { syncDockConnector(id: $id, full: true) { seen error } }`, { id: connectorId }, ctx.s2);
    if (syncDockConnector.error || syncDockConnector.seen !== 1) throw new Error(`sync: ${JSON.stringify(syncDockConnector)}`);
    await gql(api.base, `mutation($c: ID!, $o: ID!) { dockGoods(connectorId: $c, goodsId: "bench-card", offerId: $o) { offerId } }`, { c: connectorId, o: dockedOffer }, ctx.s2);
    // Other replicas read the docked SKUs every 10 s; this one at once on the link. A little margin, then a warm-up.
    await new Promise((r) => setTimeout(r, 1000));

    const members = ctx.members.slice(0, memberCount);
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const walletBefore = Number((await ctx.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE kind = 'MEMBER_WALLET' AND organization_id = ANY($1)`, [members.map((m) => m.orgId)])).rows[0].b);
    const warm = [await wave({ base: api.base, agent, members, skuId: dockedSku, n: 20, tag: 'DW' }), await wave({ base: api.base, agent, members, skuId: refSku, n: 20, tag: 'RW' })];
    const soldCodes = [];
    let chargedTotal = 0;
    const account = (answers) => {
      for (const a of answers) {
        if (a.code !== 'DELIVERED') continue;
        chargedTotal += Number(a.order.total);
        soldCodes.push(...(a.order.codes ?? []).map((c) => c.cardNumber));
      }
    };
    for (const w of warm) account(w.answers);
    const warmDocked = warm[0].answers.filter((a) => a.code === 'DELIVERED').length;

    const out = [];
    for (let r = 1; r <= rounds; r++) {
      const order = r % 2 ? ['reference', 'docked'] : ['docked', 'reference'];
      const round_ = { round: r };
      for (const kind of order) {
        const skuId = kind === 'docked' ? dockedSku : refSku;
        const counters0 = await dbCounters(ctx.db);
        const meter = cpuMeter(api.pid, ctx.postmasterPid);
        const sim0 = cpuSeconds(sim.pid);
        const load1 = loadavg()[0];
        let seconds = 0;
        const all = [];
        for (let w = 0; w < waves; w++) {
          const res = await wave({ base: api.base, agent, members, skuId, n: concurrency, tag: `${kind[0].toUpperCase()}${r}${w}` });
          seconds += res.seconds;
          all.push(...res.answers);
        }
        const cpu = meter();
        const simCpu = cpuSeconds(sim.pid) - sim0;
        const counters1 = await dbCounters(ctx.db);
        account(all);
        const delivered = all.filter((a) => a.code === 'DELIVERED');
        const failedAs = all.filter((a) => a.code !== 'DELIVERED').reduce((m, a) => ({ ...m, [a.code]: (m[a.code] ?? 0) + 1 }), {});
        const client = delivered.map((a) => a.ms).sort((a, b) => a - b);
        const server = delivered.map((a) => Number(a.order.latencyMs)).sort((a, b) => a - b);
        const n = delivered.length || 1;
        round_[kind] = {
          orders: all.length,
          delivered: delivered.length,
          failedAs,
          ordersPerSecond: round(delivered.length / seconds, 1),
          waveSeconds: round(seconds / waves, 2),
          latencyMs: { p50: round(percentile(client, 50), 0), p95: round(percentile(client, 95), 0), p99: round(percentile(client, 99), 0) },
          serverLatencyMs: { p50: round(percentile(server, 50), 0), p99: round(percentile(server, 99), 0) },
          cpuMsPerOrder: { api: round((cpu.api * 1000) / n, 2), pg: round((cpu.pg * 1000) / n, 2), simulator: round((simCpu * 1000) / n, 2) },
          perOrder: {
            transactions: round((counters1.xacts - counters0.xacts) / n, 1),
            rowsInserted: round((counters1.inserted - counters0.inserted) / n, 1),
            rowsUpdated: round((counters1.updated - counters0.updated) / n, 1),
          },
          load1: round(load1, 1),
        };
      }
      const d = round_.docked;
      const f = round_.reference;
      round_.ratio = {
        p50: round(d.latencyMs.p50 / f.latencyMs.p50, 2),
        p99: round(d.latencyMs.p99 / f.latencyMs.p99, 2),
        ordersPerSecond: round(d.ordersPerSecond / f.ordersPerSecond, 2),
        apiCpuPerOrder: round(d.cpuMsPerOrder.api / f.cpuMsPerOrder.api, 2),
        pgCpuPerOrder: round(d.cpuMsPerOrder.pg / f.cpuMsPerOrder.pg, 2),
      };
      out.push(round_);
      process.stdout.write(`  docking round ${r}: ${JSON.stringify(round_)}\n`);
    }
    agent.destroy();

    // What was sold: no code twice, the wallets moved by what was delivered, every code the upstream issued
    // either sold or the offer's stock, the ledger balanced.
    const simState = await sim.control();
    const walletAfter = Number((await ctx.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE kind = 'MEMBER_WALLET' AND organization_id = ANY($1)`, [members.map((m) => m.orgId)])).rows[0].b);
    const upstreamCodes = Number((await ctx.db.query(`SELECT count(*)::int AS n FROM card_codes WHERE offer_id = $1`, [dockedOffer])).rows[0].n);
    const { ledgerCheck } = await gql(api.base, `{ ledgerCheck { ok } }`, {}, ctx.admin);
    const dockedDelivered = out.reduce((s, r) => s + r.docked.delivered, 0) + warmDocked;
    const check = {
      distinctCodes: new Set(soldCodes).size === soldCodes.length,
      walletMovedByDelivered: walletBefore - walletAfter === chargedTotal,
      upstreamCodesAccounted: upstreamCodes === simState.stats.codesIssued,
      upstreamCodesIssued: simState.stats.codesIssued,
      dockedDelivered,
      ledgerBalanced: ledgerCheck.ok,
    };
    check.ok = check.distinctCodes && check.walletMovedByDelivered && check.upstreamCodesAccounted && check.ledgerBalanced;

    const pick = (kind, f) => out.map((r) => f(r[kind]));
    const ratio = (k) => out.map((r) => r.ratio[k]);
    return {
      measuredAt: new Date().toISOString(),
      cores: cpus().length,
      concurrency,
      waves,
      members: members.length,
      connector: { timeoutMs: 2500, concurrency: 256 },
      load1Before,
      load1After: round(loadavg()[0], 1),
      rounds: out,
      docked: {
        p50Range: range(pick('docked', (x) => x.latencyMs.p50)),
        p95Range: range(pick('docked', (x) => x.latencyMs.p95)),
        p99Range: range(pick('docked', (x) => x.latencyMs.p99)),
        ordersPerSecondRange: range(pick('docked', (x) => x.ordersPerSecond)),
        apiCpuMsPerOrderRange: range(pick('docked', (x) => x.cpuMsPerOrder.api)),
        pgCpuMsPerOrderRange: range(pick('docked', (x) => x.cpuMsPerOrder.pg)),
        transactionsPerOrderRange: range(pick('docked', (x) => x.perOrder.transactions)),
        rowsInsertedPerOrderRange: range(pick('docked', (x) => x.perOrder.rowsInserted)),
        simulatorCpuMsPerOrderRange: range(pick('docked', (x) => x.cpuMsPerOrder.simulator)),
        failed: out.reduce((s, r) => s + r.docked.orders - r.docked.delivered, 0),
      },
      reference: {
        p50Range: range(pick('reference', (x) => x.latencyMs.p50)),
        p99Range: range(pick('reference', (x) => x.latencyMs.p99)),
        ordersPerSecondRange: range(pick('reference', (x) => x.ordersPerSecond)),
        apiCpuMsPerOrderRange: range(pick('reference', (x) => x.cpuMsPerOrder.api)),
        pgCpuMsPerOrderRange: range(pick('reference', (x) => x.cpuMsPerOrder.pg)),
        transactionsPerOrderRange: range(pick('reference', (x) => x.perOrder.transactions)),
        rowsInsertedPerOrderRange: range(pick('reference', (x) => x.perOrder.rowsInserted)),
        failed: out.reduce((s, r) => s + r.reference.orders - r.reference.delivered, 0),
      },
      ratio: {
        p99Range: range(ratio('p99')),
        ordersPerSecondRange: range(ratio('ordersPerSecond')),
        apiCpuPerOrderRange: range(ratio('apiCpuPerOrder')),
        pgCpuPerOrderRange: range(ratio('pgCpuPerOrder')),
        apiCpuPerOrder: mid(ratio('apiCpuPerOrder')),
      },
      p99UnderThreeSeconds: out.every((r) => r.docked.latencyMs.p99 < 3000),
      check,
    };
  } finally {
    await sim.stop();
  }
}
