import { createSign, createVerify } from 'node:crypto';
import { ErrorCode, type PaymentChannelKind, type PaymentMode } from '@mengyuan/domain';
import { AppError } from '../../../common/errors';

/** A channel as an adapter sees it: its settings and, only in memory, its decrypted keys. */
export interface ChannelConfig {
  id: string;
  kind: PaymentChannelKind;
  mode: PaymentMode;
  merchantId: string;
  gatewayUrl: string;
  settings: Record<string, string>;
  secrets: Record<string, string>;
}

export interface CreatePaymentRequest {
  outTradeNo: string;
  amount: bigint;
  subject: string;
  notifyUrl: string;
  returnUrl: string;
  clientIp: string;
  expiresAt: Date;
}

export interface CreatedPayment {
  /** The channel's trade number when it gives one at creation (易支付, WeChat gives it on the notify). */
  tradeNo: string | null;
  /** What the member scans (a QR code's content). */
  qrCode: string | null;
  /** A gateway page to open (page pay, or a cashier URL). */
  payUrl: string | null;
}

/** A notify as it arrived: the adapter reads what its protocol uses. */
export interface IncomingNotify {
  method: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  rawBody: string;
}

/** What a notify says, once its signature (and for WeChat Pay its encryption) checked out. */
export interface VerifiedNotify {
  merchantId: string;
  outTradeNo: string;
  tradeNo: string;
  /** Fen; null when the notify carries no readable amount (then it cannot match). */
  amount: bigint | null;
  paid: boolean;
  paidAt: Date | null;
}

/** One line of a channel's statement, in fen. */
export interface ChannelStatementLine {
  tradeNo: string;
  outTradeNo: string;
  amount: bigint;
  fee: bigint;
  paidAt: Date | null;
}

/** How the api answers a gateway's notify once it is handled (each protocol has its word for "received"). */
export interface NotifyAck {
  status: number;
  contentType: string;
  body: string;
}

/**
 * One interface in front of every online payment channel. Adapters speak their gateway's real protocol;
 * the payments service holds the rules (amount and merchant checked, idempotent on the trade number, late
 * notifies credited and flagged) and never sees a protocol detail.
 */
export interface ChannelAdapter {
  readonly kind: PaymentChannelKind;
  /** The settings and secret fields this kind needs: field → what is wrong. */
  validate(config: Omit<ChannelConfig, 'id'>): Record<string, string[]>;
  create(channel: ChannelConfig, request: CreatePaymentRequest): Promise<CreatedPayment>;
  /** Throws `notifySignatureInvalid` when the notify is not the gateway's. */
  verifyNotify(channel: ChannelConfig, notify: IncomingNotify): Promise<VerifiedNotify>;
  readonly ack: NotifyAck;
  /** The channel's statement of one Asia/Shanghai day (YYYY-MM-DD), in its own format, parsed. */
  statement(channel: ChannelConfig, day: string): Promise<ChannelStatementLine[]>;
}

export const notifySignatureInvalid = (why: string) => new AppError(ErrorCode.PAYMENT_SIGNATURE_INVALID, `The notify's signature does not verify: ${why}`);

/** The gateway failed or refused: a typed error whose message never carries keys or signed payloads. */
export const channelUnavailable = (why: string) =>
  new AppError(ErrorCode.PAYMENT_CHANNEL_UNAVAILABLE, `The payment channel did not accept the request: ${why.replace(/-----BEGIN[\s\S]*?-----END[^-]*-----/g, '[key]').slice(0, 200)}`);

/** 12345n → "123.45" */
export function fenToYuanString(fen: bigint): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
}

/** "123.45" (or "123.4", "123", "-0.60") → fen; null if it is not an amount with at most two decimals. */
export function yuanStringToFen(yuan: string | null | undefined): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec((yuan ?? '').trim());
  if (!m) return null;
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** "0.60000" (WeChat's fee, five decimals) → fen, rounded half up. */
export function yuanDecimalToFen(yuan: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(yuan.trim());
  if (!m) return null;
  const frac = (m[3] ?? '').padEnd(3, '0');
  let fen = BigInt(m[2]) * 100n + BigInt(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) fen += 1n;
  return m[1] ? -fen : fen;
}

/** The gateways' sign string: non-empty parameters but the excluded, sorted by name, k=v&… */
export function signContent(params: Record<string, string | undefined>, exclude: string[] = ['sign', 'sign_type']): string {
  return Object.keys(params)
    .filter((k) => !exclude.includes(k) && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

/** A PEM body given without its armour (as gateways' consoles show keys) gets it back. */
export function pem(key: string, type: 'PRIVATE KEY' | 'PUBLIC KEY'): string {
  const k = key.trim().replace(/\\n/g, '\n');
  if (k.startsWith('-----BEGIN')) return k;
  return `-----BEGIN ${type}-----\n${k.replace(/\s+/g, '').replace(/(.{64})/g, '$1\n').trim()}\n-----END ${type}-----`;
}

export const rsaSign = (content: string, privateKey: string) => createSign('RSA-SHA256').update(content, 'utf8').sign(pem(privateKey, 'PRIVATE KEY'), 'base64');
export function rsaVerify(content: string, signature: string, publicKey: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(pem(publicKey, 'PUBLIC KEY'), signature, 'base64');
  } catch {
    return false;
  }
}

/** "2026-03-10 14:05:09" in Asia/Shanghai → the instant. */
export function shanghaiDateTime(s: string | undefined): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec((s ?? '').trim());
  return m ? new Date(`${m[1]}T${m[2]}+08:00`) : null;
}

export function requireFields(source: Record<string, string | undefined>, names: string[], into: Record<string, string[]>, prefix: string): void {
  for (const n of names) if (!source[n]?.trim()) into[`${prefix}.${n}`] = ['is required'];
}
