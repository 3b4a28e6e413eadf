import { AuditEventsDocument, VerifyAuditChainDocument } from '@mengyuan/graphql';
import { startTestApp, type TestApp } from '../test-app';

describe('audit chain', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    await t.login('member@mengyuan.demo');
  });
  afterAll(() => t.close());

  it('links every event to the one before it, and verifies whole', async () => {
    await t.chained();
    const rows = await t.db.query('SELECT seq, prev_hash, hash FROM audit_events ORDER BY seq');
    expect(rows.length).toBeGreaterThan(10);
    rows.forEach((r: { seq: string; prev_hash: string }, i: number) => {
      expect(Number(r.seq)).toBe(i + 1);
      expect(r.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1].hash);
    });
    const { verifyAuditChain } = await t.data(VerifyAuditChainDocument, {}, { token: admin });
    expect(verifyAuditChain).toMatchObject({ ok: true, checked: rows.length, firstBrokenSeq: null, full: false, fromCheckpoint: null });
  });

  it('lists events newest first, filtered by type', async () => {
    const { auditEvents } = await t.data(AuditEventsDocument, { filter: { type: 'user.signed_in', organizationId: null }, page: { offset: 0, limit: 10 } }, { token: admin });
    expect(auditEvents.totalCount).toBe(2);
    expect(auditEvents.items.map((e) => e.actorEmail)).toEqual(['member@mengyuan.demo', 'admin@mengyuan.demo']);
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    await expect(t.db.query(`UPDATE audit_events SET type = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('names the first broken link when a row is edited behind the application’s back', async () => {
    // A superuser can bypass triggers; verification is what catches it.
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_events SET payload = payload || '{"ip":"6.6.6.6"}' WHERE seq = 5`);
    });
    const { verifyAuditChain } = await t.data(VerifyAuditChainDocument, {}, { token: admin });
    expect(verifyAuditChain).toMatchObject({ ok: false, checked: 4, firstBrokenSeq: 5 });
  });

  it('is whole again when the edit is undone, and names a deleted link', async () => {
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_events SET payload = payload - 'ip' WHERE seq = 5`);
    });
    const restored = await t.data(VerifyAuditChainDocument, {}, { token: admin });
    expect(restored.verifyAuditChain).toMatchObject({ ok: true, firstBrokenSeq: null });
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`DELETE FROM audit_events WHERE seq = 3`);
    });
    const { verifyAuditChain } = await t.data(VerifyAuditChainDocument, {}, { token: admin });
    expect(verifyAuditChain).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('is for alliance staff only', async () => {
    const member = await t.login('member@mengyuan.demo');
    expect(await t.errorCode(VerifyAuditChainDocument, {}, { token: member.token })).toBe('FORBIDDEN');
    expect(await t.errorCode(AuditEventsDocument, { filter: null, page: null }, { token: member.token })).toBe('FORBIDDEN');
  });
});
