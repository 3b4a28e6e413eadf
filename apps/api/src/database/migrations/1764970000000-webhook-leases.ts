import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookLeases1764970000000 implements MigrationInterface {
  name = 'WebhookLeases1764970000000';

  async up(q: QueryRunner): Promise<void> {
    // Who holds a delivery's lease: its sender renews it while the attempt runs and records the outcome only
    // while it still holds it, so a replica that takes over a lapsed lease is never overwritten by the old one.
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN leased_by text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN leased_by`);
  }
}
