import {
  DUJIAO_API_PREFIX,
  DUJIAO_HEADER_KEY,
  DUJIAO_HEADER_SIGNATURE,
  DUJIAO_HEADER_TIMESTAMP,
  dujiaoSignature,
  type DujiaoProduct,
  type Goods,
  type GoodsPage,
  type OrderList,
  type PingAnswer,
  type PlaceOrderRequest,
  type StockAnswer,
  type UpstreamCode,
  type UpstreamOrder,
} from '@mengyuan/supplier-sim';
import { exchange, UpstreamError, type AdapterSettings, type KnownOrder, type UpstreamAdapter } from './upstream-adapter';

/** dujiao-next pages products by at most 50. */
const PAGE_SIZE = 50;
/** A card order paid but not yet fulfilled is asked again this often, within the call's budget. */
const FULFIL_POLL_MS = 150;
/** Stock dujiao-next calls unlimited (-1), as a count the catalog can hold. */
const UNLIMITED = 1_000_000;

/** dujiao-next's refusal codes in the alliance's words (the Mengyuan protocol's, so buy-through and the test result read them alike). */
const CODES: Record<string, string> = {
  missing_auth_headers: 'SIGNATURE_INVALID',
  invalid_signature: 'SIGNATURE_INVALID',
  invalid_timestamp: 'TIMESTAMP_STALE',
  timestamp_expired: 'TIMESTAMP_STALE',
  invalid_api_key: 'KEY_UNKNOWN',
  unauthorized: 'KEY_UNKNOWN',
  user_disabled: 'KEY_UNKNOWN',
  product_not_found: 'GOODS_NOT_FOUND',
  sku_unavailable: 'GOODS_UNAVAILABLE',
  product_unavailable: 'GOODS_UNAVAILABLE',
  insufficient_stock: 'OUT_OF_STOCK',
  insufficient_balance: 'INSUFFICIENT_BALANCE',
  payment_failed: 'INSUFFICIENT_BALANCE',
  order_not_found: 'ORDER_NOT_FOUND',
};

interface DujiaoOrderAnswer {
  ok: true;
  order_id: number;
  order_no: string;
  status: string;
  amount: string;
  items?: { sku_id: number; product_id: number; quantity: number; fulfillment_type: string }[];
  fulfillment?: { type?: string; status?: string; payload?: string; delivery_data?: { codes?: { card_number?: string | null; secret?: string | null }[] } | null } | null;
  created_at?: string;
}

/** Integer fen from dujiao-next's yuan string ("96.00", "96.5", "96"); NaN for anything else. */
export function fenOf(amount: unknown): number {
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(String(amount ?? '').trim());
  if (!m) return Number.NaN;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || 0);
  return m[1] ? -fen : fen;
}

/**
 * A dujiao-next order status (and its fulfillment's) as a top-up's outcome — the same for its order read back
 * and its callback: canceled / refunded → FAILED, delivered / completed (or a delivered fulfillment) → SUCCEEDED,
 * anything else (paid, fulfilling, …) → null, no outcome yet.
 */
export function dujiaoOutcome(status: unknown, fulfillmentStatus?: unknown): 'SUCCEEDED' | 'FAILED' | null {
  const s = String(status ?? '').toLowerCase();
  if (s === 'canceled' || s === 'cancelled' || s === 'refunded') return 'FAILED';
  if (fulfillmentStatus === 'delivered' || s === 'delivered' || s === 'completed') return 'SUCCEEDED';
  return null;
}

/** The alliance's goods id of a dujiao-next SKU: `<product id>:<sku id>` (orders name the SKU, stock reads the product). */
const goodsIdOf = (productId: number, skuId: number) => `${productId}:${skuId}`;
function parseGoodsId(goodsId: string): { productId: number; skuId: number } | null {
  const m = /^(\d{1,15}):(\d{1,15})$/.exec(goodsId);
  return m ? { productId: Number(m[1]), skuId: Number(m[2]) } : null;
}

/** Codes from a fulfillment: its structured codes, or its text payload one per line ("card secret", or a lone secret). */
function codesOf(f: DujiaoOrderAnswer['fulfillment']): UpstreamCode[] {
  const structured = f?.delivery_data?.codes;
  if (Array.isArray(structured) && structured.length) return structured.map((c) => ({ cardNumber: c.card_number ?? null, secret: c.secret ?? null, expiresAt: null }));
  return String(f?.payload ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const parts = l.split(/\s+|----/).filter(Boolean);
      return parts.length >= 2 ? { cardNumber: parts[0], secret: parts.slice(1).join(' '), expiresAt: null } : { cardNumber: null, secret: parts[0], expiresAt: null };
    });
}

/**
 * A dujiao-next site as an upstream (its "site-to-site" Open API under `<base>/api/v1/upstream`, the protocol
 * shop-dock-http.ts serves downstream and docs/supplier-protocol.md describes): three headers, HMAC-SHA256 over
 * `METHOD\nPATH\nTIMESTAMP\nmd5(body)`, ±60 s, no nonce. Products are paged (page/page_size ≤ 50) and listed
 * incrementally by `updated_after` (inactive ones included, so a product taken off sale is seen); each active SKU
 * is one goods. An order is idempotent on `downstream_order_no` (the alliance's order id), answered without its
 * codes, so the order is read back (GET /orders/{order_id}) until fulfilled, within the call's budget. dujiao-next
 * has no lookup by the downstream number and no list of orders: a lost answer is asked for by sending the same
 * order again (it answers the one it holds), and reconciliation asks order by order (`listsOrders` false).
 * Top-ups ("manual" products) are placed with a `callback_url` (the alliance's `/docking/callback/<connector id>`):
 * dujiao-next calls it when the order's status changes, signed with the same key and secret over the fixed path
 * `/api/v1/upstream/callback` (TopupDockingService.callback verifies it and applies the outcome once); when no
 * callback comes, the top-up is followed by query (`order`), its status read by the same `dujiaoOutcome`.
 */
export class DujiaoUpstreamAdapter implements UpstreamAdapter {
  readonly listsOrders = false;
  private readonly base: URL;

  constructor(private readonly s: AdapterSettings) {
    this.base = new URL(s.endpoint.endsWith('/') ? s.endpoint : `${s.endpoint}/`);
  }

  async ping(): Promise<PingAnswer> {
    const pong = await this.call<{ ok: true; site_name?: string; protocol_version?: string }>('POST', '/ping', undefined, Date.now() + this.s.timeoutMs);
    // The alliance's answer shape; `protocol` names the Mengyuan version only, the site's is kept in the call log.
    return { ok: true, supplier: pong.site_name || 'dujiao-next', protocol: 'v1', time: new Date().toISOString() };
  }

  async goods(updatedAfter: Date | null, cursor: string | null): Promise<GoodsPage> {
    const page = cursor && /^\d{1,6}$/.test(cursor) ? Number(cursor) : 1;
    const q = new URLSearchParams({ page: String(page), page_size: String(PAGE_SIZE), include_inactive: 'true' });
    if (updatedAfter) q.set('updated_after', updatedAfter.toISOString());
    const answer = await this.call<{ ok: true; items?: DujiaoProduct[]; total?: number; page_size?: number }>('GET', `/products?${q}`, undefined, Date.now() + this.s.timeoutMs);
    if (!Array.isArray(answer.items)) throw this.bad('GET', '/products', 'no items in the product list');
    const goods = answer.items.flatMap((p) => this.goodsOf(p));
    const size = Number(answer.page_size) || PAGE_SIZE;
    const more = answer.items.length > 0 && page * size < (Number(answer.total) || 0);
    return { goods, nextCursor: more ? String(page + 1) : null };
  }

  async stock(goodsId: string): Promise<StockAnswer> {
    const id = parseGoodsId(goodsId);
    if (!id) throw new UpstreamError('NOT_FOUND', 'GOODS_NOT_FOUND', null, `not a dujiao-next goods id: ${goodsId}`);
    const answer = await this.call<{ ok: true; product?: DujiaoProduct }>('GET', `/products/${id.productId}`, undefined, Date.now() + this.s.timeoutMs);
    if (!answer.product) throw this.bad('GET', `/products/${id.productId}`, 'no product in the answer');
    const g = this.goodsOf(answer.product).find((x) => x.id === goodsId);
    // dujiao-next leaves inactive SKUs out: one missing is off sale.
    if (!g) return { id: goodsId, stock: 0, price: 0, status: 'OFF_SALE' };
    return { id: g.id, stock: g.stock, price: g.price, status: g.status };
  }

  async placeOrder(req: PlaceOrderRequest): Promise<UpstreamOrder> {
    const deadline = Date.now() + this.s.timeoutMs;
    const id = parseGoodsId(req.goodsId);
    if (!id) throw new UpstreamError('REFUSED', 'GOODS_NOT_FOUND', null, `not a dujiao-next goods id: ${req.goodsId}`);
    const body = {
      sku_id: id.skuId,
      quantity: req.quantity,
      downstream_order_no: req.orderId,
      ...(req.callbackUrl ? { callback_url: req.callbackUrl } : {}),
      ...(req.account ? { manual_form_data: { account: req.account } } : {}),
    };
    const created = await this.call<DujiaoOrderAnswer>('POST', '/orders', body, deadline);
    if (!Number.isSafeInteger(created.order_id)) throw this.bad('POST', '/orders', 'no order_id in the answer');
    return this.fulfilled(req.orderId, req.goodsId, req.quantity, created.order_id, deadline);
  }

  async order(orderId: string, known?: KnownOrder): Promise<UpstreamOrder | null> {
    const deadline = Date.now() + this.s.timeoutMs;
    if (known?.upstreamOrderNo && /^\d{1,15}$/.test(known.upstreamOrderNo)) {
      try {
        return await this.fulfilled(orderId, known.request?.goodsId ?? null, known.request?.quantity ?? null, Number(known.upstreamOrderNo), deadline);
      } catch (err) {
        if (err instanceof UpstreamError && err.failure === 'NOT_FOUND' && err.code === 'ORDER_NOT_FOUND') return null;
        throw err;
      }
    }
    // No number: dujiao-next is asked by sending the order again under the same downstream number, which answers
    // the order it holds (or takes it now, if it never got it — the same as sending it again).
    if (known?.request) return this.placeOrder({ ...known.request, orderId });
    throw new UpstreamError('REFUSED', 'ORDER_LOOKUP_UNSUPPORTED', null, 'dujiao-next finds orders only by its own number');
  }

  orders(): Promise<OrderList> {
    return Promise.reject(new UpstreamError('REFUSED', 'NOT_SUPPORTED', null, 'dujiao-next has no list of orders: reconcile order by order'));
  }

  /** Reads the order until a card order has its codes (or the budget is spent: no answer, for the sweep). */
  private async fulfilled(orderId: string, goodsId: string | null, quantity: number | null, num: number, deadline: number): Promise<UpstreamOrder> {
    for (;;) {
      const o = await this.call<DujiaoOrderAnswer>('GET', `/orders/${num}`, undefined, deadline);
      const item = o.items?.[0];
      const card = item ? item.fulfillment_type === 'auto' : o.fulfillment?.type === 'auto';
      const status = String(o.status ?? '').toLowerCase();
      const amount = fenOf(o.amount);
      if (!Number.isFinite(amount)) throw this.bad('GET', `/orders/${num}`, `amount ${String(o.amount)} is not money`);
      const base = {
        orderId, upstreamOrderNo: String(o.order_id ?? num), goodsId: goodsId ?? (item ? goodsIdOf(item.product_id, item.sku_id) : ''), quantity: quantity ?? item?.quantity ?? 0, amount,
        createdAt: o.created_at ?? new Date().toISOString(),
      };
      const outcome = dujiaoOutcome(status, o.fulfillment?.status);
      if (outcome === 'FAILED') return { ...base, status: 'FAILED', failure: status.toUpperCase() };
      if (card) {
        const codes = o.fulfillment?.status === 'delivered' ? codesOf(o.fulfillment) : [];
        if (codes.length) return { ...base, status: 'DELIVERED', codes };
        if (Date.now() + FULFIL_POLL_MS >= deadline) throw new UpstreamError('TIMEOUT', 'NOT_FULFILLED', null, `order ${num} not fulfilled within ${this.s.timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, FULFIL_POLL_MS));
        continue;
      }
      return { ...base, status: outcome ?? 'PROCESSING' };
    }
  }

  private goodsOf(p: DujiaoProduct): Goods[] {
    const name = p.title?.['zh-CN'] ?? Object.values(p.title ?? {})[0] ?? p.slug ?? String(p.id);
    const card = p.fulfillment_type === 'auto';
    return (p.skus ?? []).map((sku) => {
      const price = fenOf(sku.price_amount);
      const spec = Object.values(sku.spec_values ?? {}).filter(Boolean).join(' ');
      const stock = card ? (sku.stock_quantity < 0 ? UNLIMITED : Math.max(0, Math.trunc(sku.stock_quantity) || 0)) : null;
      return {
        id: goodsIdOf(p.id, sku.id),
        name: spec ? `${name} ${spec}` : name,
        kind: card ? 'CARD' : 'TOPUP',
        // dujiao-next has no face value: its price stands in.
        faceValue: Number.isFinite(price) ? price : 0,
        price: Number.isFinite(price) ? price : 0,
        stock,
        status: p.is_active && sku.is_active && Number.isFinite(price) ? 'ON_SALE' : 'OFF_SALE',
        updatedAt: p.updated_at && !Number.isNaN(Date.parse(p.updated_at)) ? new Date(p.updated_at).toISOString() : new Date().toISOString(),
      } satisfies Goods;
    });
  }

  private bad(method: string, path: string, message: string): UpstreamError {
    return new UpstreamError('BAD_ANSWER', null, 200, `${method} ${path}: ${message}`);
  }

  /** One signed call within what is left of the budget, logged like the Mengyuan adapter's. */
  private call<T>(method: 'GET' | 'POST', rel: string, payload: unknown, deadline: number): Promise<T> {
    const url = new URL(`.${DUJIAO_API_PREFIX}${rel}`, this.base);
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const timestamp = Math.floor(Date.now() / 1000).toString();
    const headers: Record<string, string> = {
      [DUJIAO_HEADER_KEY]: this.s.keyId,
      [DUJIAO_HEADER_TIMESTAMP]: timestamp,
      [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(this.s.secret, method, url.pathname, timestamp, body),
    };
    if (body) headers['content-type'] = 'application/json';
    return exchange<T>(this.s, { method, url, headers, body, payload, budgetMs: Math.max(1, deadline - Date.now()) }, {
      notJson: (status) => (status >= 500 ? 'SERVER' : 'BAD_ANSWER'),
      refusal: (res, answer) => {
        const a = answer as { ok?: boolean; error_code?: string; error_message?: string } | null;
        if (res.ok && a?.ok === true) return null;
        const raw = a?.error_code ?? null;
        const code = raw ? (CODES[raw] ?? raw.toUpperCase()) : null;
        const status = res.status;
        const failure = status === 401 || status === 403 ? 'SIGNATURE' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVER' : res.ok && !raw ? 'BAD_ANSWER' : 'REFUSED';
        return new UpstreamError(failure, code, status, a?.error_message ?? `HTTP ${status}`);
      },
    });
  }
}
