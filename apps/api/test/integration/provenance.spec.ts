import { BatchProvenanceDocument, CodeProvenanceDocument, OpenTicketDocument, VerifyBatchProvenanceDocument, VerifyProvenanceDocument } from '@mengyuan/graphql';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const HASH = /^[0-9a-f]{64}$/;

describe('code provenance (溯源) from the audit chain', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let member2: string;
  let s1: string;
  let s2: string;
  let skuId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    const m2 = await t.login('member2@mengyuan.demo');
    member2 = m2.token;
    s1 = (await t.login('supplier@mengyuan.demo')).token;
    s2 = (await t.login('supplier2@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '1000000');
    await deposit(t, admin, m2.organizationId, '1000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 10 }] })).sku.id;
  });
  afterAll(() => t.close());

  it('shows its buyer the chain of a bought code, with hashes, and verifies that slice', async () => {
    const { order, codes } = await deliveredOrder(t, member, skuId);
    // A second member buys from the same batch: nothing of that sale shows in the first member's provenance.
    const other = await deliveredOrder(t, member2, skuId);
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请核实', codeIds: [codes[0].id] } }, { token: member })).openTicket;

    const p = (await t.data(CodeProvenanceDocument, { codeId: codes[0].id }, { token: member })).codeProvenance;
    expect(p).toMatchObject({ codeId: codes[0].id, supplierName: '腾跃互娱官方授权分销有限公司', orderId: order.id, clientOrderNo: expect.stringMatching(/^TK-/), codeStatus: 'SOLD', batchStatus: 'SELLABLE' });
    expect(p.soldAt && p.deliveredAt && p.importedAt).toBeTruthy();
    expect(p.tickets).toEqual([expect.objectContaining({ id: ticket.id, category: 'INVALID_CODE' })]);
    const types = p.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['card_batch.imported', 'order.delivered', 'order.codes_revealed', 'ticket.opened']));
    expect(types.indexOf('card_batch.imported')).toBeLessThan(types.indexOf('order.delivered'));
    for (const e of p.events) {
      expect(e.hash).toMatch(HASH);
      expect(e.prevHash).toMatch(HASH);
    }
    expect(p.events.map((e) => e.seq)).toEqual([...p.events.map((e) => e.seq)].sort((a, b) => a - b));
    // Nothing of the other member's order.
    expect(JSON.stringify(p)).not.toContain(other.order.id);
    expect(p.events.every((e) => e.subjectId !== other.order.id)).toBe(true);

    const verified = (await t.data(VerifyProvenanceDocument, { codeId: codes[0].id }, { token: member })).verifyProvenance;
    expect(verified).toEqual({ ok: true, checked: p.events.length, firstBrokenSeq: null });
  });

  it('shows nothing to another member or a supplier, and names the first broken link after an edit behind the application’s back', async () => {
    const { codes } = await deliveredOrder(t, member, skuId);
    expect(await t.errorCode(CodeProvenanceDocument, { codeId: codes[0].id }, { token: member2 })).toBe('NOT_FOUND');
    expect(await t.errorCode(VerifyProvenanceDocument, { codeId: codes[0].id }, { token: member2 })).toBe('NOT_FOUND');
    expect(await t.errorCode(CodeProvenanceDocument, { codeId: codes[0].id }, { token: s1 })).toBe('FORBIDDEN');
    expect(await t.errorCode(CodeProvenanceDocument, { codeId: 'not-a-code' }, { token: member })).toBe('NOT_FOUND');

    const p = (await t.data(CodeProvenanceDocument, { codeId: codes[0].id }, { token: member })).codeProvenance;
    const delivered = p.events.find((e) => e.type === 'order.delivered')!;
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_events SET payload = payload || '{"total":"1"}' WHERE seq = $1`, [delivered.seq]);
    });
    expect((await t.data(VerifyProvenanceDocument, { codeId: codes[0].id }, { token: member })).verifyProvenance).toMatchObject({ ok: false, firstBrokenSeq: delivered.seq });
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_events SET payload = payload - 'total' || jsonb_build_object('total', $2::jsonb->'total') WHERE seq = $1`, [delivered.seq, JSON.stringify(delivered.payload)]);
    });
    expect((await t.data(VerifyProvenanceDocument, { codeId: codes[0].id }, { token: member })).verifyProvenance).toMatchObject({ ok: true });
  });

  it('shows a supplier the life of its own batch, and nobody else’s', async () => {
    const { codes } = await deliveredOrder(t, member, skuId);
    const { batchId } = (await t.data(CodeProvenanceDocument, { codeId: codes[0].id }, { token: member })).codeProvenance;
    const b = (await t.data(BatchProvenanceDocument, { batchId }, { token: s1 })).batchProvenance;
    expect(b).toMatchObject({ batchId, status: 'SELLABLE', accepted: 10 });
    expect(b.sold).toBeGreaterThanOrEqual(3);
    expect(b.counts.find((c) => c.status === 'SOLD')!.count).toBe(b.sold);
    expect(b.tickets.length).toBeGreaterThanOrEqual(1);
    expect(b.events.map((e) => e.type)).toContain('card_batch.imported');
    expect((await t.data(VerifyBatchProvenanceDocument, { batchId }, { token: s1 })).verifyBatchProvenance).toMatchObject({ ok: true });
    expect(await t.errorCode(BatchProvenanceDocument, { batchId }, { token: s2 })).toBe('NOT_FOUND');
    expect(await t.errorCode(BatchProvenanceDocument, { batchId }, { token: member })).toBe('FORBIDDEN');
  });
});
