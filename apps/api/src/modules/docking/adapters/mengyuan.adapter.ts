import { signedHeaders, type GoodsPage, type OrderList, type PingAnswer, type PlaceOrderRequest, type StockAnswer, type UpstreamOrder } from '@mengyuan/supplier-sim';
import { exchange, UpstreamError, type AdapterSettings, type UpstreamAdapter } from './upstream-adapter';

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

  private call<T>(method: 'GET' | 'POST', rel: string, payload?: unknown): Promise<T> {
    const url = new URL(rel, this.base);
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const headers: Record<string, string> = signedHeaders(this.s.keyId, this.s.secret, method, url.pathname + url.search, body);
    if (body) headers['content-type'] = 'application/json';
    return exchange<T>(this.s, { method, url, headers, body, payload, budgetMs: this.s.timeoutMs }, {
      notJson: () => 'BAD_ANSWER',
      refusal: (res, answer) => {
        if (res.ok) return null;
        const error = (answer as { error?: { code?: string; message?: string } } | null)?.error;
        const failure = res.status === 401 ? 'SIGNATURE' : res.status === 404 ? 'NOT_FOUND' : res.status >= 500 ? 'SERVER' : 'REFUSED';
        return new UpstreamError(failure, error?.code ?? null, res.status, error?.message ?? `HTTP ${res.status}`);
      },
    });
  }
}
