import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registered capital (fen) stated on a business licence: an official channel needs ≥ ¥10,000,000 (issue 18 §13). */
export class RegisteredCapital1766600001000 implements MigrationInterface {
  name = 'RegisteredCapital1766600001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qualification_documents ADD COLUMN registered_capital bigint CHECK (registered_capital IS NULL OR registered_capital >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qualification_documents DROP COLUMN registered_capital`);
  }
}
