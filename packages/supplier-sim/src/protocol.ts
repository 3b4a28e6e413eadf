import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The Mengyuan supplier protocol, version 1 (docs/supplier-protocol.md is the prose of this file).
 *
 * An upstream supplier's system implements these endpoints under its base URL; the alliance calls them, and
 * the upstream calls the alliance back when a direct top-up finishes. Every request, both ways, is signed:
 *
 *     X-MY-Key:        the key id the alliance was given
 *     X-MY-Timestamp:  unix seconds; refused when more than 60 s from the receiver's clock
 *     X-MY-Nonce:      16–64 characters [A-Za-z0-9_-], never reused within the window (replay-safe)
 *     X-MY-Signature:  v1=hex(HMAC-SHA256(secret, METHOD \n PATH \n TIMESTAMP \n NONCE \n hex(SHA-256(body))))
 *
 * PATH is the request's path with its query string exactly as sent. Amounts are integer fen. Placing an order
 * is idempotent on the alliance's `orderId`: the same id again answers the same order (same codes), a different
 * payload under the same id is `IDEMPOTENCY_CONFLICT`.
 */
export const PROTOCOL_VERSION = 'v1';
export const SIGNATURE_WINDOW_SECONDS = 60;
export const HEADER_KEY = 'x-my-key';
export const HEADER_TIMESTAMP = 'x-my-timestamp';
export const HEADER_NONCE = 'x-my-nonce';
export const HEADER_SIGNATURE = 'x-my-signature';

export type GoodsStatus = 'ON_SALE' | 'OFF_SALE' | 'DELISTED';
export type GoodsKind = 'CARD' | 'TOPUP';

/** GET /v1/goods?updated_after=<ISO 8601>&cursor=<opaque>&limit=<1–500> (no updated_after: the full list). */
export interface Goods {
  id: string;
  name: string;
  kind: GoodsKind;
  /** Face value, fen. */
  faceValue: number;
  /** What the alliance pays per unit, fen. */
  price: number;
  /** Units on hand (cards); null for top-ups (capacity is the upstream's business). */
  stock: number | null;
  status: GoodsStatus;
  updatedAt: string;
}
export interface GoodsPage {
  goods: Goods[];
  /** Present when there is more: pass it as `cursor`. */
  nextCursor: string | null;
}

/** GET /v1/goods/{id}/stock */
export interface StockAnswer {
  id: string;
  stock: number | null;
  price: number;
  status: GoodsStatus;
}

/** POST /v1/orders */
export interface PlaceOrderRequest {
  /** The alliance's order id: the idempotency key. */
  orderId: string;
  goodsId: string;
  quantity: number;
  /** The unit price the alliance expects, fen; the upstream refuses with PRICE_CHANGED when it differs. */
  unitPrice: number;
  /** For a top-up: the account to credit. */
  account?: string | null;
  /** For a top-up: where to POST the signed TopupCallback. */
  callbackUrl?: string | null;
}

export type UpstreamOrderStatus = 'DELIVERED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED';
export interface UpstreamCode {
  cardNumber: string | null;
  secret: string | null;
  expiresAt: string | null;
}
/** The answer of POST /v1/orders and GET /v1/orders/{orderId}. */
export interface UpstreamOrder {
  orderId: string;
  upstreamOrderNo: string;
  goodsId: string;
  quantity: number;
  /** What the upstream charges for the whole order, fen. */
  amount: number;
  /** DELIVERED (cards, codes present), PROCESSING (top-up accepted), SUCCEEDED / FAILED (top-up finished). */
  status: UpstreamOrderStatus;
  codes?: UpstreamCode[];
  failure?: string | null;
  createdAt: string;
}

/** GET /v1/orders?date=YYYY-MM-DD (Asia/Shanghai day of createdAt): what the upstream holds, for reconciliation. */
export interface OrderList {
  orders: { orderId: string; upstreamOrderNo: string; amount: number; status: UpstreamOrderStatus }[];
}

/** POST <callbackUrl>, signed by the upstream with the same scheme. Answer 200 {"ok":true}; anything else is retried. */
export interface TopupCallback {
  orderId: string;
  upstreamOrderNo: string;
  status: 'SUCCEEDED' | 'FAILED';
  amount: number;
  failure?: string | null;
}

/** GET /v1/ping: a signed no-op ("test connection"). */
export interface PingAnswer {
  ok: true;
  supplier: string;
  protocol: typeof PROTOCOL_VERSION;
  time: string;
}

/** Every refusal: HTTP 4xx/5xx with {"error": {"code", "message"}}. */
export const ProtocolErrorCode = {
  KEY_UNKNOWN: 'KEY_UNKNOWN',
  SIGNATURE_INVALID: 'SIGNATURE_INVALID',
  TIMESTAMP_STALE: 'TIMESTAMP_STALE',
  NONCE_REPLAYED: 'NONCE_REPLAYED',
  GOODS_NOT_FOUND: 'GOODS_NOT_FOUND',
  GOODS_UNAVAILABLE: 'GOODS_UNAVAILABLE',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  PRICE_CHANGED: 'PRICE_CHANGED',
  ORDER_NOT_FOUND: 'ORDER_NOT_FOUND',
  IDEMPOTENCY_CONFLICT: 'IDEMPOTENCY_CONFLICT',
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type ProtocolErrorCode = (typeof ProtocolErrorCode)[keyof typeof ProtocolErrorCode];
export interface ProtocolError {
  error: { code: ProtocolErrorCode; message: string };
}

export const sha256Hex = (body: Buffer | string): string => createHash('sha256').update(body).digest('hex');

export function stringToSign(method: string, path: string, timestamp: string, nonce: string, body: Buffer | string): string {
  return `${method.toUpperCase()}\n${path}\n${timestamp}\n${nonce}\n${sha256Hex(body)}`;
}

export function signature(secret: string, method: string, path: string, timestamp: string, nonce: string, body: Buffer | string): string {
  return `v1=${createHmac('sha256', secret).update(stringToSign(method, path, timestamp, nonce, body)).digest('hex')}`;
}

/** The four headers of a signed request. */
export function signedHeaders(keyId: string, secret: string, method: string, path: string, body: Buffer | string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000).toString();
  const nonce = randomBytes(16).toString('hex');
  return {
    [HEADER_KEY]: keyId,
    [HEADER_TIMESTAMP]: timestamp,
    [HEADER_NONCE]: nonce,
    [HEADER_SIGNATURE]: signature(secret, method, path, timestamp, nonce, body),
  };
}

/** Nonces seen within the window; a receiver with several replicas keeps them in a shared store (the alliance: a table). */
export interface NonceStore {
  /** True when the nonce was new (and is now remembered until `expiresAt`), false when it was seen. */
  remember(keyId: string, nonce: string, expiresAt: Date): Promise<boolean>;
}

/** In memory, pruned as it goes: enough for one process (the simulator). */
export class MemoryNonceStore implements NonceStore {
  private readonly seen = new Map<string, number>();
  async remember(keyId: string, nonce: string, expiresAt: Date): Promise<boolean> {
    const now = Date.now();
    if (this.seen.size > 10_000) for (const [k, t] of this.seen) if (t < now) this.seen.delete(k);
    const k = `${keyId}\u0000${nonce}`;
    const t = this.seen.get(k);
    if (t !== undefined && t >= now) return false;
    this.seen.set(k, expiresAt.getTime());
    return true;
  }
}

export type VerifyResult = { ok: true; keyId: string } | { ok: false; code: 'KEY_UNKNOWN' | 'SIGNATURE_INVALID' | 'TIMESTAMP_STALE' | 'NONCE_REPLAYED'; message: string };

/**
 * Checks a signed request: the key known, the timestamp within ±60 s, the signature (constant-time), then the
 * nonce unseen (last, so a forged request cannot burn a nonce).
 */
export async function verifyRequest(
  req: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: Buffer | string },
  secretOf: (keyId: string) => string | null | Promise<string | null>,
  nonces: NonceStore,
  now = Date.now(),
): Promise<VerifyResult> {
  const h = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const keyId = h(HEADER_KEY);
  const timestamp = h(HEADER_TIMESTAMP);
  const nonce = h(HEADER_NONCE);
  const sig = h(HEADER_SIGNATURE);
  if (!keyId || !timestamp || !nonce || !sig) return { ok: false, code: 'SIGNATURE_INVALID', message: 'missing signature headers' };
  const secret = await secretOf(keyId);
  if (!secret) return { ok: false, code: 'KEY_UNKNOWN', message: 'unknown key' };
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) {
    return { ok: false, code: 'TIMESTAMP_STALE', message: `timestamp more than ${SIGNATURE_WINDOW_SECONDS} s from now` };
  }
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) return { ok: false, code: 'SIGNATURE_INVALID', message: 'bad nonce' };
  const expected = Buffer.from(signature(secret, req.method, req.path, timestamp, nonce, req.body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, code: 'SIGNATURE_INVALID', message: 'signature does not match' };
  const fresh = await nonces.remember(keyId, nonce, new Date((Number(timestamp) + SIGNATURE_WINDOW_SECONDS + 1) * 1000));
  if (!fresh) return { ok: false, code: 'NONCE_REPLAYED', message: 'nonce already used' };
  return { ok: true, keyId };
}
