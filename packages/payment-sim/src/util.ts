import { createHash, createSign, createVerify, randomBytes } from 'node:crypto';

export interface SimRequest {
  method: string;
  /** The path as the client sent it (with any mount prefix: signatures cover it). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: Buffer;
  /** Where the host mounted the simulator (`/sim`): routes are the path after it. */
  mount: string;
  /** Scheme, host and mount prefix the browser reaches the simulator at, e.g. http://127.0.0.1:3000/sim */
  base: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): SimResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

export const html = (body: string, status = 200): SimResponse => ({ status, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

/** 12345n → "123.45" */
export function fenToYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "123.45" → 12345n; null when it is not an amount of yuan with at most two decimals. */
export function yuanToFen(yuan: string | undefined | null): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec((yuan ?? '').trim());
  return m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0')) : null;
}

const SHANGHAI_MS = 8 * 3600_000;

/** "2026-03-10 14:05:09" in Asia/Shanghai (no DST). */
export const shanghaiTime = (d: Date) => new Date(d.getTime() + SHANGHAI_MS).toISOString().replace('T', ' ').slice(0, 19);
export const shanghaiDay = (d: Date) => new Date(d.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
/** RFC 3339 with +08:00, as WeChat Pay writes times. */
export const rfc3339Shanghai = (d: Date) => `${shanghaiTime(d).replace(' ', 'T')}+08:00`;

/** The string the gateways sign: non-empty parameters except the excluded ones, sorted by name, k=v joined by &. */
export function signContent(params: Record<string, string | undefined>, exclude: string[] = ['sign', 'sign_type']): string {
  return Object.keys(params)
    .filter((k) => !exclude.includes(k) && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

export const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');
export const rsaSign = (content: string, privateKey: string) => createSign('RSA-SHA256').update(content, 'utf8').sign(privateKey, 'base64');
export function rsaVerify(content: string, signature: string, publicKey: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

export const form = (body: Buffer) => Object.fromEntries(new URLSearchParams(body.toString('utf8')));
export const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A rate in basis points applied to an amount, rounded half up to the fen (how the gateways charge). */
export const feeOf = (amount: bigint, basisPoints: number) => (amount * BigInt(basisPoints) * 2n + 10_000n) / 20_000n;
