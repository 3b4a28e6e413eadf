import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { CreateWebhookEndpointDocument, PlaceOrderDocument } from '@mengyuan/graphql';
import { WebhookService, type ClaimedDelivery } from '../../src/modules/webhooks/services/webhook.service';
import { deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** The dispatcher: batches, a per-endpoint cap and a circuit breaker, so one bad receiver cannot starve the others. */
describe('webhook dispatch', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  const arrivals: { path: string; at: number }[] = [];
  let member: string;
  let skuId: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const path = req.url ?? '';
        if (path === '/broken') {
          arrivals.push({ path, at: Date.now() });
          res.statusCode = 500;
          res.end();
          return;
        }
        const delay = path === '/slow' ? 1500 : 0;
        setTimeout(() => {
          arrivals.push({ path, at: Date.now() });
          res.statusCode = 204;
          res.end();
        }, delay);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    t = await startTestApp({ JOBS_ENABLED: 'true', WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOK_ENDPOINT_CONCURRENCY: '2', WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_BREAKER_FAILURES: '3', WEBHOOK_BREAKER_SECONDS: '60' });
    await t.seedDemo();
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    const admin = (await t.login('admin@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '1000000');
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    skuId = (await stockedSku(t, { admin, offers: [{ supplier, stock: 40 }], sku: { faceValue: '1000', unifiedPrice: '960' } })).sku.id;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => server.close(r));
  });

  const waitFor = async (ok: () => boolean | Promise<boolean>, what: string) => {
    for (let i = 0; i < 120; i++) {
      if (await ok()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  it('keeps a fast receiver fast while a slow one is held to its concurrency cap', async () => {
    for (const path of ['/slow', '/fast']) await t.data(CreateWebhookEndpointDocument, { input: { url: `${base}${path}`, events: ['order.delivered'] } }, { token: member });
    const started = Date.now();
    for (let i = 0; i < 8; i++) await t.data(PlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `CAP-${i}` } }, { token: member });
    await waitFor(() => arrivals.filter((a) => a.path === '/fast').length === 8, 'the fast receiver');
    const fastDone = Date.now() - started;
    const slowSoFar = arrivals.filter((a) => a.path === '/slow').length;
    // Eight to the slow receiver at two at a time take four rounds of 1.5 s; the fast one did not wait for them.
    expect(slowSoFar).toBeLessThan(8);
    expect(fastDone).toBeLessThan(4000);
    await waitFor(() => arrivals.filter((a) => a.path === '/slow').length === 8, 'the slow receiver');
    await waitFor(async () => (await t.db.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status <> 'SUCCEEDED'`))[0].n === 0, 'every delivery to be recorded as sent');
  });

  it('opens the circuit of a receiver that keeps failing, and stops calling it until the circuit closes', async () => {
    const { createWebhookEndpoint } = await t.data(CreateWebhookEndpointDocument, { input: { url: `${base}/broken`, events: ['order.delivered'] } }, { token: member });
    for (let i = 0; i < 3; i++) await t.data(PlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `BRK-${i}` } }, { token: member });
    await waitFor(async () => (await t.db.query(`SELECT circuit_open_until FROM webhook_endpoints WHERE id = $1`, [createWebhookEndpoint.endpoint.id]))[0].circuit_open_until !== null, 'the circuit to open');
    // The third failure in a row opens it; attempts already in flight then (two at most per endpoint) still land,
    // and on a loaded machine a first retry (due after a second) may come before the third order's first attempt.
    const calls = arrivals.filter((a) => a.path === '/broken').length;
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(calls).toBeLessThanOrEqual(5);
    // Retries come due after a second, but the circuit holds them back.
    await new Promise((r) => setTimeout(r, 2500));
    expect(arrivals.filter((a) => a.path === '/broken').length).toBe(calls);
    const [{ pending }] = await t.db.query(`SELECT count(*)::int AS pending FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'PENDING'`, [createWebhookEndpoint.endpoint.id]);
    expect(pending).toBe(3);
    // Every failed attempt counted on the endpoint, two that finished together included (the count is taken from the
    // row as it is when each outcome is written, not as it was read before sending).
    const [{ failures, attempts }] = await t.db.query(
      `SELECT e.consecutive_failures AS failures,
              (SELECT count(*)::int FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = e.id) AS attempts
         FROM webhook_endpoints e WHERE e.id = $1`,
      [createWebhookEndpoint.endpoint.id],
    );
    expect(attempts).toBe(calls);
    expect(failures).toBe(calls);
  });

  it('records outcomes in batches: one endpoint written by two batches at once counts every failure, and a success resets it', async () => {
    const { createWebhookEndpoint } = await t.data(CreateWebhookEndpointDocument, { input: { url: `${base}/never-called`, events: ['order.delivered'] } }, { token: member });
    const endpointId = createWebhookEndpoint.endpoint.id;
    const webhooks = t.app.get(WebhookService);
    // Deliveries this process holds the lease on, due in an hour: the dispatcher leaves them alone.
    const leased = async (n: number) => {
      const ids = Array.from({ length: n }, () => randomUUID());
      await t.db.query(
        `INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, status, attempts, created_at, next_attempt_at, leased_until, leased_by)
         SELECT id, $2, 'order.delivered', '{}', 'PENDING', 0, now(), now() + interval '1 hour', now() + interval '1 hour', $3 FROM unnest($1::text[]) AS id`,
        [ids, endpointId, webhooks.leaseToken],
      );
      return ids.map((id) => ({ id, endpointId, status: 'PENDING', attempts: 0 }) as unknown as ClaimedDelivery);
    };
    const outcome = (delivery: ClaimedDelivery, ok: boolean) => ({ delivery, status: ok ? 204 : 500, error: ok ? null : 'HTTP 500', at: new Date(), durationMs: 1 });
    const write = (webhooks as unknown as { writeOutcomes(o: ReturnType<typeof outcome>[]): Promise<{ recorded: Set<string> }> }).writeOutcomes.bind(webhooks);
    const state = async () =>
      (await t.db.query(`SELECT consecutive_failures AS failures, circuit_open_until AS open FROM webhook_endpoints WHERE id = $1`, [endpointId]))[0] as { failures: number; open: Date | null };

    // Two writers on one endpoint row: a failure and two failures recorded by two statements at once.
    const [a, b] = [await leased(1), await leased(2)];
    const [ra, rb] = await Promise.all([write(a.map((d) => outcome(d, false))), write(b.map((d) => outcome(d, false)))]);
    expect(ra.recorded.size + rb.recorded.size).toBe(3);
    // Three in a row (WEBHOOK_BREAKER_FAILURES=3) opened the circuit.
    expect(await state()).toEqual({ failures: 3, open: expect.any(Date) });

    // Within one batch, in the order they came in: a success resets the count and closes the circuit, the failure
    // after it counts one.
    const c = await leased(2);
    await write([outcome(c[0], true), outcome(c[1], false)]);
    expect(await state()).toEqual({ failures: 1, open: null });
    const rows = await t.db.query(`SELECT status, attempts, leased_by FROM webhook_deliveries WHERE id = ANY($1::text[]) ORDER BY status`, [c.map((d) => d.id)]);
    expect(rows).toEqual([{ status: 'PENDING', attempts: 1, leased_by: null }, { status: 'SUCCEEDED', attempts: 1, leased_by: null }]);

    // A lease another replica took over is not overwritten; its attempt is still logged.
    const [lost] = await leased(1);
    await t.db.query(`UPDATE webhook_deliveries SET leased_by = 'another-replica' WHERE id = $1`, [lost.id]);
    expect((await write([outcome(lost, true)])).recorded.size).toBe(0);
    const [{ status, n }] = await t.db.query(`SELECT d.status, (SELECT count(*)::int FROM webhook_attempts WHERE delivery_id = d.id) AS n FROM webhook_deliveries d WHERE id = $1`, [lost.id]);
    expect({ status, n }).toEqual({ status: 'PENDING', n: 1 });
  });
});
