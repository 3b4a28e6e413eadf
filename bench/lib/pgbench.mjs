// pgbench runs for npm run bench: TPC-B as the machine's reference, and the product's own order function
// called directly (same data, same server) as the database's ceiling for an order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasPgbench() {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pgEnv(dbUrl) {
  const url = new URL(dbUrl);
  return {
    env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password), PGHOST: url.hostname, PGPORT: url.port || '5432', PGUSER: decodeURIComponent(url.username) || 'postgres' },
    database: url.pathname.slice(1),
  };
}

const tps = (out) => Number(/tps = ([\d.]+)/.exec(out)?.[1]);

/** A TPC-B database of its own on the api's server (scale 10), created once per bench run. */
export function tpcbDatabase(dbUrl) {
  const { env, database } = pgEnv(dbUrl);
  const name = `pgbench_${Date.now()}`;
  execFileSync('psql', ['-d', database, '-qc', `CREATE DATABASE ${name}`], { env, stdio: 'ignore' });
  execFileSync('pgbench', ['-i', '-s', '10', '-q', name], { env, stdio: 'ignore' });
  return {
    run: (seconds, clients = 10) => tps(execFileSync('pgbench', ['-c', String(clients), '-j', '2', '-T', String(seconds), '-n', name], { env, encoding: 'utf8' })),
    /** Vacuums its tables (what the last run left behind), outside any measured window. */
    settle: () => execFileSync('psql', ['-d', name, '-qc', 'VACUUM'], { env, stdio: 'ignore' }),
    drop: () => execFileSync('psql', ['-d', database, '-qc', `DROP DATABASE ${name} WITH (FORCE)`], { env, stdio: 'ignore' }),
  };
}

/**
 * The product's order, as the api sends it to PostgreSQL: one call of orders_place_card with the routing
 * order of the SKU, then the transaction's deferred writes (audit outbox row, stock delta, webhook
 * deliveries chosen by the insert), in one transaction, from pgbench's clients.
 */
export function orderFunctionScript(members, skus) {
  const dir = mkdtempSync(join(tmpdir(), 'mengyuan-pgbench-'));
  const file = join(dir, 'order.sql');
  writeFileSync(
    file,
    `\\set m random(0, ${members - 1})
\\set s random(0, ${skus - 1})
\\set r random(1, 2000000000)
BEGIN;
SELECT o.outcome FROM bench_members bm, bench_skus bs,
  LATERAL orders_place_card(bm.id, 'PG' || :client_id || '-' || :r, 'bench', bs.id, 1, NULL, NULL, now(), bs.offers, bs.positions, bs.reasons,
                            '{}'::uuid[], '{}'::jsonb[], 1000000000, 500000, 500000000, current_date, 0) o
 WHERE bm.n = :m AND bs.n = :s;
WITH w0 AS (INSERT INTO audit_outbox (event, created_at)
              VALUES (jsonb_build_object('type', 'order.delivered', 'subjectType', 'order', 'payload', jsonb_build_object('bench', true),
                                         'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), now())),
     w1 AS (INSERT INTO offer_stock_deltas (offer_id, delta) SELECT bs.offers[1], -1 FROM bench_skus bs WHERE bs.n = :s),
     w2 AS (INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, status, attempts, created_at, next_attempt_at)
            SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, 'order.delivered', '{}'::jsonb, 'PENDING', 0, now(), now()
              FROM webhook_endpoints e JOIN bench_members bm ON bm.id = e.organization_id
             WHERE bm.n = :m AND e.enabled AND 'order.delivered' = ANY(e.events))
SELECT 1;
END;
`,
  );
  return file;
}

export function runScript(dbUrl, file, seconds, clients = 10) {
  const { env, database } = pgEnv(dbUrl);
  return tps(execFileSync('pgbench', ['-c', String(clients), '-j', '2', '-T', String(seconds), '-n', '-f', file, database], { env, encoding: 'utf8' }));
}
