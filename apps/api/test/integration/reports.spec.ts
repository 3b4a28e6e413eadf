import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CompleteTopupTaskDocument,
  CreateApiKeyDocument,
  FailTopupTaskDocument,
  LedgerEntriesDocument,
  MonthlyStatementDocument,
  OrderSuppliersDocument,
  OpenTicketDocument,
  ResolveTicketDocument,
  RevealOrderCodesDocument,
  RecordSupplierPayoutDocument,
  ReviewHeldOrderDocument,
  SearchOrdersDocument,
  SearchSalesDocument,
  TestDepositToWalletDocument,
  TestPlaceOrderDocument,
  TopupTasksDocument,
  WalletDocument,
  type LedgerSearchInput,
} from '@mengyuan/graphql';
import { LedgerAccountKind, LedgerTransactionType, OrderStatus, shanghaiDayStart } from '@mengyuan/domain';
import * as ExcelJS from 'exceljs';
import { ACCOUNT_KIND, LEDGER_TYPE, ORDER_STATUS } from '../../src/modules/reports/export-labels';
import { brandId, createSku, liveOffer, stockedSku } from '../factories';
import { startTestApp, type Auth, type TestApp } from '../test-app';

/** Search, statements and Excel exports, on movements placed in September, October and November 2026 (Asia/Shanghai). */
describe('search, statements and exports', () => {
  let t: TestApp;
  const tokens = { admin: '', s1: '', s2: '', a: '', b: '' };
  const ids = { s1: '', s2: '', a: '', b: '', x: '', topup: '' };
  const orders: Record<string, string> = {};

  async function at(instant: string): Promise<void> {
    t.clock.reset();
    t.clock.advance(new Date(instant).getTime() - Date.now());
    for (const [k, email] of [['admin', 'admin@mengyuan.demo'], ['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['a', 'member@mengyuan.demo'], ['b', 'member2@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tokens[k] = l.token;
      if (k !== 'admin') ids[k] = l.organizationId;
    }
  }
  const deposit = (org: string, amount: string, reference: string) => t.data(TestDepositToWalletDocument, { organizationId: org, amount, reference }, { token: tokens.admin });
  const place = (token: string, skuId: string, quantity: number, no: string, rechargeAccount?: string) =>
    t.gql(TestPlaceOrderDocument, { input: { skuId, quantity, clientOrderNo: no, rechargeAccount } }, { token });
  const task = async (orderId: string) => (await t.data(TopupTasksDocument, { status: 'QUEUED', page: null }, { token: tokens.s2 })).topupTasks.items.find((x) => x.orderId === orderId)!;

  /** Every entry a search finds, a page of 100 at a time. */
  async function allEntries(search: LedgerSearchInput, auth: Auth) {
    const items = [];
    for (let offset = 0; ; offset += 100) {
      const page = (await t.data(LedgerEntriesDocument, { search, page: { offset, limit: 100 } }, auth)).ledgerEntries;
      items.push(...page.items);
      if (items.length >= page.totalCount) return items;
    }
  }
  const sum = (xs: { amount: string }[]) => xs.reduce((a, x) => a + BigInt(x.amount), 0n);

  async function download(path: string, auth: Auth): Promise<{ status: number; headers: Headers; workbook: ExcelJS.Workbook | null; body: unknown }> {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.apiKey) headers['x-api-key'] = auth.apiKey;
    const res = await fetch(`${t.url}${path}`, { headers });
    if (res.status !== 200) return { status: res.status, headers: res.headers, workbook: null, body: await res.json() };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return { status: res.status, headers: res.headers, workbook, body: null };
  }
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const fen = (yuan: unknown) => BigInt(Math.round(Number(yuan) * 100));

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    await at('2026-09-20T12:00:00+08:00');
    await deposit(ids.a, '100000', 'BANK-SEP');
    const x = await stockedSku(t, { admin: tokens.admin, offers: [{ supplier: tokens.s1, stock: 5 }, { supplier: tokens.s2, stock: 70 }], sku: { name: '对账测试卡' } });
    ids.x = x.sku.id;
    const topup = await createSku(t, tokens.admin, { name: '对账测试话费', brandId: await brandId(t, tokens.admin, '中国移动'), category: 'TELECOM_RECHARGE', deliveryMode: 'DIRECT_TOPUP', unifiedPrice: '9800' });
    ids.topup = topup.id;
    await liveOffer(t, { supplier: tokens.s2, reviewer: tokens.admin, skuId: topup.id, settlementPrice: '9700' });

    await at('2026-10-10T12:00:00+08:00');
    await deposit(ids.a, '600000', 'BANK-OCT-1');
    orders.card = (await place(tokens.a, ids.x, 1, 'OCT-CARD-1')).body.data!.placeOrder.id;
    orders.topup = (await place(tokens.a, ids.topup, 1, 'OCT-TOPUP-1', '13800138000')).body.data!.placeOrder.id;
    await t.data(CompleteTopupTaskDocument, { id: (await task(orders.topup)).id, reference: 'CMCC-OCT-1' }, { token: tokens.s2 });
    orders.failedTopup = (await place(tokens.a, ids.topup, 1, 'OCT-TOPUP-2', '13800138001')).body.data!.placeOrder.id;
    await t.data(FailTopupTaskDocument, { id: (await task(orders.failedTopup)).id, reason: '运营商维护' }, { token: tokens.s2 });
    const held = await place(tokens.a, ids.x, 60, 'OCT-BIG-1');
    expect(held.body.errors?.[0].extensions?.code).toBe('RISK_REVIEW');
    orders.held = held.body.errors![0].extensions!.orderId as string;
    await t.data(ReviewHeldOrderDocument, { orderId: orders.held, decision: 'REJECT', note: '超出日常采购' }, { token: tokens.admin });
    await t.data(RecordSupplierPayoutDocument, { organizationId: ids.s1, amount: '5000', reference: 'PAY-OCT-1' }, { token: tokens.admin });
    // After-sales: ¥50 of the card order back to the member, at supplier@'s cost (its settlement share, 5000 × 9550 / 9650).
    const codes = (await t.data(RevealOrderCodesDocument, { orderId: orders.card }, { token: tokens.a })).revealOrderCodes;
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: orders.card, category: 'INVALID_CODE', description: '卡密提示无效', codeIds: codes.map((c) => c.id) } }, { token: tokens.a })).openTicket;
    await t.data(ResolveTicketDocument, { input: { ticketId: ticket.id, kind: 'REFUND', amount: '5000' } }, { token: tokens.s1 });
    await deposit(ids.b, '20000', 'BANK-OCT-B');
    orders.b = (await place(tokens.b, ids.x, 1, 'B-OCT-1')).body.data!.placeOrder.id;
    // The month's last minute and the next month's first.
    await at('2026-10-31T23:59:00+08:00');
    await deposit(ids.a, '1000', 'BANK-OCT-LAST');
    await at('2026-11-01T00:00:30+08:00');
    await deposit(ids.a, '2000', 'BANK-NOV-FIRST');
    orders.nov = (await place(tokens.a, ids.x, 2, 'NOV-CARD-1')).body.data!.placeOrder.id;
    t.clock.reset();
    await at(new Date().toISOString());
  });
  afterAll(() => t.close());

  it('reconciles a member’s October statement to the ledger to the fen', async () => {
    const { monthlyStatement: s } = await t.data(MonthlyStatementDocument, { month: '2026-10', organizationId: null, page: { offset: 0, limit: 100 } }, { token: tokens.a });
    expect(s).toMatchObject({ organizationId: ids.a, month: '2026-10', startsAt: shanghaiDayStart('2026-10-01').toISOString(), endsAt: shanghaiDayStart('2026-11-01').toISOString() });
    const [wallet, hold] = s.accounts;
    expect([wallet.kind, hold.kind]).toEqual(['MEMBER_WALLET', 'MEMBER_HOLD']);
    expect(wallet.openingBalance).toBe('100000');
    // opening + Σ movements = closing
    expect(wallet.lines).toHaveLength(wallet.lineCount);
    expect(BigInt(wallet.openingBalance) + sum(wallet.lines)).toBe(BigInt(wallet.closingBalance));
    expect(wallet.netMovement).toBe(String(sum(wallet.lines)));
    const expectedClosing = 100000n + 600000n - 9650n - 9800n - 9800n + 9800n - 579000n + 579000n + 5000n + 1000n;
    expect(wallet.closingBalance).toBe(String(expectedClosing));
    // closing = the ledger's balance at the month's end: every entry of the wallet up to 31 October …
    const upToEnd = await allEntries({ accountKind: 'MEMBER_WALLET', to: '2026-10-31' }, { token: tokens.a });
    expect(sum(upToEnd)).toBe(expectedClosing);
    // … = today's balance less what moved since.
    const since = await allEntries({ accountKind: 'MEMBER_WALLET', from: '2026-11-01' }, { token: tokens.a });
    const { wallet: now } = await t.data(WalletDocument, { page: null }, { token: tokens.a });
    expect(BigInt(now.balance) - sum(since)).toBe(expectedClosing);
    expect(wallet.totalsByType).toEqual([
      { type: 'DEPOSIT', count: 2, total: '601000' },
      { type: 'HOLD', count: 3, total: String(-9800 - 9800 - 579000) },
      { type: 'ORDER', count: 1, total: '-9650' },
      { type: 'REFUND', count: 1, total: '5000' },
      { type: 'RELEASE', count: 2, total: String(9800 + 579000) },
    ]);
    // The hold: reserved and given back or paid from, to nothing.
    expect(hold).toMatchObject({ openingBalance: '0', closingBalance: '0', lineCount: 6 });
    expect(hold.totalsByType.map((x) => [x.type, x.count, x.total])).toEqual([
      ['HOLD', 3, String(9800 + 9800 + 579000)],
      ['ORDER', 1, '-9800'],
      ['RELEASE', 2, String(-9800 - 579000)],
    ]);
    // November opens where October closed; the minute after midnight belongs to November.
    const { monthlyStatement: nov } = await t.data(MonthlyStatementDocument, { month: '2026-11', organizationId: null, page: null }, { token: tokens.a });
    expect(nov.accounts[0].openingBalance).toBe(wallet.closingBalance);
    expect(nov.accounts[0].totalsByType).toEqual([{ type: 'DEPOSIT', count: 1, total: '2000' }, { type: 'ORDER', count: 1, total: '-19300' }]);
    // September: the opening deposit only.
    const { monthlyStatement: sep } = await t.data(MonthlyStatementDocument, { month: '2026-09', organizationId: null, page: null }, { token: tokens.a });
    expect(sep.accounts[0]).toMatchObject({ openingBalance: '0', closingBalance: '100000' });
  });

  it('reconciles a supplier’s payable, and alliance staff read anyone’s statement but members only their own', async () => {
    const { monthlyStatement: s1 } = await t.data(MonthlyStatementDocument, { month: '2026-10', organizationId: null, page: null }, { token: tokens.s1 });
    expect(s1.accounts.map((a) => a.kind)).toEqual(['SUPPLIER_PAYABLE']);
    // supplier@ delivered OCT-CARD-1 and B-OCT-1 at ¥95.50 each, gave back its share of a ¥50 refund, then was paid ¥50.
    expect(s1.accounts[0]).toMatchObject({ openingBalance: '0', closingBalance: String(9550 * 2 - 4948 - 5000) });
    expect(s1.accounts[0].totalsByType).toEqual([
      { type: 'ORDER', count: 2, total: '19100' },
      { type: 'PAYOUT', count: 1, total: '-5000' },
      { type: 'REFUND', count: 1, total: '-4948' },
    ]);
    const { monthlyStatement: viaAdmin } = await t.data(MonthlyStatementDocument, { month: '2026-10', organizationId: ids.a, page: null }, { token: tokens.admin });
    expect(viaAdmin.accounts[0].closingBalance).toBe(String(100000 + 600000 - 9650 - 9800 + 5000 + 1000));
    expect(await t.errorCode(MonthlyStatementDocument, { month: '2026-10', organizationId: ids.a, page: null }, { token: tokens.b })).toBe('NOT_FOUND');
    const noOrg = await t.gql(MonthlyStatementDocument, { month: '2026-10', organizationId: null, page: null }, { token: tokens.admin });
    expect(noOrg.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { organizationId: expect.any(Array) } });
    const badMonth = await t.gql(MonthlyStatementDocument, { month: '2026-13', organizationId: null, page: null }, { token: tokens.a });
    expect(badMonth.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { month: expect.any(Array) } });
  });

  it('finds orders by number, merchant number, SKU, supplier, status and days, never another member’s', async () => {
    const mine = (await t.data(SearchOrdersDocument, { search: { orderNo: orders.card.slice(0, 8) }, page: null }, { token: tokens.a })).orders;
    expect(mine.items.map((o) => o.id)).toEqual([orders.card]);
    expect((await t.data(SearchOrdersDocument, { search: { orderNo: orders.card.toUpperCase() }, page: null }, { token: tokens.a })).orders.totalCount).toBe(1);
    // Another member's number finds nothing; alliance staff find it.
    expect((await t.data(SearchOrdersDocument, { search: { orderNo: orders.card }, page: null }, { token: tokens.b })).orders.totalCount).toBe(0);
    expect((await t.data(SearchOrdersDocument, { search: { orderNo: orders.card }, page: null }, { token: tokens.admin })).orders.totalCount).toBe(1);
    const byClientNo = (await t.data(SearchOrdersDocument, { search: { clientOrderNo: 'OCT-TOPUP' }, page: null }, { token: tokens.a })).orders;
    expect(byClientNo.items.map((o) => o.clientOrderNo).sort()).toEqual(['OCT-TOPUP-1', 'OCT-TOPUP-2']);
    const bySkuInOctober = (await t.data(SearchOrdersDocument, { search: { skuId: ids.x, from: '2026-10-01', to: '2026-10-31' }, page: null }, { token: tokens.a })).orders;
    expect(bySkuInOctober.items.map((o) => o.clientOrderNo).sort()).toEqual(['OCT-BIG-1', 'OCT-CARD-1']);
    const bySupplier = (await t.data(SearchOrdersDocument, { search: { supplierId: ids.s2 }, page: null }, { token: tokens.a })).orders;
    expect(bySupplier.items.map((o) => o.clientOrderNo)).toEqual(['OCT-TOPUP-1']);
    const failed = (await t.data(SearchOrdersDocument, { search: { status: 'FAILED' }, page: null }, { token: tokens.a })).orders;
    expect(failed.items.map((o) => o.clientOrderNo)).toEqual(['OCT-TOPUP-2']);
    const allOfB = (await t.data(SearchOrdersDocument, { search: { memberId: ids.b }, page: null }, { token: tokens.admin })).orders;
    expect(allOfB.items.map((o) => o.id)).toEqual([orders.b]);
    // A member's memberId filter cannot widen its view.
    expect((await t.data(SearchOrdersDocument, { search: { memberId: ids.a }, page: null }, { token: tokens.b })).orders.items.map((o) => o.id)).toEqual([orders.b]);
    const bad = await t.gql(SearchOrdersDocument, { search: { orderNo: 'xyz' }, page: null }, { token: tokens.a });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { orderNo: expect.any(Array) } });
    const reversed = await t.gql(SearchOrdersDocument, { search: { from: '2026-11-01', to: '2026-10-01' }, page: null }, { token: tokens.a });
    expect(reversed.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('offers as the supplier filter the suppliers that delivered the member’s orders, each finding some of them', async () => {
    for (const token of [tokens.a, tokens.b]) {
      const suppliers = (await t.data(OrderSuppliersDocument, {}, { token })).orderSuppliers;
      expect(suppliers.length).toBeGreaterThan(0);
      expect(suppliers.every((s) => s.name.length > 0)).toBe(true);
      for (const s of suppliers) expect((await t.data(SearchOrdersDocument, { search: { supplierId: s.id }, page: null }, { token })).orders.totalCount).toBeGreaterThan(0);
    }
    expect((await t.data(OrderSuppliersDocument, {}, { token: tokens.a })).orderSuppliers.map((s) => s.id)).toContain(ids.s2);
    const all = (await t.data(OrderSuppliersDocument, {}, { token: tokens.admin })).orderSuppliers.map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining([ids.s1, ids.s2]));
    expect((await t.gql(OrderSuppliersDocument, {}, { token: tokens.s1 })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('finds a supplier’s sales and ledger entries within its own organisation only', async () => {
    const s2 = (await t.data(SearchSalesDocument, { search: { from: '2026-10-01', to: '2026-10-31' }, page: null }, { token: tokens.s2 })).sales;
    expect(s2.items.map((l) => l.orderId)).toEqual([orders.topup]);
    expect(s2.items.map((l) => l.clientOrderNo)).toEqual(['OCT-TOPUP-1']);
    const s1 = (await t.data(SearchSalesDocument, { search: { skuId: ids.x }, page: null }, { token: tokens.s1 })).sales;
    expect(s1.items.map((l) => l.orderId).sort()).toEqual([orders.card, orders.b, orders.nov].sort());
    expect((await t.data(SearchSalesDocument, { search: { orderNo: orders.nov }, page: null }, { token: tokens.s1 })).sales.totalCount).toBe(1);
    expect((await t.data(SearchSalesDocument, { search: { orderNo: orders.nov }, page: null }, { token: tokens.s2 })).sales.totalCount).toBe(0);

    const deposits = await allEntries({ type: 'DEPOSIT' }, { token: tokens.a });
    expect(deposits.map((e) => e.reference).sort()).toEqual(['BANK-NOV-FIRST', 'BANK-OCT-1', 'BANK-OCT-LAST', 'BANK-SEP']);
    expect(deposits.every((e) => e.organizationId === ids.a && e.accountKind === 'MEMBER_WALLET')).toBe(true);
    expect(await allEntries({ reference: 'BANK-OCT-B' }, { token: tokens.a })).toEqual([]);
    const viaAdmin = await allEntries({ reference: 'BANK-OCT-B' }, { token: tokens.admin });
    expect(viaAdmin.map((e) => [e.accountKind, e.amount, e.organizationName])).toEqual(
      expect.arrayContaining([['MEMBER_WALLET', '20000', expect.any(String)], ['ALLIANCE_CASH', '-20000', null]]),
    );
    const payouts = await allEntries({ type: 'PAYOUT', organizationId: ids.s1 }, { token: tokens.admin });
    expect(payouts.map((e) => [e.accountKind, e.amount])).toEqual([['SUPPLIER_PAYABLE', '-5000']]);
    const orderEntries = await allEntries({ orderId: orders.topup }, { token: tokens.a });
    expect(orderEntries.map((e) => e.type).sort()).toEqual(['HOLD', 'HOLD', 'ORDER']);
    expect(new Set(orderEntries.map((e) => e.clientOrderNo))).toEqual(new Set(['OCT-TOPUP-1']));
    expect(deposits.every((e) => e.clientOrderNo === null)).toBe(true);
  });

  it('exports orders to Excel in the asked language, scoped like the search, with the total', async () => {
    const zh = await download('/exports/orders.xlsx?from=2026-10-01&to=2026-10-31', { token: tokens.a });
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toContain('spreadsheetml');
    expect(zh.headers.get('content-disposition')).toMatch(/attachment; filename="orders-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const ws = zh.workbook!.worksheets[0];
    expect(ws.name).toBe('订单');
    const rows = rowsOf(ws);
    // 订单号 holds the number the apps show in their 订单号 column (the client order number); the id follows.
    expect(rows[0].slice(0, 3)).toEqual(['订单号', '订单 ID', '商品编码']);
    const data = rows.slice(1).filter((r) => typeof r[1] === 'string' && /^[0-9a-f-]{36}$/.test(r[1] as string));
    expect(data.map((r) => r[0]).sort()).toEqual(['OCT-BIG-1', 'OCT-CARD-1', 'OCT-TOPUP-1', 'OCT-TOPUP-2']);
    const card = data.find((r) => r[0] === 'OCT-CARD-1')!;
    expect(card[1]).toBe(orders.card);
    expect([card[4], fen(card[5]), fen(card[6]), card[7]]).toEqual([1, 9650n, 9650n, ORDER_STATUS.PARTIALLY_REFUNDED['zh-CN']]);
    expect(ws.getColumn(7).numFmt).toContain('¥');
    // Shanghai wall-clock time: placed at 12:00 on 10 October.
    expect((card[10] as Date).toISOString().slice(0, 16)).toBe('2026-10-10T12:00');
    expect(data.find((r) => r[0] === 'OCT-TOPUP-2')![7]).toBe('失败');
    expect(data.find((r) => r[0] === 'OCT-BIG-1')![7]).toBe('已取消');
    // Statuses labelled as the apps label them (ord.status of packages/ui), in both languages.
    const ui = readFileSync(join(__dirname, '../../../../packages/ui/src/i18n/orders.ts'), 'utf8');
    const uiStatus = (from: string) => Object.fromEntries([...ui.slice(ui.indexOf(from)).match(/status: \{([^}]*)\}/)![1].matchAll(/([A-Z_]+): '([^']*)'/g)].map((m) => [m[1], m[2]]));
    for (const [lang, from] of [['zh-CN', 'ordersZhCN'], ['en', 'ordersEn']] as const) {
      const words = uiStatus(`export const ${from}`);
      expect(Object.keys(words).sort()).toEqual(Object.keys(ORDER_STATUS).sort());
      for (const [k, v] of Object.entries(words)) expect([k, ORDER_STATUS[k][lang]]).toEqual([k, v]);
    }
    expect(data.find((r) => r[0] === 'OCT-TOPUP-1')![7]).toBe('已发货');
    const total = rows.find((r) => r[0] === '已交付金额合计')!;
    expect(fen(total[6])).toBe(9650n + 9800n);

    const en = await download('/exports/orders.xlsx?lang=en&status=DELIVERED', { token: tokens.a });
    const enRows = rowsOf(en.workbook!.worksheets[0]);
    expect(en.workbook!.worksheets[0].name).toBe('Orders');
    expect(enRows[0].slice(0, 2)).toEqual(['Order number', 'Order id']);
    expect(enRows.slice(1).filter((r) => r[7] === 'Delivered').map((r) => r[0]).sort()).toEqual(['NOV-CARD-1', 'OCT-TOPUP-1']);

    // A supplier gets its sales lines, at its settlement prices, and nothing of another supplier.
    const sales = await download('/exports/orders.xlsx?lang=en', { token: tokens.s1 });
    const salesRows = rowsOf(sales.workbook!.worksheets[0]);
    expect(sales.workbook!.worksheets[0].name).toBe('Sales');
    expect(salesRows.slice(1).filter((r) => typeof r[9] === 'string' && (r[9] as string).length === 36).map((r) => r[9]).sort()).toEqual([orders.card, orders.b, orders.nov].sort());
    expect(salesRows.slice(1).filter((r) => r[9] === orders.card).map((r) => r[0])).toEqual(['OCT-CARD-1']);
    expect(fen(salesRows.find((r) => r[0] === 'Total settlement')![5])).toBe(9550n * 4n);
    // Alliance staff see every member, with its name.
    const all = await download(`/exports/orders.xlsx?memberId=${ids.b}`, { token: tokens.admin });
    const allRows = rowsOf(all.workbook!.worksheets[0]);
    expect(allRows[0][2]).toBe('会员商户');
    expect(allRows[1][1]).toBe(orders.b);
  });

  it('exports the monthly statement, reconciling row by row, and ledger entries', async () => {
    const res = await download('/exports/statement.xlsx?month=2026-10', { token: tokens.a });
    expect(res.status).toBe(200);
    const [walletSheet, holdSheet] = res.workbook!.worksheets;
    expect([walletSheet.name, holdSheet.name]).toEqual([ACCOUNT_KIND.MEMBER_WALLET['zh-CN'], ACCOUNT_KIND.MEMBER_HOLD['zh-CN']]);
    const rows = rowsOf(walletSheet);
    const opening = rows.find((r) => r[0] === '期初余额')!;
    const closing = rows.find((r) => r[0] === '期末余额')!;
    const first = rows.indexOf(opening) + 1;
    const movements = rows.slice(first, rows.indexOf(closing));
    expect(movements).toHaveLength(9);
    const total = movements.reduce((a, r) => a + fen(r[5]), 0n);
    expect(fen(opening[6]) + total).toBe(fen(closing[6]));
    expect(fen(closing[6])).toBe(100000n + 600000n - 9650n - 9800n + 5000n + 1000n);
    expect(fen(movements[movements.length - 1][6])).toBe(fen(closing[6]));
    expect(movements.map((r) => r[1])).toEqual(expect.arrayContaining([LEDGER_TYPE.RELEASE['zh-CN'], LEDGER_TYPE.REFUND['zh-CN']]));
    expect((movements[movements.length - 1][0] as Date).toISOString().slice(0, 16)).toBe('2026-10-31T23:59');
    const byType = rows.slice(rows.findIndex((r) => r[0] === '按类型汇总') + 1, rows.findIndex((r) => r[0] === '本期发生额'));
    expect(byType.reduce((a, r) => a + fen(r[5]), 0n)).toBe(total);

    const en = await download(`/exports/statement.xlsx?month=2026-10&lang=en&organizationId=${ids.s1}`, { token: tokens.admin });
    const payable = rowsOf(en.workbook!.worksheets[0]);
    expect(en.workbook!.worksheets[0].name).toBe('Payable');
    expect(fen(payable.find((r) => r[0] === 'Closing balance')![6])).toBe(19100n - 4948n - 5000n);
    expect(payable.some((r) => r[1] === 'Payout')).toBe(true);

    const ledger = await download('/exports/ledger-entries.xlsx?type=DEPOSIT&lang=en', { token: tokens.a });
    const ledgerRows = rowsOf(ledger.workbook!.worksheets[0]);
    expect(ledgerRows.slice(1).filter((r) => r[3] === 'Deposit')).toHaveLength(4);
    expect(fen(ledgerRows.find((r) => r[0] === 'Total')![4])).toBe(100000n + 600000n + 1000n + 2000n);
  });

  it('exports with the same scoping and credentials as the API, and bounded', async () => {
    expect((await download('/exports/orders.xlsx', {})).status).toBe(401);
    expect((await download(`/exports/statement.xlsx?month=2026-10&organizationId=${ids.a}`, { token: tokens.b })).status).toBe(404);
    expect((await download('/exports/statement.xlsx', { token: tokens.a })).status).toBe(400);
    expect((await download('/exports/orders.xlsx?status=NOPE', { token: tokens.a })).status).toBe(400);
    const { createApiKey: walletKey } = await t.data(CreateApiKeyDocument, { input: { name: 'books', scopes: ['WALLET_READ'] } }, { token: tokens.a });
    expect((await download('/exports/statement.xlsx?month=2026-10', { apiKey: walletKey.secret })).status).toBe(200);
    expect((await download('/exports/orders.xlsx', { apiKey: walletKey.secret })).status).toBe(403);
    // At most EXPORT_MAX_ROWS rows, and the sheet says so.
    const cap = t.config.exportMaxRows;
    t.config.exportMaxRows = 2;
    try {
      const capped = await download('/exports/orders.xlsx?lang=en', { token: tokens.a });
      expect(capped.headers.get('x-export-truncated')).toBe('true');
      const rows = rowsOf(capped.workbook!.worksheets[0]);
      expect(rows.filter((r) => typeof r[1] === 'string' && (r[1] as string).length === 36)).toHaveLength(2);
      expect(rows[rows.length - 1][0]).toBe('Only the first 2 rows; narrow the filter for the rest');
    } finally {
      t.config.exportMaxRows = cap;
    }
  });

  it('labels every value of the exported enums in both languages', () => {
    for (const [dict, values] of [
      [ORDER_STATUS, Object.values(OrderStatus)],
      [LEDGER_TYPE, Object.values(LedgerTransactionType)],
      [ACCOUNT_KIND, Object.values(LedgerAccountKind)],
    ] as const) {
      for (const v of values) expect([v, dict[v]?.['zh-CN'], dict[v]?.en].every(Boolean)).toBe(true);
    }
  });
});
