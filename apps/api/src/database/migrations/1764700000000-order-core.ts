import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderCore1764700000000 implements MigrationInterface {
  name = 'OrderCore1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // Order lines have their own lifecycle (refunds per line, reissues from another offer add a line).
    await q.query(`ALTER TABLE order_lines ADD COLUMN status text NOT NULL DEFAULT 'DELIVERED' CHECK (status IN ('DELIVERED','PARTIALLY_REFUNDED','REFUNDED'))`);
    // Why routing put each offer where it did (its position and the inputs of the rule).
    await q.query(`ALTER TABLE order_attempts ADD COLUMN position int, ADD COLUMN reason jsonb`);
    await q.query(`ALTER TABLE order_attempts DROP CONSTRAINT order_attempts_outcome_check`);
    await q.query(`ALTER TABLE order_attempts ADD CONSTRAINT order_attempts_outcome_check CHECK (outcome IN ('DELIVERED','NO_STOCK','UNAVAILABLE','FAILED','NO_CAPACITY'))`);
    // Direct top-up offers have no codes: at most this many tasks open at once (NULL: no limit).
    await q.query(`ALTER TABLE offers ADD COLUMN capacity int CHECK (capacity IS NULL OR capacity > 0)`);
    // The order velocity limit as a counter (this minute and the one before), not a scan of recent orders.
    await q.query(`
      CREATE TABLE order_velocity (
        member_id uuid PRIMARY KEY REFERENCES organizations(id),
        window_start timestamptz NOT NULL,
        count int NOT NULL,
        prev_count int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE order_velocity`);
    await q.query(`ALTER TABLE offers DROP COLUMN capacity`);
    await q.query(`DELETE FROM order_attempts WHERE outcome = 'NO_CAPACITY'`);
    await q.query(`ALTER TABLE order_attempts DROP CONSTRAINT order_attempts_outcome_check`);
    await q.query(`ALTER TABLE order_attempts ADD CONSTRAINT order_attempts_outcome_check CHECK (outcome IN ('DELIVERED','NO_STOCK','UNAVAILABLE','FAILED'))`);
    await q.query(`ALTER TABLE order_attempts DROP COLUMN position, DROP COLUMN reason`);
    await q.query(`ALTER TABLE order_lines DROP COLUMN status`);
  }
}
