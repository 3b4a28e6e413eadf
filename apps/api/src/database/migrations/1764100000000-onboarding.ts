import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Onboarding1764100000000 implements MigrationInterface {
  name = 'Onboarding1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN status_reason text`);

    await q.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        uploaded_by_user_id uuid NOT NULL REFERENCES users(id),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
        original_name text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX files_organization_idx ON files (organization_id, created_at)`);

    await q.query(`
      CREATE TABLE brands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX brands_name_key ON brands (lower(name))`);

    await q.query(`
      CREATE TABLE qualification_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        type text NOT NULL CHECK (type IN ('BUSINESS_LICENSE','INDUSTRY_LICENSE','PRODUCT_AUTHORIZATION','LEGAL_REP_ID')),
        number text NOT NULL,
        issuer text NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        brand_id uuid REFERENCES brands(id),
        file_id uuid NOT NULL REFERENCES files(id),
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED','EXPIRED')),
        verification_method text CHECK (verification_method IN ('OFFICIAL_SITE','OFFICIAL_HOTLINE','NECIPS_LOOKUP','OTHER')),
        review_note text,
        reviewed_by_user_id uuid REFERENCES users(id),
        reviewed_at timestamptz,
        replaces_id uuid REFERENCES qualification_documents(id),
        superseded boolean NOT NULL DEFAULT false,
        expiry_warned_at timestamptz,
        created_at timestamptz NOT NULL,
        CONSTRAINT qualification_documents_validity CHECK (valid_to >= valid_from),
        CONSTRAINT qualification_documents_brand CHECK ((type = 'PRODUCT_AUTHORIZATION') = (brand_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX qualification_documents_org_idx ON qualification_documents (organization_id, type)`);
    await q.query(`CREATE INDEX qualification_documents_pending_idx ON qualification_documents (created_at) WHERE status = 'PENDING' AND NOT superseded`);
    await q.query(`CREATE INDEX qualification_documents_valid_to_idx ON qualification_documents (valid_to) WHERE status = 'APPROVED'`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        type text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE qualification_documents`);
    await q.query(`DROP TABLE brands`);
    await q.query(`DROP TABLE files`);
    await q.query(`ALTER TABLE organizations DROP COLUMN status_reason`);
  }
}
