import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds kinds to a CHECK (x IN (…)) constraint, keeping whatever kinds other migrations have added. */
async function extendInCheck(q: QueryRunner, table: string, constraint: string, column: string, add: string[]): Promise<void> {
  const [row] = (await q.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`, [constraint])) as { def: string }[];
  const existing = row ? [...row.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]) : [];
  const all = [...new Set([...existing, ...add])];
  if (row) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
  await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${column} IN (${all.map((k) => `'${k}'`).join(',')}))`);
}

async function shrinkInCheck(q: QueryRunner, table: string, constraint: string, column: string, remove: string[]): Promise<void> {
  const [row] = (await q.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`, [constraint])) as { def: string }[];
  const kept = [...(row?.def ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).filter((k) => !remove.includes(k));
  await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
  await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${column} IN (${kept.map((k) => `'${k}'`).join(',')}))`);
}

/**
 * Money in and out (issue 20). The payments module's tables: the alliance's receiving bank accounts, members'
 * top-up requests by bank transfer, online payment channels (keys encrypted at rest) and their payments and
 * notifies, supplier settlement policies and withdrawals, daily reconciliation runs. The ledger gains one
 * clearing and one fee account per channel (keyed by channel) and two transaction types.
 */
export class Payments1765300000000 implements MigrationInterface {
  name = 'Payments1765300000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- ledger: per-channel accounts, two new transaction types
    await q.query(`ALTER TABLE ledger_accounts ADD COLUMN channel_id uuid`);
    await extendInCheck(q, 'ledger_accounts', 'ledger_accounts_kind_check', 'kind', ['CHANNEL_CLEARING', 'CHANNEL_FEE']);
    await q.query(`DROP INDEX ledger_accounts_kind_org_key`);
    await q.query(`CREATE UNIQUE INDEX ledger_accounts_kind_org_key ON ledger_accounts (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'), coalesce(channel_id, '00000000-0000-0000-0000-000000000000'))`);
    // The order path's account helper (ledger-owned) names the index by its expressions: it follows the new key.
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_account(p_kind text, p_org uuid) RETURNS uuid
      LANGUAGE plpgsql AS $$
      DECLARE v uuid;
      BEGIN
        SELECT id INTO v FROM ledger_accounts WHERE kind = p_kind AND organization_id IS NOT DISTINCT FROM p_org AND channel_id IS NULL;
        IF v IS NULL THEN
          INSERT INTO ledger_accounts (kind, organization_id) VALUES (p_kind, p_org)
            ON CONFLICT (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'), coalesce(channel_id, '00000000-0000-0000-0000-000000000000')) DO NOTHING;
          SELECT id INTO v FROM ledger_accounts WHERE kind = p_kind AND organization_id IS NOT DISTINCT FROM p_org AND channel_id IS NULL;
        END IF;
        RETURN v;
      END $$`);
    await q.query(`ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_channel_kinds CHECK ((kind IN ('CHANNEL_CLEARING','CHANNEL_FEE')) = (channel_id IS NOT NULL))`);
    await extendInCheck(q, 'ledger_transactions', 'ledger_transactions_type_check', 'type', ['CHANNEL_PAYMENT', 'WITHDRAWAL_FEE']);

    // ---- bank transfers
    await q.query(`
      CREATE TABLE payment_bank_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_name text NOT NULL,
        branch text,
        account_name text NOT NULL,
        account_no text NOT NULL,
        note text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE topup_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigserial UNIQUE,
        member_id uuid NOT NULL REFERENCES organizations(id),
        bank_account_id uuid REFERENCES payment_bank_accounts(id),
        amount bigint NOT NULL CHECK (amount > 0),
        transfer_reference text NOT NULL,
        reference_key text NOT NULL,
        receipt_file_id uuid REFERENCES files(id),
        note text,
        status text NOT NULL CHECK (status IN ('PENDING','CONFIRMED','REJECTED','CANCELLED')),
        duplicate_of_id uuid REFERENCES topup_requests(id),
        reject_reason text,
        ledger_transaction_id uuid REFERENCES ledger_transactions(id),
        requested_by_user_id uuid REFERENCES users(id),
        decided_by_user_id uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX topup_requests_member_idx ON topup_requests (member_id, created_at DESC)`);
    await q.query(`CREATE INDEX topup_requests_status_idx ON topup_requests (status, created_at)`);
    await q.query(`CREATE INDEX topup_requests_reference_idx ON topup_requests (reference_key)`);

    // ---- online channels
    await q.query(`
      CREATE TABLE payment_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('EPAY','ALIPAY','WECHAT_PAY')),
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT false,
        mode text NOT NULL CHECK (mode IN ('QR','PAGE')),
        merchant_id text NOT NULL,
        gateway_url text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}',
        secrets_ciphertext bytea,
        secrets_nonce bytea,
        secrets_key_version int NOT NULL DEFAULT 1,
        fee_rate_bp int NOT NULL DEFAULT 0 CHECK (fee_rate_bp BETWEEN 0 AND 10000),
        fee_fixed bigint NOT NULL DEFAULT 0 CHECK (fee_fixed >= 0),
        window_minutes int NOT NULL DEFAULT 15 CHECK (window_minutes BETWEEN 1 AND 1440),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        out_trade_no text NOT NULL UNIQUE,
        channel_id uuid NOT NULL REFERENCES payment_channels(id),
        member_id uuid NOT NULL REFERENCES organizations(id),
        amount bigint NOT NULL CHECK (amount > 0),
        fee bigint NOT NULL DEFAULT 0 CHECK (fee >= 0),
        status text NOT NULL CHECK (status IN ('CREATED','PAID','EXPIRED','FAILED')),
        trade_no text,
        qr_code text,
        pay_url text,
        late boolean NOT NULL DEFAULT false,
        failure text,
        expires_at timestamptz NOT NULL,
        paid_at timestamptz,
        ledger_transaction_id uuid REFERENCES ledger_transactions(id),
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Idempotent on the channel's trade number: one payment per trade, whatever notifies say.
    await q.query(`CREATE UNIQUE INDEX payments_channel_trade_key ON payments (channel_id, trade_no) WHERE trade_no IS NOT NULL`);
    await q.query(`CREATE INDEX payments_member_idx ON payments (member_id, created_at DESC)`);
    await q.query(`CREATE INDEX payments_expiring_idx ON payments (expires_at) WHERE status = 'CREATED'`);
    await q.query(`CREATE INDEX payments_channel_paid_idx ON payments (channel_id, paid_at) WHERE paid_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE payment_notifies (
        id bigserial PRIMARY KEY,
        channel_id uuid NOT NULL REFERENCES payment_channels(id),
        payment_id uuid REFERENCES payments(id),
        outcome text NOT NULL,
        out_trade_no text,
        trade_no text,
        amount bigint,
        detail text,
        received_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX payment_notifies_payment_idx ON payment_notifies (payment_id, id)`);
    await q.query(`CREATE INDEX payment_notifies_channel_idx ON payment_notifies (channel_id, id DESC)`);

    // ---- suppliers get paid
    await q.query(`
      CREATE TABLE settlement_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations(id),
        cycle text NOT NULL CHECK (cycle IN ('T1','T7')),
        withdrawal_fee_rate_bp int NOT NULL DEFAULT 0 CHECK (withdrawal_fee_rate_bp BETWEEN 0 AND 10000),
        withdrawal_fee_fixed bigint NOT NULL DEFAULT 0 CHECK (withdrawal_fee_fixed >= 0),
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX settlement_policies_org_key ON settlement_policies (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'))`);
    await q.query(`
      CREATE TABLE withdrawals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigserial UNIQUE,
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        amount bigint NOT NULL CHECK (amount > 0),
        fee bigint NOT NULL DEFAULT 0 CHECK (fee >= 0 AND fee < amount),
        cycle text NOT NULL,
        settled_before timestamptz NOT NULL,
        payee_bank text NOT NULL,
        payee_account_name text NOT NULL,
        payee_account_no text NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED','PAID','REJECTED','CANCELLED')),
        transfer_reference text,
        reject_reason text,
        payout_transaction_id uuid REFERENCES ledger_transactions(id),
        fee_transaction_id uuid REFERENCES ledger_transactions(id),
        requested_by_user_id uuid REFERENCES users(id),
        decided_by_user_id uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX withdrawals_supplier_idx ON withdrawals (supplier_id, created_at DESC)`);
    await q.query(`CREATE INDEX withdrawals_status_idx ON withdrawals (status, created_at)`);

    // ---- reconciliation
    await q.query(`
      CREATE TABLE reconciliation_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel_id uuid NOT NULL REFERENCES payment_channels(id),
        day date NOT NULL,
        status text NOT NULL CHECK (status IN ('OK','DIFFERENCES','FAILED')),
        matched int NOT NULL DEFAULT 0,
        differences int NOT NULL DEFAULT 0,
        channel_total bigint NOT NULL DEFAULT 0,
        ledger_total bigint NOT NULL DEFAULT 0,
        error text,
        ran_at timestamptz NOT NULL,
        UNIQUE (channel_id, day)
      )`);
    await q.query(`
      CREATE TABLE reconciliation_lines (
        id bigserial PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES reconciliation_runs(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('MATCHED','MISSING_IN_LEDGER','MISSING_IN_CHANNEL','AMOUNT_MISMATCH','FEE_MISMATCH')),
        out_trade_no text,
        trade_no text,
        payment_id uuid REFERENCES payments(id),
        channel_amount bigint,
        ledger_amount bigint,
        channel_fee bigint,
        ledger_fee bigint
      )`);
    await q.query(`CREATE INDEX reconciliation_lines_run_idx ON reconciliation_lines (run_id, status, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['reconciliation_lines', 'reconciliation_runs', 'withdrawals', 'settlement_policies', 'payment_notifies', 'payments', 'payment_channels', 'topup_requests', 'payment_bank_accounts']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await shrinkInCheck(q, 'ledger_transactions', 'ledger_transactions_type_check', 'type', ['CHANNEL_PAYMENT', 'WITHDRAWAL_FEE']);
    await q.query(`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_channel_kinds`);
    await q.query(`DROP INDEX ledger_accounts_kind_org_key`);
    await q.query(`CREATE UNIQUE INDEX ledger_accounts_kind_org_key ON ledger_accounts (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'))`);
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_account(p_kind text, p_org uuid) RETURNS uuid
      LANGUAGE plpgsql AS $$
      DECLARE v uuid;
      BEGIN
        SELECT id INTO v FROM ledger_accounts WHERE kind = p_kind AND organization_id IS NOT DISTINCT FROM p_org;
        IF v IS NULL THEN
          INSERT INTO ledger_accounts (kind, organization_id) VALUES (p_kind, p_org)
            ON CONFLICT (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000')) DO NOTHING;
          SELECT id INTO v FROM ledger_accounts WHERE kind = p_kind AND organization_id IS NOT DISTINCT FROM p_org;
        END IF;
        RETURN v;
      END $$`);
    await shrinkInCheck(q, 'ledger_accounts', 'ledger_accounts_kind_check', 'kind', ['CHANNEL_CLEARING', 'CHANNEL_FEE']);
    await q.query(`ALTER TABLE ledger_accounts DROP COLUMN channel_id`);
  }
}
