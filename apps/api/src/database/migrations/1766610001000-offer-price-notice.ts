import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settlement-price changes are scheduled with notice like unified prices (issue 18 §11): a change is SCHEDULED
 * until its effective time, then APPLIED (changed_at: when) or CANCELLED. Changes recorded before applied at once,
 * without notice. One pending change per offer.
 */
export class OfferPriceNotice1766610001000 implements MigrationInterface {
  name = 'OfferPriceNotice1766610001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offer_price_changes
        ADD COLUMN status text NOT NULL DEFAULT 'APPLIED' CHECK (status IN ('SCHEDULED','APPLIED','CANCELLED')),
        ADD COLUMN effective_at timestamptz,
        ADD COLUMN reason text,
        ADD COLUMN notice_shortened boolean NOT NULL DEFAULT true,
        ADD COLUMN created_at timestamptz`);
    await q.query(`UPDATE offer_price_changes SET effective_at = changed_at, created_at = changed_at`);
    await q.query(`ALTER TABLE offer_price_changes ALTER COLUMN effective_at SET NOT NULL, ALTER COLUMN created_at SET NOT NULL, ALTER COLUMN status DROP DEFAULT,
      ALTER COLUMN notice_shortened DROP DEFAULT, ALTER COLUMN changed_at DROP NOT NULL`);
    await q.query(`ALTER TABLE offer_price_changes ADD CONSTRAINT offer_price_changes_applied_at CHECK ((status = 'APPLIED') = (changed_at IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX offer_price_changes_one_pending ON offer_price_changes (offer_id) WHERE status = 'SCHEDULED'`);
    await q.query(`CREATE INDEX offer_price_changes_due_idx ON offer_price_changes (effective_at) WHERE status = 'SCHEDULED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM offer_price_changes WHERE status <> 'APPLIED'`);
    await q.query(`DROP INDEX offer_price_changes_due_idx`);
    await q.query(`DROP INDEX offer_price_changes_one_pending`);
    await q.query(`ALTER TABLE offer_price_changes DROP CONSTRAINT offer_price_changes_applied_at`);
    await q.query(`ALTER TABLE offer_price_changes ALTER COLUMN changed_at SET NOT NULL, DROP COLUMN status, DROP COLUMN effective_at, DROP COLUMN reason, DROP COLUMN notice_shortened, DROP COLUMN created_at`);
  }
}
