import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Orders1764300000000 implements MigrationInterface {
  name = 'Orders1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // Double-entry ledger. Only wallets and holds keep a running balance (the constraint needs one); the
    // alliance's and suppliers' balances are sums of entries, so orders do not queue on their rows.
    await q.query(`
      CREATE TABLE ledger_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('MEMBER_WALLET','MEMBER_HOLD','SUPPLIER_PAYABLE','ALLIANCE_REVENUE','ALLIANCE_CASH')),
        organization_id uuid REFERENCES organizations(id),
        balance bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_accounts_wallet_never_negative CHECK (kind NOT IN ('MEMBER_WALLET','MEMBER_HOLD') OR balance >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX ledger_accounts_kind_org_key ON ledger_accounts (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'))`);
    await q.query(`
      CREATE TABLE ledger_transactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('DEPOSIT','PAYOUT','ORDER','REFUND')),
        reference text,
        order_id uuid,
        memo text,
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ledger_transactions_order_idx ON ledger_transactions (order_id) WHERE order_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES ledger_transactions(id),
        account_id uuid NOT NULL REFERENCES ledger_accounts(id),
        amount bigint NOT NULL CHECK (amount <> 0),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id, id)`);
    await q.query(`CREATE INDEX ledger_entries_transaction_idx ON ledger_entries (transaction_id)`);
    // Entries are never edited: mistakes are corrected by new transactions.
    await q.query(`CREATE FUNCTION ledger_entries_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'ledger entries are immutable'; END $$`);
    await q.query(`CREATE TRIGGER ledger_entries_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_immutable()`);
    // Every transaction sums to zero, checked by the database when it commits.
    await q.query(`
      CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE total bigint;
      BEGIN
        SELECT sum(amount) INTO total FROM ledger_entries WHERE transaction_id = NEW.transaction_id;
        IF total <> 0 THEN
          RAISE EXCEPTION 'ledger transaction % does not sum to zero (%)', NEW.transaction_id, total;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()`);

    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES organizations(id),
        client_order_no text NOT NULL,
        request_hash text NOT NULL,
        sku_id uuid NOT NULL REFERENCES skus(id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL,
        total bigint NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_REVIEW','PROCESSING','DELIVERED','FAILED','CANCELLED','PARTIALLY_REFUNDED','REFUNDED')),
        recharge_account text,
        device_fingerprint text,
        failure_code text,
        placed_by_user_id uuid REFERENCES users(id),
        placed_by_api_key_id uuid REFERENCES api_keys(id),
        placed_at timestamptz NOT NULL,
        delivered_at timestamptz,
        latency_ms numeric(10, 3)
      )`);
    await q.query(`CREATE UNIQUE INDEX orders_member_client_no_key ON orders (member_id, client_order_no)`);
    await q.query(`CREATE INDEX orders_member_placed_idx ON orders (member_id, placed_at DESC)`);
    await q.query(`CREATE INDEX orders_placed_idx ON orders (placed_at DESC)`);
    await q.query(`
      CREATE TABLE order_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders(id),
        offer_id uuid NOT NULL REFERENCES offers(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_settlement bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX order_lines_order_idx ON order_lines (order_id)`);
    await q.query(`CREATE INDEX order_lines_supplier_idx ON order_lines (supplier_id)`);
    await q.query(`
      CREATE TABLE order_attempts (
        id bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id),
        offer_id uuid NOT NULL REFERENCES offers(id),
        outcome text NOT NULL CHECK (outcome IN ('DELIVERED','NO_STOCK','UNAVAILABLE')),
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX order_attempts_order_idx ON order_attempts (order_id)`);
    await q.query(`ALTER TABLE card_codes ADD COLUMN order_line_id uuid REFERENCES order_lines(id)`);
    await q.query(`CREATE INDEX card_codes_order_line_idx ON card_codes (order_line_id) WHERE order_line_id IS NOT NULL`);
    // A sold code belongs to exactly one order line, and only a sold (or later) code has one.
    await q.query(`ALTER TABLE card_codes ADD CONSTRAINT card_codes_sold_line CHECK ((status IN ('SOLD','VOIDED','REPLACED')) = (order_line_id IS NOT NULL))`);

    // Audit events of hot paths wait here, written in the same transaction as their change, and are chained
    // in order by the appender: the chain's single lock is then never on an order's path.
    await q.query(`
      CREATE TABLE audit_outbox (
        id bigserial PRIMARY KEY,
        event jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_outbox`);
    await q.query(`ALTER TABLE card_codes DROP CONSTRAINT card_codes_sold_line`);
    await q.query(`ALTER TABLE card_codes DROP COLUMN order_line_id`);
    for (const t of ['order_attempts', 'order_lines', 'orders', 'ledger_entries', 'ledger_transactions', 'ledger_accounts']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP FUNCTION ledger_transaction_balanced`);
    await q.query(`DROP FUNCTION ledger_entries_immutable`);
  }
}
