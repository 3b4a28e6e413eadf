import type { GoodsPage, OrderList, PingAnswer, PlaceOrderRequest, StockAnswer, UpstreamOrder } from '@mengyuan/supplier-sim';

/** Why a call across the edge did not give an answer the alliance can use. */
export type UpstreamFailure = 'TIMEOUT' | 'NETWORK' | 'SERVER' | 'REFUSED' | 'SIGNATURE' | 'NOT_FOUND' | 'BAD_ANSWER';

export class UpstreamError extends Error {
  constructor(
    readonly failure: UpstreamFailure,
    /** The upstream's own code when it answered one (OUT_OF_STOCK, PRICE_CHANGED, SIGNATURE_INVALID, …). */
    readonly code: string | null,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }

  /** Counts against the connector's breaker: the upstream is not well (a refusal of one order is not). */
  get unhealthy(): boolean {
    return this.failure === 'TIMEOUT' || this.failure === 'NETWORK' || this.failure === 'SERVER' || this.failure === 'BAD_ANSWER';
  }
}

/** One call as the log keeps it (before redaction). */
export interface UpstreamCall {
  method: string;
  path: string;
  status: number | null;
  ok: boolean;
  latencyMs: number;
  error: string | null;
  request: unknown;
  response: unknown;
}

/**
 * What the alliance asks of an upstream supplier's system, whatever protocol it speaks. The Mengyuan protocol is
 * the first adapter (MengyuanAdapter); a dujiao-next site is another (DujiaoUpstreamAdapter). The connector's
 * `protocol` chooses (ConnectorService.adapter).
 */
/** What the alliance knows of an order it sent, for protocols that cannot look one up by the alliance's id alone. */
export interface KnownOrder {
  /** The upstream's own number, when an answer gave it. */
  upstreamOrderNo: string | null;
  /** The order as sent: a protocol without lookup by the alliance's id asks by sending it again (idempotent on that id). */
  request?: PlaceOrderRequest;
}

export interface UpstreamAdapter {
  /** Whether `orders(day)` exists; without it reconciliation asks order by order. */
  readonly listsOrders: boolean;
  ping(): Promise<PingAnswer>;
  goods(updatedAfter: Date | null, cursor: string | null): Promise<GoodsPage>;
  stock(goodsId: string): Promise<StockAnswer>;
  placeOrder(req: PlaceOrderRequest): Promise<UpstreamOrder>;
  /** Null when the upstream says it never received the order. */
  order(orderId: string, known?: KnownOrder): Promise<UpstreamOrder | null>;
  orders(day: string): Promise<OrderList>;
}

export interface AdapterSettings {
  endpoint: string;
  keyId: string;
  secret: string;
  timeoutMs: number;
  record: (call: UpstreamCall) => void;
}

/** One HTTP request to an upstream, already signed in its protocol's way. */
export interface UpstreamRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body: string;
  /** What is logged as the request (redacted by the call log). */
  payload: unknown;
  budgetMs: number;
}

/**
 * One exchange with an upstream, whatever its protocol: sent within the budget, the answer read as JSON, a refusal
 * named by the protocol's own `refusal`, and every call recorded (ok or not) in the connector's call log.
 */
export async function exchange<T>(
  s: AdapterSettings,
  req: UpstreamRequest,
  protocol: { notJson: (status: number) => UpstreamFailure; refusal: (res: Response, answer: unknown) => UpstreamError | null },
): Promise<T> {
  const { method, url } = req;
  const path = url.pathname + url.search;
  const started = performance.now();
  let status: number | null = null;
  let answer: unknown = null;
  try {
    let res: Response;
    try {
      res = await fetch(url, { method, headers: req.headers, body: req.body || undefined, signal: AbortSignal.timeout(req.budgetMs), redirect: 'error' });
    } catch (err) {
      const timeout = (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
      throw new UpstreamError(timeout ? 'TIMEOUT' : 'NETWORK', null, null, timeout ? `no answer within ${s.timeoutMs} ms` : `cannot reach the upstream: ${(err as Error).message}`);
    }
    status = res.status;
    const text = await res.text();
    try {
      answer = text ? JSON.parse(text) : null;
    } catch {
      throw new UpstreamError(protocol.notJson(status), null, status, `the answer is not JSON (HTTP ${status})`);
    }
    const refused = protocol.refusal(res, answer);
    if (refused) throw refused;
    s.record({ method, path, status, ok: true, latencyMs: Math.round(performance.now() - started), error: null, request: req.payload ?? null, response: answer });
    return answer as T;
  } catch (err) {
    const e = err as UpstreamError;
    s.record({ method, path, status, ok: false, latencyMs: Math.round(performance.now() - started), error: `${e.failure ?? 'ERROR'}${e.code ? ` ${e.code}` : ''}: ${e.message}`.slice(0, 500), request: req.payload ?? null, response: answer });
    throw err;
  }
}
