import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { CreateApiKeyDocument, ShopDockCredentialsDocument } from '@mengyuan/graphql';
import { DUJIAO_API_PREFIX, DUJIAO_HEADER_KEY, DUJIAO_HEADER_SIGNATURE, DUJIAO_HEADER_TIMESTAMP, DujiaoShopClient, dujiaoSignature, sameSignature, type DujiaoOrderCreated } from '@mengyuan/supplier-sim';
import { ShopCallbackService } from '../../src/modules/docking/services/shop-callback.service';
import { deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/**
 * A dujiao-next shop's receiver that fails its first `failures` callbacks with a 500, answers after `delayMs`,
 * and keeps each callback it took (signature verified) — what a shop that was briefly down looks like.
 */
class FlakyReceiver {
  hits = 0;
  readonly taken: { orderNo: string; status: string; verified: boolean }[] = [];
  private server: Server | null = null;

  constructor(
    private readonly secret: string,
    public failures = 0,
    public delayMs = 0,
  ) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.hits += 1;
        const answer = () => {
          if (this.failures > 0) {
            this.failures -= 1;
            res.writeHead(500, { 'content-type': 'application/json' });
            return res.end('{"ok":false,"message":"busy"}');
          }
          const raw = Buffer.concat(chunks);
          const h = (n: string) => [req.headers[n]].flat()[0] ?? '';
          const verified = sameSignature(dujiaoSignature(this.secret, 'POST', `${DUJIAO_API_PREFIX}/callback`, h(DUJIAO_HEADER_TIMESTAMP), raw), h(DUJIAO_HEADER_SIGNATURE)) && h(DUJIAO_HEADER_KEY).startsWith('mk_');
          const body = JSON.parse(raw.toString('utf8')) as { order_no: string; status: string };
          this.taken.push({ orderNo: body.order_no, status: body.status, verified });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"ok":true}');
        };
        if (this.delayMs) setTimeout(answer, this.delayMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${DUJIAO_API_PREFIX}/callback`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * Durable shop callbacks (issue 19 leftovers): a dujiao-next shop's callback is a row written with the order's
 * outcome, sent by whichever replica works the queue, retried with backoff, each attempt recorded; a 2xx ends
 * it, and it is never sent twice — not by two workers at once, not after a restart.
 */
describe('shop docking: durable callbacks to a dujiao-next shop', () => {
  let t: TestApp;
  let w: TestApp | null = null;
  let skuNum = 0;
  let secret = '';
  let keyId = '';
  const env = { ORDER_VELOCITY_PER_MINUTE: '100000', WEBHOOKS_ALLOW_PRIVATE: 'true' };

  const client = (app: TestApp) => new DujiaoShopClient({ baseUrl: `${app.url}/dock/dujiao`, apiKey: keyId, secret });
  const order = async (app: TestApp, callbackUrl: string) => {
    const placed = await client(app).createOrder({ sku_id: skuNum, quantity: 1, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}`, callback_url: callbackUrl });
    expect(placed).toMatchObject({ status: 200, body: { ok: true, status: 'delivered' } });
    return (placed.body as DujiaoOrderCreated).order_no;
  };
  const callbackRow = async (orderId: string) =>
    ((await t.db.query(`SELECT id, status, attempts, order_status FROM docking_shop_callbacks WHERE order_id = $1`, [orderId])) as { id: string; status: string; attempts: number; order_status: string }[]);
  const fast = (app: TestApp) => {
    const svc = app.app.get(ShopCallbackService);
    Object.assign(svc.retry, { baseDelayMs: 50, limit: 4 });
    return svc;
  };

  beforeAll(async () => {
    t = await startTestApp(env);
    await t.seedDemo({ catalog: false });
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const s = (await t.login('supplier@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier: s, stock: 20 }] });
    await deposit(t, admin, m.organizationId, '1000000');
    const created = (await t.data(CreateApiKeyDocument, { input: { name: '店铺回调', scopes: ['ORDERS_WRITE', 'CATALOG_READ'] } }, { token: m.token })).createApiKey;
    const [c] = (await t.data(ShopDockCredentialsDocument, {}, { token: m.token })).shopDockCredentials.filter((x) => x.apiKeyId === created.apiKey.id);
    keyId = c.keyId;
    secret = c.secret;
    const page = await client(t).products(1, 100);
    if (!page.body.ok) throw new Error('refused');
    skuNum = page.body.items.find((p) => p.slug === sku.code)!.id;
  });
  afterAll(async () => {
    await w?.close();
    await t.close();
  });

  it('the shop’s receiver fails twice then takes it: delivered once, three attempts recorded with status code, latency and error', async () => {
    const receiver = new FlakyReceiver(secret, 2);
    const url = await receiver.listen();
    try {
      const svc = fast(t);
      const orderId = await order(t, url);
      // Written with the outcome, before anything is sent.
      expect(await callbackRow(orderId)).toEqual([expect.objectContaining({ status: 'PENDING', attempts: 0, order_status: 'DELIVERED' })]);
      await svc.settled();
      expect(receiver.hits).toBe(3);
      expect(receiver.taken).toEqual([{ orderNo: orderId, status: 'delivered', verified: true }]);
      expect(await callbackRow(orderId)).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: 3 })]);
      const attempts = await svc.attemptsOf(orderId);
      expect(attempts.map((a) => [a.statusCode, a.error])).toEqual([[500, 'HTTP 500'], [500, 'HTTP 500'], [200, null]]);
      expect(attempts.every((a) => Number.isInteger(a.latencyMs) && a.latencyMs >= 0)).toBe(true);
      // Backoff: the second retry waited longer than the first.
      const gaps = [attempts[1].attemptedAt.getTime() - attempts[0].attemptedAt.getTime(), attempts[2].attemptedAt.getTime() - attempts[1].attemptedAt.getTime()];
      expect(gaps[0]).toBeGreaterThanOrEqual(50);
      expect(gaps[1]).toBeGreaterThanOrEqual(100);
      // Nothing more is sent, whatever runs again.
      await svc.deliverDue();
      expect(await svc.deliver((await callbackRow(orderId))[0].id)).toBe(false);
      expect(receiver.hits).toBe(3);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the retry limit, and a target that became private is refused, not sent', async () => {
    const receiver = new FlakyReceiver(secret, 100);
    const url = await receiver.listen();
    try {
      const svc = fast(t);
      const failing = await order(t, url);
      await svc.settled();
      expect(await callbackRow(failing)).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 5 })]); // the first and 4 retries
      expect(receiver.hits).toBe(5);

      const refused = await order(t, url);
      t.config.webhooks.allowPrivate = false;
      try {
        await svc.settled();
      } finally {
        t.config.webhooks.allowPrivate = true;
      }
      expect(receiver.hits).toBe(5);
      expect(await callbackRow(refused)).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 1 })]);
      expect((await svc.attemptsOf(refused))[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/^refused: the URL/) });
    } finally {
      await receiver.close();
    }
  });

  it('two workers (two replicas on one database) claiming the same callback at once send it once', async () => {
    w = await startTestApp(env, { sameDatabaseAs: t });
    const receiver = new FlakyReceiver(secret, 0, 300);
    const url = await receiver.listen();
    try {
      const [a, b] = [fast(t), fast(w)];
      const orderId = await order(t, url);
      const [{ id }] = await callbackRow(orderId);
      // deliver(id) answers whether it sent it; the sweeps answer how many they sent (the shop takes every send).
      // Whichever of the four claims it first sends it; together they sent it once.
      const [one, two, sweptA, sweptB] = await Promise.all([a.deliver(id), b.deliver(id), a.deliverDue(), b.deliverDue()]);
      expect(Number(one) + Number(two) + sweptA + sweptB).toBe(1);
      expect(receiver.hits).toBe(1);
      expect(await callbackRow(orderId)).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: 1 })]);
      expect(await a.attemptsOf(orderId)).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('survives a restart: queued by one api, which stops; a new api on the same database works the queue and delivers it', async () => {
    const receiver = new FlakyReceiver(secret, 1);
    const url = await receiver.listen();
    let r: TestApp | null = null;
    try {
      // The first replica places the order and tries once (the shop is down), then stops.
      const first = w!;
      const orderId = await order(first, url);
      expect(await fast(first).deliverDue()).toBe(1);
      expect(await callbackRow(orderId)).toEqual([expect.objectContaining({ status: 'PENDING', attempts: 1 })]);
      await first.close();
      w = null;
      // A new api that works the job queue: the retry queued with the failed attempt runs there by itself.
      r = await startTestApp({ ...env, JOBS_ENABLED: 'true' }, { sameDatabaseAs: t });
      const deadline = Date.now() + 60_000;
      while (receiver.taken.length === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 200));
      expect(receiver.taken).toEqual([{ orderNo: orderId, status: 'delivered', verified: true }]);
      expect(await callbackRow(orderId)).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: 2 })]);
      expect(receiver.hits).toBe(2);
    } finally {
      await r?.close();
      await receiver.close();
    }
  });
});
