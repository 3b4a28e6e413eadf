import { createServer, type Server } from 'node:http';
import { CreateWebhookEndpointDocument, LedgerCheckDocument, OrderUpdatedDocument, PlaceOrderDocument } from '@mengyuan/graphql';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import { deposit, stockedSku } from '../factories';
import { startPgBouncer, type PgBouncer } from '../pg-cluster';
import { waitFor } from '../processes';
import { databaseUrl, serverUrl } from '../test-database';
import { startTestApp, type TestApp } from '../test-app';

const ORDERS = 60;

/**
 * The api behind PgBouncer in transaction mode (Debian's 1.18, which cannot carry named prepared statements):
 * request traffic through the pooler, the session-bound connections (LISTEN, the job queue, migrations' and the
 * seed's advisory locks) direct on DATABASE_DIRECT_URL.
 */
describe('behind PgBouncer in transaction mode', () => {
  let bouncer: PgBouncer | undefined;
  let t: TestApp;
  let receiver: Server;
  const hooks: string[] = [];

  beforeAll(async () => {
    bouncer = await startPgBouncer(serverUrl(), { poolSize: 8 });
    if (!bouncer) throw new Error('pgbouncer is not installed: apt-get install pgbouncer (.ci/run installs it)');
    receiver = createServer((req, res) => req.resume().on('end', () => (hooks.push(String(req.headers['webhook-id'])), res.writeHead(204).end())));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    t = await (startTestApp(
      { JOBS_ENABLED: 'true', WEBHOOKS_ALLOW_PRIVATE: 'true', DB_POOL_SIZE: '30' },
      { urls: (database) => ({ DATABASE_URL: bouncer!.url(database), DATABASE_DIRECT_URL: databaseUrl(database) }) },
    ).catch((e: unknown) => {
      console.warn(`pgbouncer's log:\n${bouncer!.log().slice(-5000)}`);
      throw e;
    }));
    await t.seedDemo();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await bouncer?.stop();
    await new Promise((r) => receiver?.close(r));
  });

  it('serves orders, webhooks and subscriptions with the pool in transaction mode and the session-bound connections direct', async () => {
    expect(t.config.database.pooled).toBe(true);
    const before = (await bouncer!.stats())[t.database]?.xacts ?? 0;
    const m = await t.login('member@mengyuan.demo');
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '1000000');
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier, stock: ORDERS }], sku: { faceValue: '1000', unifiedPrice: '960' } });
    await t.data(CreateWebhookEndpointDocument, { input: { url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/h`, events: ['order.delivered'] } }, { token: m.token });

    // A subscription (the LISTEN connection is direct) hears the orders placed through the pooler.
    const updates: string[] = [];
    const ws = createClient({ url: `${t.url.replace(/^http/, 'ws')}/graphql`, connectionParams: { authorization: `Bearer ${m.token}` }, lazy: false, retryAttempts: 0, webSocketImpl: WebSocket });
    const connected = new Promise<void>((r) => ws.on('connected', () => r()));
    const stop = ws.subscribe({ query: print(OrderUpdatedDocument), variables: {} }, { next: (v) => void updates.push((v.data as { orderUpdated: { id: string } }).orderUpdated.id), error: () => undefined, complete: () => undefined });
    await connected;
    await new Promise((r) => setTimeout(r, 200));

    // Concurrent orders: 30 api connections share the pooler's 8 server connections.
    const results = await Promise.all(
      Array.from({ length: ORDERS }, (_, i) => t.data(PlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: `PGB-${i}` } }, { token: m.token })),
    );
    expect(results.every((r) => r.placeOrder.status === 'DELIVERED')).toBe(true);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
    await waitFor(() => hooks.length >= ORDERS, 'the webhooks', 20_000);
    expect(new Set(hooks).size).toBe(ORDERS);
    await waitFor(() => new Set(updates).size >= ORDERS, 'the live updates', 10_000);
    stop();
    await ws.dispose();

    // The requests' transactions went through the pooler ...
    const after = (await bouncer!.stats())[t.database]?.xacts ?? 0;
    expect(after - before).toBeGreaterThan(ORDERS);
    // ... and the session-bound connections reached PostgreSQL directly, by name.
    const direct = new Client({ connectionString: databaseUrl(t.database) });
    await direct.connect();
    const { rows } = await direct.query<{ name: string }>(`SELECT DISTINCT application_name AS name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'mengyuan-%'`);
    await direct.end();
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['mengyuan-listen', 'mengyuan-jobs']));
    expect(bouncer!.log()).not.toMatch(/prepared statement|unsupported startup parameter/i);
  }, 120_000);
});
