import {
  AdminDashboardDocument,
  CompleteTopupTaskDocument,
  MemberDashboardDocument,
  OpenTicketDocument,
  PostTicketMessageDocument,
  ResolveTicketDocument,
  RevealOrderCodesDocument,
  SearchOrdersDocument,
  SupplierDashboardDocument,
  TestPlaceOrderDocument,
  TopupTasksDocument,
} from '@mengyuan/graphql';
import { addDays, shanghaiDate, shanghaiDayStart } from '@mengyuan/domain';
import { COMPACT_DASHBOARDS_JOB } from '../../src/modules/dashboards/dashboards.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { brandId, createSku, deposit, liveOffer, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';


describe('dashboards', () => {
  let t: TestApp;
  let today: string;
  let admin: string;
  const tokens = { s1: '', s2: '', a: '', b: '' };
  const ids = { s1: '', s2: '', a: '', b: '', x: '', z: '', topup: '' };
  const orders: Record<string, string> = {};

  /** Moves this process's clock to `day` (Shanghai) at `hour`:00, and signs everyone in again (tokens follow the clock). */
  async function at(day: string, hour = 12): Promise<void> {
    t.clock.reset();
    t.clock.advance(shanghaiDayStart(day).getTime() + hour * 3600_000 - Date.now());
    admin = (await t.login('admin@mengyuan.demo')).token;
    for (const [k, email] of [['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['a', 'member@mengyuan.demo'], ['b', 'member2@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tokens[k] = l.token;
      ids[k] = l.organizationId;
    }
  }

  const place = async (token: string, skuId: string, quantity: number, no: string, rechargeAccount?: string) =>
    (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity, clientOrderNo: no, rechargeAccount } }, { token })).placeOrder;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    today = shanghaiDate(new Date());
    await at(addDays(today, -7));
    await deposit(t, admin, ids.a, '1000000');
    await deposit(t, admin, ids.b, '100000');
    // X: two sources, the first (supplier@, listed first) with 2 codes; Z: one source without stock; T: a direct top-up.
    const x = await stockedSku(t, { admin, offers: [{ supplier: tokens.s1, stock: 2 }, { supplier: tokens.s2, stock: 10 }], sku: { name: '看板测试 X' } });
    ids.x = x.sku.id;
    ids.z = (await stockedSku(t, { admin, offers: [{ supplier: tokens.s1, stock: 0 }], sku: { name: '看板测试 Z' } })).sku.id;
    const topup = await createSku(t, admin, { name: '看板测试 话费', brandId: await brandId(t, admin, '中国移动'), category: 'TELECOM_RECHARGE', deliveryMode: 'DIRECT_TOPUP', unifiedPrice: '9800' });
    ids.topup = topup.id;
    await liveOffer(t, { supplier: tokens.s2, reviewer: admin, skuId: topup.id, settlementPrice: '9700' });

    // A week ago: one order, delivered by the first source.
    orders.p1 = (await place(tokens.a, ids.x, 1, 'P1')).id;

    // Today: a failover (supplier@ has 1 code left), a first-choice delivery, another member's failover, a top-up, a failure.
    await at(today);
    orders.c1 = (await place(tokens.a, ids.x, 2, 'C1')).id;
    orders.c2 = (await place(tokens.a, ids.x, 1, 'C2')).id;
    orders.c3 = (await place(tokens.b, ids.x, 1, 'C3')).id;
    const c4 = await place(tokens.a, ids.topup, 1, 'C4', '13800138000');
    orders.c4 = c4.id;
    t.clock.advance(90_000);
    const task = (await t.data(TopupTasksDocument, { status: 'QUEUED', page: null }, { token: tokens.s2 })).topupTasks.items.find((x) => x.orderId === c4.id)!;
    await t.data(CompleteTopupTaskDocument, { id: task.id, reference: 'CMCC-OK-1' }, { token: tokens.s2 });
    expect(await t.errorCode(TestPlaceOrderDocument, { input: { skuId: ids.z, quantity: 1, clientOrderNo: 'C5' } }, { token: tokens.a })).toBe('SOLD_OUT');
    // After-sales: ¥50 of C2 back to the member, at supplier@'s cost.
    const codes = (await t.data(RevealOrderCodesDocument, { orderId: orders.c2 }, { token: tokens.a })).revealOrderCodes;
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: orders.c2, category: 'INVALID_CODE', description: '卡密提示无效', codeIds: codes.map((c) => c.id) } }, { token: tokens.a })).openTicket;
    await t.data(ResolveTicketDocument, { input: { ticketId: ticket.id, kind: 'REFUND', amount: '5000' } }, { token: tokens.s1 });
  });
  afterAll(() => t.close());

  const range = () => ({ from: addDays(today, -6), to: today });

  async function expectAdminFigures() {
    const { adminDashboard: d } = await t.data(AdminDashboardDocument, { range: range(), hotSkuLimit: 5 }, { token: admin });
    expect(d.range).toEqual({ from: addDays(today, -6), to: today, previousFrom: addDays(today, -13), previousTo: addDays(today, -7) });
    expect(d.gmv).toEqual({ value: '48400', previous: '9650', changeRatio: (48400 - 9650) / 9650 });
    expect(d.orders).toEqual({ value: 4, previous: 1, changeRatio: 3 });
    expect(d.failedOrders).toEqual({ value: 1, previous: 0, changeRatio: null });
    expect(d.fulfilmentSuccess).toEqual({ value: 0.8, previous: 1, numerator: 4, denominator: 5, changePoints: expect.closeTo(-20, 9) });
    expect(d.failoverRate).toEqual({ value: 0.5, previous: 0, numerator: 2, denominator: 4, changePoints: 50 });
    expect(d.refunds).toEqual({ value: '5000', previous: '0', changeRatio: null });
    expect(d.cardLatency).toMatchObject({ count: 3, previousCount: 1 });
    expect(d.topupLatency).toMatchObject({ count: 1, previousCount: 0, previousP50Ms: null });
    expect(d.daily).toHaveLength(7);
    expect(d.daily[6]).toEqual({ day: today, orders: 4, failed: 1, gmv: '48400', settlement: String(2 * 9540 + 9550 + 9540 + 9700), refunded: '5000' });
    expect(d.daily.slice(0, 6).every((p) => p.orders === 0 && p.gmv === '0')).toBe(true);
    expect(d.hotSkus.map((s) => [s.skuId, s.orders, s.quantity, s.gmv])).toEqual([
      [ids.x, 3, 4, '38600'],
      [ids.topup, 1, 1, '9800'],
    ]);
    expect(d.routingShare.map((s) => [s.supplierId, s.orders, s.share])).toEqual([
      [ids.s2, 3, 0.75],
      [ids.s1, 1, 0.25],
    ]);
    expect(d.routingShare[0].name).toBe('聚卡数字商品聚合平台');
    const single = new Map(d.singleSourceSkus.map((s) => [s.skuId, s.liveOffers]));
    expect([single.get(ids.z), single.get(ids.topup), single.has(ids.x)]).toEqual([1, 1, false]);
    expect(d.riskEventsWaiting).toBe(0);
    return d;
  }

  it('gives the alliance GMV, orders, success, failover, latency, trends, hot SKUs and routing share with week-on-week change', async () => {
    const d = await expectAdminFigures();
    // Percentiles come from √2-wide buckets: within that factor of the exact value.
    const latencies = (await t.data(SearchOrdersDocument, { search: { from: today, to: today }, page: null }, { token: admin })).orders.items
      .filter((o) => o.rechargeAccount === null && o.latencyMs !== null)
      .map((o) => o.latencyMs!)
      .sort((p, q) => p - q);
    expect(latencies).toHaveLength(3);
    expect(d.cardLatency.p50Ms! / latencies[1]).toBeGreaterThan(Math.SQRT1_2);
    expect(d.cardLatency.p50Ms! / latencies[1]).toBeLessThan(Math.SQRT2);
    expect(d.cardLatency.meanMs).toBeCloseTo((latencies[0] + latencies[1] + latencies[2]) / 3, 2);
    expect(d.topupLatency.meanMs!).toBeGreaterThanOrEqual(90_000);
    expect(d.topupLatency.meanMs!).toBeLessThan(120_000);
    expect(d.topupLatency.p50Ms! / d.topupLatency.meanMs!).toBeGreaterThan(Math.SQRT1_2);
    expect(d.topupLatency.p50Ms! / d.topupLatency.meanMs!).toBeLessThan(Math.SQRT2);
  });

  it('gives a supplier its own sales, settlement, success, stock and top-up queue', async () => {
    const { supplierDashboard: s2 } = await t.data(SupplierDashboardDocument, { range: range() }, { token: tokens.s2 });
    expect(s2.sales).toEqual({ value: String(19300 + 9650 + 9800), previous: '0', changeRatio: null });
    expect(s2.settlement).toEqual({ value: String(2 * 9540 + 9540 + 9700), previous: '0', changeRatio: null });
    expect(s2.orders).toEqual({ value: 3, previous: 0, changeRatio: null });
    expect(s2.fulfilmentSuccess).toMatchObject({ value: 1, numerator: 3, denominator: 3 });
    expect(s2.cardLatency.count).toBe(2);
    expect(s2.topupLatency.count).toBe(1);
    expect(s2.hotSkus.map((s) => s.skuId)).toEqual([ids.x, ids.topup]);
    expect(s2.stock.find((o) => o.skuId === ids.x)).toMatchObject({ stockAvailable: 7, lowStockThreshold: 10, lowStock: true });
    expect(s2.stock.find((o) => o.skuId === ids.topup)).toMatchObject({ deliveryMode: 'DIRECT_TOPUP', lowStock: false });
    expect(s2.topupQueue).toEqual({ queued: 0, claimed: 0, nearestDeadlineAt: null });

    const { supplierDashboard: s1 } = await t.data(SupplierDashboardDocument, { range: range() }, { token: tokens.s1 });
    expect(s1.sales).toEqual({ value: '9650', previous: '9650', changeRatio: 0 });
    expect(s1.settlement).toEqual({ value: '9550', previous: '9550', changeRatio: 0 });
    expect(s1.stock.find((o) => o.skuId === ids.x)).toMatchObject({ stockAvailable: 0, lowStock: true });
    // Another supplier's figures are not there.
    expect(s1.hotSkus.map((s) => s.skuId)).toEqual([ids.x]);
  });

  it('gives a member its own spending, orders, latency, hot SKUs and wallet, and nothing of another member', async () => {
    const { memberDashboard: a } = await t.data(MemberDashboardDocument, { range: range() }, { token: tokens.a });
    // Spend is net of the ¥50 refund.
    expect(a.spend).toEqual({ value: String(19300 + 9650 + 9800 - 5000), previous: '9650', changeRatio: (33750 - 9650) / 9650 });
    expect(a.orders).toEqual({ value: 3, previous: 1, changeRatio: 2 });
    expect(a.failedOrders.value).toBe(1);
    expect(a.cardLatency.count).toBe(2);
    expect(a.hotSkus.map((s) => [s.skuId, s.orders, s.quantity, s.gmv])).toEqual([
      [ids.x, 2, 3, '28950'],
      [ids.topup, 1, 1, '9800'],
    ]);
    expect(a.wallet).toEqual({ wallet: String(1_000_000 - 9650 - 38750 + 5000), hold: '0' });

    const { memberDashboard: b } = await t.data(MemberDashboardDocument, { range: range() }, { token: tokens.b });
    expect(b.spend).toEqual({ value: '9650', previous: '0', changeRatio: null });
    expect(b.hotSkus.map((s) => [s.skuId, s.orders])).toEqual([[ids.x, 1]]);
    expect(b.daily[6]).toMatchObject({ orders: 1, gmv: '9650' });
  });

  it('refuses other audiences and bad ranges', async () => {
    expect(await t.errorCode(AdminDashboardDocument, { range: null, hotSkuLimit: null }, { token: tokens.a })).toBe('FORBIDDEN');
    expect(await t.errorCode(SupplierDashboardDocument, { range: null }, { token: tokens.a })).toBe('FORBIDDEN');
    expect(await t.errorCode(MemberDashboardDocument, { range: null }, { token: tokens.s1 })).toBe('FORBIDDEN');
    const reversed = await t.gql(AdminDashboardDocument, { range: { from: today, to: addDays(today, -1) }, hotSkuLimit: null }, { token: admin });
    expect(reversed.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { to: expect.any(Array) } });
    const long = await t.gql(AdminDashboardDocument, { range: { from: addDays(today, -400), to: today }, hotSkuLimit: null }, { token: admin });
    expect(long.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { from: expect.any(Array) } });
    const bad = await t.gql(AdminDashboardDocument, { range: { from: '2026-02-30' }, hotSkuLimit: null }, { token: admin });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    // The default range is the 7 days ending today.
    expect((await t.data(MemberDashboardDocument, { range: null }, { token: tokens.a })).memberDashboard.range).toMatchObject({ from: addDays(today, -6), to: today });
  });

  it('gives the same figures once the days are folded into the alliance-wide rollup', async () => {
    const jobs = t.app.get(JobsService);
    // At noon only the days before yesterday-an-hour-ago fold: last week's order moves, today's stays.
    expect(await jobs.run(COMPACT_DASHBOARDS_JOB)).toMatchObject({ through: addDays(today, -1), rows: 1 });
    await expectAdminFigures();
    // Past 1 a.m. tomorrow, today folds too; a second run folds nothing.
    t.clock.advance(14 * 3600_000);
    expect(await jobs.run(COMPACT_DASHBOARDS_JOB)).toMatchObject({ through: today });
    expect(await jobs.run(COMPACT_DASHBOARDS_JOB)).toMatchObject({ through: today, rows: 0 });
    await at(addDays(today, 1), 2);
    await expectAdminFigures();
    const { supplierDashboard } = await t.data(SupplierDashboardDocument, { range: range() }, { token: tokens.s2 });
    expect(supplierDashboard.sales.value).toBe(String(19300 + 9650 + 9800));
    expect((await t.data(MemberDashboardDocument, { range: range() }, { token: tokens.a })).memberDashboard.orders).toMatchObject({ value: 3, previous: 1 });
  });
  it('gives the alliance SLA attainment, breaches by tier and tickets by category for the range, against the weeks before', async () => {
    // Far from the demo tickets' days: a sweep first records whatever their clocks owe, then only ours move.
    const day = addDays(today, 60);
    await at(day, 10);
    const jobs = t.app.get(JobsService);
    await jobs.run(SLA_SWEEP_JOB);
    const figures = async () => {
      admin = (await t.login('admin@mengyuan.demo')).token;
      const { adminDashboard: d } = await t.data(AdminDashboardDocument, { range: { from: addDays(day, -6), to: day }, hotSkuLimit: null }, { token: admin });
      return d;
    };
    const before = await figures();
    expect(before.slaBreachesByTier.map((b) => b.tier)).toEqual(['L1', 'L2', 'L3']);
    expect(before.ticketsByCategory).toHaveLength(7);

    const member = (await t.login('member@mengyuan.demo')).token;
    const supplier = (await t.login('supplier2@mengyuan.demo')).token;
    const ticketOn = async (no: string, category: 'INVALID_CODE' | 'WRONG_ITEM') => {
      const order = await place(member, ids.x, 1, no);
      const codes = (await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member })).revealOrderCodes;
      return (await t.data(OpenTicketDocument, { input: { orderId: order.id, category, description: '卡密提示无效，请核实', codeIds: codes.map((c) => c.id) } }, { token: member })).openTicket;
    };
    const answered = await ticketOn('SLA1', 'INVALID_CODE');
    const late = await ticketOn('SLA2', 'WRONG_ITEM');
    // One answered and resolved at once (both within target); the other answered 11 minutes late (L1: 10 minutes).
    await t.data(PostTicketMessageDocument, { input: { ticketId: answered.id, body: '已核实，马上处理' } }, { token: supplier });
    await t.data(ResolveTicketDocument, { input: { ticketId: answered.id, kind: 'REFUND', amount: '100' } }, { token: supplier });
    t.clock.advance(11 * 60_000);
    await jobs.run(SLA_SWEEP_JOB);
    const supplierNow = (await t.login('supplier2@mengyuan.demo')).token;
    await t.data(PostTicketMessageDocument, { input: { ticketId: late.id, body: '抱歉久等' } }, { token: supplierNow });

    const after = await figures();
    const fr = after.slaAttainment.firstResponse;
    expect([fr.numerator - before.slaAttainment.firstResponse.numerator, fr.denominator - before.slaAttainment.firstResponse.denominator]).toEqual([1, 2]);
    const res = after.slaAttainment.resolution;
    expect([res.numerator - before.slaAttainment.resolution.numerator, res.denominator - before.slaAttainment.resolution.denominator]).toEqual([1, 1]);
    expect(fr.value).toBeCloseTo(fr.numerator / fr.denominator, 9);
    const tier = (d: typeof after, k: string) => d.slaBreachesByTier.find((b) => b.tier === k)!.count;
    expect([tier(after, 'L1') - tier(before, 'L1'), tier(after, 'L2') - tier(before, 'L2'), tier(after, 'L3') - tier(before, 'L3')]).toEqual([1, 0, 0]);
    const category = (d: typeof after, k: string) => d.ticketsByCategory.find((c) => c.category === k)!.count;
    expect([category(after, 'INVALID_CODE') - category(before, 'INVALID_CODE'), category(after, 'WRONG_ITEM') - category(before, 'WRONG_ITEM')]).toEqual([1, 1]);
    expect(after.ticketsByCategory.map((c) => c.count)).toEqual([...after.ticketsByCategory.map((c) => c.count)].sort((p, q) => q - p));

    // The week after compares with this one.
    const { adminDashboard: next } = await t.data(AdminDashboardDocument, { range: { from: addDays(day, 1), to: addDays(day, 7) }, hotSkuLimit: null }, { token: admin });
    expect(next.slaAttainment.firstResponse).toMatchObject({ numerator: 0, denominator: 0, value: null, previous: fr.value, changePoints: null });
    expect(next.slaBreachesByTier.map((b) => b.previous)).toEqual(after.slaBreachesByTier.map((b) => b.count));
    expect(next.ticketsByCategory.find((c) => c.category === 'WRONG_ITEM')).toEqual({ category: 'WRONG_ITEM', count: 0, previous: category(after, 'WRONG_ITEM') });
  });
});
