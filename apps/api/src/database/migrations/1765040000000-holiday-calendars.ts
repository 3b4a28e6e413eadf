import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holiday calendars from official data (issue 18): where a calendar's holidays came from (the data package,
 * and per year whether the State Council's schedule or only the statutory days), and the coverage notice
 * last sent, so admins are told once per state, 60 days before the exceptions run out.
 */
export class HolidayCalendars1765040000000 implements MigrationInterface {
  name = 'HolidayCalendars1765040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_calendars ADD COLUMN holiday_source jsonb, ADD COLUMN coverage_noticed text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_calendars DROP COLUMN holiday_source, DROP COLUMN coverage_noticed`);
  }
}
