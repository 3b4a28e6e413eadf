import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved views of lists (issue 22): a person's own or shared with its organisation (views). */
export class SavedViews1766450100000 implements MigrationInterface {
  name = 'SavedViews1766450100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_views (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        owner_user_id uuid NOT NULL REFERENCES users(id),
        list_key text NOT NULL CHECK (length(list_key) BETWEEN 1 AND 100),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        state jsonb NOT NULL,
        shared boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX saved_views_list ON saved_views (organization_id, list_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_views`);
  }
}
