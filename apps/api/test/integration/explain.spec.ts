import {
  AdminDashboardDocument,
  AuditEventsDocument,
  LedgerEntriesDocument,
  NotificationsDocument,
  OffersDocument,
  RatingsReceivedDocument,
  RiskEventsDocument,
  SearchOrdersDocument,
  SearchSalesDocument,
  SlaBreachesDocument,
  SupplierDashboardDocument,
  TicketsDocument,
  TopupTasksDocument,
} from '@mengyuan/graphql';
import { cappedCount } from '../../src/common/pagination';
import { OrderEntity } from '../../src/modules/orders/entities/order.entity';
import { startTestApp, type TestApp } from '../test-app';

/** Tables that grow with the alliance's history: a filter the apps offer on them must be served by an index. */
const GROWING = ['orders', 'order_lines', 'order_attempts', 'tickets', 'ticket_messages', 'ledger_entries', 'ledger_transactions', 'audit_events', 'card_codes',
  'ratings', 'notifications', 'sla_clocks', 'sla_breaches', 'risk_events', 'topup_tasks', 'webhook_deliveries'];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * Scans of a growing table that read all of it: a sequential scan, or (sequential scans priced out) an index
 * scan with no condition under no LIMIT (a scan in index order that a LIMIT stops early is how pages are read).
 */
const fullScans = (node: PlanNode, limited = false): string[] => {
  const table = node['Relation Name'];
  const growing = !!table && GROWING.includes(table);
  const full = growing && (node['Node Type'] === 'Seq Scan' || (/Index( Only)? Scan/.test(node['Node Type']) && !node['Index Cond'] && !limited));
  const under = limited || node['Node Type'] === 'Limit';
  return [...(full ? [`${node['Node Type']} on ${table}`] : []), ...(node.Plans ?? []).flatMap((p) => fullScans(p, under))];
};

/**
 * Every filter the apps offer on a table that grows with history is served by an index: each list's statements
 * as the api sends them, captured and EXPLAINed with sequential scans priced out (on demo-sized data the planner
 * would rightly scan small tables; what matters is whether an index exists that can serve the filter).
 */
describe('the apps’ filters are served by indexes (EXPLAIN on demo data)', () => {
  let t: TestApp;
  const captured: { sql: string; params: unknown[] }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    const logger = t.db.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (sql, params, qr) => {
      if (/^\s*SELECT/i.test(sql)) captured.push({ sql, params: Array.isArray(params) ? params : [] });
      return original(sql, params, qr);
    };
  });
  afterAll(() => t.close());

  async function scansOf(run: () => Promise<unknown>): Promise<{ sql: string; tables: string[] }[]> {
    captured.length = 0;
    await run();
    const found: { sql: string; tables: string[] }[] = [];
    for (const { sql, params } of [...captured]) {
      if (!GROWING.some((table) => sql.includes(`"${table}"`) || new RegExp(`\\b${table}\\b`).test(sql))) continue;
      const plan = await t.db.transaction(async (em) => {
        await em.query('SET LOCAL enable_seqscan = off');
        return (await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      });
      const tables = fullScans(plan[0]['QUERY PLAN'][0].Plan);
      if (tables.length) found.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 400), tables });
    }
    return found;
  }

  it('serves the alliance’s searches of orders, sales, ledger entries, tickets, breaches, audit and risk from indexes', async () => {
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const member = await t.login('member@mengyuan.demo');
    const supplier = await t.login('supplier@mengyuan.demo');
    const page = { offset: 0, limit: 20 };
    const scans = await scansOf(async () => {
      for (const search of [{ clientOrderNo: 'DEMO' }, { orderNo: '0f3a' }, { status: 'DELIVERED' as const }, { memberId: member.organizationId }, { supplierId: supplier.organizationId }, { from: '2026-11-01', to: '2026-12-31' }]) {
        await t.data(SearchOrdersDocument, { search, page }, { token: admin });
      }
      await t.data(SearchOrdersDocument, { search: { clientOrderNo: 'DEMO', status: 'DELIVERED' }, page }, { token: member.token });
      await t.data(SearchSalesDocument, { search: { from: '2026-11-01', to: '2026-12-31' }, page }, { token: supplier.token });
      for (const search of [{ organizationId: member.organizationId }, { type: 'ORDER' as const }, { reference: 'BANK' }, { from: '2026-11-01', to: '2026-12-31' }]) {
        await t.data(LedgerEntriesDocument, { search, page }, { token: admin });
      }
      for (const filter of [{ activeOnly: true }, { search: 'DEMO-0001' }, { search: 'TK000012' }, { category: 'INVALID_CODE' as const }, { breachedOnly: true }, { memberId: member.organizationId }, { supplierId: supplier.organizationId }]) {
        await t.data(TicketsDocument, { filter, sort: 'NEWEST', page }, { token: admin });
      }
      await t.data(TicketsDocument, { filter: { activeOnly: true }, sort: 'URGENCY', page }, { token: supplier.token });
      await t.data(SlaBreachesDocument, { filter: { supplierId: supplier.organizationId }, page }, { token: admin });
      await t.data(AuditEventsDocument, { filter: { type: 'order.delivered', organizationId: null }, page }, { token: admin });
      await t.data(AuditEventsDocument, { filter: { type: null, organizationId: member.organizationId }, page }, { token: admin });
      await t.data(RiskEventsDocument, { status: 'OPEN', page }, { token: admin });
      await t.data(OffersDocument, { filter: { status: 'LIVE', lowPriceOnly: false }, page }, { token: supplier.token });
      await t.data(TopupTasksDocument, { status: 'QUEUED', page }, { token: supplier.token });
      await t.data(NotificationsDocument, { unreadOnly: true, page }, { token: member.token });
      await t.data(RatingsReceivedDocument, { filter: null, page }, { token: supplier.token });
    });
    expect(scans).toEqual([]);
  }, 120_000);

  /** The index conditions of every scan in a plan, as `table: condition`. */
  const conditions = (node: PlanNode & { 'Index Name'?: string; 'Recheck Cond'?: string }): string[] => [
    ...(node['Relation Name'] && (node['Index Cond'] || node['Recheck Cond']) ? [`${node['Relation Name']}: ${node['Index Cond'] ?? node['Recheck Cond']}`] : []),
    ...(node['Index Name'] ? [`index ${node['Index Name']}: ${node['Index Cond'] ?? ''}`] : []),
    ...(node.Plans ?? []).flatMap((p) => conditions(p)),
  ];

  async function plansOf(run: () => Promise<unknown>, match: RegExp): Promise<string[][]> {
    captured.length = 0;
    await run();
    const plans: string[][] = [];
    for (const { sql, params } of [...captured].filter((c) => match.test(c.sql))) {
      const plan = await t.db.transaction(async (em) => {
        await em.query('SET LOCAL enable_seqscan = off');
        return (await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      });
      plans.push(conditions(plan[0]['QUERY PLAN'][0].Plan));
    }
    return plans;
  }

  it('finds orders by the merchant number’s first characters and by SKU with status through their own indexes, the count too (issue 24)', async () => {
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const page = { offset: 0, limit: 20 };
    const prefix = await plansOf(() => t.data(SearchOrdersDocument, { search: { clientOrderNo: 'DEMO-00' }, page }, { token: admin }), /client_order_no/);
    // The page and its count: each walks the prefix index from the prefix, not every order.
    expect(prefix.length).toBeGreaterThanOrEqual(1);
    for (const plan of prefix) expect(plan.join('\n')).toMatch(/orders_client_no_prefix_idx: .*client_order_no.*~>=~/);
    const [sku] = (await t.db.query(`SELECT sku_id AS id FROM orders LIMIT 1`)) as { id: string }[];
    const bySku = await plansOf(() => t.data(SearchOrdersDocument, { search: { skuId: sku.id, status: 'DELIVERED' }, page }, { token: admin }), /sku_id/);
    expect(bySku.length).toBeGreaterThanOrEqual(1);
    for (const plan of bySku) expect(plan.join('\n')).toMatch(/orders_sku_status_idx: .*sku_id = .*status = /);
  }, 120_000);

  it('reads the dashboards from rollups sized by days and the live member rows, never the order facts (issue 24)', async () => {
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    captured.length = 0;
    await t.data(AdminDashboardDocument, { range: null, hotSkuLimit: 10 }, { token: admin });
    await t.data(SupplierDashboardDocument, { range: null }, { token: supplier });
    const rollupReads = captured.filter((c) => /dashboard_/.test(c.sql));
    expect(rollupReads.length).toBeGreaterThan(0);
    expect(rollupReads.filter((c) => /\b(FROM|JOIN)\s+"?(orders|order_lines|order_attempts)\b/i.test(c.sql)).map((c) => c.sql.slice(0, 200))).toEqual([]);
    // The alliance's totals and trend read the rollup by day; hot SKUs the one by SKU; routing share the one by supplier.
    expect(rollupReads.some((c) => /dashboard_alliance_daily/.test(c.sql))).toBe(true);
    expect(rollupReads.some((c) => /dashboard_sku_daily/.test(c.sql))).toBe(true);
    expect(rollupReads.some((c) => /dashboard_supplier_daily/.test(c.sql))).toBe(true);
  }, 120_000);

  it('counts a list up to a cap and says when it stopped there (issue 24: the apps say “more than 1,000”)', async () => {
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM orders`)) as { n: number }[];
    expect(n).toBeGreaterThan(5);
    const orders = () => t.db.getRepository(OrderEntity).createQueryBuilder('o').orderBy('o.placed_at', 'DESC');
    expect(await cappedCount(orders(), 5)).toEqual({ count: 5, capped: true });
    expect(await cappedCount(orders(), n)).toEqual({ count: n, capped: false });
    expect(await cappedCount(orders().where('o.client_order_no LIKE :p', { p: 'DEMO-0000%' }), 1000)).toEqual({ count: expect.any(Number), capped: false });
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const { orders: page } = await t.data(SearchOrdersDocument, { search: {}, page: { offset: 0, limit: 5 } }, { token: admin });
    expect({ total: page.totalCount, capped: page.totalCountCapped }).toEqual({ total: n, capped: false });
  }, 120_000);
});
