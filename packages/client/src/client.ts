import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  ClientCatalogDocument,
  ClientOrderDocument,
  ClientOrdersDocument,
  ClientPlaceOrderDocument,
  ClientRevealOrderCodesDocument,
  ClientSkuDocument,
  ClientWalletDocument,
  type CatalogFilter,
  type ClientOrderFragment,
  type ClientSkuFragment,
  type ClientWalletQuery,
  type OrderStatus,
  type PageInput,
  type PlaceOrderInput,
} from './generated';

/** An error the api answered with: its typed code (extensions.code: SOLD_OUT, INSUFFICIENT_BALANCE, …) and details. */
export class MengyuanError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'MengyuanError';
  }

  /** The saved order a refusal names (SOLD_OUT, INSUFFICIENT_BALANCE, TOPUP_FAILED, RISK_REVIEW, IDEMPOTENCY_CONFLICT). */
  get orderId(): string | null {
    return typeof this.extensions.orderId === 'string' ? this.extensions.orderId : null;
  }
}

export interface MengyuanClientOptions {
  /** The api's GraphQL endpoint, e.g. https://api.example.com/graphql. */
  url: string;
  /** An API key `mk_<prefix>_<secret>` (sent as X-API-Key), or a user's access token. */
  apiKey?: string;
  accessToken?: string;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned (default 30 s). */
  timeoutMs?: number;
}


/**
 * The Mengyuan GraphQL API for a merchant's own system: every operation typed from the api's schema. Buy with
 * `placeOrder` (idempotent on your clientOrderNo: send the same number again after a timeout, never a new one),
 * read `order`, `orders`, `catalog`, `sku` and `wallet`. A refusal throws MengyuanError with its code.
 */
export class MengyuanClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: MengyuanClientOptions) {
    if (!options.apiKey && !options.accessToken) throw new Error('MengyuanClient needs an apiKey or an accessToken');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Any typed document (the generated ones here, or your own typed the same way). */
  async request<R, V>(document: DocumentTypeDecoration<R, V>, variables: V): Promise<R> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.options.apiKey) headers['x-api-key'] = this.options.apiKey;
    else headers.authorization = `Bearer ${this.options.accessToken}`;
    const res = await this.fetch(this.options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: String(document), variables }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new MengyuanError(res.status === 503 ? 'UNAVAILABLE' : 'BAD_RESPONSE', `HTTP ${res.status}: ${text.slice(0, 200)}`, {}, res.status);
    }
    const error = body.errors?.[0];
    if (error) {
      const { code, ...rest } = error.extensions ?? {};
      throw new MengyuanError(typeof code === 'string' ? code : 'UNKNOWN', error.message, rest, res.status);
    }
    if (!body.data) throw new MengyuanError('BAD_RESPONSE', `HTTP ${res.status} without data`, {}, res.status);
    return body.data as R;
  }

  /** Buys at the unified price; a card order answers with its codes. */
  async placeOrder(input: PlaceOrderInput): Promise<ClientOrderFragment> {
    return (await this.request(ClientPlaceOrderDocument, { input })).placeOrder;
  }

  async order(id: string): Promise<ClientOrderFragment> {
    return (await this.request(ClientOrderDocument, { id })).order;
  }

  /** A delivered card order's codes again (each reveal is recorded). */
  async revealOrderCodes(orderId: string): Promise<ClientOrderFragment['codes']> {
    return (await this.request(ClientRevealOrderCodesDocument, { orderId })).revealOrderCodes;
  }

  async orders(options: { status?: OrderStatus; page?: PageInput } = {}): Promise<{ totalCount: number; items: ClientOrderFragment[] }> {
    return (await this.request(ClientOrdersDocument, { status: options.status ?? null, page: options.page ?? null })).orders;
  }

  async catalog(options: { filter?: CatalogFilter; page?: PageInput } = {}): Promise<{ totalCount: number; items: ClientSkuFragment[] }> {
    return (await this.request(ClientCatalogDocument, { filter: options.filter ?? null, page: options.page ?? null })).catalog;
  }

  async sku(id: string): Promise<ClientSkuFragment> {
    return (await this.request(ClientSkuDocument, { id })).sku;
  }

  /** The wallet's balance (fen) and a page of its statement; keys need WALLET_READ. */
  async wallet(page?: PageInput): Promise<ClientWalletQuery['wallet']> {
    return (await this.request(ClientWalletDocument, { page: page ?? null })).wallet;
  }
}
