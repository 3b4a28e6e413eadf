import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Topups1764600000000 implements MigrationInterface {
  name = 'Topups1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE topup_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders(id),
        offer_id uuid NOT NULL REFERENCES offers(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL CHECK (status IN ('QUEUED','CLAIMED','COMPLETED','FAILED','EXPIRED')),
        recharge_account text NOT NULL,
        quantity int NOT NULL,
        deadline_at timestamptz NOT NULL,
        claimed_by_user_id uuid REFERENCES users(id),
        claimed_at timestamptz,
        finished_at timestamptz,
        reference text,
        failure_reason text,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX topup_tasks_supplier_idx ON topup_tasks (supplier_id, status, deadline_at)`);
    await q.query(`CREATE INDEX topup_tasks_open_deadline_idx ON topup_tasks (deadline_at) WHERE status IN ('QUEUED', 'CLAIMED')`);
    await q.query(`ALTER TABLE order_attempts DROP CONSTRAINT order_attempts_outcome_check`);
    await q.query(`ALTER TABLE order_attempts ADD CONSTRAINT order_attempts_outcome_check CHECK (outcome IN ('DELIVERED','NO_STOCK','UNAVAILABLE','FAILED'))`);
    await q.query(`CREATE UNIQUE INDEX topup_tasks_one_open_per_order ON topup_tasks (order_id) WHERE status IN ('QUEUED', 'CLAIMED', 'COMPLETED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE topup_tasks`);
    await q.query(`ALTER TABLE order_attempts DROP CONSTRAINT order_attempts_outcome_check`);
    await q.query(`ALTER TABLE order_attempts ADD CONSTRAINT order_attempts_outcome_check CHECK (outcome IN ('DELIVERED','NO_STOCK','UNAVAILABLE'))`);
  }
}
