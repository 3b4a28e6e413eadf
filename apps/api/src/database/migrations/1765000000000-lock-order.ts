import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One lock order for every aggregate (issue 17): the rating pair, root of an order's two ratings (the rating
 * and the reveal job both lock it first), and the indexes the lock paths and the apps' filters were missing
 * (explain.spec EXPLAINs every list filter the apps offer).
 */
export class LockOrder1765000000000 implements MigrationInterface {
  name = 'LockOrder1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating_pairs (
        order_id uuid PRIMARY KEY REFERENCES orders(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO rating_pairs (order_id, created_at) SELECT order_id, min(created_at) FROM ratings GROUP BY order_id`);
    await q.query(`ALTER TABLE ratings ADD CONSTRAINT ratings_pair_fkey FOREIGN KEY (order_id) REFERENCES rating_pairs(order_id)`);
    // Elimination freezes a supplier's unsold codes; the ticket list filters by order (EXPLAIN on demo data: seq scans before).
    await q.query(`CREATE INDEX card_codes_supplier_idx ON card_codes (supplier_id, status)`);
    await q.query(`CREATE INDEX tickets_order_idx ON tickets (order_id)`);
    // The order search by status alone (the alliance's orders page): the page and its count.
    await q.query(`CREATE INDEX orders_status_idx ON orders (status, placed_at DESC)`);
    // Ledger entries by transaction type alone (the alliance's ledger page).
    await q.query(`CREATE INDEX ledger_transactions_type_idx ON ledger_transactions (type, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ledger_transactions_type_idx`);
    await q.query(`DROP INDEX orders_status_idx`);
    await q.query(`DROP INDEX tickets_order_idx`);
    await q.query(`DROP INDEX card_codes_supplier_idx`);
    await q.query(`ALTER TABLE ratings DROP CONSTRAINT ratings_pair_fkey`);
    await q.query(`DROP TABLE rating_pairs`);
  }
}
