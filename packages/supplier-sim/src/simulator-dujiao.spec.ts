import { DUJIAO_API_PREFIX, DUJIAO_HEADER_KEY, DUJIAO_HEADER_SIGNATURE, DUJIAO_HEADER_TIMESTAMP, dujiaoSignature } from './shop';
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
});
