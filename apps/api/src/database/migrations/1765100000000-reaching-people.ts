import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reaching people (issue 21): notices by e-mail and work-chat robots with preferences, quiet hours, digests and
 * escalation (notifications), and accounts that can be recovered: password reset links, two-step sign-in with
 * recovery codes, sessions people can see and end, devices they sign in from (auth).
 */
export class ReachingPeople1765100000000 implements MigrationInterface {
  name = 'ReachingPeople1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- notifications
    // In-app notices that must exist once per person (an SLA warning per clock) carry a key.
    await q.query(`ALTER TABLE notifications ADD COLUMN dedupe_key text`);
    await q.query(`CREATE UNIQUE INDEX notifications_dedupe ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);

    // Where a person (user_id set) or an organisation's people by default (user_id null) hear a kind.
    await q.query(`
      CREATE TABLE notice_preferences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        user_id uuid REFERENCES users(id),
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL')),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX notice_preferences_one ON notice_preferences (organization_id, user_id, kind, channel) NULLS NOT DISTINCT`);

    await q.query(`
      CREATE TABLE notice_settings (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        quiet_hours boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL
      )`);

    // An organisation's group robots; the webhook URL (its key is in it) and signing secret are encrypted at rest.
    await q.query(`
      CREATE TABLE chat_robots (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('WECOM', 'DINGTALK', 'FEISHU')),
        name text NOT NULL,
        url_hint text NOT NULL,
        secret_ciphertext bytea NOT NULL,
        secret_nonce bytea NOT NULL,
        kinds text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        created_by_user_id uuid,
        last_sent_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX chat_robots_org ON chat_robots (organization_id)`);

    // The queue of e-mail and robot messages, written in the transaction of the change that caused them.
    await q.query(`
      CREATE TABLE notice_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid,
        user_id uuid,
        robot_id uuid REFERENCES chat_robots(id),
        address text,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'ROBOT')),
        target_key text NOT NULL,
        kind text NOT NULL,
        urgency text NOT NULL,
        params jsonb NOT NULL,
        secret_ciphertext bytea,
        secret_nonce bytea,
        dedupe_key text UNIQUE,
        status text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'EXPIRED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        expires_at timestamptz,
        leased_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX notice_deliveries_due ON notice_deliveries (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX notice_deliveries_status ON notice_deliveries (status, created_at DESC)`);
    await q.query(`CREATE INDEX notice_deliveries_target ON notice_deliveries (target_key) WHERE status = 'PENDING'`);

    // Every attempt to send a message (one message may carry several notices: a digest).
    await q.query(`
      CREATE TABLE notice_attempts (
        id bigserial PRIMARY KEY,
        delivery_ids uuid[] NOT NULL,
        channel text NOT NULL,
        target_key text NOT NULL,
        attempted_at timestamptz NOT NULL,
        error text,
        duration_ms int NOT NULL
      )`);

    // Who handles a ticket at its supplier and when they last acted, kept from the tickets' events for escalation.
    await q.query(`
      CREATE TABLE notice_ticket_watches (
        ticket_id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL,
        assignee_user_id uuid,
        last_supplier_activity_at timestamptz,
        done boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL
      )`);

    // ---- auth
    await q.query(`
      ALTER TABLE users
        ADD COLUMN totp_secret_ciphertext bytea,
        ADD COLUMN totp_secret_nonce bytea,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_pending_ciphertext bytea,
        ADD COLUMN totp_pending_nonce bytea`);
    // A code is accepted once: its time step is taken here (any replica, at the same instant, sees the other's).
    await q.query(`
      CREATE TABLE totp_used_steps (
        user_id uuid NOT NULL REFERENCES users(id),
        step bigint NOT NULL,
        used_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, step)
      )`);
    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX recovery_codes_user ON recovery_codes (user_id) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        requested_ip text
      )`);
    await q.query(`
      CREATE TABLE password_reset_requests (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX password_reset_requests_recent ON password_reset_requests (created_at)`);
    await q.query(`ALTER TABLE refresh_tokens ADD COLUMN user_agent text, ADD COLUMN device_hash text`);
    await q.query(`
      CREATE TABLE known_devices (
        user_id uuid NOT NULL REFERENCES users(id),
        device_hash text NOT NULL,
        user_agent text,
        ip text,
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, device_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_devices, password_reset_requests, password_resets, recovery_codes, totp_used_steps`);
    await q.query(`ALTER TABLE refresh_tokens DROP COLUMN user_agent, DROP COLUMN device_hash`);
    await q.query(`ALTER TABLE users DROP COLUMN totp_secret_ciphertext, DROP COLUMN totp_secret_nonce, DROP COLUMN totp_enabled_at, DROP COLUMN totp_pending_ciphertext, DROP COLUMN totp_pending_nonce`);
    await q.query(`DROP TABLE notice_ticket_watches, notice_attempts, notice_deliveries, chat_robots, notice_settings, notice_preferences`);
    await q.query(`DROP INDEX notifications_dedupe`);
    await q.query(`ALTER TABLE notifications DROP COLUMN dedupe_key`);
  }
}
