import { DujiaoCallbackReceiver, SupplierSimulator } from '@mengyuan/supplier-sim';
import { dujiaoOutcome, DujiaoUpstreamAdapter, fenOf } from './dujiao.adapter';
import { UpstreamError, type UpstreamCall } from './upstream-adapter';

describe('DujiaoUpstreamAdapter against the simulator’s dujiao-next mode', () => {
  const goods = Array.from({ length: 60 }, (_, i) => ({ id: `g-${i}`, name: `卡 ${i}`, kind: 'CARD' as const, faceValue: 1000, price: 950 + i, stock: 10, status: 'ON_SALE' as const }));
  const sim = new SupplierSimulator({ name: '独角站', goods: [...goods, { id: 'topup', name: '直充', kind: 'TOPUP', faceValue: 5000, price: 4900, stock: null, status: 'ON_SALE' }] });
  let base = '';
  const calls: UpstreamCall[] = [];
  const adapter = (over: { secret?: string; timeoutMs?: number } = {}) =>
    new DujiaoUpstreamAdapter({ endpoint: base, keyId: sim.keyId, secret: over.secret ?? sim.secret, timeoutMs: over.timeoutMs ?? 1500, record: (c) => calls.push(c) });
  const idOf = (g: string) => `${sim.numOf(g)}:${sim.numOf(g)}`;

  beforeAll(async () => {
    base = `${await sim.listen()}/`;
  });
  afterAll(() => sim.close());
  afterEach(() => sim.reset());

  it('reads yuan as integer fen', () => {
    expect([fenOf('96.00'), fenOf('96.5'), fenOf('96'), fenOf('0.01'), fenOf('-1.20')]).toEqual([9600, 9650, 9600, 1, -120]);
    expect(fenOf('abc')).toBeNaN();
    expect(fenOf(null)).toBeNaN();
  });

  it('pings, and names a wrong secret SIGNATURE_INVALID', async () => {
    expect(await adapter().ping()).toMatchObject({ ok: true, supplier: '独角站' });
    const err = (await adapter({ secret: 'wrong-secret-0123456789' }).ping().catch((e: unknown) => e)) as UpstreamError;
    expect(err).toBeInstanceOf(UpstreamError);
    expect([err.failure, err.code, err.unhealthy]).toEqual(['SIGNATURE', 'SIGNATURE_INVALID', false]);
  });

  it('lists every page (50 a page), each SKU one goods, and only what changed since', async () => {
    const a = adapter();
    const first = await a.goods(null, null);
    expect(first.goods).toHaveLength(50);
    expect(first.nextCursor).toBe('2');
    const second = await a.goods(null, first.nextCursor);
    expect(second.goods).toHaveLength(11);
    expect(second.nextCursor).toBeNull();
    expect(second.goods.find((g) => g.id === idOf('topup'))).toMatchObject({ kind: 'TOPUP', price: 4900, stock: null, status: 'ON_SALE' });
    const since = new Date();
    await new Promise((r) => setTimeout(r, 5));
    sim.setGoods({ id: 'g-3', price: 1234, stock: 0 });
    const changed = await a.goods(since, null);
    expect(changed.goods).toEqual([expect.objectContaining({ id: idOf('g-3'), name: '卡 3', kind: 'CARD', price: 1234, stock: 0, status: 'ON_SALE' })]);
    expect(await a.stock(idOf('g-3'))).toEqual({ id: idOf('g-3'), stock: 0, price: 1234, status: 'ON_SALE' });
  });

  it('places a card order and reads its codes back; the same order number again is the same order; refusals are typed', async () => {
    const a = adapter();
    const o = await a.placeOrder({ orderId: 'ally-1', goodsId: idOf('g-1'), quantity: 2, unitPrice: 951 });
    expect(o).toMatchObject({ orderId: 'ally-1', status: 'DELIVERED', amount: 1902, quantity: 2 });
    expect(o.upstreamOrderNo).toMatch(/^\d+$/);
    expect(o.codes).toHaveLength(2);
    const again = await a.order('ally-1', { upstreamOrderNo: null, request: { orderId: 'ally-1', goodsId: idOf('g-1'), quantity: 2, unitPrice: 951 } });
    expect(again!.codes).toEqual(o.codes);
    expect(sim.stats.codesIssued).toBe(2);
    expect((await a.order('ally-1', { upstreamOrderNo: o.upstreamOrderNo }))!.codes).toEqual(o.codes);
    expect(await a.order('ally-x', { upstreamOrderNo: '999999' })).toBeNull();
    await expect(a.order('ally-x')).rejects.toMatchObject({ code: 'ORDER_LOOKUP_UNSUPPORTED' });

    sim.setGoods({ id: 'g-2', stock: 0 });
    await expect(a.placeOrder({ orderId: 'ally-2', goodsId: idOf('g-2'), quantity: 1, unitPrice: 952 })).rejects.toMatchObject({ failure: 'REFUSED', code: 'OUT_OF_STOCK' });
    sim.configure({ failNextOrders: 1 });
    await expect(a.placeOrder({ orderId: 'ally-3', goodsId: idOf('g-1'), quantity: 1, unitPrice: 951 })).rejects.toMatchObject({ failure: 'SERVER' });
    sim.configure({ delayMs: 400 });
    await expect(adapter({ timeoutMs: 200 }).ping()).rejects.toMatchObject({ failure: 'TIMEOUT' });
    await expect(a.orders()).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    expect(a.listsOrders).toBe(false);
  });

  it('follows a top-up by query: processing, then succeeded', async () => {
    const a = adapter();
    const o = await a.placeOrder({ orderId: 'ally-t', goodsId: idOf('topup'), quantity: 1, unitPrice: 4900, account: '13800138000' });
    expect(o.status).toBe('PROCESSING');
    await sim.settled();
    expect(await a.order('ally-t', { upstreamOrderNo: o.upstreamOrderNo })).toMatchObject({ status: 'SUCCEEDED', amount: 4900 });
  });

  it('places a top-up with its callback_url, where the site calls it back signed over dujiao-next’s callback path', async () => {
    const receiver = new DujiaoCallbackReceiver((k) => (k === sim.keyId ? sim.secret : null));
    const callbackUrl = await receiver.listen();
    try {
      const o = await adapter().placeOrder({ orderId: 'ally-cb', goodsId: idOf('topup'), quantity: 1, unitPrice: 4900, account: '13800138000', callbackUrl });
      expect(o.status).toBe('PROCESSING');
      expect(calls.find((c) => c.method === 'POST' && (c.request as { downstream_order_no?: string })?.downstream_order_no === 'ally-cb')?.request).toMatchObject({ callback_url: callbackUrl });
      await sim.settled();
      expect(receiver.received).toEqual([expect.objectContaining({ verified: true, body: expect.objectContaining({ downstream_order_no: 'ally-cb', order_id: Number(o.upstreamOrderNo), status: 'delivered' }) })]);
    } finally {
      await receiver.close();
    }
  });

  it('reads a status as an outcome the same way for the order read back and its callback', () => {
    expect(['delivered', 'completed', 'COMPLETED'].map((s) => dujiaoOutcome(s))).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(['canceled', 'cancelled', 'refunded'].map((s) => dujiaoOutcome(s))).toEqual(['FAILED', 'FAILED', 'FAILED']);
    expect(['paid', 'fulfilling', 'pending_payment', '', null].map((s) => dujiaoOutcome(s))).toEqual([null, null, null, null, null]);
    expect(dujiaoOutcome('paid', 'delivered')).toBe('SUCCEEDED');
  });

  it('logs every call with its path, status and latency', () => {
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/upstream/orders' && c.ok && c.status === 200)).toBe(true);
    expect(calls.some((c) => !c.ok && c.error?.startsWith('SIGNATURE SIGNATURE_INVALID'))).toBe(true);
  });
});
