import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A probation watch counts the orders delivered in 3 s or more (发卡时间, issue 18 §13). */
export class SlowDeliveries1766710001000 implements MigrationInterface {
  name = 'SlowDeliveries1766710001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE probation_watches ADD COLUMN slow_deliveries int NOT NULL DEFAULT 0 CHECK (slow_deliveries >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE probation_watches DROP COLUMN slow_deliveries`);
  }
}
