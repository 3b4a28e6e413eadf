import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alliance's settings in the console (issue 22): each change of a setting is a new version row (who, when,
 * why); the highest version is in force, and a setting with no row uses its environment default.
 */
export class AllianceSettings1766400100000 implements MigrationInterface {
  name = 'AllianceSettings1766400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alliance_setting_versions (
        key text NOT NULL,
        version int NOT NULL CHECK (version > 0),
        value text NOT NULL,
        reason text NOT NULL,
        changed_by_user_id uuid,
        changed_by_email text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alliance_setting_versions`);
  }
}
