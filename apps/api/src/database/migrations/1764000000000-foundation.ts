import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        kind text NOT NULL CHECK (kind IN ('SUPPLIER','MEMBER','ALLIANCE')),
        channel_type text CHECK (channel_type IN ('OFFICIAL_AUTHORIZED','AGGREGATOR','SOURCE_DIRECT','ALLIANCE_PEER')),
        status text NOT NULL CHECK (status IN ('APPLIED','UNDER_REVIEW','PROBATION','ACTIVE','SUSPENDED','TERMINATED','ELIMINATED')),
        unified_social_credit_code text NOT NULL,
        contact_name text NOT NULL,
        contact_phone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_supplier_channel CHECK ((kind = 'SUPPLIER') = (channel_type IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX organizations_uscc_key ON organizations (unified_social_credit_code)`);
    await q.query(`CREATE INDEX organizations_kind_status_idx ON organizations (kind, status, created_at)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        session_version int NOT NULL DEFAULT 0,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_organization_idx ON users (organization_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL,
        created_ip text
      )`);
    await q.query(`CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);
    await q.query(`CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at)`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_by_user_id uuid NOT NULL REFERENCES users(id),
        name text NOT NULL,
        prefix text NOT NULL,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX api_keys_prefix_key ON api_keys (prefix)`);
    await q.query(`CREATE INDEX api_keys_organization_idx ON api_keys (organization_id, created_at)`);

    await q.query(`
      CREATE TABLE auth_attempts (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        success boolean NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX auth_attempts_email_idx ON auth_attempts (email, created_at)`);
    await q.query(`CREATE INDEX auth_attempts_ip_idx ON auth_attempts (ip, created_at)`);

    await q.query(`
      CREATE TABLE audit_events (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        type text NOT NULL,
        actor_user_id uuid,
        actor_email text,
        actor_api_key_id uuid,
        organization_id uuid,
        subject_type text,
        subject_id text,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_events_org_idx ON audit_events (organization_id, seq)`);
    await q.query(`CREATE INDEX audit_events_type_idx ON audit_events (type, seq)`);
    await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id)`);
    // Append-only at the database level: the application can only INSERT. (A superuser can still bypass
    // triggers, which is what verifyAuditChain is for.)
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only`);
    await q.query(`DROP TABLE auth_attempts`);
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
  }
}
