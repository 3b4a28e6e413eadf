import { createServer, type Server } from 'node:http';
import { CreateWebhookEndpointDocument, MeDocument, PlaceOrderDocument } from '@mengyuan/graphql';
import { deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** One sample of a metric from the exposition text (the first line whose labels include all of `labels`). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('metrics (GET /metrics)', () => {
  let t: TestApp;
  let receiver: Server;
  const scrape = async (headers: Record<string, string> = { authorization: 'Bearer scrape-me' }) => {
    const res = await fetch(`${t.url}/metrics`, { headers });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  beforeAll(async () => {
    receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    t = await startTestApp({ JOBS_ENABLED: 'true', WEBHOOKS_ALLOW_PRIVATE: 'true', METRICS_TOKEN: 'scrape-me' });
    await t.seedDemo();
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => receiver.close(r));
  });

  it('asks for the token when one is set', async () => {
    expect((await scrape({})).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer wrong-token' })).status).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.type).toContain('text/plain');
  });

  it('counts requests by operation, orders by outcome and webhook attempts, and reads queues, clocks, pools and the event loop', async () => {
    const m = await t.login('member@mengyuan.demo');
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '100000');
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier, stock: 1 }], sku: { faceValue: '1000', unifiedPrice: '960' } });
    await t.data(CreateWebhookEndpointDocument, { input: { url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/h`, events: ['order.delivered'] } }, { token: m.token });
    for (let i = 0; i < 3; i++) await t.data(MeDocument, {}, { token: m.token });
    const before = await scrape();
    const delivered0 = sample(before.text, 'mengyuan_orders_total', { outcome: 'DELIVERED' }) ?? 0;
    expect((await t.data(PlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: 'MET-1' } }, { token: m.token })).placeOrder.status).toBe('DELIVERED');
    expect(await t.errorCode(PlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: 'MET-2' } }, { token: m.token })).toBe('SOLD_OUT');
    // Counted after commit and webhooks sent a moment later.
    let text = '';
    for (let i = 0; i < 50; i++) {
      text = (await scrape()).text;
      if ((sample(text, 'mengyuan_webhook_attempts_total', { result: 'delivered' }) ?? 0) >= 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sample(text, 'mengyuan_orders_total', { outcome: 'DELIVERED' })).toBe(delivered0 + 1);
    expect(sample(text, 'mengyuan_orders_total', { outcome: 'FAILED', reason: 'SOLD_OUT' })).toBe(1);
    expect(sample(text, 'mengyuan_order_delivery_seconds_count', { mode: 'CARD_CODE' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'mengyuan_http_request_duration_seconds_count', { route: '/graphql', operation: 'Me', status: '2xx' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'mengyuan_webhook_attempts_total', { result: 'delivered' })).toBe(1);
    expect(sample(text, 'mengyuan_webhook_delivery_lag_seconds_count')).toBe(1);
    expect(sample(text, 'mengyuan_webhook_queue_deliveries', { state: 'waiting' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'mengyuan_job_queue_jobs', { queue: 'tickets.sla-check', state: 'ready' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'mengyuan_sla_clocks', { state: 'overdue' })).toBe(0);
    expect(sample(text, 'mengyuan_db_pool_connections', { pool: 'primary', state: 'total' })).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'mengyuan_db_replica_serving')).toBe(0);
  });
});
