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
    if (amount === null) this.orders.delete(orderId);
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
    if (this.faults.failNextOrders > 0) {
      this.faults.failNextOrders -= 1;
      return refuse(503, ProtocolErrorCode.UNAVAILABLE, 'injected failure');
    }
    if (this.faults.hangNextOrders > 0) {
      this.faults.hangNextOrders -= 1;
      await sleep(this.faults.hangNextOrdersMs);
      return refuse(503, ProtocolErrorCode.UNAVAILABLE, 'answered too late');
    }
    const g = this.goods.get(r.goodsId);
    if (!g) return refuse(404, ProtocolErrorCode.GOODS_NOT_FOUND, 'no such goods');
    if (g.status !== 'ON_SALE') return refuse(422, ProtocolErrorCode.GOODS_UNAVAILABLE, 'goods not on sale');
    if (!Number.isInteger(r.quantity) || r.quantity < 1) return refuse(422, ProtocolErrorCode.OUT_OF_STOCK, 'bad quantity');
    if (r.unitPrice !== g.price) return refuse(422, ProtocolErrorCode.PRICE_CHANGED, `price is now ${g.price}`);
    if (g.kind === 'CARD' && (g.stock ?? 0) < r.quantity) return refuse(422, ProtocolErrorCode.OUT_OF_STOCK, 'not enough stock');
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
    this.orders.set(r.orderId, { request: r, order, callbackUrl: r.callbackUrl ?? null });
    this.stats.ordersPlaced += 1;
    if (g.kind === 'TOPUP') this.track(this.finishTopup(r.orderId));
    if (this.faults.loseNextAnswers > 0) {
      this.faults.loseNextAnswers -= 1;
      return refuse(503, ProtocolErrorCode.UNAVAILABLE, 'the answer was lost');
    }
    return json(order);
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
    const payload: TopupCallback = {
      orderId, upstreamOrderNo: held.order.upstreamOrderNo, status: held.order.status, amount: held.order.amount + (this.faults.callback === 'wrong_amount' ? 1 : 0),
      failure: held.order.failure ?? null,
    };
    const times = this.faults.callback === 'duplicate' ? 2 : 1;
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

  /** Sends the finished top-up's callback again (a late duplicate). */
  async resendCallback(orderId: string): Promise<number> {
    const held = this.orders.get(orderId);
    if (!held?.callbackUrl) throw new Error(`no callback for ${orderId}`);
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
