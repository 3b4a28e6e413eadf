import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A connector speaks the Mengyuan supplier protocol or a dujiao-next site's upstream API (issue 19); the periodic
 * sync holds a lease on the connector it syncs, so two syncs of one connector never overlap (across replicas).
 */
export class DockProtocols1767043817000 implements MigrationInterface {
  name = 'DockProtocols1767043817000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE docking_connectors DROP CONSTRAINT IF EXISTS docking_connectors_protocol_check`);
    await q.query(`UPDATE docking_connectors SET protocol = 'MENGYUAN' WHERE protocol = 'MENGYUAN_V1'`);
    await q.query(`ALTER TABLE docking_connectors ADD CONSTRAINT docking_connectors_protocol_check CHECK (protocol IN ('MENGYUAN','DUJIAO_NEXT'))`);
    await q.query(`ALTER TABLE docking_connectors ALTER COLUMN protocol SET DEFAULT 'MENGYUAN'`);
    await q.query(`ALTER TABLE docking_connectors ADD COLUMN sync_lease_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM docking_connectors WHERE protocol = 'DUJIAO_NEXT'`)) as { n: number }[];
    if (n > 0) throw new Error(`${n} dujiao-next connector(s) exist: the Mengyuan-only schema cannot hold them (disable and remove them first)`);
    await q.query(`ALTER TABLE docking_connectors DROP COLUMN sync_lease_until`);
    await q.query(`ALTER TABLE docking_connectors ALTER COLUMN protocol DROP DEFAULT`);
    await q.query(`ALTER TABLE docking_connectors DROP CONSTRAINT docking_connectors_protocol_check`);
    await q.query(`UPDATE docking_connectors SET protocol = 'MENGYUAN_V1'`);
    await q.query(`ALTER TABLE docking_connectors ADD CONSTRAINT docking_connectors_protocol_check CHECK (protocol IN ('MENGYUAN_V1'))`);
  }
}
