import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An order's lines by (order_id, id) (issue 24, measured by `npm run bench`). Every order's deferred statement reads
 * its first line (`WHERE order_id = $1 ORDER BY id LIMIT 1`, the dashboard rollup). With an index on order_id alone,
 * a plan made while order_lines was small walked the primary key in id order and filtered on order_id: thousands of
 * rows per order, 7 ms of PostgreSQL CPU each, and growing with the table. The two-column index answers the filter
 * and the order together whatever the statistics say, and serves every lookup by order_id the old one did.
 */
export class OrderLineByOrder1767100000000 implements MigrationInterface {
  name = 'OrderLineByOrder1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX order_lines_order_id_idx ON order_lines (order_id, id)`);
    await q.query(`DROP INDEX order_lines_order_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX order_lines_order_idx ON order_lines (order_id)`);
    await q.query(`DROP INDEX order_lines_order_id_idx`);
  }
}
