import { createServer, type Server } from 'node:http';
import {
  CreateApiKeyDocument, CreateWebhookEndpointDocument, LogoutDocument, MeDocument, PlaceOrderDocument, RecomputeScorecardsDocument, RegisterOrganizationDocument, RevokeApiKeyDocument, RoutingDecisionsDocument,
  UpdateScoreWeightsDocument, WalletBalanceDocument, WebhookDeliveriesDocument,
} from '@mengyuan/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Client } from 'pg';
import { AuditService } from '../../src/modules/audit/audit.service';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { ScoreReadService } from '../../src/modules/scorecards/services/score-read.service';
import { deposit, organizationInput, stockedSku } from '../factories';
import { waitFor } from '../processes';
import { databaseUrl } from '../test-database';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Two api instances on one database, as production runs replicas: here only one works the job queue (a replica
 * with JOBS_ENABLED=false still writes jobs in its callers' transactions); caches that steer decisions follow a
 * change on the other replica at once; and the races that only show with more than one writer.
 */
describe('replicas on one database', () => {
  let worker: TestApp;
  let server: TestApp;
  let receiver: Server;
  let url: string;
  const received: string[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(body);
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
    // Routing's score map is kept for 10 minutes here: only a notice from another replica can change it in time.
    worker = await startTestApp({ JOBS_ENABLED: 'true', WEBHOOKS_ALLOW_PRIVATE: 'true', ROUTING_SCORE_CACHE_MS: '600000' });
    // The replica that serves this test's requests works no jobs.
    server = await startTestApp({ JOBS_ENABLED: 'false', WEBHOOKS_ALLOW_PRIVATE: 'true', ROUTING_SCORE_CACHE_MS: '600000' }, { sameDatabaseAs: worker });
    await server.seedDemo();
  });
  afterAll(async () => {
    await server.close();
    await worker.close();
    await new Promise((r) => receiver.close(r));
  });

  it('delivers the webhook of an order placed on a replica that works no jobs (the job row is written in the order transaction; another replica sends it)', async () => {
    const admin = (await server.login('admin@mengyuan.demo')).token;
    const m = await server.login('member@mengyuan.demo');
    const supplier = (await server.login('supplier@mengyuan.demo')).token;
    await deposit(server, admin, m.organizationId, '100000');
    const { sku } = await stockedSku(server, { admin, offers: [{ supplier, stock: 2 }], sku: { faceValue: '1000', unifiedPrice: '960' } });
    await server.data(CreateWebhookEndpointDocument, { input: { url, events: ['order.delivered'] } }, { token: m.token });
    const { placeOrder } = await server.data(PlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: 'REPLICA-1' } }, { token: m.token });
    for (let i = 0; i < 80 && !received.some((b) => b.includes(placeOrder.id)); i++) await new Promise((r) => setTimeout(r, 250));
    expect(received.map((b) => JSON.parse(b) as { type: string; data: { orderId: string } }).find((b) => b.data.orderId === placeOrder.id)).toMatchObject({ type: 'order.delivered' });
    // The sender records its outcome just after the receiver answers (outcomes within 10 ms are written together).
    const delivery = async () => (await server.data(WebhookDeliveriesDocument, { endpointId: null, page: null }, { token: m.token })).webhookDeliveries.items[0];
    await waitFor(async () => ((await delivery())?.attempts ?? 0) > 0, 'the delivery’s outcome', 5000, 50);
    expect(await delivery()).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  });

  it('refuses an ended session and a revoked key on every replica at once, though each remembers who a credential is', async () => {
    const m = await server.login('member2@mengyuan.demo');
    // Both replicas have seen (and remember) the token and the key.
    for (const app of [server, worker]) expect((await app.data(MeDocument, {}, { token: m.token })).me.email).toBe('member2@mengyuan.demo');
    const { createApiKey } = await server.data(CreateApiKeyDocument, { input: { name: 'erp', scopes: ['WALLET_READ'] } }, { token: m.token });
    for (const app of [server, worker]) await app.data(WalletBalanceDocument, {}, { apiKey: createApiKey.secret });

    await server.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id }, { token: m.token });
    await server.data(LogoutDocument, { refreshToken: m.refreshToken, everywhere: false }, { token: m.token });
    // The notice crosses over PostgreSQL NOTIFY: within moments, never a later request's worth.
    await new Promise((r) => setTimeout(r, 100));
    for (const app of [worker, server]) {
      expect(await app.errorCode(MeDocument, {}, { token: m.token })).toBe('UNAUTHENTICATED');
      expect(await app.errorCode(WalletBalanceDocument, {}, { apiKey: createApiKey.secret })).toBe('UNAUTHENTICATED');
    }
  });

  it('routes the next order on another replica by new score weights at once (the score map is reloaded everywhere on a change)', async () => {
    const admin = (await worker.login('admin@mengyuan.demo')).token;
    const m = await server.login('member@mengyuan.demo');
    const s1 = await server.login('supplier@mengyuan.demo');
    const s2 = await server.login('supplier2@mengyuan.demo');
    await deposit(server, admin, m.organizationId, '100000');
    // supplier@ is far better at after-sales, supplier2@ at authenticity: the weights decide who is tried first.
    await worker.app.get(TransactionHost).withTransaction(async () => {
      await worker.app.get(ScoreFactsService).add(s1.organizationId, { [Measure.SLA_FIRST_RESPONSE_TOTAL]: 200, [Measure.SLA_FIRST_RESPONSE_MET]: 200, [Measure.SAMPLE_FAILED]: 30, [Measure.SAMPLE_PASSED]: 10 });
      await worker.app.get(ScoreFactsService).add(s2.organizationId, { [Measure.SLA_FIRST_RESPONSE_TOTAL]: 200, [Measure.SAMPLE_PASSED]: 200 });
    });
    await worker.data(RecomputeScorecardsDocument, {}, { token: admin });
    const { sku } = await stockedSku(server, { admin, offers: [{ supplier: s1.token, stock: 3 }, { supplier: s2.token, stock: 3 }], sku: { faceValue: '1000', unifiedPrice: '960' } });
    const firstTried = async (n: number) => {
      const { placeOrder } = await server.data(PlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: `WEIGHTS-${n}` } }, { token: m.token });
      const decisions = (await server.data(RoutingDecisionsDocument, { orderId: placeOrder.id }, { token: admin })).routingDecisions;
      return decisions.find((d) => d.position === 1)!.supplierId;
    };
    const weigh = (afterSales: number, authenticity: number) =>
      worker.data(UpdateScoreWeightsDocument, { input: { compliance: 10, authenticity, afterSales, priceStability: 10, reputation: 100 - 20 - authenticity - afterSales } }, { token: admin });
    // How long until the other replica's map reflects the change (its scores are read from the notice, not a timer).
    const reflected = async (leader: string) => {
      const started = Date.now();
      while (Date.now() - started < 2000) {
        const scores = server.app.get(ScoreReadService).scoresOf([s1.organizationId, s2.organizationId]);
        const [a, b] = [scores.get(s1.organizationId)!.total, scores.get(s2.organizationId)!.total];
        if ((leader === s1.organizationId) === a > b) return Date.now() - started;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error('the other replica kept the old scores');
    };
    await weigh(60, 10);
    const ms1 = await reflected(s1.organizationId);
    expect(await firstTried(1)).toBe(s1.organizationId);
    await weigh(10, 60);
    const ms2 = await reflected(s2.organizationId);
    expect(await firstTried(2)).toBe(s2.organizationId);
    console.warn(`score weights: the other replica routed by the new scores ${ms1} ms and ${ms2} ms after the change answered`);
    await worker.data(UpdateScoreWeightsDocument, { input: { compliance: 20, authenticity: 20, afterSales: 20, priceStability: 20, reputation: 20 } }, { token: admin });
  });

  it('answers two registrations racing on one e-mail with one organisation and a CONFLICT naming the field', async () => {
    const email = `race-${Date.now()}@replicas.test`;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? server : worker).gql(RegisterOrganizationDocument, { input: organizationInput('MEMBER', { ownerEmail: email }) })),
    );
    const errors = results.flatMap((r) => r.body.errors ?? []);
    expect(results.filter((r) => r.body.data?.registerOrganization)).toHaveLength(1);
    expect(errors).toHaveLength(5);
    for (const e of errors) expect(e.extensions).toMatchObject({ code: 'CONFLICT', fields: { ownerEmail: expect.any(Array) } });
    expect((await server.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]))[0].n).toBe(1);
  });

  it('chains an audit event that commits while a flush is under way instead of losing it', async () => {
    const audit = server.app.get(AuditService);
    await audit.flush();
    const connect = async () => {
      const c = new Client({ connectionString: databaseUrl(server.database) });
      await c.connect();
      return c;
    };
    const [late, early, gate] = [await connect(), await connect(), await connect()];
    const event = (marker: string) => JSON.stringify({ type: 'test.outbox', payload: { marker }, occurredAt: new Date().toISOString() });
    try {
      // `late` takes the lower outbox id but commits last; `early` commits at once.
      await late.query('BEGIN');
      await late.query('INSERT INTO audit_outbox (event, created_at) VALUES ($1, now())', [event('late')]);
      await early.query('INSERT INTO audit_outbox (event, created_at) VALUES ($1, now())', [event('early')]);
      // Hold the flush between reading the outbox and deleting what it chained: its insert waits on this lock.
      await gate.query('BEGIN');
      await gate.query('LOCK TABLE audit_events IN EXCLUSIVE MODE');
      const flushing = audit.flush();
      for (let i = 0; i < 100; i++) {
        const { rows } = await gate.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'audit_events'::regclass AND NOT granted`);
        if (rows[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await late.query('COMMIT');
      await gate.query('COMMIT');
      await flushing;
      while ((await audit.flush()) > 0);
      const chained = await server.db.query(`SELECT payload->>'marker' AS marker FROM audit_events WHERE type = 'test.outbox' ORDER BY seq`);
      expect(chained.map((r: { marker: string }) => r.marker).sort()).toEqual(['early', 'late']);
    } finally {
      for (const c of [late, early, gate]) await c.end().catch(() => undefined);
    }
  });
});
