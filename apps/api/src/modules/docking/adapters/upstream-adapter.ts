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
