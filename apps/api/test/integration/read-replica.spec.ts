import {
  AdminDashboardDocument, AuditEventsDocument, EvaluationRunsDocument, LedgerEntriesDocument, MemberDashboardDocument, MemberScorecardsDocument, MonthlyStatementDocument, MyScorecardDocument,
  OrdersDocument, PlaceOrderDocument, ScorecardDocument, SearchSalesDocument, SupplierDashboardDocument, SupplierScorecardsDocument, TicketsDocument,
} from '@mengyuan/graphql';
import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { deposit, stockedSku } from '../factories';
import { postgresBin, startPrimary, type Cluster } from '../pg-cluster';
import { waitFor } from '../processes';
import { startTestApp, type TestApp } from '../test-app';

const MAX_LAG_MS = 1500;
const bin = postgresBin();

/**
 * Reads off the primary, against a real streaming replica: a primary cluster started here (Debian's PostgreSQL
 * binaries), a hot standby made from it with pg_basebackup, and the api with DATABASE_READ_URL on the standby.
 * Dashboards, searches, exports, statements and scorecard pages read the standby; whoever just wrote reads its
 * own writes; a standby that lags or goes away sends the reads back to the primary and nothing fails.
 */
(bin || process.env.CI ? describe : describe.skip)('read replica (DATABASE_READ_URL)', () => {
  let cluster: Awaited<ReturnType<typeof startPrimary>>;
  let standby: Cluster;
  let t: TestApp;
  let admin: string;
  let member: { token: string; organizationId: string };
  let supplier: { token: string; organizationId: string };
  let skuId: string;

  /** A query over HTTP: its data, its errors, and where its reads went (X-Read-From). */
  const ask = async (doc: Parameters<TestApp['gql']>[0], variables: Record<string, unknown>, token: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc as DocumentNode), variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { status: res.status, from: res.headers.get('x-read-from'), data: body.data, errors: body.errors };
  };
  const onStandby = async <T>(sql: string): Promise<T[]> => {
    const c = new Client({ connectionString: standby.url('mengyuan') });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const orderNos = async (token: string) => {
    const r = await ask(OrdersDocument, { search: null, page: { limit: 100 } }, token);
    expect(r.errors).toBeUndefined();
    return { from: r.from, ids: ((r.data!.orders as { items: { id: string }[] }).items).map((o) => o.id) };
  };

  beforeAll(async () => {
    if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)');
    cluster = await startPrimary(bin);
    const c = new Client({ connectionString: cluster.primary.url() });
    await c.connect();
    await c.query('CREATE DATABASE mengyuan');
    await c.end();
    standby = await cluster.standby();
    t = await startTestApp(
      { DATABASE_READ_MAX_LAG_MS: String(MAX_LAG_MS), SEED_DEMO: 'false' },
      { external: { DATABASE_URL: cluster.primary.url('mengyuan'), DATABASE_READ_URL: standby.url('mengyuan') } },
    );
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    member = await t.login('member@mengyuan.demo');
    supplier = await t.login('supplier@mengyuan.demo');
    await deposit(t, admin, member.organizationId, '1000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: supplier.token, stock: 20 }], sku: { faceValue: '1000', unifiedPrice: '960' } })).sku.id;
    await t.data(PlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: 'RR-0' } }, { token: member.token });
    await waitFor(async () => (await fetch(`${t.url}/health/ready`).then((r) => r.json()) as { readReplica: { serving: boolean } }).readReplica.serving, 'the replica to serve', 30_000);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await cluster?.cleanup();
  });

  it('answers dashboards, searches, statements, scorecard pages and exports from the standby', async () => {
    // Wait out the member's own writes (read-your-writes) so the standby may answer everyone.
    await waitFor(async () => (await orderNos(member.token)).from === 'replica', 'the standby to pass the member’s writes', 10_000);
    const month = new Date().toISOString().slice(0, 7);
    const reads: [Parameters<TestApp['gql']>[0], Record<string, unknown>, string][] = [
      [AdminDashboardDocument, { range: null }, admin],
      [OrdersDocument, { search: null, page: null }, member.token],
      [LedgerEntriesDocument, { search: null, page: null }, admin],
      [MonthlyStatementDocument, { month, organizationId: member.organizationId }, admin],
      [SupplierScorecardsDocument, { filter: null, page: null }, admin],
      [SupplierDashboardDocument, { range: null }, supplier.token],
      [MemberDashboardDocument, { range: null }, member.token],
      [SearchSalesDocument, { search: null, page: null }, supplier.token],
      [TicketsDocument, { filter: null, page: null }, member.token],
      [AuditEventsDocument, { filter: null, page: null }, admin],
      [MemberScorecardsDocument, { search: null, page: null }, admin],
      [ScorecardDocument, { organizationId: supplier.organizationId }, admin],
      [MyScorecardDocument, {}, supplier.token],
      [EvaluationRunsDocument, { page: null }, admin],
    ];
    const [{ before }] = await onStandby<{ before: string }>(`SELECT xact_commit::text AS before FROM pg_stat_database WHERE datname = 'mengyuan'`);
    for (const [doc, variables, token] of reads) {
      const r = await ask(doc, variables, token);
      expect({ status: r.status, errors: r.errors, from: r.from }).toEqual({ status: 200, errors: undefined, from: 'replica' });
    }
    const xlsx = await fetch(`${t.url}/exports/orders.xlsx`, { headers: { authorization: `Bearer ${member.token}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('x-read-from')).toBe('replica');
    expect(Number(xlsx.headers.get('x-export-rows'))).toBe(1);
    // The standby did the work (its own statistics count its transactions; they are flushed within a second or so).
    await waitFor(async () => {
      const [{ after }] = await onStandby<{ after: string }>(`SELECT xact_commit::text AS after FROM pg_stat_database WHERE datname = 'mengyuan'`);
      return Number(after) > Number(before) + reads.length;
    }, 'the standby’s statistics', 10_000, 250);
    // Anything else is the primary's, as before.
    expect((await ask('query { me { id } }', {}, member.token)).from).toBeNull();
  });

  it('reads a person’s own writes at once, and sends everyone to the primary while the standby lags', async () => {
    await onStandby(`SELECT pg_wal_replay_pause()`);
    try {
      const placed = await t.data(PlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: 'RR-1' } }, { token: member.token });
      // The member just wrote: its search comes from the primary and shows the order.
      const own = await orderNos(member.token);
      expect(own.from).toBe('primary');
      expect(own.ids).toContain(placed.placeOrder.id);
      // Someone who wrote nothing may still read the (slightly behind) standby while it is within the lag allowed ...
      expect((await ask(OrdersDocument, { search: null, page: null }, admin)).from).toBe('replica');
      // ... and once it is further behind, every read goes to the primary, fresh.
      await new Promise((r) => setTimeout(r, MAX_LAG_MS + 1200));
      const lagging = await ask(OrdersDocument, { search: null, page: { limit: 100 } }, admin);
      expect(lagging.from).toBe('primary');
      expect(((lagging.data!.orders as { items: { id: string }[] }).items).map((o) => o.id)).toContain(placed.placeOrder.id);
    } finally {
      await onStandby(`SELECT pg_wal_replay_resume()`);
    }
    await waitFor(async () => (await ask(OrdersDocument, { search: null, page: null }, admin)).from === 'replica', 'the standby to catch up and serve again', 10_000);
  });

  it('keeps answering when the standby goes away, and uses it again when it is back', async () => {
    await standby.stop('immediate');
    // The very next requests (before the monitor has noticed) are run again on the primary: none fails.
    for (let i = 0; i < 5; i++) {
      const r = await ask(AdminDashboardDocument, { range: null }, admin);
      expect({ status: r.status, errors: r.errors }).toEqual({ status: 200, errors: undefined });
      const o = await ask(OrdersDocument, { search: null, page: null }, member.token);
      expect({ status: o.status, errors: o.errors }).toEqual({ status: 200, errors: undefined });
    }
    const xlsx = await fetch(`${t.url}/exports/orders.xlsx`, { headers: { authorization: `Bearer ${member.token}` } });
    expect(xlsx.status).toBe(200);
    const ready = (await (await fetch(`${t.url}/health/ready`)).json()) as { status: string; readReplica: { serving: boolean } };
    expect(ready).toMatchObject({ status: 'ready', readReplica: { serving: false } });
    expect((await ask(OrdersDocument, { search: null, page: null }, admin)).from).toBe('primary');
    await standby.start();
    await waitFor(async () => (await ask(OrdersDocument, { search: null, page: null }, admin)).from === 'replica', 'the standby to serve again', 30_000, 250);
  });
});
