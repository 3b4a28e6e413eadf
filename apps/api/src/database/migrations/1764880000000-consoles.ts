import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_MEMBER_DAILY_SQL, REBUILD_SUPPLIER_FAILURES_SQL } from '../../modules/dashboards/dashboard-rollup.sql';

export class Consoles1764880000000 implements MigrationInterface {
  name = 'Consoles1764880000000';

  async up(q: QueryRunner): Promise<void> {
    // Latency histograms (48 √2-wide buckets, packages/domain latencyBucket) added element by element.
    await q.query(`CREATE FUNCTION dashboard_add(a int[], b int[]) RETURNS int[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) $$`);
    await q.query(`CREATE AGGREGATE dashboard_sum(int[]) (SFUNC = dashboard_add, STYPE = int[], PARALLEL = SAFE)`);
    await q.query(`CREATE FUNCTION dashboard_histogram(buckets int[]) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT array_agg(coalesce(c.n, 0) ORDER BY i) FROM generate_series(0, 47) i LEFT JOIN (SELECT b, count(*)::int AS n FROM unnest(buckets) b GROUP BY b) c ON c.b = i $$`);

    // What the order handlers count, per Shanghai day, member, SKU, supplier and delivery mode. Keyed by member:
    // a member's orders already queue on its wallet, so this row adds no queue of its own.
    const measures = `
        delivered int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        supplier_failures int NOT NULL DEFAULT 0,
        failover int NOT NULL DEFAULT 0,
        quantity int NOT NULL DEFAULT 0,
        gmv bigint NOT NULL DEFAULT 0,
        settlement bigint NOT NULL DEFAULT 0,
        refunded bigint NOT NULL DEFAULT 0,
        latency_count int NOT NULL DEFAULT 0,
        latency_sum numeric NOT NULL DEFAULT 0,
        latency_buckets int[] NOT NULL CHECK (cardinality(latency_buckets) = 48)`;
    await q.query(`
      CREATE TABLE dashboard_member_daily (
        day date NOT NULL,
        member_id uuid NOT NULL,
        sku_id uuid NOT NULL,
        supplier_id uuid,
        delivery_mode text NOT NULL,${measures}
      )`);
    await q.query(`CREATE UNIQUE INDEX dashboard_member_daily_key ON dashboard_member_daily (day, member_id, sku_id, supplier_id, delivery_mode) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX dashboard_member_daily_member_idx ON dashboard_member_daily (member_id, day)`);
    await q.query(`CREATE INDEX dashboard_member_daily_supplier_idx ON dashboard_member_daily (supplier_id, day)`);
    // The same without the member, for days whose figures can no longer change (a job folds them in).
    await q.query(`
      CREATE TABLE dashboard_daily (
        day date NOT NULL,
        sku_id uuid NOT NULL,
        supplier_id uuid,
        delivery_mode text NOT NULL,${measures}
      )`);
    await q.query(`CREATE UNIQUE INDEX dashboard_daily_key ON dashboard_daily (day, sku_id, supplier_id, delivery_mode) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX dashboard_daily_supplier_idx ON dashboard_daily (supplier_id, day)`);
    await q.query(`CREATE TABLE dashboard_compaction (id smallint PRIMARY KEY CHECK (id = 1), compacted_through date, compacted_at timestamptz)`);
    await q.query(`INSERT INTO dashboard_compaction (id) VALUES (1)`);
    // The orders so far, counted as the handlers would have (statistics first: the plan depends on them).
    await q.query(`ANALYZE orders, order_lines, order_attempts`);
    await q.query(REBUILD_MEMBER_DAILY_SQL);
    await q.query(REBUILD_SUPPLIER_FAILURES_SQL);

    // Teams: a disabled user cannot sign in and its sessions end; invitations are stored hashed.
    await q.query(`ALTER TABLE users ADD COLUMN disabled_at timestamptz`);
    await q.query(`
      CREATE TABLE user_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        email text NOT NULL CHECK (email = lower(email)),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        token_hash text NOT NULL,
        invited_by_user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES users(id),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX user_invitations_token_key ON user_invitations (token_hash)`);
    await q.query(`CREATE INDEX user_invitations_org_idx ON user_invitations (organization_id, created_at DESC)`);
    // One open invitation per address and organisation.
    await q.query(`CREATE UNIQUE INDEX user_invitations_open_key ON user_invitations (organization_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`);

    // Search: ledger entries by date (statements, the alliance's search), orders by SKU within a period.
    await q.query(`CREATE INDEX ledger_entries_created_idx ON ledger_entries (created_at)`);
    await q.query(`CREATE INDEX ledger_transactions_reference_idx ON ledger_transactions (reference) WHERE reference IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ledger_transactions_reference_idx`);
    await q.query(`DROP INDEX ledger_entries_created_idx`);
    await q.query(`DROP TABLE user_invitations`);
    await q.query(`ALTER TABLE users DROP COLUMN disabled_at`);
    await q.query(`DROP TABLE dashboard_compaction`);
    await q.query(`DROP TABLE dashboard_daily`);
    await q.query(`DROP TABLE dashboard_member_daily`);
    await q.query(`DROP FUNCTION dashboard_histogram`);
    await q.query(`DROP AGGREGATE dashboard_sum(int[])`);
    await q.query(`DROP FUNCTION dashboard_add`);
  }
}
