import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a docked offer's upstream says it has (issue 19): the catalog counts it with the offer's own codes, so a SKU
 * supplied only through a supplier's system is not shown sold out. Null for an offer that is not docked.
 */
export class OfferUpstreamStock1766620001000 implements MigrationInterface {
  name = 'OfferUpstreamStock1766620001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offers ADD COLUMN upstream_stock int CHECK (upstream_stock >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offers DROP COLUMN upstream_stock`);
  }
}
