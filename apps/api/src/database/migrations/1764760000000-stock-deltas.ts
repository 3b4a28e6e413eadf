import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StockDeltas1764760000000 implements MigrationInterface {
  name = 'StockDeltas1764760000000';

  async up(q: QueryRunner): Promise<void> {
    // Sales append their stock change here instead of updating the offer's row, which every order of that
    // offer would queue on; the deltas are folded into offers.stock_available moments later, and reads add
    // what is still pending, so the figure is exact either way.
    await q.query(`
      CREATE TABLE offer_stock_deltas (
        id bigserial PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offers(id),
        delta int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offer_stock_deltas_offer_idx ON offer_stock_deltas (offer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer_stock_deltas`);
  }
}
