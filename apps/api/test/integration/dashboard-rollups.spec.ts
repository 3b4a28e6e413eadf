import { AdminDashboardDocument, OpenTicketDocument, ResolveTicketDocument, SupplierDashboardDocument, TestPlaceOrderDocument } from '@mengyuan/graphql';
import { addDays, shanghaiDate, shanghaiDayStart } from '@mengyuan/domain';
import { COMPACT_DASHBOARDS_JOB } from '../../src/modules/dashboards/dashboards.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** The order facts, counted as the dashboards define them: each outcome on the Shanghai day it happened. */
const FACTS = `
  SELECT o.id, o.sku_id, o.total, o.quantity, o.status, o.latency_ms, s.delivery_mode, l.supplier_id, l.quantity * l.unit_settlement AS settlement,
         (coalesce(o.delivered_at, o.placed_at) AT TIME ZONE 'Asia/Shanghai')::date AS day
    FROM orders o JOIN skus s ON s.id = o.sku_id
    LEFT JOIN LATERAL (SELECT supplier_id, quantity, unit_settlement FROM order_lines WHERE order_id = o.id ORDER BY id LIMIT 1) l ON o.status <> 'FAILED'
   WHERE o.status IN ('DELIVERED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')`;
/** Money back to members (their wallets' side of each refund), on the day it was posted, with the order's supplier. */
const REFUNDS = `
  SELECT (t.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, e.amount,
         (SELECT supplier_id FROM order_lines WHERE order_id = t.order_id ORDER BY id LIMIT 1) AS supplier_id
    FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id JOIN ledger_accounts a ON a.id = e.account_id
   WHERE t.type = 'REFUND' AND a.kind = 'MEMBER_WALLET'`;

/**
 * The dashboards read rollups sized by days for the folded days and the member rows of the days not folded
 * (today's partial day, live): their figures equal the raw order facts on the same data, before any day is
 * folded, after the job folds all but today, after a refund today, and once today is folded too.
 */
describe('dashboard rollups sized by days equal the raw facts', () => {
  let t: TestApp;
  let today: string;
  let admin: string;
  let supplier: { token: string; organizationId: string };
  let member: string;
  let memberId: string;
  let skuId: string;

  async function signIn(): Promise<void> {
    admin = (await t.login('admin@mengyuan.demo')).token;
    supplier = await t.login('supplier@mengyuan.demo');
    ({ token: member, organizationId: memberId } = await t.login('member@mengyuan.demo'));
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    today = shanghaiDate(t.clock.now());
    await signIn();
    // History: orders on eight past days, two SKUs, a second member, and one failure; then two orders today.
    const history = addDays(today, -12);
    await at(history);
    await deposit(t, admin, memberId, '1000000');
    const other = await t.login('member2@mengyuan.demo');
    await deposit(t, admin, other.organizationId, '1000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: supplier.token, stock: 40 }], sku: { name: '规模测试 R' } })).sku.id;
    const second = (await stockedSku(t, { admin, offers: [{ supplier: (await t.login('supplier2@mengyuan.demo')).token, stock: 40 }], sku: { name: '规模测试 S' } })).sku.id;
    const empty = (await stockedSku(t, { admin, offers: [{ supplier: supplier.token, stock: 0 }], sku: { name: '规模测试 Z' } })).sku.id;
    for (const back of [12, 10, 9, 7, 5, 3, 2, 1]) {
      await at(addDays(today, -back));
      await deliveredOrder(t, member, skuId, 1 + (back % 2));
      await deliveredOrder(t, (await t.login('member2@mengyuan.demo')).token, second, 1);
      if (back % 3 === 0) await deliveredOrder(t, member, second, 2);
    }
    await at(addDays(today, -4));
    expect(await t.errorCode(TestPlaceOrderDocument, { input: { skuId: empty, quantity: 1, clientOrderNo: 'FAIL-1' } }, { token: member })).toBe('SOLD_OUT');
    await at(today, 2);
    await deliveredOrder(t, member, skuId, 2);
    await deliveredOrder(t, member, second, 1);
  });

  /** Moves this process's clock to `day` (Shanghai) at `hour`:00, and signs in again (tokens follow the clock). */
  async function at(day: string, hour = 12): Promise<void> {
    t.clock.reset();
    t.clock.advance(shanghaiDayStart(day).getTime() + hour * 3600_000 - Date.now());
    await signIn();
  }
  afterAll(() => t.close());

  /** The raw facts' figures for a range, for the alliance or one supplier. */
  async function raw(from: string, to: string, supplierId: string | null) {
    const q = async <T,>(sql: string, params: unknown[]) => (await t.db.query(sql, params)) as T[];
    const scope = supplierId ? 'AND supplier_id = $3' : '';
    const params = supplierId ? [from, to, supplierId] : [from, to];
    const days = await q<{ day: string; orders: number; failed: number; gmv: string; settlement: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*) FILTER (WHERE status <> 'FAILED')::int AS orders, count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
              coalesce(sum(total) FILTER (WHERE status <> 'FAILED'), 0)::text AS gmv, coalesce(sum(settlement), 0)::text AS settlement
         FROM (${FACTS}) f WHERE day BETWEEN $1 AND $2 ${scope} GROUP BY day`,
      params,
    );
    const refunds = await q<{ day: string; refunded: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(amount)::text AS refunded FROM (${REFUNDS}) r WHERE day BETWEEN $1 AND $2 ${scope} GROUP BY day`, params);
    const byDay = new Map(days.map((d) => [d.day, d]));
    const refundOf = new Map(refunds.map((r) => [r.day, r.refunded]));
    const daily = Array.from({ length: 1 + Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) }, (_, i) => {
      const day = addDays(from, i);
      const d = byDay.get(day);
      return { day, orders: d?.orders ?? 0, failed: d?.failed ?? 0, gmv: d?.gmv ?? '0', settlement: d?.settlement ?? '0', refunded: refundOf.get(day) ?? '0' };
    });
    const hotSkus = await q<{ skuId: string; orders: number; quantity: number; gmv: string }>(
      `SELECT sku_id AS "skuId", count(*)::int AS orders, sum(quantity)::int AS quantity, sum(total)::text AS gmv
         FROM (${FACTS}) f JOIN skus s ON s.id = f.sku_id WHERE f.status <> 'FAILED' AND day BETWEEN $1 AND $2 ${scope}
        GROUP BY sku_id, s.code ORDER BY sum(total) DESC, s.code LIMIT 10`,
      params,
    );
    const routing = await q<{ supplierId: string; orders: number; gmv: string }>(
      `SELECT supplier_id AS "supplierId", count(*)::int AS orders, sum(total)::text AS gmv FROM (${FACTS}) f WHERE status <> 'FAILED' AND day BETWEEN $1 AND $2 GROUP BY supplier_id`,
      [from, to],
    );
    const [cards] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM (${FACTS}) f WHERE status <> 'FAILED' AND latency_ms IS NOT NULL AND delivery_mode = 'CARD_CODE' AND day BETWEEN $1 AND $2 ${scope}`, params);
    const sum = (k: 'orders' | 'failed') => daily.reduce((a, d) => a + d[k], 0);
    const money = (k: 'gmv' | 'settlement' | 'refunded') => String(daily.reduce((a, d) => a + BigInt(d[k]), 0n));
    return { daily, hotSkus, routing, orders: sum('orders'), failed: sum('failed'), gmv: money('gmv'), settlement: money('settlement'), refunded: money('refunded'), cardLatencyCount: cards.n };
  }

  /** Both ranges the dashboards offer most, against the facts: the alliance's figures and one supplier's. */
  async function expectFactsMatched(): Promise<void> {
    for (const days of [7, 30]) {
      const range = { from: addDays(today, -(days - 1)), to: today };
      const previous = { from: addDays(today, -(2 * days - 1)), to: addDays(today, -days) };
      const [now, before] = [await raw(range.from, range.to, null), await raw(previous.from, previous.to, null)];
      const { adminDashboard: d } = await t.data(AdminDashboardDocument, { range, hotSkuLimit: 10 }, { token: admin });
      expect({ gmv: d.gmv.value, previous: d.gmv.previous, orders: d.orders.value, failed: d.failedOrders.value, refunds: d.refunds.value, cards: d.cardLatency.count }).toEqual({
        gmv: now.gmv, previous: before.gmv, orders: now.orders, failed: now.failed, refunds: now.refunded, cards: now.cardLatencyCount,
      });
      expect(d.daily).toEqual(now.daily);
      expect(d.hotSkus.map((s) => ({ skuId: s.skuId, orders: s.orders, quantity: s.quantity, gmv: s.gmv }))).toEqual(now.hotSkus);
      const share = (xs: { supplierId: string; orders: number; gmv: string }[]) => xs.map((s) => `${s.supplierId} ${s.orders} ${s.gmv}`).sort();
      expect(share(d.routingShare)).toEqual(share(now.routing));

      const [mine, mineBefore] = [await raw(range.from, range.to, supplier.organizationId), await raw(previous.from, previous.to, supplier.organizationId)];
      const { supplierDashboard: s } = await t.data(SupplierDashboardDocument, { range }, { token: supplier.token });
      expect({ sales: s.sales.value, previous: s.sales.previous, settlement: s.settlement.value, orders: s.orders.value, cards: s.cardLatency.count }).toEqual({
        sales: mine.gmv, previous: mineBefore.gmv, settlement: mine.settlement, orders: mine.orders, cards: mine.cardLatencyCount,
      });
      expect(s.daily.map((p) => ({ day: p.day, orders: p.orders, gmv: p.gmv }))).toEqual(mine.daily.map((p) => ({ day: p.day, orders: p.orders, gmv: p.gmv })));
    }
  }

  it('before any day is folded: every figure from the live member rows', async () => {
    expect((await t.db.query(`SELECT count(*)::int AS n FROM dashboard_alliance_daily`))[0].n).toBe(0);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM (${FACTS}) f WHERE day = $1`, [today])) as { n: number }[];
    expect(n).toBeGreaterThan(0);
    await expectFactsMatched();
  });

  it('after the job folds the closed days: rollups sized by days, today computed live', async () => {
    // At 2 a.m. the days through yesterday fold; today's stay in the member rows.
    expect(await t.app.get(JobsService).run(COMPACT_DASHBOARDS_JOB)).toMatchObject({ through: addDays(today, -1) });
    const rows = (await t.db.query(
      `SELECT (SELECT count(*) FROM dashboard_alliance_daily)::int AS alliance, (SELECT count(DISTINCT day) FROM dashboard_alliance_daily)::int AS days,
              (SELECT count(*) FROM dashboard_daily)::int AS fine, (SELECT max(day)::text FROM dashboard_alliance_daily) AS last`,
    )) as { alliance: number; days: number; fine: number; last: string }[];
    // At most one row per day and delivery mode, fewer than the day × SKU × supplier rows it was folded from.
    expect(rows[0].days).toBe(9);
    expect(rows[0].alliance).toBeLessThanOrEqual(2 * rows[0].days);
    expect(rows[0].alliance).toBeLessThan(rows[0].fine);
    expect(rows[0].last < today).toBe(true);
    await expectFactsMatched();
  });

  it('after a refund today, and once today is folded too', async () => {
    const { order, codes } = await deliveredOrder(t, member, skuId, 1);
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密提示无效，无法充值', codeIds: codes.map((c) => c.id) } }, { token: member })).openTicket;
    await t.data(ResolveTicketDocument, { input: { ticketId: ticket.id, kind: 'REFUND', amount: '3000' } }, { token: supplier.token });
    const facts = await raw(today, today, null);
    expect(BigInt(facts.refunded)).toBeGreaterThanOrEqual(3000n);
    await expectFactsMatched();

    // Two days on, today is a closed day: folded into the rollups sized by days with its refund.
    t.clock.advance(2 * 86_400_000);
    expect(await t.app.get(JobsService).run(COMPACT_DASHBOARDS_JOB)).toMatchObject({ through: addDays(today, 1) });
    const [{ refunded }] = (await t.db.query(`SELECT refunded::text FROM dashboard_alliance_daily WHERE day = $1 AND delivery_mode = 'CARD_CODE'`, [today])) as { refunded: string }[];
    expect(refunded).toBe(facts.refunded);
    await signIn();
    await expectFactsMatched();
  });
});
