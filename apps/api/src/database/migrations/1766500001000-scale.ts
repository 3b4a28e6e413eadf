import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FOLD_BY_DAY_SQL } from '../../modules/dashboards/dashboard-rollup.sql';

/**
 * Pages that do not grow with history (issue 24): rollups sized by days for the dashboards (the alliance's
 * totals by day, SKUs' and suppliers' sales by day), folded from the days the compaction job has already folded;
 * and indexes for the searches the apps offer (merchant-number prefix across members, SKU with status).
 */
export class Scale1766500001000 implements MigrationInterface {
  name = 'Scale1766500001000';

  async up(q: QueryRunner): Promise<void> {
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
    await q.query(`CREATE TABLE dashboard_alliance_daily (day date NOT NULL, delivery_mode text NOT NULL,${measures}, PRIMARY KEY (day, delivery_mode))`);
    await q.query(`CREATE TABLE dashboard_supplier_daily (day date NOT NULL, supplier_id uuid NOT NULL, delivery_mode text NOT NULL,${measures}, PRIMARY KEY (day, supplier_id, delivery_mode))`);
    await q.query(`CREATE INDEX dashboard_supplier_daily_supplier_idx ON dashboard_supplier_daily (supplier_id, day)`);
    await q.query(`CREATE TABLE dashboard_sku_daily (day date NOT NULL, sku_id uuid NOT NULL, delivered int NOT NULL, quantity int NOT NULL, gmv bigint NOT NULL, PRIMARY KEY (day, sku_id))`);
    const mark = (await q.query(`SELECT compacted_through::text AS d FROM dashboard_compaction WHERE id = 1`)) as { d: string | null }[];
    if (mark[0]?.d) for (const sql of FOLD_BY_DAY_SQL) await q.query(sql, [null, mark[0].d]);
    // The alliance's search by the member's own number, from its first characters, whatever the collation.
    await q.query(`CREATE INDEX orders_client_no_prefix_idx ON orders (client_order_no text_pattern_ops)`);
    // A SKU's orders in a status, newest first (and their count without reading the rows).
    await q.query(`CREATE INDEX orders_sku_status_idx ON orders (sku_id, status, placed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_sku_status_idx`);
    await q.query(`DROP INDEX orders_client_no_prefix_idx`);
    await q.query(`DROP TABLE dashboard_sku_daily`);
    await q.query(`DROP TABLE dashboard_supplier_daily`);
    await q.query(`DROP TABLE dashboard_alliance_daily`);
  }
}
