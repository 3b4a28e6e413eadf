import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderRisk1764400000000 implements MigrationInterface {
  name = 'OrderRisk1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_type_check`);
    await q.query(`ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_type_check CHECK (type IN ('DEPOSIT','PAYOUT','ORDER','REFUND','HOLD','RELEASE'))`);
    await q.query(`CREATE INDEX orders_device_idx ON orders (device_fingerprint) WHERE device_fingerprint IS NOT NULL`);
    await q.query(`CREATE INDEX orders_review_idx ON orders (placed_at) WHERE status = 'PENDING_REVIEW'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_review_idx`);
    await q.query(`DROP INDEX orders_device_idx`);
    await q.query(`ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_type_check`);
    await q.query(`ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_type_check CHECK (type IN ('DEPOSIT','PAYOUT','ORDER','REFUND'))`);
  }
}
