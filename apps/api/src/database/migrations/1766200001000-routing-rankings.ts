import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 §6: the whole routing ranking of an order at its moment — every candidate offer with the score routing
 * ranked it by (and whether scored), the probation cap, the draw weight, its position and why; and the offers that
 * could not sell. One row per order (the first plan; a top-up's retries keep it), written by the orders module.
 */
export class RoutingRankings1766200001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE order_rankings (
        order_id uuid PRIMARY KEY REFERENCES orders(id) DEFERRABLE INITIALLY DEFERRED,
        at timestamptz NOT NULL,
        rule text NOT NULL CHECK (rule IN ('STRICT','WEIGHTED')),
        scores_as_of timestamptz,
        entries jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE order_rankings`);
  }
}
