import { ApiKeyScope, DeliveryMode, ErrorCode, OrderStatus } from '@mengyuan/domain';
import {
  AcgErrorCode,
  acgSignature,
  DUJIAO_API_PREFIX,
  DUJIAO_WINDOW_SECONDS,
  DujiaoErrorCode,
  dujiaoHeaders,
  sameSignature,
  yuan,
  type AcgCategory,
  type AcgCommodity,
  type DujiaoProduct,
} from '@mengyuan/supplier-sim';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ClsServiceManager } from 'nestjs-cls';
import { Clock } from '../../../common/clock';
import { AppError } from '../../../common/errors';
import { ShopCallbackService } from '../services/shop-callback.service';
import { ShopDockService, type ShopGoods, type ShopKey, type ShopOrder, type ShopRefusal } from '../services/shop-dock.service';
import { ACCOUNT_FIELD, CATEGORY_WORDS, REFUSAL_WORDS, shopLang, type RefusalWord } from './shop-dock-words';

const log = new Logger('ShopDockHttp');
const BODY_LIMIT = 64 * 1024;
export const DUJIAO_MOUNT = '/dock/dujiao';
export const ACG_MOUNT = '/dock/acg';
const CATEGORIES = Object.keys(CATEGORY_WORDS) as (keyof typeof CATEGORY_WORDS)[];

/** How each refusal reads in each protocol: dujiao-next's HTTP status and error_code, acg-faka's code and typed error. */
const REFUSALS: Record<RefusalWord, { dj: [number, DujiaoErrorCode]; acg: [number, AcgErrorCode] }> = {
  missingHeaders: { dj: [401, DujiaoErrorCode.MISSING_AUTH_HEADERS], acg: [401, AcgErrorCode.SIGNATURE_INVALID] },
  badTimestamp: { dj: [401, DujiaoErrorCode.INVALID_TIMESTAMP], acg: [401, AcgErrorCode.TIMESTAMP_STALE] },
  staleTimestamp: { dj: [401, DujiaoErrorCode.TIMESTAMP_EXPIRED], acg: [401, AcgErrorCode.TIMESTAMP_STALE] },
  keyUnknown: { dj: [401, DujiaoErrorCode.INVALID_API_KEY], acg: [401, AcgErrorCode.APP_ID_UNKNOWN] },
  notMember: { dj: [403, DujiaoErrorCode.USER_DISABLED], acg: [403, AcgErrorCode.APP_ID_UNKNOWN] },
  scopeMissing: { dj: [403, DujiaoErrorCode.INVALID_API_KEY], acg: [403, AcgErrorCode.APP_ID_UNKNOWN] },
  badSignature: { dj: [401, DujiaoErrorCode.INVALID_SIGNATURE], acg: [401, AcgErrorCode.SIGNATURE_INVALID] },
  replayed: { dj: [401, DujiaoErrorCode.REPLAYED_REQUEST], acg: [401, AcgErrorCode.REPLAYED] },
  badRequest: { dj: [400, DujiaoErrorCode.BAD_REQUEST], acg: [400, AcgErrorCode.BAD_REQUEST] },
  invalidCallback: { dj: [400, DujiaoErrorCode.INVALID_CALLBACK_URL], acg: [400, AcgErrorCode.BAD_REQUEST] },
  goodsNotFound: { dj: [404, DujiaoErrorCode.PRODUCT_NOT_FOUND], acg: [404, AcgErrorCode.GOODS_NOT_FOUND] },
  goodsUnavailable: { dj: [400, DujiaoErrorCode.SKU_UNAVAILABLE], acg: [409, AcgErrorCode.GOODS_UNAVAILABLE] },
  soldOut: { dj: [409, DujiaoErrorCode.INSUFFICIENT_STOCK], acg: [409, AcgErrorCode.SOLD_OUT] },
  topupFailed: { dj: [409, DujiaoErrorCode.INSUFFICIENT_STOCK], acg: [409, AcgErrorCode.SOLD_OUT] },
  balance: { dj: [402, DujiaoErrorCode.INSUFFICIENT_BALANCE], acg: [402, AcgErrorCode.INSUFFICIENT_BALANCE] },
  orderNotFound: { dj: [404, DujiaoErrorCode.ORDER_NOT_FOUND], acg: [404, AcgErrorCode.ORDER_NOT_FOUND] },
  conflict: { dj: [409, DujiaoErrorCode.IDEMPOTENCY_CONFLICT], acg: [409, AcgErrorCode.IDEMPOTENCY_CONFLICT] },
  review: { dj: [202, DujiaoErrorCode.RISK_REVIEW], acg: [202, AcgErrorCode.RISK_REVIEW] },
  rateLimited: { dj: [429, DujiaoErrorCode.RATE_LIMITED], acg: [429, AcgErrorCode.RATE_LIMITED] },
  realName: { dj: [400, DujiaoErrorCode.BAD_REQUEST], acg: [400, AcgErrorCode.BAD_REQUEST] },
  cancelNotAllowed: { dj: [409, DujiaoErrorCode.CANCEL_NOT_ALLOWED], acg: [409, AcgErrorCode.BAD_REQUEST] },
  internal: { dj: [500, DujiaoErrorCode.INTERNAL_ERROR], acg: [500, AcgErrorCode.INTERNAL] },
};

const KEY_REFUSALS: Record<ShopRefusal, RefusalWord> = { KEY_UNKNOWN: 'keyUnknown', NOT_A_MEMBER: 'notMember', SCOPE_MISSING: 'scopeMissing' };

/** An order-path error code as the refusal a shop reads (anything unexpected is `internal`, logged). */
function refusalOf(code: ErrorCode | string): RefusalWord {
  switch (code) {
    case ErrorCode.NOT_FOUND:
      return 'goodsNotFound';
    case ErrorCode.SKU_UNAVAILABLE:
      return 'goodsUnavailable';
    case ErrorCode.SOLD_OUT:
      return 'soldOut';
    case ErrorCode.TOPUP_FAILED:
      return 'topupFailed';
    case ErrorCode.INSUFFICIENT_BALANCE:
      return 'balance';
    case ErrorCode.IDEMPOTENCY_CONFLICT:
      return 'conflict';
    case ErrorCode.RISK_REVIEW:
      return 'review';
    case ErrorCode.RATE_LIMITED:
      return 'rateLimited';
    case ErrorCode.REAL_NAME_REQUIRED:
      return 'realName';
    case ErrorCode.VALIDATION_FAILED:
    case ErrorCode.QUANTITY_OUT_OF_RANGE:
      return 'badRequest';
    case ErrorCode.FORBIDDEN:
      return 'notMember';
    default:
      return 'internal';
  }
}

class Refused extends Error {
  constructor(readonly word: RefusalWord, readonly extra: Record<string, unknown> = {}) {
    super(word);
  }
}

const DUJIAO_STATUS: Record<OrderStatus, string> = {
  [OrderStatus.PENDING_REVIEW]: 'paid',
  [OrderStatus.PROCESSING]: 'fulfilling',
  [OrderStatus.DELIVERED]: 'delivered',
  [OrderStatus.FAILED]: 'canceled',
  [OrderStatus.CANCELLED]: 'canceled',
  [OrderStatus.PARTIALLY_REFUNDED]: 'partially_refunded',
  [OrderStatus.REFUNDED]: 'refunded',
};
/** acg-faka's order status: 1 paid (delivered or delivering), 0 not. */
const ACG_STATUS = (s: OrderStatus) => (s === OrderStatus.FAILED || s === OrderStatus.CANCELLED ? 0 : 1);

const codesText = (codes: ShopOrder['codes']) => (codes ?? []).map((c) => [c.cardNumber, c.secret].filter(Boolean).join(' ')).join('\n');

/**
 * The shop protocols' routes, outside GraphQL in their own Fastify scope (raw bodies: dujiao-next signs the
 * body's MD5, acg-faka the form's fields): a member's dujiao-next site docks with base URL
 * `<api>/dock/dujiao` (it calls `/api/v1/upstream/...` under it), an acg-faka store with shared-store domain
 * `<api>/dock/acg` (`/shared/...`). The app-wide load shedding covers them, and every order goes through
 * OrderService (the velocity limit, risk rules and webhooks of placeOrder).
 */
@Injectable()
export class ShopDockHttp implements OnModuleInit {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly shops: ShopDockService,
    private readonly callbacks: ShopCallbackService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const fastify = this.http.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
      scope.route({ method: ['GET', 'POST'], url: `${DUJIAO_MOUNT}${DUJIAO_API_PREFIX}/*`, handler: (req, reply) => this.run(() => this.dujiao(req, reply)) });
      scope.post(`${ACG_MOUNT}/shared/*`, (req, reply) => this.run(() => this.acg(req, reply)));
    });
  }

  private run(fn: () => Promise<unknown>): Promise<unknown> {
    return ClsServiceManager.getClsService().run(fn);
  }

  private body(req: FastifyRequest): Buffer {
    return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  }

  // ---- dujiao-next ----------------------------------------------------------------------------------------

  private async dujiao(req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const lang = shopLang(req.headers['accept-language']);
    const refuse = (word: RefusalWord, extra: Record<string, unknown> = {}) => {
      const [status, code] = REFUSALS[word].dj;
      return reply.status(status).send({ ok: false, error_code: code, error_message: REFUSAL_WORDS[word][lang], ...extra });
    };
    try {
      const path = req.url.split('?')[0];
      const route = path.slice(DUJIAO_MOUNT.length + DUJIAO_API_PREFIX.length);
      const write = req.method === 'POST' && route !== '/ping';
      const shop = await this.dujiaoAuth(req, path, write ? ApiKeyScope.ORDERS_WRITE : route.startsWith('/orders') ? ApiKeyScope.ORDERS_READ : ApiKeyScope.CATALOG_READ);
      const query = new URLSearchParams(req.url.split('?')[1] ?? '');
      let m: RegExpExecArray | null;
      if (req.method === 'POST' && route === '/ping') return reply.send(await this.dujiaoPing(shop));
      if (req.method === 'GET' && route === '/categories') {
        return reply.send({ ok: true, categories: CATEGORIES.map((c, i) => ({ id: i + 1, parent_id: 0, slug: c.toLowerCase(), name: CATEGORY_WORDS[c], icon: '', sort_order: CATEGORIES.length - i })) });
      }
      if (req.method === 'GET' && route === '/products') {
        const page = Number(query.get('page') ?? 1);
        const pageSize = Number(query.get('page_size') ?? 20);
        const result = await this.shops.goods(shop.actor, page, pageSize);
        return reply.send({ ok: true, items: result.items.map(dujiaoProduct), total: result.total, page: Math.max(1, Math.trunc(page) || 1), page_size: Math.min(Math.max(1, Math.trunc(pageSize) || 20), 100), includes_inactive: false });
      }
      if (req.method === 'GET' && (m = /^\/products\/(\d{1,15})$/.exec(route))) {
        const goods = await this.shops.goodsByNum(shop.actor, Number(m[1]));
        if (!goods) throw new Refused('goodsNotFound');
        return reply.send({ ok: true, product: dujiaoProduct(goods) });
      }
      if (req.method === 'POST' && route === '/orders') return reply.send(await this.dujiaoOrder(shop, this.body(req)));
      if (req.method === 'GET' && (m = /^\/orders\/(\d{1,15})$/.exec(route))) return reply.send(await this.dujiaoOrderDetail(shop, Number(m[1])));
      if (req.method === 'POST' && (m = /^\/orders\/(\d{1,15})\/cancel$/.exec(route))) {
        await this.shops.order(shop, Number(m[1]));
        throw new Refused('cancelNotAllowed');
      }
      return reply.status(404).send({ ok: false, error_code: DujiaoErrorCode.BAD_REQUEST, error_message: REFUSAL_WORDS.badRequest[lang] });
    } catch (err) {
      if (err instanceof Refused) return refuse(err.word, err.extra);
      if (err instanceof AppError) {
        const word = err.code === ErrorCode.NOT_FOUND && /order/i.test(err.message) ? 'orderNotFound' : refusalOf(err.code);
        if (word !== 'internal') return refuse(word);
      }
      log.error(`dujiao ${req.method} ${req.url.split('?')[0]} failed: ${(err as Error).name}: ${(err as Error).message.slice(0, 200)}`);
      return refuse('internal');
    }
  }

  /** The three headers, ±60 s, the key, the signature (over the path as sent, or as dujiao-next signs it without our mount), then a write's signature unseen. */
  private async dujiaoAuth(req: FastifyRequest, path: string, scope: ApiKeyScope): Promise<ShopKey> {
    const auth = dujiaoHeaders(req.headers, this.clock.now().getTime());
    if (!auth.ok) throw new Refused(auth.refusal);
    const shop = await this.shops.resolve(auth.key, scope);
    if (typeof shop === 'string') throw new Refused(KEY_REFUSALS[shop]);
    if (!auth.signedBy(shop.secret, req.method, [path, path.slice(DUJIAO_MOUNT.length)], this.body(req))) throw new Refused('badSignature');
    if (req.method === 'POST' && !path.endsWith('/ping')) {
      const fresh = await this.shops.firstSeen(`dj:${shop.apiKeyId}:${auth.signature.toLowerCase()}`, new Date((Number(auth.timestamp) + DUJIAO_WINDOW_SECONDS + 1) * 1000));
      if (!fresh) throw new Refused('replayed');
    }
    return shop;
  }

  private async dujiaoPing(shop: ShopKey) {
    return {
      ok: true,
      site_name: '盟源 Mengyuan',
      protocol_version: '1.0',
      // dujiao-next reads an unsigned integer: a stable one from the organisation's id (48 bits).
      user_id: parseInt(shop.actor.organizationId.replace(/-/g, '').slice(0, 12), 16),
      balance: yuan(await this.shops.balance(shop)),
      currency: 'CNY',
      member_level: null,
    };
  }

  private async dujiaoOrder(shop: ShopKey, raw: Buffer) {
    let req: { sku_id?: unknown; quantity?: unknown; downstream_order_no?: unknown; callback_url?: unknown; manual_form_data?: { account?: unknown } | null };
    try {
      req = JSON.parse(raw.toString('utf8') || '{}') as typeof req;
    } catch {
      throw new Refused('badRequest');
    }
    const skuId = Number(req.sku_id);
    const quantity = Number(req.quantity);
    if (!Number.isSafeInteger(skuId) || skuId < 1 || !Number.isSafeInteger(quantity) || quantity < 1) throw new Refused('badRequest');
    const shopOrderNo = typeof req.downstream_order_no === 'string' && req.downstream_order_no.trim() ? req.downstream_order_no : `auto-${randomNo()}`;
    const account = typeof req.manual_form_data?.account === 'string' ? req.manual_form_data.account : null;
    const callbackUrl = typeof req.callback_url === 'string' && req.callback_url.trim() ? req.callback_url.trim() : null;
    if (callbackUrl && (callbackUrl.length > 500 || (await this.callbacks.problem(callbackUrl)))) throw new Refused('invalidCallback');
    const goods = await this.shops.goodsByNum(shop.actor, skuId);
    if (!goods) throw new Refused('goodsUnavailable');
    const placed = await this.shops.place(shop, 'DUJIAO_NEXT', { goodsNum: skuId, quantity, shopOrderNo, account, callbackUrl });
    if (placed.fresh && callbackUrl) await this.callbacks.afterPlaced(placed.order.id);
    const answer = { order_id: placed.num, order_no: placed.order.id, status: DUJIAO_STATUS[placed.order.status], amount: yuan(placed.order.total), currency: 'CNY' };
    if (placed.failure && placed.failure.code !== ErrorCode.RISK_REVIEW) throw new Refused(refusalOf(placed.failure.code), answer);
    return { ok: true, ...answer, ...(placed.codes ? { fulfillment: dujiaoFulfillment(placed) } : {}) };
  }

  private async dujiaoOrderDetail(shop: ShopKey, num: number) {
    const found = await this.shops.order(shop, num);
    const o = found.order;
    return {
      ok: true,
      order_id: found.num,
      order_no: o.id,
      status: DUJIAO_STATUS[o.status],
      amount: yuan(o.total),
      refunded_amount: '0.00',
      currency: 'CNY',
      refund_records: [],
      items: [{
        product_id: found.goodsNum, sku_id: found.goodsNum, title: { 'zh-CN': found.sku.name, en: found.sku.name }, quantity: o.quantity,
        unit_price: yuan(o.unitPrice), total_price: yuan(o.total), fulfillment_type: found.sku.deliveryMode === DeliveryMode.CARD_CODE ? 'auto' : 'manual',
      }],
      ...(found.codes ? { fulfillment: dujiaoFulfillment(found) } : {}),
    };
  }

  // ---- acg-faka shared store ------------------------------------------------------------------------------

  private async acg(req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const lang = shopLang(req.headers['accept-language']);
    const ok = (data: unknown) => reply.send({ code: 200, msg: 'success', data });
    try {
      const fields = Object.fromEntries(new URLSearchParams(this.body(req).toString('utf8')));
      const route = req.url.split('?')[0].slice(ACG_MOUNT.length);
      const write = route === '/shared/commodity/trade';
      const shop = await this.acgAuth(fields, write ? ApiKeyScope.ORDERS_WRITE : route === '/shared/commodity/query' ? ApiKeyScope.ORDERS_READ : ApiKeyScope.CATALOG_READ);
      switch (route) {
        case '/shared/authentication/connect':
          return ok({ shopName: '盟源 Mengyuan', balance: yuan(await this.shops.balance(shop)) });
        case '/shared/commodity/items': {
          const goods = await this.shops.allGoods(shop.actor);
          const categories: AcgCategory[] = CATEGORIES.map((c, i) => ({ id: i + 1, name: CATEGORY_WORDS[c][lang], icon: '', status: 1, children: goods.filter((g) => g.sku.category === c).map(acgCommodity) })).filter((c) => c.children.length > 0);
          return ok(categories);
        }
        case '/shared/commodity/item':
          return ok(acgCommodity(await this.acgGoods(shop, fields.code)));
        case '/shared/commodity/stock':
          return ok({ stock: String(acgStock(await this.acgGoods(shop, fields.code))) });
        case '/shared/commodity/inventory': {
          const g = await this.acgGoods(shop, fields.sharedCode ?? fields.shared_code);
          const price = yuan(g.sku.unifiedPrice);
          return ok({ count: acgStock(g), delivery_way: 0, draft_status: 0, price, user_price: price, config: '', factory_price: price, is_category: false });
        }
        case '/shared/commodity/inventoryState': {
          const g = await this.acgGoods(shop, fields.shared_code);
          const num = Number(fields.num || 1);
          if (g.stock !== -1 && g.stock < num) throw new Refused('soldOut');
          return ok([]);
        }
        case '/shared/commodity/valuation': {
          const g = await this.acgGoods(shop, fields.code);
          const num = Math.max(1, Math.trunc(Number(fields.num || 1)) || 1);
          return ok({ price: yuan(BigInt(g.sku.unifiedPrice) * BigInt(num)) });
        }
        case '/shared/commodity/trade':
          return ok(await this.acgTrade(shop, fields));
        case '/shared/commodity/query': {
          const found = await this.shops.order(shop, Number(fields.tradeNo ?? fields.trade_no));
          return ok({ secret: found.codes ? codesText(found.codes) : null, widget: null, status: ACG_STATUS(found.order.status) });
        }
        default:
          throw new Refused('badRequest');
      }
    } catch (err) {
      let word: RefusalWord = 'internal';
      if (err instanceof Refused) word = err.word;
      else if (err instanceof AppError) word = err.code === ErrorCode.NOT_FOUND && /order/i.test(err.message) ? 'orderNotFound' : refusalOf(err.code);
      if (word === 'internal') log.error(`acg ${req.url.split('?')[0]} failed: ${(err as Error).name}: ${(err as Error).message.slice(0, 200)}`);
      const [code, error] = REFUSALS[word].acg;
      return reply.send({ code, msg: REFUSAL_WORDS[word][lang], error, ...(err instanceof Refused ? err.extra : {}) });
    }
  }

  /** app_id names the key; the sign covers every field; an optional `timestamp` field (±60 s) also makes a trade's exact resend a refused replay. */
  private async acgAuth(fields: Record<string, string>, scope: ApiKeyScope): Promise<ShopKey> {
    const write = scope === ApiKeyScope.ORDERS_WRITE;
    if (!fields.app_id || !fields.sign) throw new Refused('missingHeaders');
    if (fields.timestamp !== undefined) {
      if (!/^\d{1,12}$/.test(fields.timestamp)) throw new Refused('badTimestamp');
      if (Math.abs(this.clock.now().getTime() / 1000 - Number(fields.timestamp)) > DUJIAO_WINDOW_SECONDS) throw new Refused('staleTimestamp');
    }
    const shop = await this.shops.resolve(fields.app_id, scope);
    if (typeof shop === 'string') throw new Refused(KEY_REFUSALS[shop]);
    // acg-faka's legacy client also sends its app key in the form: then it must be this key's.
    if (fields.app_key !== undefined && fields.app_key !== shop.secret) throw new Refused('badSignature');
    if (!sameSignature(acgSignature(fields, shop.secret), fields.sign)) throw new Refused('badSignature');
    if (write && fields.timestamp !== undefined) {
      const fresh = await this.shops.firstSeen(`acg:${shop.apiKeyId}:${fields.sign.toLowerCase()}`, new Date((Number(fields.timestamp) + DUJIAO_WINDOW_SECONDS + 1) * 1000));
      if (!fresh) throw new Refused('replayed');
    }
    return shop;
  }

  /** acg-faka names goods by a `code`: the alliance's is its number. */
  private async acgGoods(shop: ShopKey, code: string | undefined): Promise<ShopGoods> {
    if (!code || !/^\d{1,15}$/.test(code)) throw new Refused('goodsNotFound');
    const goods = await this.shops.goodsByNum(shop.actor, Number(code));
    if (!goods) throw new Refused('goodsNotFound');
    return goods;
  }

  private async acgTrade(shop: ShopKey, fields: Record<string, string>) {
    const num = Math.trunc(Number(fields.num || 1));
    const requestNo = fields.request_no;
    if (!requestNo || !Number.isSafeInteger(num) || num < 1) throw new Refused('badRequest');
    const goods = await this.acgGoods(shop, fields.shared_code);
    // A direct top-up's account comes as the widget field `account` (or the buyer's contact).
    const account = goods.sku.deliveryMode === DeliveryMode.DIRECT_TOPUP ? fields.account || fields.contact || null : null;
    const placed = await this.shops.place(shop, 'ACG_FAKA', { goodsNum: goods.num, quantity: num, shopOrderNo: requestNo, account });
    const answer = { tradeNo: String(placed.num), amount: yuan(placed.order.total), status: ACG_STATUS(placed.order.status) };
    if (placed.failure && placed.failure.code !== ErrorCode.RISK_REVIEW) throw new Refused(refusalOf(placed.failure.code), { data: answer });
    return { ...answer, secret: placed.codes ? codesText(placed.codes) : '' };
  }
}

function randomNo(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function stockStatus(stock: number): 'unlimited' | 'in_stock' | 'low_stock' | 'out_of_stock' {
  if (stock < 0) return 'unlimited';
  if (stock === 0) return 'out_of_stock';
  return stock <= 20 ? 'low_stock' : 'in_stock';
}

function dujiaoProduct(g: ShopGoods): DujiaoProduct {
  const price = yuan(g.sku.unifiedPrice);
  const title = { 'zh-CN': g.sku.name, en: g.sku.name };
  const iso = (d: Date) => d.toISOString();
  return {
    id: g.num,
    slug: g.sku.code,
    title,
    description: { 'zh-CN': g.sku.brand?.name ?? '', en: g.sku.brand?.name ?? '' },
    content: {},
    seo_meta: {},
    images: [],
    tags: [g.sku.category.toLowerCase()],
    price_amount: price,
    currency: 'CNY',
    fulfillment_type: g.sku.deliveryMode === DeliveryMode.CARD_CODE ? 'auto' : 'manual',
    manual_form_schema: (g.sku.deliveryMode === DeliveryMode.DIRECT_TOPUP ? { fields: [{ key: 'account', type: 'text', required: true, label: ACCOUNT_FIELD }] } : null) as null,
    is_active: g.sku.status === 'ACTIVE',
    category_id: CATEGORIES.indexOf(g.sku.category) + 1,
    skus: [{ id: g.num, sku_code: g.sku.code, spec_values: {}, price_amount: price, stock_status: stockStatus(g.stock), stock_quantity: g.stock, is_active: g.sku.status === 'ACTIVE' }],
    created_at: iso(g.sku.createdAt),
    updated_at: iso(g.sku.updatedAt),
  };
}

function dujiaoFulfillment(o: ShopOrder) {
  return {
    type: 'auto',
    status: 'delivered',
    payload: codesText(o.codes),
    delivery_data: { codes: (o.codes ?? []).map((c) => ({ card_number: c.cardNumber ?? null, secret: c.secret ?? null })) },
    delivered_at: o.order.deliveredAt ? new Date(o.order.deliveredAt).toISOString() : null,
  };
}

const acgStock = (g: ShopGoods) => (g.stock < 0 ? 10_000_000 : g.stock);

function acgCommodity(g: ShopGoods): AcgCommodity {
  const price = yuan(g.sku.unifiedPrice);
  return {
    id: g.num,
    code: String(g.num),
    name: g.sku.name,
    description: g.sku.brand?.name ?? '',
    cover: '',
    price,
    user_price: price,
    factory_price: price,
    stock: acgStock(g),
    delivery_way: 0,
    contact_type: 0,
    password_status: 0,
    draft_status: 0,
    inventory_hidden: 0,
    minimum: 1,
    maximum: 0,
    status: 1,
    api_status: 1,
    config: '',
    widget: g.sku.deliveryMode === DeliveryMode.DIRECT_TOPUP ? JSON.stringify([{ cn: ACCOUNT_FIELD['zh-CN'], name: 'account', placeholder: ACCOUNT_FIELD.en, type: 'text', regex: '', error: '', dict: '' }]) : '[]',
  };
}
