import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  MemoryNonceStore,
  ProtocolErrorCode,
  signedHeaders,
  verifyRequest,
  type Goods,
  type GoodsPage,
  type OrderList,
  type PingAnswer,
  type PlaceOrderRequest,
  type StockAnswer,
  type TopupCallback,
  type UpstreamOrder,
} from './protocol';
import {
  DUJIAO_API_PREFIX,
  DUJIAO_CALLBACK_PATH,
  DUJIAO_HEADER_KEY,
  DUJIAO_HEADER_SIGNATURE,
  DUJIAO_HEADER_TIMESTAMP,
  DujiaoErrorCode,
  dujiaoSignature,
  dujiaoHeaders,
  yuan,
  type DujiaoCallbackBody,
  type DujiaoProduct,
} from './shop';

export interface SupplierSimRequest {
  method: string;
  /** The path as sent, query string included (signatures cover it), with any mount prefix. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Where the host mounted the simulator (e.g. `/sim/supplier`); '' standalone. */
  mount?: string;
}

export interface SupplierSimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the simulator can be told to do (POST <mount>/control with any subset, or `configure`). */
export interface SupplierFaults {
  /** Every answer waits this long (ms). */
  delayMs: number;
  /** Answer 503 UNAVAILABLE to everything but /control. */
  down: boolean;
  /** The next N order placements fail with 503 (after taking nothing). */
  failNextOrders: number;
  /** The next N order placements wait this long before answering (a timeout on the caller's side), ms. */
  hangNextOrdersMs: number;
  hangNextOrders: number;
  /** The next N order placements are carried out but the answer is lost (503): the caller must ask again. */
  loseNextAnswers: number;
  /** Top-ups: what they end as, and after how long (ms) the callback goes. */
  topupOutcome: 'SUCCEEDED' | 'FAILED';
  topupAfterMs: number;
  /** Callbacks: sent normally, dropped (only a query shows the outcome), sent twice, sent with a bad signature, or with a wrong amount. */
  callback: 'normal' | 'drop' | 'duplicate' | 'bad_signature' | 'wrong_amount';
  /** Answers of order placement charge this much more than asked (fen per order): a wrong amount. */
  overchargeFen: number;
}

const DEFAULT_FAULTS: SupplierFaults = {
  delayMs: 0, down: false, failNextOrders: 0, hangNextOrdersMs: 10_000, hangNextOrders: 0, loseNextAnswers: 0,
  topupOutcome: 'SUCCEEDED', topupAfterMs: 50, callback: 'normal', overchargeFen: 0,
};

interface HeldOrder {
  request: PlaceOrderRequest;
  order: UpstreamOrder;
  callbackUrl: string | null;
  /** The order's number when it came in dujiao-next's protocol (its `order_id`). */
  num?: number;
  /** Placed in dujiao-next's protocol: its callback is dujiao-next's (DujiaoCallbackBody, signed over the fixed path). */
  dujiao?: boolean;
}

export interface SupplierSimOptions {
  name?: string;
  keyId?: string;
  secret?: string;
  goods?: Omit<Goods, 'updatedAt'>[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const json = (body: unknown, status = 200): SupplierSimResponse => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });
const refuse = (status: number, code: ProtocolErrorCode, message: string) => json({ error: { code, message } }, status);

/** Shanghai day (YYYY-MM-DD) of an instant. */
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * An upstream supplier's system speaking the Mengyuan supplier protocol (protocol.ts), in memory: goods with
 * stock and prices, card orders answered with fresh codes, top-ups finished by a signed callback, everything
 * idempotent on the alliance's order id, and faults on demand (SupplierFaults). Mount `handle` in a host, or
 * `listen()` standalone.
 */
export class SupplierSimulator {
  readonly name: string;
  readonly keyId: string;
  readonly secret: string;
  private readonly goods = new Map<string, Goods>();
  private readonly orders = new Map<string, HeldOrder>();
  private readonly nonces = new MemoryNonceStore();
  private faults: SupplierFaults = { ...DEFAULT_FAULTS };
  private seq = 0;
  /** dujiao-next names goods by integers: each goods is one product with one SKU, both of this number. */
  private readonly nums = new Map<string, number>();
  private readonly byNum = new Map<number, HeldOrder>();
  /** Counters the tests read: requests by route, codes handed out, callbacks sent. */
  readonly stats = { requests: 0, refusedSignatures: 0, ordersPlaced: 0, codesIssued: 0, callbacksSent: 0 };
  private readonly pending = new Set<Promise<unknown>>();
  private server: Server | null = null;

  constructor(options: SupplierSimOptions = {}) {
    this.name = options.name ?? '模拟上游 Sim Supplier';
    this.keyId = options.keyId ?? `sim_${randomBytes(6).toString('hex')}`;
    this.secret = options.secret ?? randomBytes(32).toString('base64url');
    for (const g of options.goods ?? DEFAULT_GOODS) this.setGoods(g);
  }

  configure(faults: Partial<SupplierFaults>): SupplierFaults {
    this.faults = { ...this.faults, ...faults };
    return this.faults;
  }

  reset(): void {
    this.faults = { ...DEFAULT_FAULTS };
  }

  /** Adds or changes goods (its updatedAt moves: an incremental sync sees it). */
  setGoods(g: Partial<Goods> & { id: string }): Goods {
    const before = this.goods.get(g.id);
    const next: Goods = {
      name: g.id, kind: 'CARD', faceValue: 10000, price: 9500, stock: 100, status: 'ON_SALE',
      ...before, ...g, updatedAt: new Date(Math.max(Date.now(), before ? Date.parse(before.updatedAt) + 1 : 0)).toISOString(),
    };
    this.goods.set(g.id, next);
    if (!this.nums.has(g.id)) this.nums.set(g.id, this.nums.size + 1);
    return next;
  }

  goodsOf(id: string): Goods | undefined {
    return this.goods.get(id);
  }

  order(orderId: string): UpstreamOrder | undefined {
    return this.orders.get(orderId)?.order;
  }

  allOrders(): UpstreamOrder[] {
    return [...this.orders.values()].map((h) => h.order);
  }

  /** Reconciliation test aid: the upstream's record of an order says another amount (or forgets it: null). */
  plantMismatch(orderId: string, amount: number | null): void {
    if (amount === null) {
      const num = this.orders.get(orderId)?.num;
      if (num !== undefined) this.byNum.delete(num);
      this.orders.delete(orderId);
    }
    else this.orders.get(orderId)!.order.amount = amount;
  }

  /** Waits until every callback in flight has been sent. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async handle(req: SupplierSimRequest): Promise<SupplierSimResponse> {
    const mount = req.mount ?? '';
    const url = new URL(req.path, 'http://sim.local');
    const route = url.pathname.slice(mount.length).replace(/\/+$/, '') || '/';
    const method = req.method.toUpperCase();
    if (route === '/control') return this.control(method, req.body);
    this.stats.requests += 1;
    if (this.faults.delayMs) await sleep(this.faults.delayMs);
    if (route === DUJIAO_API_PREFIX || route.startsWith(`${DUJIAO_API_PREFIX}/`)) return this.dujiao(method, route.slice(DUJIAO_API_PREFIX.length), url, req, mount);
    if (this.faults.down) return refuse(503, ProtocolErrorCode.UNAVAILABLE, 'down for maintenance');
    const verified = await verifyRequest({ method, path: req.path, headers: req.headers, body: req.body }, (k) => (k === this.keyId ? this.secret : null), this.nonces);
    if (!verified.ok) {
      this.stats.refusedSignatures += 1;
      return refuse(401, verified.code, verified.message);
    }
    if (method === 'GET' && route === '/v1/ping') {
      return json({ ok: true, supplier: this.name, protocol: 'v1', time: new Date().toISOString() } satisfies PingAnswer);
    }
    if (method === 'GET' && route === '/v1/goods') return json(this.listGoods(url.searchParams));
    let m = /^\/v1\/goods\/([^/]+)\/stock$/.exec(route);
    if (method === 'GET' && m) {
      const g = this.goods.get(decodeURIComponent(m[1]));
      if (!g) return refuse(404, ProtocolErrorCode.GOODS_NOT_FOUND, 'no such goods');
      return json({ id: g.id, stock: g.stock, price: g.price, status: g.status } satisfies StockAnswer);
    }
    if (method === 'POST' && route === '/v1/orders') return this.place(req.body);
    if (method === 'GET' && route === '/v1/orders') {
      const day = url.searchParams.get('date') ?? shanghaiDay(new Date());
      const orders = [...this.orders.values()].filter((h) => shanghaiDay(new Date(h.order.createdAt)) === day);
      return json({ orders: orders.map((h) => ({ orderId: h.order.orderId, upstreamOrderNo: h.order.upstreamOrderNo, amount: h.order.amount, status: h.order.status })) } satisfies OrderList);
    }
    m = /^\/v1\/orders\/([^/]+)$/.exec(route);
    if (method === 'GET' && m) {
      const held = this.orders.get(decodeURIComponent(m[1]));
      return held ? json(held.order) : refuse(404, ProtocolErrorCode.ORDER_NOT_FOUND, 'no such order');
    }
    return refuse(404, ProtocolErrorCode.GOODS_NOT_FOUND, `no route ${method} ${route}`);
  }

  private listGoods(q: URLSearchParams): GoodsPage {
    const after = q.get('updated_after');
    const limit = Math.min(500, Math.max(1, Number(q.get('limit') ?? 100) || 100));
    const cursor = q.get('cursor');
    const all = [...this.goods.values()]
      .filter((g) => !after || Date.parse(g.updatedAt) > Date.parse(after))
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
    const start = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
    const page = all.slice(start, start + limit);
    return { goods: page, nextCursor: start + limit < all.length ? Buffer.from(String(start + limit)).toString('base64url') : null };
  }

  private async place(body: Buffer): Promise<SupplierSimResponse> {
    let r: PlaceOrderRequest;
    try {
      r = JSON.parse(body.toString('utf8')) as PlaceOrderRequest;
    } catch {
      return refuse(400, ProtocolErrorCode.GOODS_NOT_FOUND, 'body is not JSON');
    }
    const held = this.orders.get(r.orderId);
    if (held) {
      const same = held.request.goodsId === r.goodsId && held.request.quantity === r.quantity && (held.request.account ?? null) === (r.account ?? null);
      return same ? json(held.order) : refuse(409, ProtocolErrorCode.IDEMPOTENCY_CONFLICT, 'another order under this id');
    }
    const out = await this.take(r, true);
    if ('refusal' in out) return refuse(out.refusal[0], out.refusal[1], out.refusal[2]);
    if (out.lost) return refuse(503, ProtocolErrorCode.UNAVAILABLE, 'the answer was lost');
    return json(out.held.order);
  }

  /** A new order with the faults applied (shared by both protocols); `checkPrice` is v1's PRICE_CHANGED (dujiao-next has none). */
  private async take(r: PlaceOrderRequest, checkPrice: boolean, dujiao = false): Promise<{ refusal: [number, ProtocolErrorCode, string] } | { held: HeldOrder; lost: boolean }> {
    if (this.faults.failNextOrders > 0) {
      this.faults.failNextOrders -= 1;
      return { refusal: [503, ProtocolErrorCode.UNAVAILABLE, 'injected failure'] };
    }
    if (this.faults.hangNextOrders > 0) {
      this.faults.hangNextOrders -= 1;
      await sleep(this.faults.hangNextOrdersMs);
      return { refusal: [503, ProtocolErrorCode.UNAVAILABLE, 'answered too late'] };
    }
    const g = this.goods.get(r.goodsId);
    if (!g) return { refusal: [404, ProtocolErrorCode.GOODS_NOT_FOUND, 'no such goods'] };
    if (g.status !== 'ON_SALE') return { refusal: [422, ProtocolErrorCode.GOODS_UNAVAILABLE, 'goods not on sale'] };
    if (!Number.isInteger(r.quantity) || r.quantity < 1) return { refusal: [422, ProtocolErrorCode.OUT_OF_STOCK, 'bad quantity'] };
    if (checkPrice && r.unitPrice !== g.price) return { refusal: [422, ProtocolErrorCode.PRICE_CHANGED, `price is now ${g.price}`] };
    if (g.kind === 'CARD' && (g.stock ?? 0) < r.quantity) return { refusal: [422, ProtocolErrorCode.OUT_OF_STOCK, 'not enough stock'] };
    this.seq += 1;
    const order: UpstreamOrder = {
      orderId: r.orderId,
      upstreamOrderNo: `SIM${Date.now().toString(36).toUpperCase()}${this.seq.toString().padStart(6, '0')}`,
      goodsId: g.id,
      quantity: r.quantity,
      amount: g.price * r.quantity + this.faults.overchargeFen,
      status: g.kind === 'CARD' ? 'DELIVERED' : 'PROCESSING',
      createdAt: new Date().toISOString(),
    };
    if (g.kind === 'CARD') {
      g.stock = (g.stock ?? 0) - r.quantity;
      order.codes = Array.from({ length: r.quantity }, () => ({
        cardNumber: `${g.id.toUpperCase()}-${randomBytes(6).toString('hex').toUpperCase()}`,
        secret: randomBytes(9).toString('base64url'),
        expiresAt: null,
      }));
      this.stats.codesIssued += r.quantity;
    }
    const held: HeldOrder = { request: r, order, callbackUrl: r.callbackUrl ?? null, num: 100_000 + this.seq, dujiao };
    this.orders.set(r.orderId, held);
    this.byNum.set(held.num!, held);
    this.stats.ordersPlaced += 1;
    if (g.kind === 'TOPUP') this.track(this.finishTopup(r.orderId));
    let lost = false;
    if (this.faults.loseNextAnswers > 0) {
      this.faults.loseNextAnswers -= 1;
      lost = true;
    }
    return { held, lost };
  }

  // ---- dujiao-next's upstream ("site-to-site") API, under <mount>/api/v1/upstream -------------------------

  /**
   * The same goods, orders and faults in dujiao-next's upstream protocol (shop.ts has its signing): a site the
   * alliance docks as a DUJIAO_NEXT connector with this simulator's key id as the API key and its secret.
   * As dujiao-next: products paged by `page`/`page_size` (≤ 50) with `updated_after` and `include_inactive`;
   * an order is idempotent on `downstream_order_no`, answered without its fulfillment (GET the order for the
   * codes), with no price check; no list of orders; no nonce (the timestamp window only). A top-up placed with a
   * `callback_url` is called back there when it finishes, as dujiao-next does (sendDujiaoCallback), under the
   * same callback faults as the Mengyuan protocol's.
   */
  private async dujiao(method: string, route: string, url: URL, req: SupplierSimRequest, mount: string): Promise<SupplierSimResponse> {
    const refuseDj = (status: number, code: DujiaoErrorCode, message: string) => json({ ok: false, error_code: code, error_message: message }, status);
    if (this.faults.down) return refuseDj(503, DujiaoErrorCode.INTERNAL_ERROR, 'down for maintenance');
    const auth = dujiaoHeaders(req.headers, Date.now());
    if (!auth.ok) {
      if (auth.refusal === 'missingHeaders') return refuseDj(401, DujiaoErrorCode.MISSING_AUTH_HEADERS, 'missing authentication headers');
      if (auth.refusal === 'badTimestamp') return refuseDj(401, DujiaoErrorCode.INVALID_TIMESTAMP, 'invalid timestamp');
      return refuseDj(401, DujiaoErrorCode.TIMESTAMP_EXPIRED, 'timestamp expired');
    }
    if (auth.key !== this.keyId) return refuseDj(401, DujiaoErrorCode.INVALID_API_KEY, 'invalid api key');
    if (!auth.signedBy(this.secret, method, [url.pathname, url.pathname.slice(mount.length)], req.body)) {
      this.stats.refusedSignatures += 1;
      return refuseDj(401, DujiaoErrorCode.INVALID_SIGNATURE, 'signature verification failed');
    }
    if (method === 'POST' && route === '/ping') {
      return json({ ok: true, site_name: this.name, protocol_version: '1.0', user_id: 1, balance: '100000.00', currency: 'CNY', member_level: null });
    }
    if (method === 'GET' && route === '/products') {
      const q = url.searchParams;
      const page = Math.max(1, Math.trunc(Number(q.get('page') ?? 1)) || 1);
      const pageSize = Math.min(50, Math.max(1, Math.trunc(Number(q.get('page_size') ?? 50)) || 50));
      const after = q.get('updated_after');
      const inactive = q.get('include_inactive') === 'true';
      const all = [...this.goods.values()]
        .filter((g) => (inactive || g.status === 'ON_SALE') && (!after || Number.isNaN(Date.parse(after)) || Date.parse(g.updatedAt) > Date.parse(after)))
        .sort((a, b) => this.nums.get(a.id)! - this.nums.get(b.id)!);
      return json({ ok: true, items: all.slice((page - 1) * pageSize, page * pageSize).map((g) => this.product(g)), total: all.length, page, page_size: pageSize, includes_inactive: inactive });
    }
    let m = /^\/products\/(\d{1,15})$/.exec(route);
    if (method === 'GET' && m) {
      const g = this.goodsByNum(Number(m[1]));
      return g ? json({ ok: true, product: this.product(g) }) : refuseDj(404, DujiaoErrorCode.PRODUCT_NOT_FOUND, 'product not found');
    }
    if (method === 'POST' && route === '/orders') {
      let r: { sku_id?: unknown; quantity?: unknown; downstream_order_no?: unknown; callback_url?: unknown; manual_form_data?: { account?: unknown } | null };
      try {
        r = JSON.parse(req.body.toString('utf8') || '{}') as typeof r;
      } catch {
        return refuseDj(400, DujiaoErrorCode.BAD_REQUEST, 'invalid request body');
      }
      const quantity = Number(r.quantity);
      if (!Number.isSafeInteger(Number(r.sku_id)) || !Number.isSafeInteger(quantity) || quantity < 1) return refuseDj(400, DujiaoErrorCode.BAD_REQUEST, 'invalid request body');
      const orderNo = typeof r.downstream_order_no === 'string' && r.downstream_order_no.trim() ? r.downstream_order_no : `auto-${randomBytes(6).toString('hex')}`;
      const held = this.orders.get(orderNo);
      if (held) return json(this.dujiaoCreated(held)); // dujiao-next answers the order it holds under this number
      const g = this.goodsByNum(Number(r.sku_id));
      if (!g) return refuseDj(400, DujiaoErrorCode.SKU_UNAVAILABLE, 'sku not found');
      const account = typeof r.manual_form_data?.account === 'string' ? r.manual_form_data.account : null;
      const callbackUrl = typeof r.callback_url === 'string' && r.callback_url.trim() ? r.callback_url.trim() : null;
      const out = await this.take({ orderId: orderNo, goodsId: g.id, quantity, unitPrice: g.price, account, callbackUrl }, false, true);
      if ('refusal' in out) {
        const [status, code, message] = out.refusal;
        if (status === 503) return refuseDj(503, DujiaoErrorCode.INTERNAL_ERROR, message);
        if (code === ProtocolErrorCode.OUT_OF_STOCK) return refuseDj(409, DujiaoErrorCode.INSUFFICIENT_STOCK, 'product stock is insufficient');
        return refuseDj(400, DujiaoErrorCode.PRODUCT_UNAVAILABLE, 'product is not available');
      }
      if (out.lost) return refuseDj(502, DujiaoErrorCode.INTERNAL_ERROR, 'the answer was lost');
      return json(this.dujiaoCreated(out.held));
    }
    m = /^\/orders\/(\d{1,15})$/.exec(route);
    if (method === 'GET' && m) {
      const held = this.byNum.get(Number(m[1]));
      return held ? json(this.dujiaoDetail(held)) : refuseDj(404, DujiaoErrorCode.ORDER_NOT_FOUND, 'order not found');
    }
    return refuseDj(404, DujiaoErrorCode.BAD_REQUEST, `no route ${method} ${route}`);
  }

  /** The dujiao-next number of goods (its product and SKU id). */
  numOf(goodsId: string): number | undefined {
    return this.nums.get(goodsId);
  }

  private goodsByNum(num: number): Goods | undefined {
    for (const [id, n] of this.nums) if (n === num) return this.goods.get(id);
    return undefined;
  }

  private product(g: Goods): DujiaoProduct {
    const num = this.nums.get(g.id)!;
    const price = yuan(g.price);
    const stock = g.stock === null ? -1 : g.stock;
    const active = g.status === 'ON_SALE';
    return {
      id: num, slug: g.id, title: { 'zh-CN': g.name, en: g.name }, description: {}, content: {}, seo_meta: {}, images: [], tags: [], price_amount: price, currency: 'CNY',
      fulfillment_type: g.kind === 'CARD' ? 'auto' : 'manual', manual_form_schema: null, is_active: active, category_id: 1,
      skus: [{ id: num, sku_code: g.id, spec_values: {}, price_amount: price, stock_status: stock < 0 ? 'unlimited' : stock === 0 ? 'out_of_stock' : stock <= 20 ? 'low_stock' : 'in_stock', stock_quantity: stock, is_active: active }],
      created_at: g.updatedAt, updated_at: g.updatedAt,
    };
  }

  private static dujiaoStatus(o: UpstreamOrder): string {
    return o.status === 'PROCESSING' ? 'paid' : o.status === 'FAILED' ? 'canceled' : o.status === 'SUCCEEDED' ? 'completed' : 'delivered';
  }

  private dujiaoCreated(h: HeldOrder) {
    return { ok: true, order_id: h.num, order_no: h.order.upstreamOrderNo, status: SupplierSimulator.dujiaoStatus(h.order), amount: yuan(h.order.amount), currency: 'CNY' };
  }

  private dujiaoDetail(h: HeldOrder) {
    const o = h.order;
    const num = this.nums.get(o.goodsId) ?? 0;
    const delivered = o.status === 'DELIVERED' || o.status === 'SUCCEEDED';
    const codes = o.codes ?? [];
    return {
      ...this.dujiaoCreated(h), refunded_amount: '0.00', refund_records: [],
      items: [{ product_id: num, sku_id: num, title: { 'zh-CN': o.goodsId }, quantity: o.quantity, unit_price: yuan(Math.trunc(o.amount / o.quantity)), total_price: yuan(o.amount), fulfillment_type: codes.length ? 'auto' : 'manual' }],
      ...(delivered ? {
        fulfillment: {
          type: codes.length ? 'auto' : 'manual', status: 'delivered', payload: codes.map((c) => [c.cardNumber, c.secret].filter(Boolean).join(' ')).join('\n'),
          delivery_data: codes.length ? { codes: codes.map((c) => ({ card_number: c.cardNumber, secret: c.secret })) } : {}, delivered_at: o.createdAt,
        },
      } : {}),
    };
  }

  private track(p: Promise<unknown>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private async finishTopup(orderId: string): Promise<void> {
    await sleep(this.faults.topupAfterMs);
    const held = this.orders.get(orderId);
    if (!held || held.order.status !== 'PROCESSING') return;
    held.order.status = this.faults.topupOutcome;
    if (held.order.status === 'FAILED') held.order.failure = 'ACCOUNT_REJECTED';
    if (!held.callbackUrl || this.faults.callback === 'drop') return;
    const times = this.faults.callback === 'duplicate' ? 2 : 1;
    if (held.dujiao) {
      for (let i = 0; i < times; i++) await this.sendDujiaoCallback(held, { badSignature: this.faults.callback === 'bad_signature', wrongAmount: this.faults.callback === 'wrong_amount' });
      return;
    }
    const payload: TopupCallback = {
      orderId, upstreamOrderNo: held.order.upstreamOrderNo, status: held.order.status, amount: held.order.amount + (this.faults.callback === 'wrong_amount' ? 1 : 0),
      failure: held.order.failure ?? null,
    };
    for (let i = 0; i < times; i++) await this.sendCallback(held.callbackUrl, payload, this.faults.callback === 'bad_signature');
  }

  /** POSTs a signed callback (also used by tests to send a late one again). */
  async sendCallback(url: string, payload: TopupCallback, badSignature = false): Promise<number> {
    const body = JSON.stringify(payload);
    const target = new URL(url);
    const headers = signedHeaders(this.keyId, badSignature ? `${this.secret}x` : this.secret, 'POST', target.pathname + target.search, body);
    this.stats.callbacksSent += 1;
    try {
      const res = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  /**
   * A finished top-up's callback as a dujiao-next site sends it to its downstream (DownstreamCallbackService): the
   * order's status (`delivered`, or `canceled` for a failed one), `event` as dujiao-next names it, no amount —
   * but with `wrongAmount` an `amount` (yuan) one fen over, as a site that carries one and disagrees; signed with
   * the downstream's key and secret over DUJIAO_CALLBACK_PATH (with `badSignature`, a wrong secret).
   */
  private async sendDujiaoCallback(held: HeldOrder, opts: { badSignature?: boolean; wrongAmount?: boolean } = {}): Promise<number> {
    const o = held.order;
    const delivered = o.status === 'SUCCEEDED' || o.status === 'DELIVERED';
    const status = delivered ? 'delivered' : o.status === 'FAILED' ? 'canceled' : SupplierSimulator.dujiaoStatus(o);
    const timestamp = Math.floor(Date.now() / 1000);
    const payload: DujiaoCallbackBody = {
      event: delivered ? 'order.fulfilled' : 'order.status_changed',
      order_id: held.num!,
      order_no: o.upstreamOrderNo,
      downstream_order_no: o.orderId,
      status,
      ...(delivered ? { fulfillment: { type: o.codes?.length ? 'auto' : 'manual', status: 'delivered', payload: '', delivery_data: {}, delivered_at: new Date().toISOString() } } : {}),
      timestamp,
      ...(opts.wrongAmount ? { amount: yuan(o.amount + 1), currency: 'CNY' } : {}),
    };
    const body = JSON.stringify(payload);
    const headers = {
      'content-type': 'application/json',
      [DUJIAO_HEADER_KEY]: this.keyId,
      [DUJIAO_HEADER_TIMESTAMP]: String(timestamp),
      [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(opts.badSignature ? `${this.secret}x` : this.secret, 'POST', DUJIAO_CALLBACK_PATH, String(timestamp), body),
    };
    this.stats.callbacksSent += 1;
    try {
      const res = await fetch(held.callbackUrl!, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  /** Sends the finished top-up's callback again (a late duplicate), in the protocol the order came in. */
  async resendCallback(orderId: string): Promise<number> {
    const held = this.orders.get(orderId);
    if (!held?.callbackUrl) throw new Error(`no callback for ${orderId}`);
    if (held.dujiao) return this.sendDujiaoCallback(held);
    return this.sendCallback(held.callbackUrl, {
      orderId, upstreamOrderNo: held.order.upstreamOrderNo, status: held.order.status === 'FAILED' ? 'FAILED' : 'SUCCEEDED', amount: held.order.amount,
      failure: held.order.failure ?? null,
    });
  }

  private control(method: string, body: Buffer): SupplierSimResponse {
    if (method === 'GET') return json({ faults: this.faults, goods: [...this.goods.values()], stats: this.stats, orders: this.orders.size });
    try {
      const b = JSON.parse(body.toString('utf8') || '{}') as { faults?: Partial<SupplierFaults>; goods?: (Partial<Goods> & { id: string })[]; reset?: boolean };
      if (b.reset) this.reset();
      if (b.faults) this.configure(b.faults);
      for (const g of b.goods ?? []) this.setGoods(g);
      return json({ faults: this.faults, goods: [...this.goods.values()] });
    } catch {
      return json({ error: { code: 'BAD_CONTROL', message: 'body is not JSON' } }, 400);
    }
  }

  /** Serves the simulator standalone on 127.0.0.1 (port 0: any free port); answers its base URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void this.handle({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) }).then(
          (out) => res.writeHead(out.status, out.headers).end(out.body),
          () => res.writeHead(500).end(),
        );
      });
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((r) => this.server!.listen(port, host, r));
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await this.settled();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = null;
  }
}

export const DEFAULT_GOODS: Omit<Goods, 'updatedAt'>[] = [
  { id: 'jd-e-card-100', name: '京东E卡 100元', kind: 'CARD', faceValue: 10000, price: 9600, stock: 5000, status: 'ON_SALE' },
  { id: 'itunes-50', name: 'App Store 充值卡 50元', kind: 'CARD', faceValue: 5000, price: 4800, stock: 5000, status: 'ON_SALE' },
  { id: 'mobile-topup-50', name: '中国移动话费直充 50元', kind: 'TOPUP', faceValue: 5000, price: 4900, stock: null, status: 'ON_SALE' },
];
