import { OrderUpdatedDocument, TestPlaceOrderDocument, type OrderUpdatedSubscription } from '@mengyuan/graphql';
import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { OrderService } from '../../src/modules/orders/services/order.service';
import { deposit, stockedSku } from '../factories';
import { liveSocket, within, type LiveSocketClient, type LiveSubscription } from '../live-client';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Live updates cost reads in proportion to who may see a change, not to how many subscriptions are open: the
 * notice names the organisations allowed to see it, each instance filters its subscribers by organisation
 * before it refetches, and subscribers with the same permissions share one refetch.
 */
describe('live updates that scale', () => {
  const CAP = 50;
  let a: TestApp;
  let member: string;
  let member2: string;
  let admin: string;
  let skuId: string;
  const sockets: LiveSocketClient[] = [];

  const placeOrder = async (token: string) =>
    (await a.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `LV-${randomUUID().slice(0, 12)}` } }, { token })).placeOrder;

  /** Every SQL statement the api sends while `fn` runs and its live updates go out (and `settleMs` after). */
  async function statementsDuring<T>(fn: () => Promise<T>, done: (value: T) => boolean, settleMs = 300): Promise<{ value: T; statements: number }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const value = await fn();
      expect(await within(5000, () => (done(value) ? true : undefined))).toBe(true);
      await new Promise((r) => setTimeout(r, settleMs));
      return { value, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    a = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000', LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: String(CAP) });
    await a.seedDemo();
    admin = (await a.login('admin@mengyuan.demo')).token;
    const m = await a.login('member@mengyuan.demo');
    const m2 = await a.login('member2@mengyuan.demo');
    member = m.token;
    member2 = m2.token;
    await deposit(a, admin, m.organizationId, '1000000');
    await deposit(a, admin, m2.organizationId, '1000000');
    skuId = (await stockedSku(a, { admin, offers: [{ supplier: (await a.login('supplier@mengyuan.demo')).token, stock: 20 }] })).sku.id;
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await a.close();
  });

  it('with 1,000 open subscriptions of another member, an order costs a handful of reads (and 1,000 of that member share one)', async () => {
    const reads = jest.spyOn(a.app.get(OrderService), 'get');
    const own = Array.from({ length: 3 }, () => liveSocket(a, { authorization: `Bearer ${member}` }));
    const staff = liveSocket(a, { authorization: `Bearer ${admin}` });
    const others = Array.from({ length: 20 }, () => liveSocket(a, { authorization: `Bearer ${member2}` }));
    sockets.push(...own, staff, ...others);
    await Promise.all(sockets.map((s) => s.ready));
    const mine = own.flatMap((s) => [s.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {}), s.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {})]);
    const alliance = staff.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {});
    const saw = (subs: LiveSubscription<OrderUpdatedSubscription>[], id: string) => subs.filter((s) => s.received.some((r) => r.orderUpdated.id === id)).length;
    await new Promise((r) => setTimeout(r, 300)); // registered

    // Baseline: the member's order with only its own subscriptions (and the alliance's) open, once the
    // process's caches are warm.
    await placeOrder(member);
    await new Promise((r) => setTimeout(r, 300));
    reads.mockClear();
    const before = await statementsDuring(() => placeOrder(member), (o) => saw(mine, o.id) === mine.length && saw([alliance], o.id) === 1);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);

    // 1,000 subscriptions of member2 (20 sockets × 50), each shown to be live by member2's own order, which
    // they all receive from shared refetches.
    const theirs = others.flatMap((s) => Array.from({ length: CAP }, () => s.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {})));
    expect(theirs).toHaveLength(1000);
    await new Promise((r) => setTimeout(r, 500));
    reads.mockClear();
    const warmUp = await placeOrder(member2);
    expect(await within(10_000, () => (saw(theirs, warmUp.id) === 1000 ? true : undefined))).toBe(true);
    expect(theirs.flatMap((s) => s.errors)).toEqual([]);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2); // member2's one permission group, and the alliance's

    // The member's order again: member2's 1,000 subscriptions cost nothing.
    reads.mockClear();
    const after = await statementsDuring(() => placeOrder(member), (o) => saw(mine, o.id) === mine.length && saw([alliance], o.id) === 1);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
    // Every statement the process sent for that order, live updates included: as many as without the 1,000
    // (today's fan-out sent one more per subscription); a few allowed for background work.
    expect(after.statements).toBeLessThanOrEqual(before.statements + 10);
    expect(saw(theirs, after.value.id)).toBe(0);
    expect(saw(mine, after.value.id)).toBe(mine.length);
    reads.mockRestore();
  });

  it('refuses a subscription past the cap per socket with a typed error in clear words, and takes one again once another stops', async () => {
    const socket = liveSocket(a, { authorization: `Bearer ${member}` });
    sockets.push(socket);
    await socket.ready;
    const held = Array.from({ length: CAP }, () => socket.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {}));
    await new Promise((r) => setTimeout(r, 300));
    const refused = socket.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {});
    const error = (await within(2000, () => refused.errors[0])) as { message: string; extensions?: Record<string, unknown> }[] | undefined;
    expect(error?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', max: CAP } });
    expect(error?.[0].message).toMatch(/already holds 50 live subscriptions/);
    expect(socket.closed).toBeNull();
    expect(held.flatMap((s) => s.errors)).toEqual([]);

    held[0].stop();
    await new Promise((r) => setTimeout(r, 200));
    const again = socket.subscribe<OrderUpdatedSubscription>(OrderUpdatedDocument, {});
    await new Promise((r) => setTimeout(r, 200));
    const order = await placeOrder(member);
    expect(await within(2000, () => again.received.find((r) => r.orderUpdated.id === order.id))).toBeDefined();
    expect(again.errors).toEqual([]);
    expect(held.slice(1).every((s) => s.received.some((r) => r.orderUpdated.id === order.id))).toBe(true);
  });
});
