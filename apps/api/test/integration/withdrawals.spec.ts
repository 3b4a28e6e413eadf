import {
  LedgerCheckDocument,
  NotificationsDocument,
  OpenTicketDocument,
  PayableSummaryDocument,
  PayoutStatementDocument,
  PayWithdrawalDocument,
  RejectWithdrawalDocument,
  RequestWithdrawalDocument,
  ResolveTicketDocument,
  SetSettlementPolicyDocument,
  WithdrawalsDocument,
} from '@mengyuan/graphql';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const payee = { payeeBank: '中国工商银行', payeeAccountName: '腾达数码', payeeAccountNo: '6222 0210 0000 1234' };
const DAY = 24 * 3600_000;

describe('money out: supplier withdrawals on settlement cycles', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let supplier: string;
  let supplierOrg: string;

  const login = async () => {
    admin = (await t.login('admin@mengyuan.demo')).token;
    member = (await t.login('member@mengyuan.demo')).token;
    const s = await t.login('supplier@mengyuan.demo');
    supplier = s.token;
    supplierOrg = s.organizationId;
  };
  const summary = async () => (await t.data(PayableSummaryDocument, { supplierId: null }, { token: supplier })).payableSummary;
  const withdraw = (amount: string) => t.gql(RequestWithdrawalDocument, { input: { amount, ...payee } }, { token: supplier });
  const payable = async () => BigInt((await t.db.query(`SELECT coalesce(sum(e.amount), 0)::text AS b FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.kind = 'SUPPLIER_PAYABLE' AND a.organization_id = $1`, [supplierOrg]))[0].b);

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    await login();
    await deposit(t, admin, (await t.login('member@mengyuan.demo')).organizationId, '1000000');
    await t.data(SetSettlementPolicyDocument, { input: { organizationId: supplierOrg, cycle: 'T1', withdrawalFeeRateBp: 50, withdrawalFeeFixed: '100' } }, { token: admin });
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier, stock: 10 }] });
    for (let i = 0; i < 3; i++) await deliveredOrder(t, member, sku.id);
    // One sale refunded after an upheld ticket: the statement must show it behind the total.
    const { order, codes } = await deliveredOrder(t, member, sku.id);
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请退款', codeIds: codes.map((c) => c.id) } }, { token: member })).openTicket;
    await t.data(ResolveTicketDocument, { input: { ticketId: ticket.id, kind: 'REFUND' } }, { token: supplier });
  });
  afterAll(() => t.close());

  it('holds back what is not settled yet under the cycle and refuses more than the available payable', async () => {
    const s = await summary();
    expect(s).toMatchObject({ cycle: 'T1', available: '0', pending: '0', withdrawalFeeRateBp: 50, withdrawalFeeFixed: '100' });
    expect(BigInt(s.balance)).toBe(await payable());
    expect(BigInt(s.unsettled)).toBe(BigInt(s.balance));
    const res = await withdraw('100');
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'WITHDRAWAL_EXCEEDS_AVAILABLE', available: '0' });
  });

  it('lets the supplier withdraw settled money once the cycle has passed; finance pays it and the payout statement sums to it to the fen', async () => {
    t.clock.advance(DAY);
    await login();
    const s = await summary();
    const balance = await payable();
    expect(BigInt(s.available)).toBe(balance);
    expect(balance).toBeGreaterThan(10000n);
    const amount = balance / 2n;
    const w = (await withdraw(amount.toString())).body.data!.requestWithdrawal;
    const fee = (amount * 50n * 2n + 10000n) / 20000n + 100n;
    expect(w).toMatchObject({ status: 'REQUESTED', amount: amount.toString(), fee: fee.toString(), net: (amount - fee).toString() });
    expect(await summary()).toMatchObject({ pending: amount.toString(), available: (balance - amount).toString() });
    expect((await t.data(WithdrawalsDocument, { filter: { status: 'REQUESTED' }, page: null }, { token: admin })).withdrawals.items.map((x) => x.id)).toContain(w.id);

    expect(await t.errorCode(PayWithdrawalDocument, { id: w.id, transferReference: 'x' }, { token: admin })).toBe('VALIDATION_FAILED');
    const paid = (await t.data(PayWithdrawalDocument, { id: w.id, transferReference: 'ICBC-PAY-0001' }, { token: admin })).payWithdrawal;
    expect(paid).toMatchObject({ status: 'PAID', transferReference: 'ICBC-PAY-0001' });
    expect(await payable()).toBe(balance - amount);
    expect(await t.errorCode(PayWithdrawalDocument, { id: w.id, transferReference: 'ICBC-PAY-0002' }, { token: admin })).toBe('INVALID_TRANSITION');
    expect(await payable()).toBe(balance - amount);
    const notices = (await t.data(NotificationsDocument, { unreadOnly: false, page: null }, { token: supplier })).notifications.items;
    expect(notices.find((n) => n.type === 'WITHDRAWAL_PAID')).toBeTruthy();

    const st = (await t.data(PayoutStatementDocument, { withdrawalId: w.id }, { token: supplier })).payoutStatement;
    const sum = st.lines.reduce((a, l) => a + BigInt(l.amount), 0n);
    expect(BigInt(st.movements)).toBe(sum);
    expect(BigInt(st.opening) + sum - BigInt(st.carriedForward)).toBe(amount);
    expect(st).toMatchObject({ opening: '0', withdrawn: amount.toString(), fee: fee.toString(), net: (amount - fee).toString() });
    expect(new Set(st.lines.map((l) => l.type))).toEqual(new Set(['ORDER', 'REFUND']));
    expect(st.totalsByType.find((x) => x.type === 'ORDER')?.count).toBe(4);
    // The net is what the ledger paid out: the PAYOUT transaction's amount.
    const [payout] = await t.db.query(`SELECT -e.amount::bigint AS net FROM ledger_entries e JOIN ledger_transactions x ON x.id = e.transaction_id JOIN ledger_accounts a ON a.id = e.account_id WHERE x.type = 'PAYOUT' AND x.reference = 'ICBC-PAY-0001' AND a.kind = 'SUPPLIER_PAYABLE'`);
    expect(BigInt(payout.net)).toBe(amount - fee);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
  });

  it('lets only one of two withdrawals racing for the same payable through', async () => {
    const available = BigInt((await summary()).available);
    const share = (available * 2n) / 3n;
    const results = await Promise.all([withdraw(share.toString()), withdraw(share.toString())]);
    const ok = results.filter((r) => r.body.data?.requestWithdrawal);
    const refused = results.filter((r) => r.body.errors?.[0].extensions?.code === 'WITHDRAWAL_EXCEEDS_AVAILABLE');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(await summary()).toMatchObject({ pending: share.toString(), available: (available - share).toString() });

    const second = ok[0].body.data!.requestWithdrawal;
    const rejected = (await t.data(RejectWithdrawalDocument, { id: second.id, reason: '收款账户名与主体不符' }, { token: admin })).rejectWithdrawal;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '收款账户名与主体不符' });
    expect((await summary()).available).toBe(available.toString());
  });

  it('starts the next statement where the last one left off', async () => {
    const available = BigInt((await summary()).available);
    const w = (await withdraw(available.toString())).body.data!.requestWithdrawal;
    await t.data(PayWithdrawalDocument, { id: w.id, transferReference: 'ICBC-PAY-0003' }, { token: admin });
    const st = (await t.data(PayoutStatementDocument, { withdrawalId: w.id }, { token: supplier })).payoutStatement;
    expect(BigInt(st.opening) + BigInt(st.movements) - BigInt(st.carriedForward)).toBe(available);
    expect(st.carriedForward).toBe('0');
    expect(BigInt(st.opening)).toBe(available); // all of it was settled in the first period and left by the first withdrawal
    expect(await payable()).toBe(0n);
    expect((await summary()).available).toBe('0');
    // Another supplier's statement is not found.
    const other = (await t.login('supplier2@mengyuan.demo')).token;
    expect(await t.errorCode(PayoutStatementDocument, { withdrawalId: w.id }, { token: other })).toBe('NOT_FOUND');
  });
});
