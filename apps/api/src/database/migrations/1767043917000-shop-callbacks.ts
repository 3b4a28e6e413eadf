import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable shop callbacks (issue 19 leftovers): a dujiao-next shop's callback of an order outcome is a row
 * written in the transaction that decides the outcome (one per order and outcome), claimed under a lease by
 * whichever replica works the job queue, retried with exponential backoff up to a limit, and every attempt kept
 * with its status code, latency and error.
 */
export class ShopCallbacks1767043917000 implements MigrationInterface {
  name = 'ShopCallbacks1767043917000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE docking_shop_callbacks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES docking_shop_orders (order_id),
      order_status text NOT NULL,
      status text NOT NULL CHECK (status IN ('PENDING','DELIVERED','FAILED')),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz,
      leased_until timestamptz,
      leased_by text,
      last_status_code int,
      last_error text,
      created_at timestamptz NOT NULL,
      delivered_at timestamptz,
      UNIQUE (order_id, order_status),
      CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)))`);
    await q.query(`CREATE INDEX docking_shop_callbacks_due_idx ON docking_shop_callbacks (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE TABLE docking_shop_callback_attempts (
      id bigserial PRIMARY KEY,
      callback_id uuid NOT NULL REFERENCES docking_shop_callbacks (id),
      attempted_at timestamptz NOT NULL,
      status_code int,
      latency_ms int NOT NULL,
      error text)`);
    await q.query(`CREATE INDEX docking_shop_callback_attempts_callback_idx ON docking_shop_callback_attempts (callback_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE docking_shop_callback_attempts, docking_shop_callbacks`);
  }
}
