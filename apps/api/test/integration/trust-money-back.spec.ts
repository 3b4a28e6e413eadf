import {
  ArbitrateTicketDocument, EscalateTicketDocument, LedgerCheckDocument, OpenTicketDocument, ReopenTicketDocument, ResolveTicketDocument, WalletDocument,
} from '@mengyuan/graphql';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** Issue 18.5: money back on an order line, across tickets and reopen cycles, is capped at what was paid. */
describe('money back on an order line is capped at what was paid', () => {
  let t: TestApp;
  const tok = { admin: '', m1: '', s1: '' };
  let memberOrg = '';
  let skuId = '';

  async function signIn() {
    tok.admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    [tok.m1, memberOrg] = [m.token, m.organizationId];
    tok.s1 = (await t.login('supplier@mengyuan.demo')).token;
  }
  const compensate = (ticketId: string, amount: bigint) => t.gql(ResolveTicketDocument, { input: { ticketId, kind: 'COMPENSATION', amount: amount.toString(), reason: '补偿损失' } }, { token: tok.s1 });
  const codeOf = (r: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] | null } }) => r.body.errors?.[0]?.extensions?.code ?? null;
  const wallet = async () => BigInt((await t.data(WalletDocument, { page: null }, { token: tok.m1 })).wallet.balance);
  async function openOn(orderId: string, codeIds: string[]) {
    return (await t.data(OpenTicketDocument, { input: { orderId, category: 'INVALID_CODE', description: '卡密提示无效，请处理', codeIds } }, { token: tok.m1 })).openTicket;
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    await signIn();
    await deposit(t, tok.admin, memberOrg, '5000000');
    skuId = (await stockedSku(t, { admin: tok.admin, offers: [{ supplier: tok.s1, stock: 20 }] })).sku.id;
  });
  afterAll(() => t.close());

  it('across reopen cycles: refused past what was paid (typed), up to it allowed; beyond it only an admin ruling with a reason, audited', async () => {
    const { order, codes } = await deliveredOrder(t, tok.m1, skuId, 2);
    const paid = BigInt(order.total);
    const tk = await openOn(order.id, [codes[0].id]);
    expect(codeOf(await compensate(tk.id, (paid * 6n) / 10n))).toBeNull();
    await t.data(ReopenTicketDocument, { ticketId: tk.id, reason: '补偿不足，卡密仍无法使用' }, { token: tok.m1 });
    // Each compensation alone is under the order total; together they are not.
    const over = await compensate(tk.id, (paid * 6n) / 10n);
    expect(codeOf(over)).toBe('MONEY_BACK_CAP_EXCEEDED');
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ paid: paid.toString(), moneyBack: ((paid * 6n) / 10n).toString(), left: (paid - (paid * 6n) / 10n).toString() });
    const before = await wallet();
    expect(codeOf(await compensate(tk.id, paid - (paid * 6n) / 10n))).toBeNull(); // exactly what was paid, in total
    expect(await wallet()).toBe(before + paid - (paid * 6n) / 10n);

    // A third cycle, escalated: the admin too is refused unless it rules past the cap, with its reason.
    await t.data(ReopenTicketDocument, { ticketId: tk.id, reason: '仍然无法使用，要求联盟处理' }, { token: tok.m1 });
    await t.data(EscalateTicketDocument, { ticketId: tk.id, reason: '要求联盟仲裁' }, { token: tok.m1 });
    const ruling = { ticketId: tk.id, against: 'SUPPLIER' as const, kind: 'COMPENSATION' as const, amount: '1000', reason: '货源商多次交付无效卡密，额外补偿 10 元' };
    expect(await t.errorCode(ArbitrateTicketDocument, { input: ruling }, { token: tok.admin })).toBe('MONEY_BACK_CAP_EXCEEDED');
    const ruled = (await t.data(ArbitrateTicketDocument, { input: { ...ruling, exceedMoneyBackCap: true } }, { token: tok.admin })).arbitrateTicket;
    expect(ruled.status).toBe('RESOLVED');
    await t.chained();
    const [audit] = (await t.db.query(`SELECT payload FROM audit_events WHERE type = 'ticket.money_back_cap_overridden' AND subject_id = $1`, [tk.id])) as { payload: Record<string, unknown> }[];
    expect(audit.payload).toMatchObject({ paid: paid.toString(), before: paid.toString(), amount: '1000', after: (paid + 1000n).toString(), reason: ruling.reason });
    expect((await t.data(LedgerCheckDocument, {}, { token: tok.admin })).ledgerCheck.ok).toBe(true);
  });

  it('concurrency: two compensations at once on one line cannot together exceed what was paid', async () => {
    const { order, codes } = await deliveredOrder(t, tok.m1, skuId, 2);
    const paid = BigInt(order.total);
    const a = await openOn(order.id, [codes[0].id]);
    const b = await openOn(order.id, [codes[1].id]);
    const before = await wallet();
    const results = await Promise.all([compensate(a.id, (paid * 6n) / 10n), compensate(b.id, (paid * 6n) / 10n)]);
    expect(results.map(codeOf).sort()).toEqual(['MONEY_BACK_CAP_EXCEEDED', null].sort());
    expect(await wallet()).toBe(before + (paid * 6n) / 10n);
    expect((await t.data(LedgerCheckDocument, {}, { token: tok.admin })).ledgerCheck.ok).toBe(true);
  });
});
