#!/usr/bin/env node
/**
 * Measures the audit chain's and the ledger's checks at alliance scale (issue 24): a chain of AUDIT_EVENTS
 * events (default 1,000,000) and a ledger of LEDGER_ORDERS orders (default 1,000,000: 3 entries each, over
 * 10,000 members and 1,000 suppliers), generated straight into a fresh database with the api's own hash
 * function; then the full checks, the first checkpoints, a day's more (1/90 of each, a quarter's day) and
 * the incremental checks and checkpoints after it, timed through the api's own services.
 *
 *   npm run build -w @mengyuan/api && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/checkpoints.mjs
 *
 * DAY_EVENTS / DAY_ORDERS set "a day" (default 1/90 of each). Writes bench/checkpoints.json (CHECKPOINTS_OUT to change). Needs a superuser (the load skips the ledger's triggers, as a restore would).
 */
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from '../node_modules/pg/lib/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = (p) => require(join(here, '../apps/api/dist', p));
const { loadConfig } = dist('config/app-config.js');
const { createApp } = dist('create-app.js');
const { canonicalEvent, chainHash } = dist('modules/audit/audit.service.js');
const { AuditCheckpointService } = dist('modules/audit/audit-checkpoint.service.js');
const { LedgerCheckService } = dist('modules/ledger/services/ledger-check.service.js');

const EVENTS = Number(process.env.AUDIT_EVENTS ?? 1_000_000);
const ORDERS = Number(process.env.LEDGER_ORDERS ?? 1_000_000);
const DAY = 90;
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `mengyuan_bench_cp_${randomBytes(3).toString('hex')}`;
const urlOf = (db) => { const u = new URL(server); u.pathname = `/${db}`; return u.toString(); };
const log = (...a) => console.error(new Date().toISOString().slice(11, 19), ...a);
const time = async (fn) => { const t0 = performance.now(); const r = await fn(); const ms = Math.round(performance.now() - t0); log(`  ${ms} ms`); return [ms, r]; };

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const config = loadConfig({ NODE_ENV: 'test', JOBS_ENABLED: 'false', SEED_DEMO: 'false', LOG_LEVEL: 'silent', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-cp-')), PORTAL_DIST: '/none', ADMIN_DIST: '/none', DATABASE_URL: urlOf(database), DB_STATEMENT_TIMEOUT_MS: '600000' });
const app = await createApp(config);
const db = new pg.Client({ connectionString: urlOf(database) });
await db.connect();
const audit = app.app.get(AuditCheckpointService);
const ledger = app.app.get(LedgerCheckService);
const results = { date: new Date().toISOString(), loadAverageBefore: loadavg().map((x) => +x.toFixed(1)), auditEvents: EVENTS, ledgerOrders: ORDERS, dayFraction: `1/${DAY}` };

try {
  // ---- The audit chain: events hashed as the appender hashes them (version 2, who committed).
  let seq = 0;
  let prev = '0'.repeat(64);
  const start = Date.UTC(2026, 8, 1);
  async function appendEvents(n) {
    for (let done = 0; done < n; ) {
      const k = Math.min(5000, n - done);
      const cols = Array.from({ length: 13 }, () => []);
      for (let i = 0; i < k; i++) {
        seq += 1;
        const e = {
          seq: String(seq), type: 'order.delivered', actorUserId: null, actorEmail: null, actorApiKeyId: randomUUID(), organizationId: randomUUID(), subjectType: 'order', subjectId: randomUUID(),
          payload: { clientOrderNo: `M${seq}`, total: String(1000 + (seq % 9000)), quantity: 1 }, occurredAt: new Date(start + seq * 7776), prevHash: prev, whoSalt: randomBytes(16).toString('hex'),
        };
        e.hash = chainHash(prev, canonicalEvent(e));
        prev = e.hash;
        [e.seq, e.type, e.actorUserId, e.actorEmail, e.actorApiKeyId, e.organizationId, e.subjectType, e.subjectId, JSON.stringify(e.payload), e.occurredAt, e.prevHash, e.hash, e.whoSalt].forEach((v, j) => cols[j].push(v));
      }
      await db.query(
        `INSERT INTO audit_events (seq, type, actor_user_id, actor_email, actor_api_key_id, organization_id, subject_type, subject_id, payload, occurred_at, prev_hash, hash, who_salt)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::jsonb[], $10::timestamptz[], $11::text[], $12::text[], $13::text[])`,
        cols,
      );
      done += k;
    }
  }
  log(`generating ${EVENTS} audit events`);
  results.auditGenerateMs = (await time(() => appendEvents(EVENTS)))[0];
  await db.query('VACUUM ANALYZE audit_events');
  log('full verification');
  [results.auditFullVerifyMs] = await time(() => audit.verify({ full: true }));
  log('first checkpoint (the whole tree)');
  [results.auditFirstCheckpointMs] = await time(() => audit.checkpoint());
  const day = Number(process.env.DAY_EVENTS ?? Math.round(EVENTS / DAY));
  await appendEvents(day);
  results.auditDayEvents = day;
  log(`incremental verification after ${day} events`);
  const [incMs, inc] = await time(() => audit.verify());
  Object.assign(results, { auditIncrementalVerifyMs: incMs, auditIncrementalChecked: inc.checked, auditIncrementalOk: inc.ok });
  [results.auditDayCheckpointMs] = await time(() => audit.checkpoint());
  const seqs = Array.from({ length: 20 }, (_, i) => 1 + Math.floor(((i + 1) * seq) / 21));
  [results.auditProofs20EventsMs] = await time(() => audit.proofs(seqs));
  [results.auditFullVerifyAfterMs] = await time(() => audit.verify({ full: true }));
  const [{ n: nodes }] = (await db.query('SELECT count(*)::int AS n FROM audit_tree_nodes')).rows;
  const [{ size }] = (await db.query(`SELECT pg_total_relation_size('audit_tree_nodes') AS size`)).rows;
  const [{ size: eventsSize }] = (await db.query(`SELECT pg_total_relation_size('audit_events') AS size`)).rows;
  Object.assign(results, { auditTreeNodes: nodes, auditTreeMb: Math.round(Number(size) / 1e6), auditEventsMb: Math.round(Number(eventsSize) / 1e6) });

  // ---- The ledger: 10,000 member wallets, 1,000 supplier payables, each order three entries summing to zero.
  log(`generating ${ORDERS} orders' ledger entries`);
  const [ledgerGen] = await time(async () => {
    await db.query('BEGIN');
    await db.query('SET LOCAL session_replication_role = replica');
    await db.query(`CREATE TEMP TABLE w AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, 9999) n`);
    await db.query(`CREATE TEMP TABLE s AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, 999) n`);
    await db.query(`INSERT INTO ledger_accounts (id, kind, organization_id, balance, created_at) SELECT id, 'MEMBER_WALLET', gen_random_uuid(), 0, now() FROM w`);
    await db.query(`INSERT INTO ledger_accounts (id, kind, organization_id, balance, created_at) SELECT id, 'SUPPLIER_PAYABLE', gen_random_uuid(), 0, now() FROM s`);
    await db.query(`INSERT INTO ledger_accounts (kind, organization_id, balance, created_at) VALUES ('ALLIANCE_REVENUE', NULL, 0, now()), ('ALLIANCE_CASH', NULL, 0, now()) ON CONFLICT DO NOTHING`);
    await db.query(`CREATE TEMP TABLE a AS SELECT (SELECT id FROM ledger_accounts WHERE kind = 'ALLIANCE_REVENUE' AND organization_id IS NULL) AS rev, (SELECT id FROM ledger_accounts WHERE kind = 'ALLIANCE_CASH' AND organization_id IS NULL) AS cash`);
    await db.query(`
      WITH d AS (SELECT gen_random_uuid() AS t, w.id AS wallet FROM w), x AS (INSERT INTO ledger_transactions (id, type, created_at) SELECT t, 'DEPOSIT', timestamptz '2026-09-01' FROM d)
      INSERT INTO ledger_entries (transaction_id, account_id, amount, created_at)
      SELECT t, wallet, 1000000000, timestamptz '2026-09-01' FROM d UNION ALL SELECT t, (SELECT cash FROM a), -1000000000, timestamptz '2026-09-01' FROM d`);
    await db.query('COMMIT');
  });
  let ordersMade = 0;
  async function appendOrders(n) {
    for (let done = 0; done < n; ) {
      const k = Math.min(100_000, n - done);
      await db.query('BEGIN');
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query(
        `WITH o AS (SELECT gen_random_uuid() AS t, g, 1000 + (g::bigint * 7919) % 9000 AS price, timestamptz '2026-09-01' + g * interval '7.776 seconds' AS at FROM generate_series($1::int, $2::int) g),
              x AS (INSERT INTO ledger_transactions (id, type, order_id, created_at) SELECT t, 'ORDER', gen_random_uuid(), at FROM o)
         INSERT INTO ledger_entries (transaction_id, account_id, amount, created_at)
         SELECT o.t, w.id, -o.price, o.at FROM o JOIN w ON w.n = o.g % 10000
         UNION ALL SELECT o.t, s.id, o.price * 9 / 10, o.at FROM o JOIN s ON s.n = (o.g * 31) % 1000
         UNION ALL SELECT o.t, (SELECT rev FROM a), o.price - o.price * 9 / 10, o.at FROM o`,
        [ordersMade + 1, ordersMade + k],
      );
      // The wallets' running balances, as the order path keeps them.
      await db.query(
        `UPDATE ledger_accounts l SET balance = l.balance - m.spent
           FROM (SELECT w.id, sum(1000 + (g::bigint * 7919) % 9000) AS spent FROM generate_series($1::int, $2::int) g JOIN w ON w.n = g % 10000 GROUP BY w.id) m WHERE m.id = l.id`,
        [ordersMade + 1, ordersMade + k],
      );
      await db.query('COMMIT');
      ordersMade += k;
      done += k;
    }
  }
  await db.query(`UPDATE ledger_accounts l SET balance = 1000000000 WHERE kind = 'MEMBER_WALLET'`);
  const [ordersGen] = await time(() => appendOrders(ORDERS));
  results.ledgerGenerateMs = ledgerGen + ordersGen;
  await db.query('VACUUM ANALYZE ledger_entries');
  await db.query('VACUUM ANALYZE ledger_transactions');
  const [{ n: entries }] = (await db.query('SELECT count(*)::int AS n FROM ledger_entries')).rows;
  results.ledgerEntries = entries;
  log('ledger full check');
  const [fullMs, full] = await time(() => ledger.check({ full: true }));
  Object.assign(results, { ledgerFullCheckMs: fullMs, ledgerFullOk: full.ok });
  log('first ledger checkpoint');
  [results.ledgerFirstCheckpointMs] = await time(() => ledger.checkpoint());
  const dayOrders = Number(process.env.DAY_ORDERS ?? Math.round(ORDERS / DAY));
  await appendOrders(dayOrders);
  results.ledgerDayOrders = dayOrders;
  log(`ledger incremental check after ${dayOrders} orders`);
  const [ledgerIncMs, ledgerInc] = await time(() => ledger.check());
  Object.assign(results, { ledgerIncrementalCheckMs: ledgerIncMs, ledgerIncrementalEntries: ledgerInc.entriesChecked, ledgerIncrementalOk: ledgerInc.ok });
  [results.ledgerDayCheckpointMs] = await time(() => ledger.checkpoint());
  const [ledgerInc2Ms, ledgerInc2] = await time(() => ledger.check());
  Object.assign(results, { ledgerCheckRightAfterCheckpointMs: ledgerInc2Ms, ledgerCheckRightAfterOk: ledgerInc2.ok });
  results.loadAverageAfter = loadavg().map((x) => +x.toFixed(1));
  writeFileSync(process.env.CHECKPOINTS_OUT ?? join(here, 'checkpoints.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
} finally {
  await db.end();
  await app.close();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}
