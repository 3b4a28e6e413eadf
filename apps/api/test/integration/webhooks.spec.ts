import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import {
  CreateWebhookEndpointDocument,
  DisableWebhookEndpointDocument,
  ReplayWebhookDeliveryDocument,
  TestPlaceOrderDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
} from '@mengyuan/graphql';
import { deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** The Standard Webhooks verification, written from the spec (not the api's code): v1 HMAC-SHA256 over id.timestamp.body. */
function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string, nowSeconds: number): boolean {
  const id = headers['webhook-id'];
  const timestamp = Number(headers['webhook-timestamp']);
  const signatures = String(headers['webhook-signature'] ?? '').split(' ');
  if (typeof id !== 'string' || !Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.some((s) => {
    const [version, sig] = s.split(',');
    const given = Buffer.from(sig ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe('webhooks', () => {
  let t: TestApp;
  let server: Server;
  let url: string;
  const received: Received[] = [];
  let failNext = 0;
  let member: string;
  /** A card SKU of its own: 3 codes at ¥9.60, so 100 of them are under the review threshold and more than the stock. */
  let skuId: string;

  const waitFor = async <T>(fn: () => Promise<T | undefined>, what: string): Promise<T> => {
    for (let i = 0; i < 80; i++) {
      const v = await fn();
      if (v) return v;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = failNext > 0 ? (failNext--, 500) : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`;
    t = await startTestApp({ JOBS_ENABLED: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' });
    await t.seedDemo();
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    const admin = (await t.login('admin@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '1000000');
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    skuId = (await stockedSku(t, { admin, offers: [{ supplier, stock: 3 }], sku: { faceValue: '1000', unifiedPrice: '960' } })).sku.id;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => server.close(r));
  });

  it('refuses private and loopback targets unless configuration allows them', async () => {
    const res = await t.gql(CreateWebhookEndpointDocument, { input: { url, events: ['order.delivered'] } }, { token: member });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { url: [expect.stringMatching(/private|loopback/)] } });
    expect(await t.errorCode(CreateWebhookEndpointDocument, { input: { url: 'https://example.com/x', events: ['order.exploded'] } }, { token: member })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(CreateWebhookEndpointDocument, { input: { url: 'https://example.com/x', events: ['order.delivered'] } }, { token: (await t.login('operator@mengyuan.demo')).token })).toBe('FORBIDDEN');
  });

  it('signs deliveries per Standard Webhooks, retries with backoff after a failure, logs every attempt, and replays', async () => {
    t.config.webhooks.allowPrivate = true; // tests deliver to loopback
    const { createWebhookEndpoint: created } = await t.data(CreateWebhookEndpointDocument, { input: { url, events: ['order.delivered', 'order.failed'] } }, { token: member });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{44}$/);
    const [stored] = await t.db.query('SELECT * FROM webhook_endpoints WHERE id = $1', [created.endpoint.id]);
    expect(JSON.stringify(stored)).not.toContain(created.secret.slice(6, 30));

    failNext = 1;
    const order = (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `WH-${randomUUID().slice(0, 8)}` } }, { token: member })).placeOrder;
    const delivery = await waitFor(async () => {
      const { webhookDeliveries } = await t.data(WebhookDeliveriesDocument, { endpointId: created.endpoint.id, page: null }, { token: member });
      return webhookDeliveries.items.find((d) => d.status === 'SUCCEEDED');
    }, 'the delivery to succeed');
    expect(delivery.payload).toMatchObject({ type: 'order.delivered', data: { orderId: order.id } });
    expect(delivery.attemptLog.map((a) => a.statusCode)).toEqual([500, 204]);
    expect(received).toHaveLength(2);
    const last = received[1];
    expect(last.headers['webhook-id']).toBe(delivery.id);
    expect(verifyStandardWebhook(created.secret, last.headers, last.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyStandardWebhook(created.secret, last.headers, last.body.replace('order', 'Order'), Math.floor(Date.now() / 1000))).toBe(false);
    expect(verifyStandardWebhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, last.headers, last.body, Math.floor(Date.now() / 1000))).toBe(false);
    expect(JSON.parse(last.body)).toMatchObject({ type: 'order.delivered', data: { orderId: order.id } });
    expect(last.body).not.toMatch(/secret|cardNumber/);

    await t.data(ReplayWebhookDeliveryDocument, { id: delivery.id }, { token: member });
    await waitFor(async () => (received.length >= 3 ? true : undefined), 'the replay');
    expect(received[2].headers['webhook-id']).toBe(delivery.id);
    expect(verifyStandardWebhook(created.secret, received[2].headers, received[2].body, Math.floor(Date.now() / 1000))).toBe(true);
    const other = (await t.login('member2@mengyuan.demo')).token;
    expect(await t.errorCode(ReplayWebhookDeliveryDocument, { id: delivery.id }, { token: other })).toBe('NOT_FOUND');
  });

  it('sends order.failed for a failed order, and nothing once the endpoint is disabled', async () => {
    const before = received.length;
    // 100 × ¥9.60: under the review threshold, more than the offer holds.
    const res = await t.gql(TestPlaceOrderDocument, { input: { skuId, quantity: 100, clientOrderNo: `WH-F-${randomUUID().slice(0, 8)}` } }, { token: member });
    expect(res.body.errors?.[0].extensions?.code).toBe('SOLD_OUT');
    await waitFor(async () => (received.length > before ? true : undefined), 'order.failed');
    expect(JSON.parse(received.at(-1)!.body)).toMatchObject({ type: 'order.failed', data: { code: 'SOLD_OUT' } });

    const [endpoint] = (await t.data(WebhookEndpointsDocument, {}, { token: member })).webhookEndpoints;
    expect((await t.data(DisableWebhookEndpointDocument, { id: endpoint.id }, { token: member })).disableWebhookEndpoint.enabled).toBe(false);
    const unsent = (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `WH-D-${randomUUID().slice(0, 8)}` } }, { token: member })).placeOrder;
    expect(unsent.status).toBe('DELIVERED');
    // Deliveries are written in the order's transaction: had one been due, it would be listed by now.
    const { webhookDeliveries } = await t.data(WebhookDeliveriesDocument, { endpointId: endpoint.id, page: null }, { token: member });
    expect(webhookDeliveries.items.map((d) => d.payload)).not.toContainEqual(expect.objectContaining({ data: expect.objectContaining({ orderId: unsent.id }) }));
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'PENDING'`);
    expect(n).toBe(0);
  });
});
