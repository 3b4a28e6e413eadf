import { signedHeaders } from './protocol';
import { SupplierSimulator } from './simulator';

async function call(sim: SupplierSimulator, method: string, path: string, body = '', secret = sim.secret, now = Date.now()) {
  const headers = signedHeaders(sim.keyId, secret, method, path, body, now);
  const res = await sim.handle({ method, path, headers, body: Buffer.from(body) });
  return { status: res.status, body: JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string } } };
}

describe('SupplierSimulator', () => {
  it('answers signed requests and refuses a wrong signature, a stale timestamp and a replay with their codes', async () => {
    const sim = new SupplierSimulator();
    expect((await call(sim, 'GET', '/v1/ping')).status).toBe(200);
    expect((await call(sim, 'GET', '/v1/ping', '', 'wrong')).body.error!.code).toBe('SIGNATURE_INVALID');
    expect((await call(sim, 'GET', '/v1/ping', '', sim.secret, Date.now() - 61_000)).body.error!.code).toBe('TIMESTAMP_STALE');
    const headers = signedHeaders(sim.keyId, sim.secret, 'GET', '/v1/ping', '');
    expect((await sim.handle({ method: 'GET', path: '/v1/ping', headers, body: Buffer.alloc(0) })).status).toBe(200);
    const replay = await sim.handle({ method: 'GET', path: '/v1/ping', headers, body: Buffer.alloc(0) });
    expect(JSON.parse(replay.body).error.code).toBe('NONCE_REPLAYED');
  });

  it('places card orders idempotently on the alliance order id and lists goods incrementally', async () => {
    const sim = new SupplierSimulator();
    const body = JSON.stringify({ orderId: 'o-1', goodsId: 'itunes-50', quantity: 2, unitPrice: 4800 });
    const a = await call(sim, 'POST', '/v1/orders', body);
    const b = await call(sim, 'POST', '/v1/orders', body);
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(sim.stats.codesIssued).toBe(2);
    expect((await call(sim, 'POST', '/v1/orders', JSON.stringify({ orderId: 'o-1', goodsId: 'itunes-50', quantity: 3, unitPrice: 4800 }))).body.error!.code).toBe('IDEMPOTENCY_CONFLICT');
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    sim.setGoods({ id: 'itunes-50', price: 4700 });
    const page = await call(sim, 'GET', `/v1/goods?updated_after=${encodeURIComponent(since)}`);
    expect((page.body.goods as { id: string }[]).map((g) => g.id)).toEqual(['itunes-50']);
    expect((await call(sim, 'POST', '/v1/orders', JSON.stringify({ orderId: 'o-2', goodsId: 'itunes-50', quantity: 1, unitPrice: 4800 }))).body.error!.code).toBe('PRICE_CHANGED');
  });
});
