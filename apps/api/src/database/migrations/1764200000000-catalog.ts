import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalog1764200000000 implements MigrationInterface {
  name = 'Catalog1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE skus (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        brand_id uuid NOT NULL REFERENCES brands(id),
        category text NOT NULL CHECK (category IN ('GAME_TOPUP','VIDEO_MEMBERSHIP','TELECOM_RECHARGE','EDU_COURSE','OTHER')),
        face_value bigint NOT NULL CHECK (face_value > 0),
        delivery_mode text NOT NULL CHECK (delivery_mode IN ('CARD_CODE','DIRECT_TOPUP')),
        unified_price bigint NOT NULL CHECK (unified_price > 0),
        status text NOT NULL CHECK (status IN ('ACTIVE','DELISTED')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX skus_code_key ON skus (code)`);
    await q.query(`CREATE INDEX skus_category_idx ON skus (category, status)`);

    await q.query(`
      CREATE TABLE sku_price_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sku_id uuid NOT NULL REFERENCES skus(id),
        old_price bigint NOT NULL,
        new_price bigint NOT NULL CHECK (new_price > 0),
        effective_at timestamptz NOT NULL,
        reason text NOT NULL,
        notice_shortened boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('SCHEDULED','APPLIED','CANCELLED')),
        scheduled_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        applied_at timestamptz
      )`);
    await q.query(`CREATE INDEX sku_price_changes_sku_idx ON sku_price_changes (sku_id, effective_at)`);
    await q.query(`CREATE INDEX sku_price_changes_due_idx ON sku_price_changes (effective_at) WHERE status = 'SCHEDULED'`);

    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sku_id uuid NOT NULL REFERENCES skus(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        settlement_price bigint NOT NULL CHECK (settlement_price > 0),
        status text NOT NULL CHECK (status IN ('PENDING_REVIEW','LIVE','PAUSED','REJECTED','DELISTED')),
        pause_reason text CHECK (pause_reason IN ('SUPPLIER','AUTHORIZATION_EXPIRED','ADMIN')),
        low_price_flag boolean NOT NULL DEFAULT false,
        review_note text,
        reviewed_by_user_id uuid REFERENCES users(id),
        reviewed_at timestamptz,
        stock_available int NOT NULL DEFAULT 0 CHECK (stock_available >= 0),
        low_stock_threshold int NOT NULL DEFAULT 10 CHECK (low_stock_threshold >= 0),
        low_stock_notified boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX offers_sku_supplier_key ON offers (sku_id, supplier_id) WHERE status <> 'DELISTED'`);
    await q.query(`CREATE INDEX offers_supplier_idx ON offers (supplier_id, created_at)`);
    await q.query(`CREATE INDEX offers_review_idx ON offers (created_at) WHERE status = 'PENDING_REVIEW'`);

    await q.query(`
      CREATE TABLE offer_price_changes (
        id bigserial PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offers(id),
        old_price bigint NOT NULL,
        new_price bigint NOT NULL,
        changed_by_user_id uuid REFERENCES users(id),
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX offer_price_changes_offer_idx ON offer_price_changes (offer_id, changed_at)`);

    await q.query(`
      CREATE TABLE card_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        source text NOT NULL CHECK (source IN ('INLINE','CSV')),
        status text NOT NULL CHECK (status IN ('IMPORTING','QUARANTINED','SELLABLE','REJECTED','FAILED')),
        processed int NOT NULL DEFAULT 0,
        accepted int NOT NULL DEFAULT 0,
        refused_invalid int NOT NULL DEFAULT 0,
        refused_in_batch int NOT NULL DEFAULT 0,
        refused_existing int NOT NULL DEFAULT 0,
        refused_other_supplier int NOT NULL DEFAULT 0,
        quarantine_reason text,
        sample_size int NOT NULL DEFAULT 0,
        sample_valid int NOT NULL DEFAULT 0,
        sample_invalid int NOT NULL DEFAULT 0,
        failure text,
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        decided_at timestamptz
      )`);
    await q.query(`CREATE INDEX card_batches_offer_idx ON card_batches (offer_id, created_at)`);
    await q.query(`CREATE INDEX card_batches_quarantined_idx ON card_batches (created_at) WHERE status = 'QUARANTINED'`);

    // Codes: ciphertext only (AES-256-GCM, the id as associated data) and a keyed fingerprint unique across
    // the alliance. The partial index keeps a claim's cost independent of how much stock there is.
    await q.query(`
      CREATE TABLE card_codes (
        id uuid PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES card_batches(id),
        offer_id uuid NOT NULL REFERENCES offers(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL CHECK (status IN ('IMPORTING','AVAILABLE','QUARANTINED','REJECTED','SOLD','VOIDED','REPLACED')),
        fingerprint bytea NOT NULL,
        ciphertext bytea NOT NULL,
        nonce bytea NOT NULL CHECK (length(nonce) = 12),
        key_version smallint NOT NULL DEFAULT 1,
        expires_at timestamptz,
        sampled boolean NOT NULL DEFAULT false,
        sample_result text CHECK (sample_result IN ('VALID','INVALID')),
        created_at timestamptz NOT NULL,
        sold_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX card_codes_fingerprint_key ON card_codes (fingerprint)`);
    await q.query(`CREATE INDEX card_codes_available_idx ON card_codes (offer_id, created_at) WHERE status = 'AVAILABLE'`);
    await q.query(`CREATE INDEX card_codes_batch_idx ON card_codes (batch_id)`);

    await q.query(`
      CREATE TABLE risk_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN','CONFIRMED','DISMISSED')),
        organization_id uuid REFERENCES organizations(id),
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        decided_by_user_id uuid REFERENCES users(id),
        decision_note text,
        created_at timestamptz NOT NULL,
        decided_at timestamptz
      )`);
    await q.query(`CREATE INDEX risk_events_open_idx ON risk_events (created_at) WHERE status = 'OPEN'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['risk_events', 'card_codes', 'card_batches', 'offer_price_changes', 'offers', 'sku_price_changes', 'skus']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
