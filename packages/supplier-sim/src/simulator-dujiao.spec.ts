import { DUJIAO_API_PREFIX, DUJIAO_CALLBACK_PATH, DUJIAO_HEADER_KEY, DUJIAO_HEADER_SIGNATURE, DUJIAO_HEADER_TIMESTAMP, DujiaoCallbackReceiver, dujiaoSignature, verifyDujiaoRequest } from './shop';
import { SupplierSimulator } from './simulator';

interface DjBody {
  ok?: boolean;
  error_code?: string;
  total?: number;
  items?: unknown[];
  order_id?: number;
  fulfillment?: { delivery_data: { codes: unknown[] } };
}

/** One call in dujiao-next's upstream protocol, signed as a dujiao-next site signs it (the path without the query). */
async function dj(sim: SupplierSimulator, method: 'GET' | 'POST', path: string, body?: unknown, opts: { secret?: string; now?: number } = {}) {
  const raw = body === undefined ? '' : JSON.stringify(body);
  const full = `${DUJIAO_API_PREFIX}${path}`;
  const timestamp = Math.floor((opts.now ?? Date.now()) / 1000).toString();
  const headers = {
    [DUJIAO_HEADER_KEY]: sim.keyId,
    [DUJIAO_HEADER_TIMESTAMP]: timestamp,
    [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(opts.secret ?? sim.secret, method, full.split('?')[0], timestamp, raw),
  };
  const res = await sim.handle({ method, path: full, headers, body: Buffer.from(raw) });
  return { status: res.status, body: JSON.parse(res.body) as DjBody };
}

describe('SupplierSimulator as a dujiao-next site', () => {
  it('answers signed calls and refuses a wrong signature, a stale timestamp and an unknown key with dujiao-next codes', async () => {
    const sim = new SupplierSimulator({ name: '独角上游' });
    const pong = await dj(sim, 'POST', '/ping');
    expect(pong).toMatchObject({ status: 200, body: { ok: true, site_name: '独角上游', protocol_version: '1.0' } });
    expect((await dj(sim, 'POST', '/ping', undefined, { secret: 'wrong-secret' })).body).toMatchObject({ ok: false, error_code: 'invalid_signature' });
    expect((await dj(sim, 'POST', '/ping', undefined, { now: Date.now() - 61_000 })).body.error_code).toBe('timestamp_expired');
    const res = await sim.handle({ method: 'POST', path: `${DUJIAO_API_PREFIX}/ping`, headers: { [DUJIAO_HEADER_KEY]: 'nobody', [DUJIAO_HEADER_TIMESTAMP]: String(Math.floor(Date.now() / 1000)), [DUJIAO_HEADER_SIGNATURE]: 'x' }, body: Buffer.alloc(0) });
    expect(JSON.parse(res.body).error_code).toBe('invalid_api_key');
  });

  it('pages products, lists incrementally by updated_after, and shows inactive ones only when asked', async () => {
    const sim = new SupplierSimulator();
    const all = await dj(sim, 'GET', '/products?page=1&page_size=2&include_inactive=true');
    expect(all.body).toMatchObject({ ok: true, total: 3, page: 1, page_size: 2 });
    expect(all.body.items).toHaveLength(2);
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    sim.setGoods({ id: 'itunes-50', price: 4700, stock: 7 });
    sim.setGoods({ id: 'jd-e-card-100', status: 'OFF_SALE' });
    const changed = await dj(sim, 'GET', `/products?updated_after=${encodeURIComponent(since)}&include_inactive=true`);
    const items = changed.body.items as { slug: string; is_active: boolean; skus: { price_amount: string; stock_quantity: number }[] }[];
    expect(items.map((p) => p.slug).sort()).toEqual(['itunes-50', 'jd-e-card-100']);
    expect(items.find((p) => p.slug === 'itunes-50')!.skus[0]).toMatchObject({ price_amount: '47.00', stock_quantity: 7 });
    expect(items.find((p) => p.slug === 'jd-e-card-100')!.is_active).toBe(false);
    expect((await dj(sim, 'GET', `/products?updated_after=${encodeURIComponent(since)}`)).body.total).toBe(1);
  });

  it('places orders idempotently on downstream_order_no, answers codes on the order, and injects faults', async () => {
    const sim = new SupplierSimulator();
    const sku = sim.numOf('itunes-50')!;
    const a = await dj(sim, 'POST', '/orders', { sku_id: sku, quantity: 2, downstream_order_no: 'o-1' });
    expect(a.body).toMatchObject({ ok: true, status: 'delivered', amount: '96.00' });
    expect(a.body.fulfillment).toBeUndefined();
    const again = await dj(sim, 'POST', '/orders', { sku_id: sku, quantity: 2, downstream_order_no: 'o-1' });
    expect(again.body.order_id).toBe(a.body.order_id);
    expect(sim.stats.codesIssued).toBe(2);
    const detail = await dj(sim, 'GET', `/orders/${a.body.order_id}`);
    expect(detail.body.fulfillment!.delivery_data.codes).toHaveLength(2);
    expect((await dj(sim, 'GET', '/orders/999999')).body.error_code).toBe('order_not_found');
    sim.configure({ failNextOrders: 1 });
    expect((await dj(sim, 'POST', '/orders', { sku_id: sku, quantity: 1, downstream_order_no: 'o-2' })).status).toBe(503);
    sim.setGoods({ id: 'itunes-50', stock: 0 });
    expect((await dj(sim, 'POST', '/orders', { sku_id: sku, quantity: 1, downstream_order_no: 'o-3' })).body.error_code).toBe('insufficient_stock');
    sim.configure({ down: true });
    expect((await dj(sim, 'POST', '/ping')).status).toBe(503);
    sim.reset();
    sim.configure({ delayMs: 30 });
    const started = Date.now();
    await dj(sim, 'POST', '/ping');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('calls a top-up back at its callback_url as dujiao-next does, under the callback faults', async () => {
    const sim = new SupplierSimulator();
    const receiver = new DujiaoCallbackReceiver((k) => (k === sim.keyId ? sim.secret : null));
    const callbackUrl = await receiver.listen();
    try {
      const sku = sim.numOf('mobile-topup-50')!;
      const place = async (no: string) => {
        const placed = await dj(sim, 'POST', '/orders', { sku_id: sku, quantity: 1, downstream_order_no: no, callback_url: callbackUrl, manual_form_data: { account: '13800138000' } });
        expect(placed.body).toMatchObject({ ok: true, status: 'paid' });
        await sim.settled();
        return receiver.received.filter((r) => r.body.downstream_order_no === no);
      };
      sim.configure({ topupAfterMs: 5 });
      const [one, ...more] = await place('t-1');
      expect(more).toEqual([]);
      expect(one).toMatchObject({ apiKey: sim.keyId, verified: true, body: { event: 'order.fulfilled', status: 'delivered', downstream_order_no: 't-1', fulfillment: { type: 'manual', status: 'delivered' } } });
      expect(one.body).not.toHaveProperty('amount'); // dujiao-next's callback carries no amount
      expect(await sim.resendCallback('t-1')).toBe(200);
      expect(receiver.received.filter((r) => r.body.downstream_order_no === 't-1')).toHaveLength(2);

      sim.configure({ callback: 'duplicate' });
      expect((await place('t-2')).map((r) => r.verified)).toEqual([true, true]);
      sim.configure({ callback: 'drop' });
      expect(await place('t-3')).toEqual([]);
      sim.configure({ callback: 'bad_signature' });
      expect((await place('t-4')).map((r) => r.verified)).toEqual([false]);
      sim.configure({ callback: 'wrong_amount' });
      expect((await place('t-5'))[0].body).toMatchObject({ amount: '49.01', currency: 'CNY' });
      sim.configure({ callback: 'normal', topupOutcome: 'FAILED' });
      expect((await place('t-6'))[0].body).toMatchObject({ event: 'order.status_changed', status: 'canceled' });
    } finally {
      await receiver.close();
    }
  });

  it('verifies a dujiao-next signature over the callback path in the alliance’s typed codes', async () => {
    const body = JSON.stringify({ status: 'delivered' });
    const now = Date.now();
    const ts = String(Math.floor(now / 1000));
    const headers = (secret: string, key = 'k1', timestamp = ts) => ({ [DUJIAO_HEADER_KEY]: key, [DUJIAO_HEADER_TIMESTAMP]: timestamp, [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(secret, 'POST', DUJIAO_CALLBACK_PATH, timestamp, body) });
    const verify = (h: Record<string, string>) => verifyDujiaoRequest({ method: 'POST', headers: h, body }, DUJIAO_CALLBACK_PATH, (k) => (k === 'k1' ? 's1' : null), now);
    expect(await verify(headers('s1'))).toEqual({ ok: true, apiKey: 'k1' });
    expect(await verify(headers('s2'))).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    expect(await verify(headers('s1', 'k2'))).toMatchObject({ ok: false, code: 'KEY_UNKNOWN' });
    expect(await verify(headers('s1', 'k1', String(Math.floor(now / 1000) - 61)))).toMatchObject({ ok: false, code: 'TIMESTAMP_STALE' });
    expect(await verify({ [DUJIAO_HEADER_KEY]: 'k1' })).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });
});
