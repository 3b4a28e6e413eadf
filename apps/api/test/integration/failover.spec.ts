import { createServer, type Server } from 'node:http';
import { CreateWebhookEndpointDocument, PlaceOrderDocument } from '@mengyuan/graphql';
import { print } from 'graphql';
import { Client } from 'pg';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { RECOMPUTE_SCORECARDS_JOB } from '../../src/modules/scorecards/scorecards.jobs';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { deposit, stockedSku } from '../factories';
import { startApiProcess, waitFor, type ApiProcess } from '../processes';
import { databaseUrl } from '../test-database';
import { startTestApp, type TestApp } from '../test-app';

const ORDERS = 150;
const KILL_AFTER = 60;
const CONCURRENCY = 6;
/** The receiver takes this long to answer, so some deliveries are always in flight when a replica dies. */
const RECEIVER_MS = 100;

/**
 * A delivery whose receiver answered this shortly before its sender died may not have had its outcome recorded
 * (the answer reached a dead process): the survivor sends it again with the same webhook-id, as Standard Webhooks
 * allows (receivers deduplicate on it). Anything answered earlier must never be sent again.
 */
const UNRECORDED_WINDOW_MS = 250;

/**
 * Two api processes on one database, both working jobs (the production shape), and one of them SIGKILLed in
 * the middle of a stream of orders: every order's webhook is delivered (answered 2xx) within 10 s of the kill,
 * exactly once unless the dead replica died in the instant between its receiver's answer and the outcome's
 * one-statement record; the jobs the dead one held are run by the other, and cron goes on.
 */
describe('replica failover (SIGKILL mid-load)', () => {
  let t: TestApp;
  let a: ApiProcess;
  let b: ApiProcess;
  let receiver: Server;
  let hookUrl: string;
  /** Per webhook-id: requests received, and requests answered 2xx to a sender still there to read it. */
  const received = new Map<string, number>();
  const answered = new Map<string, { count: number; orderId: string; at: number[] }>();

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const id = String(req.headers['webhook-id']);
        received.set(id, (received.get(id) ?? 0) + 1);
        const orderId = (JSON.parse(Buffer.concat(chunks).toString()) as { data: { orderId: string } }).data.orderId;
        setTimeout(() => {
          if (req.socket.destroyed) return; // the sender died waiting: not delivered
          res.on('finish', () => {
            const prev = answered.get(id);
            answered.set(id, { count: (prev?.count ?? 0) + 1, orderId, at: [...(prev?.at ?? []), Date.now()] });
          });
          res.writeHead(204).end();
        }, RECEIVER_MS);
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
    t = await startTestApp({ JOBS_ENABLED: 'false', WEBHOOKS_ALLOW_PRIVATE: 'true' });
    await t.seedDemo();
    const env = { DATABASE_URL: databaseUrl(t.database), JOBS_ENABLED: 'true', WEBHOOKS_ALLOW_PRIVATE: 'true' };
    [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.close();
    await new Promise((r) => receiver?.close(r));
  });

  it('delivers every webhook within 10 s, once (again only if its answer reached the sender as it died), takes over the dead replica’s jobs and keeps cron going', async () => {
    const m = await t.login('member@mengyuan.demo');
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '10000000');
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier, stock: ORDERS }], sku: { faceValue: '1000', unifiedPrice: '960' } });
    await t.data(CreateWebhookEndpointDocument, { input: { url: hookUrl, events: ['order.delivered'] } }, { token: m.token });

    // A job held by each replica when one dies: two recomputes, each blocked on the scorecards table this test
    // locks (a worker runs one job of a queue at a time, so each replica takes one).
    const locker = new Client({ connectionString: databaseUrl(t.database) });
    locker.on('error', () => undefined);
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE scorecards IN EXCLUSIVE MODE');
      const jobs = t.app.get(JobsService);
      const held = [await jobs.send(RECOMPUTE_SCORECARDS_JOB), await jobs.send(RECOMPUTE_SCORECARDS_JOB)];
      const stateOf = async (ids: (string | null)[]) => (await t.db.query(`SELECT id, state FROM pgboss.job WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; state: string }[];
      await waitFor(async () => (await stateOf(held)).every((j) => j.state === 'active'), 'both replicas to hold a job', 20_000);

      const query = print(PlaceOrderDocument);
      const placeOn = async (target: ApiProcess, n: number) => {
        const res = await fetch(`${target.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${m.token}` },
          body: JSON.stringify({ query, variables: { input: { skuId: sku.id, quantity: 1, clientOrderNo: `FO-${n}` } } }),
        });
        const body = (await res.json()) as { data?: { placeOrder: { id: string; status: string } }; errors?: unknown[] };
        if (!body.data?.placeOrder) throw new Error(JSON.stringify(body));
        return body.data.placeOrder;
      };
      let killedAt = 0;
      let done = 0;
      const orders: { id: string; status: string; at: number }[] = [];
      let next = 0;
      const worker = async () => {
        while (next < ORDERS) {
          const n = next++;
          const first = n % 2 ? a : b;
          // A client behind a load balancer: a replica that does not answer is retried on the other, with the same
          // order number (idempotent).
          const order = await placeOn(first, n).catch(() => placeOn(b, n));
          orders.push({ ...order, at: Date.now() });
          if (++done === KILL_AFTER) {
            a.kill();
            killedAt = Date.now();
            await locker.query('COMMIT');
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const loadEndedAfterKill = Date.now() - killedAt;
      expect(orders.every((o) => o.status === 'DELIVERED')).toBe(true);
      expect(new Set(orders.map((o) => o.id)).size).toBe(ORDERS);

      // Every order's webhook answered exactly once, within 10 s of the kill.
      const byOrder = () => {
        const ids = new Map<string, number>();
        for (const { orderId, count } of answered.values()) ids.set(orderId, (ids.get(orderId) ?? 0) + count);
        return ids;
      };
      const deliveredWithin = await waitFor(() => orders.every((o) => byOrder().has(o.id)), 'every order’s webhook', 20_000, 50);
      const lastAnswer = Math.max(...[...answered.values()].flatMap((x) => x.at)) - killedAt;
      // Each webhook within 10 s of the kill, or of its order if that came later (the load goes on meanwhile).
      const placedAt = new Map(orders.map((o) => [o.id, o.at]));
      const worstDelay = Math.max(...[...answered.values()].map((x) => x.at[0] - Math.max(killedAt, placedAt.get(x.orderId)!)));
      expect(worstDelay).toBeLessThanOrEqual(10_000);
      // One webhook-id per order; answered once, or twice when the first answer fell in the instant before the kill.
      expect(answered.size).toBe(ORDERS);
      expect(new Set([...answered.values()].map((x) => x.orderId)).size).toBe(ORDERS);
      const twice = [...answered.values()].filter((x) => x.count > 1);
      for (const x of twice) {
        expect(x.count).toBe(2);
        // Around the kill: the receiver's own event loop notices a dead peer a moment late.
        expect(Math.abs(killedAt - x.at[0])).toBeLessThan(UNRECORDED_WINDOW_MS);
      }
      const resent = [...received.values()].filter((n) => n > 1).length;
      // The sender records each outcome a moment after its answer.
      const statuses = async () => (await t.db.query(`SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status`)) as { status: string; n: number }[];
      await waitFor(async () => (await statuses()).every((r) => r.status === 'SUCCEEDED'), 'every outcome recorded', 10_000).catch(() => undefined);
      expect(await statuses()).toEqual([{ status: 'SUCCEEDED', n: ORDERS }]);

      // The dead replica's job is taken over (its heartbeat stops; a supervision pass retries it), and the live one's finishes.
      const jobsTakenOver = await waitFor(async () => (await stateOf(held)).every((j) => j.state === 'completed'), 'both held jobs to complete', 60_000, 250);
      const [{ stuck }] = (await t.db.query(`SELECT count(*)::int AS stuck FROM pgboss.job WHERE state = 'active' AND coalesce(heartbeat_on, started_on) < now() - interval '30 seconds'`)) as { stuck: number }[];
      expect(stuck).toBe(0);

      // Cron goes on with one replica: the every-minute sweep runs after the kill.
      const cronAfter = await waitFor(async () => {
        const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed' AND created_on > $2`, [SLA_SWEEP_JOB, new Date(killedAt)])) as { n: number }[];
        return n > 0;
      }, 'a cron tick after the kill', 75_000, 500);
      expect((await fetch(`${b.url}/health/ready`)).status).toBe(200);
      console.warn(
        `failover: load went on ${loadEndedAfterKill} ms after the kill; last webhook answered ${lastAnswer} ms after it (all within ${deliveredWithin} ms of the load's end), ` +
          `none later than ${worstDelay} ms after the kill or its order; ` +
          `${resent} deliveries in flight at the kill were sent again (${twice.length} of them answered twice: first answered ${twice.map((x) => x.at[0] - killedAt).join(', ')} ms from the kill); ` +
          `held jobs done ${jobsTakenOver} ms later; next cron tick ${cronAfter} ms later`,
      );
    } finally {
      await locker.end().catch(() => undefined);
    }
  }, 240_000);
});
