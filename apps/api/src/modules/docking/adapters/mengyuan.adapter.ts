import { signedHeaders, type GoodsPage, type OrderList, type PingAnswer, type PlaceOrderRequest, type StockAnswer, type UpstreamOrder } from '@mengyuan/supplier-sim';
import { UpstreamError, type AdapterSettings, type UpstreamAdapter } from './upstream-adapter';

/** The Mengyuan supplier protocol v1 (docs/supplier-protocol.md): signed JSON over HTTP, each call within the connector's timeout. */
export class MengyuanAdapter implements UpstreamAdapter {
  readonly listsOrders = true;
  private readonly base: URL;

  constructor(private readonly s: AdapterSettings) {
    this.base = new URL(s.endpoint.endsWith('/') ? s.endpoint : `${s.endpoint}/`);
  }

  ping(): Promise<PingAnswer> {
    return this.call<PingAnswer>('GET', 'v1/ping');
  }

  goods(updatedAfter: Date | null, cursor: string | null): Promise<GoodsPage> {
    const q = new URLSearchParams({ limit: '200' });
    if (updatedAfter) q.set('updated_after', updatedAfter.toISOString());
    if (cursor) q.set('cursor', cursor);
    return this.call<GoodsPage>('GET', `v1/goods?${q}`);
  }

  stock(goodsId: string): Promise<StockAnswer> {
    return this.call<StockAnswer>('GET', `v1/goods/${encodeURIComponent(goodsId)}/stock`);
  }

  placeOrder(req: PlaceOrderRequest): Promise<UpstreamOrder> {
    return this.call<UpstreamOrder>('POST', 'v1/orders', req);
  }

  async order(orderId: string): Promise<UpstreamOrder | null> {
    try {
      return await this.call<UpstreamOrder>('GET', `v1/orders/${encodeURIComponent(orderId)}`);
    } catch (err) {
      if (err instanceof UpstreamError && err.failure === 'NOT_FOUND' && err.code === 'ORDER_NOT_FOUND') return null;
      throw err;
    }
  }

  orders(day: string): Promise<OrderList> {
    return this.call<OrderList>('GET', `v1/orders?date=${encodeURIComponent(day)}`);
  }

  private async call<T>(method: 'GET' | 'POST', rel: string, payload?: unknown): Promise<T> {
    const url = new URL(rel, this.base);
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const path = url.pathname + url.search;
    const headers: Record<string, string> = signedHeaders(this.s.keyId, this.s.secret, method, path, body);
    if (body) headers['content-type'] = 'application/json';
    const started = performance.now();
    let status: number | null = null;
    let answer: unknown = null;
    try {
      let res: Response;
      try {
        res = await fetch(url, { method, headers, body: body || undefined, signal: AbortSignal.timeout(this.s.timeoutMs), redirect: 'error' });
      } catch (err) {
        const timeout = (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
        throw new UpstreamError(timeout ? 'TIMEOUT' : 'NETWORK', null, null, timeout ? `no answer within ${this.s.timeoutMs} ms` : `cannot reach the upstream: ${(err as Error).message}`);
      }
      status = res.status;
      const text = await res.text();
      try {
        answer = text ? JSON.parse(text) : null;
      } catch {
        throw new UpstreamError('BAD_ANSWER', null, status, `the answer is not JSON (HTTP ${status})`);
      }
      if (!res.ok) {
        const code = (answer as { error?: { code?: string } } | null)?.error?.code ?? null;
        const message = (answer as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${status}`;
        const failure = status === 401 ? 'SIGNATURE' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVER' : 'REFUSED';
        throw new UpstreamError(failure, code, status, message);
      }
      this.s.record({ method, path, status, ok: true, latencyMs: Math.round(performance.now() - started), error: null, request: payload ?? null, response: answer });
      return answer as T;
    } catch (err) {
      const e = err as UpstreamError;
      this.s.record({ method, path, status, ok: false, latencyMs: Math.round(performance.now() - started), error: `${e.failure ?? 'ERROR'}${e.code ? ` ${e.code}` : ''}: ${e.message}`.slice(0, 500), request: payload ?? null, response: answer });
      throw err;
    }
  }
}
