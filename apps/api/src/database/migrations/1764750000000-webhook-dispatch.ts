import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookDispatch1764750000000 implements MigrationInterface {
  name = 'WebhookDispatch1764750000000';

  async up(q: QueryRunner): Promise<void> {
    // The deliveries table is the queue: due when next_attempt_at has come, leased while a replica sends it.
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN next_attempt_at timestamptz, ADD COLUMN leased_until timestamptz`);
    await q.query(`UPDATE webhook_deliveries SET next_attempt_at = created_at WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'`);
    // A circuit breaker per endpoint, shared by every replica.
    await q.query(`ALTER TABLE webhook_endpoints ADD COLUMN consecutive_failures int NOT NULL DEFAULT 0, ADD COLUMN circuit_open_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_endpoints DROP COLUMN consecutive_failures, DROP COLUMN circuit_open_until`);
    await q.query(`DROP INDEX webhook_deliveries_due_idx`);
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN next_attempt_at, DROP COLUMN leased_until`);
  }
}
