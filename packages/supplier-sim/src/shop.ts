import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The two protocols a member's existing shop software speaks to its upstream, served by the alliance under
 * /dock/dujiao and /dock/acg (docs/downstream-protocols.md), and a client of each: the simulator acting as a
 * member's shop, for the specs and the demo.
 *
 * dujiao-next ("site-to-site" / 对接, its Open API under `/api/v1/upstream`): JSON bodies, three headers —
 *     Dujiao-Next-Api-Key, Dujiao-Next-Timestamp (unix seconds, ±60 s),
 *     Dujiao-Next-Signature = hex(HMAC-SHA256(secret, METHOD \n PATH \n TIMESTAMP \n hex(MD5(body))))
 * with PATH the request path without its query string. Answers `{ok: true, …}` or
 * `{ok: false, error_code, error_message}` with an HTTP status per code.
 *
 * acg-faka shared store (共享店铺, `/shared/...`): form-encoded POSTs carrying `app_id` and `sign`, where
 * sign = md5(k1=v1&k2=v2…&key=<app key>) over every non-empty field but `sign`, keys in byte order, values
 * as sent. Answers `{code: 200, msg, data}`; anything else is a refusal `{code, msg}` (HTTP 200).
 */

// ---- dujiao-next ----------------------------------------------------------------------------------------

export const DUJIAO_HEADER_KEY = 'dujiao-next-api-key';
export const DUJIAO_HEADER_TIMESTAMP = 'dujiao-next-timestamp';
export const DUJIAO_HEADER_SIGNATURE = 'dujiao-next-signature';
export const DUJIAO_WINDOW_SECONDS = 60;
/** Where a dujiao-next site mounts the API under its base URL. */
export const DUJIAO_API_PREFIX = '/api/v1/upstream';

export const md5Hex = (body: Buffer | string): string => createHash('md5').update(body).digest('hex');

export function dujiaoSignature(secret: string, method: string, path: string, timestamp: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${method.toUpperCase()}\n${path}\n${timestamp}\n${md5Hex(body)}`).digest('hex');
}

/** Constant-time comparison of two hex signatures (false for any length mismatch). */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** dujiao-next's refusal codes, and the alliance's additions (`replayed_request`, `rate_limited`, `risk_review`). */
export const DujiaoErrorCode = {
  MISSING_AUTH_HEADERS: 'missing_auth_headers',
  INVALID_TIMESTAMP: 'invalid_timestamp',
  TIMESTAMP_EXPIRED: 'timestamp_expired',
  INVALID_SIGNATURE: 'invalid_signature',
  INVALID_API_KEY: 'invalid_api_key',
  USER_DISABLED: 'user_disabled',
  REPLAYED_REQUEST: 'replayed_request',
  BAD_REQUEST: 'bad_request',
  INVALID_CALLBACK_URL: 'invalid_callback_url',
  SKU_UNAVAILABLE: 'sku_unavailable',
  PRODUCT_UNAVAILABLE: 'product_unavailable',
  PRODUCT_NOT_FOUND: 'product_not_found',
  ORDER_NOT_FOUND: 'order_not_found',
  INSUFFICIENT_BALANCE: 'insufficient_balance',
  INSUFFICIENT_STOCK: 'insufficient_stock',
  CANCEL_NOT_ALLOWED: 'cancel_not_allowed',
  IDEMPOTENCY_CONFLICT: 'idempotency_conflict',
  RISK_REVIEW: 'risk_review',
  RATE_LIMITED: 'rate_limited',
  INTERNAL_ERROR: 'internal_error',
} as const;
export type DujiaoErrorCode = (typeof DujiaoErrorCode)[keyof typeof DujiaoErrorCode];

export interface DujiaoRefusal {
  ok: false;
  error_code: DujiaoErrorCode;
  error_message: string;
}

export type DujiaoStockStatus = 'unlimited' | 'in_stock' | 'low_stock' | 'out_of_stock';

export interface DujiaoSku {
  id: number;
  sku_code: string;
  spec_values: Record<string, string>;
  price_amount: string;
  stock_status: DujiaoStockStatus;
  /** -1: unlimited. */
  stock_quantity: number;
  is_active: boolean;
}

export interface DujiaoProduct {
  id: number;
  slug: string;
  title: Record<string, string>;
  description: Record<string, string>;
  content: Record<string, string>;
  seo_meta: Record<string, string>;
  images: string[];
  tags: string[];
  price_amount: string;
  currency: string;
  fulfillment_type: 'auto' | 'manual';
  manual_form_schema: null;
  is_active: boolean;
  category_id: number;
  skus: DujiaoSku[];
  created_at: string;
  updated_at: string;
}

export interface DujiaoPing {
  ok: true;
  site_name: string;
  protocol_version: string;
  user_id: number;
  balance: string;
  currency: string;
  member_level: null;
}

export interface DujiaoProductPage {
  ok: true;
  items: DujiaoProduct[];
  total: number;
  page: number;
  page_size: number;
}

export interface DujiaoCreateOrder {
  sku_id: number;
  quantity: number;
  downstream_order_no?: string;
  trace_id?: string;
  callback_url?: string;
  /** Direct top-ups: the account to credit (dujiao-next's manual form data). */
  manual_form_data?: { account?: string } | null;
}

export interface DujiaoOrderCreated {
  ok: true;
  order_id: number;
  order_no: string;
  status: string;
  amount: string;
  currency: string;
}

export interface DujiaoOrderDetail {
  ok: true;
  order_id: number;
  order_no: string;
  status: string;
  amount: string;
  refunded_amount: string;
  currency: string;
  items: { product_id: number; sku_id: number; title: Record<string, string>; quantity: number; unit_price: string; total_price: string; fulfillment_type: string }[];
  fulfillment?: { type: string; status: string; payload: string; delivery_data: { codes: { card_number: string | null; secret: string | null }[] }; delivered_at: string | null };
}

export interface ShopAnswer<T> {
  status: number;
  body: T;
}

/** An answer with the exact request that got it (to send again: a replay). */
export type SentAnswer<T> = ShopAnswer<T | DujiaoRefusal> & { headers: Record<string, string>; raw: string };

/** Yuan with two decimals from integer fen (the shops' wire format). */
export function yuan(fen: bigint | string | number): string {
  const f = BigInt(fen);
  const sign = f < 0n ? '-' : '';
  const abs = f < 0n ? -f : f;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A dujiao-next site acting as the member's shop: calls its upstream (the alliance) as dujiao-next does. */
export class DujiaoShopClient {
  constructor(private readonly opts: { baseUrl: string; apiKey: string; secret: string; now?: () => number }) {}

  /** One signed call; `tamper` lets a spec sign wrongly, stale or with another key. */
  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown, tamper: { timestamp?: string; signature?: string; apiKey?: string; headers?: Record<string, string> } = {}): Promise<SentAnswer<T>> {
    const raw = body === undefined ? '' : JSON.stringify(body);
    const timestamp = tamper.timestamp ?? Math.floor((this.opts.now?.() ?? Date.now()) / 1000).toString();
    const signedPath = `${DUJIAO_API_PREFIX}${path.split('?')[0]}`;
    const headers: Record<string, string> = {
      [DUJIAO_HEADER_KEY]: tamper.apiKey ?? this.opts.apiKey,
      [DUJIAO_HEADER_TIMESTAMP]: timestamp,
      [DUJIAO_HEADER_SIGNATURE]: tamper.signature ?? dujiaoSignature(this.opts.secret, method, signedPath, timestamp, raw),
      ...(raw ? { 'content-type': 'application/json' } : {}),
      ...tamper.headers,
    };
    return this.send<T>(method, path, headers, raw);
  }

  /** Sends exactly these headers and body again (a replay). */
  async send<T>(method: string, path: string, headers: Record<string, string>, raw: string): Promise<SentAnswer<T>> {
    const res = await fetch(`${this.opts.baseUrl.replace(/\/$/, '')}${DUJIAO_API_PREFIX}${path}`, { method, headers, body: raw || undefined });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as T | DujiaoRefusal, headers, raw };
  }

  ping() {
    return this.call<DujiaoPing>('POST', '/ping');
  }
  products(page = 1, pageSize = 50) {
    return this.call<DujiaoProductPage>('GET', `/products?page=${page}&page_size=${pageSize}`);
  }
  product(id: number) {
    return this.call<{ ok: true; product: DujiaoProduct }>('GET', `/products/${id}`);
  }
  createOrder(req: DujiaoCreateOrder) {
    return this.call<DujiaoOrderCreated>('POST', '/orders', req);
  }
  order(id: number | string) {
    return this.call<DujiaoOrderDetail>('GET', `/orders/${id}`);
  }
}

/** Where dujiao-next signs its callbacks to a downstream: this fixed path, whatever the `callback_url` is. */
export const DUJIAO_CALLBACK_PATH = `${DUJIAO_API_PREFIX}/callback`;

/**
 * What a dujiao-next site POSTs to a downstream's `callback_url` when an order it placed changes status (its
 * DownstreamCallbackService): `event` is `order.fulfilled` (delivered / completed) or `order.status_changed`;
 * `status` is the site's order status (`delivered`, `completed`, `canceled`, `refunded`, `paid`, …). dujiao-next
 * sends no amount; `amount` (yuan) is there only when a site that carries one sends it.
 */
export interface DujiaoCallbackBody {
  event: string;
  order_id: number;
  order_no: string;
  downstream_order_no: string;
  status: string;
  fulfillment?: { type?: string; status?: string; payload?: string; delivery_data?: unknown; delivered_at?: string | null } | null;
  timestamp: number;
  amount?: string;
  currency?: string;
}

/** Why a request signed in dujiao-next's way is refused before its key is looked at, or after (the signature). */
export type DujiaoAuthRefusal = 'missingHeaders' | 'badTimestamp' | 'staleTimestamp' | 'badSignature';

/**
 * The one check of dujiao-next's signing, for every side that receives such requests (the alliance serving shops,
 * the alliance receiving a site's callbacks, the simulator serving as a site): the three headers present, the
 * timestamp digits within ±60 s of `nowMs`; then, with the key's secret, `signedBy` says whether the signature
 * (constant-time) is over one of `paths` — a site may sign the path with or without where it is mounted.
 */
export function dujiaoHeaders(
  headers: Record<string, string | string[] | undefined>,
  nowMs: number,
): { ok: false; refusal: DujiaoAuthRefusal } | { ok: true; key: string; timestamp: string; signature: string; signedBy: (secret: string, method: string, paths: string[], body: Buffer | string) => boolean } {
  const h = (name: string) => [headers[name]].flat()[0] ?? '';
  const key = h(DUJIAO_HEADER_KEY);
  const timestamp = h(DUJIAO_HEADER_TIMESTAMP);
  const signature = h(DUJIAO_HEADER_SIGNATURE);
  if (!key || !timestamp || !signature) return { ok: false, refusal: 'missingHeaders' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, refusal: 'badTimestamp' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > DUJIAO_WINDOW_SECONDS) return { ok: false, refusal: 'staleTimestamp' };
  return { ok: true, key, timestamp, signature, signedBy: (secret, method, paths, body) => paths.some((p) => sameSignature(dujiaoSignature(secret, method, p, timestamp, body), signature)) };
}

export type DujiaoVerifyResult = { ok: true; apiKey: string } | { ok: false; code: 'KEY_UNKNOWN' | 'SIGNATURE_INVALID' | 'TIMESTAMP_STALE'; message: string };

/**
 * Checks a request signed in dujiao-next's way over `path` (a callback: DUJIAO_CALLBACK_PATH), in the alliance's
 * typed codes: `dujiaoHeaders`, the key known, the signature.
 * dujiao-next has no nonce: the window is its only replay bound.
 */
export async function verifyDujiaoRequest(
  req: { method: string; headers: Record<string, string | string[] | undefined>; body: Buffer | string },
  path: string,
  secretOf: (apiKey: string) => string | null | Promise<string | null>,
  now = Date.now(),
): Promise<DujiaoVerifyResult> {
  const auth = dujiaoHeaders(req.headers, now);
  if (!auth.ok) {
    return auth.refusal === 'missingHeaders'
      ? { ok: false, code: 'SIGNATURE_INVALID', message: 'missing signature headers' }
      : { ok: false, code: 'TIMESTAMP_STALE', message: `timestamp more than ${DUJIAO_WINDOW_SECONDS} s from now` };
  }
  const secret = await secretOf(auth.key);
  if (!secret) return { ok: false, code: 'KEY_UNKNOWN', message: 'unknown key' };
  if (!auth.signedBy(secret, req.method, [path], req.body)) return { ok: false, code: 'SIGNATURE_INVALID', message: 'signature does not match' };
  return { ok: true, apiKey: auth.key };
}

/** A callback as the shop received it, and whether its signature held. */
export interface ReceivedCallback {
  apiKey: string;
  verified: boolean;
  body: {
    event?: string;
    order_id: number;
    order_no: string;
    downstream_order_no: string;
    status: string;
    fulfillment?: DujiaoOrderDetail['fulfillment'];
    timestamp?: number;
  };
}

/**
 * The shop's side of dujiao-next's callbacks (`POST /api/v1/upstream/callback`): checks the three headers
 * (key, ±60 s, signature over that path) with the secret of the connection the key names, as dujiao-next's
 * handler does, and answers `{ok: true, message: "received"}` or `{ok: false, message}`.
 */
export class DujiaoCallbackReceiver {
  readonly received: ReceivedCallback[] = [];
  private server: Server | null = null;

  constructor(private readonly secretOf: (apiKey: string) => string | null) {}

  /** Starts on a free port; the URL to give as `callback_url`. */
  async listen(): Promise<string> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const h = (n: string) => [req.headers[n]].flat()[0] ?? '';
        const apiKey = h(DUJIAO_HEADER_KEY);
        const timestamp = h(DUJIAO_HEADER_TIMESTAMP);
        const secret = this.secretOf(apiKey);
        const fresh = /^\d+$/.test(timestamp) && Math.abs(Date.now() / 1000 - Number(timestamp)) <= DUJIAO_WINDOW_SECONDS;
        const verified = !!secret && fresh && sameSignature(dujiaoSignature(secret, 'POST', `${DUJIAO_API_PREFIX}/callback`, timestamp, raw), h(DUJIAO_HEADER_SIGNATURE));
        let body: ReceivedCallback['body'] | null = null;
        try {
          body = JSON.parse(raw.toString('utf8')) as ReceivedCallback['body'];
        } catch {
          body = null;
        }
        if (body) this.received.push({ apiKey, verified, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(verified && body ? { ok: true, message: 'received' } : { ok: false, message: 'signature verification failed' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}${DUJIAO_API_PREFIX}/callback`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

// ---- acg-faka shared store ------------------------------------------------------------------------------

/** acg-faka's signature: md5 over the sorted non-empty fields but `sign`, then `&key=<app key>`. */
export function acgSignature(fields: Record<string, string>, appKey: string): string {
  const parts = Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '' && fields[k] !== undefined && fields[k] !== null)
    .sort()
    .map((k) => `${k}=${fields[k]}`);
  return md5Hex(`${parts.join('&')}&key=${appKey}`);
}

/** The alliance's typed refusal codes in the shared-store answers' `error` field (the `msg` is for people). */
export const AcgErrorCode = {
  APP_ID_UNKNOWN: 'APP_ID_UNKNOWN',
  SIGNATURE_INVALID: 'SIGNATURE_INVALID',
  TIMESTAMP_STALE: 'TIMESTAMP_STALE',
  REPLAYED: 'REPLAYED',
  BAD_REQUEST: 'BAD_REQUEST',
  GOODS_NOT_FOUND: 'GOODS_NOT_FOUND',
  GOODS_UNAVAILABLE: 'GOODS_UNAVAILABLE',
  SOLD_OUT: 'SOLD_OUT',
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  ORDER_NOT_FOUND: 'ORDER_NOT_FOUND',
  IDEMPOTENCY_CONFLICT: 'IDEMPOTENCY_CONFLICT',
  RISK_REVIEW: 'RISK_REVIEW',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;
export type AcgErrorCode = (typeof AcgErrorCode)[keyof typeof AcgErrorCode];

export type AcgAnswer<T> = { code: 200; msg: string; data: T } | { code: number; msg: string; error: AcgErrorCode };

export interface AcgCommodity {
  id: number;
  code: string;
  name: string;
  description: string;
  cover: string;
  price: string;
  user_price: string;
  factory_price: string;
  stock: number;
  delivery_way: 0 | 1;
  contact_type: number;
  password_status: number;
  draft_status: number;
  inventory_hidden: number;
  minimum: number;
  maximum: number;
  status: number;
  api_status: number;
  config: string;
  widget: string;
}

export interface AcgCategory {
  id: number;
  name: string;
  icon: string;
  status: number;
  children: AcgCommodity[];
}

export interface AcgTrade {
  secret: string;
  tradeNo: string;
  amount: string;
  status: number;
}

/** An acg-faka shop docked to the alliance as its shared store: form-encoded, signed, `app_id` in the body. */
export class AcgShopClient {
  constructor(private readonly opts: { domain: string; appId: string; appKey: string; now?: () => number; withTimestamp?: boolean }) {}

  /** One signed POST; `tamper` lets a spec sign wrongly or as another shop. */
  async call<T>(path: string, fields: Record<string, string | number> = {}, tamper: { sign?: string; appId?: string; timestamp?: string } = {}): Promise<AcgAnswer<T> & { form?: string }> {
    const data: Record<string, string> = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
    data.app_id = tamper.appId ?? this.opts.appId;
    if (this.opts.withTimestamp !== false) data.timestamp = tamper.timestamp ?? Math.floor((this.opts.now?.() ?? Date.now()) / 1000).toString();
    data.sign = tamper.sign ?? acgSignature(data, this.opts.appKey);
    const form = new URLSearchParams(data).toString();
    return { ...(await this.post<T>(path, form)), form };
  }

  /** Posts exactly this form body (a replay). */
  async post<T>(path: string, form: string): Promise<AcgAnswer<T>> {
    const res = await fetch(`${this.opts.domain.replace(/\/$/, '')}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    return JSON.parse(await res.text()) as AcgAnswer<T>;
  }

  connect() {
    return this.call<{ shopName: string; balance: string }>('/shared/authentication/connect');
  }
  items() {
    return this.call<AcgCategory[]>('/shared/commodity/items');
  }
  item(code: string) {
    return this.call<AcgCommodity>('/shared/commodity/item', { code });
  }
  stock(code: string) {
    return this.call<{ stock: string }>('/shared/commodity/stock', { code });
  }
  inventory(sharedCode: string) {
    return this.call<{ count: number; price: string; user_price: string; factory_price: string; delivery_way: number }>('/shared/commodity/inventory', { sharedCode });
  }
  trade(req: { shared_code: string; num: number; request_no: string; contact?: string }) {
    return this.call<AcgTrade>('/shared/commodity/trade', { contact: req.contact ?? '', ...req });
  }
  query(tradeNo: string) {
    return this.call<{ secret: string | null; widget: null; status: number }>('/shared/commodity/query', { tradeNo });
  }
}
