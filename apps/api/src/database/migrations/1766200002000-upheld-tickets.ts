import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 §7: "upheld tickets" counts tickets, not resolution cycles. The scorecards keep which tickets they have
 * counted as upheld (one row per ticket: the record behind the counter); a ticket upheld again after a reopen is not
 * counted twice.
 */
export class UpheldTickets1766200002000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE score_upheld_tickets (
        ticket_id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL,
        member_id uuid NOT NULL,
        category text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX score_upheld_tickets_supplier_idx ON score_upheld_tickets (supplier_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE score_upheld_tickets`);
  }
}
