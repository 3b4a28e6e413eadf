import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The admin dashboard's after-sales panels read tickets by opening day and SLA clocks by stopping day (TicketFiguresService). */
export class TicketFigures1764900000000 implements MigrationInterface {
  name = 'TicketFigures1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tickets_opened_idx ON tickets (opened_at)`);
    await q.query(`CREATE INDEX sla_clocks_stopped_idx ON sla_clocks (stopped_at) WHERE met IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sla_clocks_stopped_idx`);
    await q.query(`DROP INDEX tickets_opened_idx`);
  }
}
