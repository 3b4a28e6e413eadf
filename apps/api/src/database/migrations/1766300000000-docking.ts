import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Docking (issue 19): a supplier's own system as a source. Connectors (endpoint, keys encrypted at rest,
 * timeouts, concurrency, markup and rounding, excluded goods), the upstream's goods as last synced and the
 * offer each is docked to, every order sent upstream (idempotent on its id, the upstream's answer and amount),
 * the call log (redacted, kept 30 days) and the callback nonces seen (replay-safe across replicas). Card
 * batches gain the UPSTREAM source: codes bought through at order time.
 */
export class Docking1766300000000 implements MigrationInterface {
  name = 'Docking1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE docking_connectors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        protocol text NOT NULL CHECK (protocol IN ('MENGYUAN_V1')),
        endpoint text NOT NULL,
        key_id text NOT NULL,
        secret_ciphertext bytea NOT NULL,
        secret_nonce bytea NOT NULL,
        timeout_ms int NOT NULL DEFAULT 2500 CHECK (timeout_ms BETWEEN 100 AND 30000),
        concurrency int NOT NULL DEFAULT 16 CHECK (concurrency BETWEEN 1 AND 256),
        markup_bp int NOT NULL DEFAULT 0 CHECK (markup_bp BETWEEN -5000 AND 10000),
        rounding text NOT NULL DEFAULT 'FEN' CHECK (rounding IN ('FEN','JIAO','YUAN')),
        excluded_goods text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','DISABLED')),
        synced_through timestamptz,
        last_sync_at timestamptz,
        last_test_at timestamptz,
        last_test_ok boolean,
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (supplier_id, name)
      )`);
    await q.query(`
      CREATE TABLE docking_goods (
        connector_id uuid NOT NULL REFERENCES docking_connectors(id),
        goods_id text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CARD','TOPUP')),
        face_value bigint NOT NULL,
        price bigint NOT NULL,
        stock int,
        status text NOT NULL CHECK (status IN ('ON_SALE','OFF_SALE','DELISTED')),
        upstream_updated_at timestamptz NOT NULL,
        offer_id uuid UNIQUE REFERENCES offers(id),
        sku_id uuid,
        paused_by_sync boolean NOT NULL DEFAULT false,
        synced_at timestamptz NOT NULL,
        PRIMARY KEY (connector_id, goods_id)
      )`);
    await q.query(`
      CREATE TABLE docking_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        connector_id uuid NOT NULL REFERENCES docking_connectors(id),
        goods_id text NOT NULL,
        offer_id uuid NOT NULL REFERENCES offers(id),
        kind text NOT NULL CHECK (kind IN ('CARD','TOPUP')),
        order_id uuid REFERENCES orders(id),
        topup_task_id uuid UNIQUE,
        quantity int NOT NULL,
        amount bigint NOT NULL,
        upstream_amount bigint,
        upstream_order_no text,
        status text NOT NULL CHECK (status IN ('SENT','DELIVERED','STOCKED','PROCESSING','SUCCEEDED','FAILED','UNKNOWN')),
        failure text,
        created_at timestamptz NOT NULL,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX docking_orders_connector_idx ON docking_orders (connector_id, created_at)`);
    await q.query(`CREATE INDEX docking_orders_open_idx ON docking_orders (created_at) WHERE status IN ('SENT','PROCESSING','UNKNOWN')`);
    await q.query(`
      CREATE TABLE docking_calls (
        id bigserial PRIMARY KEY,
        connector_id uuid NOT NULL REFERENCES docking_connectors(id),
        direction text NOT NULL CHECK (direction IN ('OUT','IN')),
        method text NOT NULL,
        path text NOT NULL,
        status int,
        ok boolean NOT NULL,
        latency_ms int NOT NULL,
        error text,
        request jsonb,
        response jsonb,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX docking_calls_connector_idx ON docking_calls (connector_id, at DESC)`);
    await q.query(`CREATE INDEX docking_calls_at_idx ON docking_calls (at)`);
    await q.query(`CREATE TABLE docking_nonces (key text PRIMARY KEY, expires_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX docking_nonces_expiry_idx ON docking_nonces (expires_at)`);

    await q.query(`ALTER TABLE card_batches DROP CONSTRAINT IF EXISTS card_batches_source_check`);
    await q.query(`ALTER TABLE card_batches ADD CONSTRAINT card_batches_source_check CHECK (source IN ('INLINE','CSV','UPSTREAM'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE docking_nonces, docking_calls, docking_orders, docking_goods, docking_connectors`);
    await q.query(`ALTER TABLE card_batches DROP CONSTRAINT card_batches_source_check`);
    await q.query(`ALTER TABLE card_batches ADD CONSTRAINT card_batches_source_check CHECK (source IN ('INLINE','CSV'))`);
  }
}
