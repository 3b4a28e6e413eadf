import { hkdfSync } from 'node:crypto';
import { ApiKeyScope, DeliveryMode, ErrorCode, OrderStatus, OrganizationKind, OrganizationStatus, SkuStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, notFound } from '../../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ApiKeyService } from '../../auth/services/api-key.service';
import type { SkuSupply } from '../../catalog/dtos/catalog.dto';
import { SkuService } from '../../catalog/services/sku.service';
import type { SoldCode } from '../../inventory/services/card-code.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrderService, type OrderResult } from '../../orders/services/order.service';

export type ShopProtocol = 'DUJIAO_NEXT' | 'ACG_FAKA';
type SkuEntity = Awaited<ReturnType<SkuService['get']>>;
type OrderEntity = OrderResult['order'];

/** A member's API key as a shop presents it (`mk_<prefix>`), with the secret its requests are signed with. */
export interface ShopKey {
  publicId: string;
  apiKeyId: string;
  secret: string;
  actor: Actor;
}

/** One SKU as a shop sees it: its number in the shop protocols, the SKU, and its live supply. */
export interface ShopGoods {
  num: number;
  sku: SkuEntity;
  supply: SkuSupply;
  /** Units a shop may count on: -1 unlimited (direct top-ups with a live source), else sellable card codes. */
  stock: number;
}

export interface ShopOrder {
  num: number;
  order: OrderEntity;
  codes: SoldCode[] | null;
  /** The order was saved but not delivered (sold out, wallet short, held…): the protocol answers with this. */
  failure: AppError | null;
}

/** Why a shop's request is refused before it reaches an order. */
export type ShopRefusal = 'KEY_UNKNOWN' | 'NOT_A_MEMBER' | 'SCOPE_MISSING';

const SHOP_ORDER_NO = /^[\w.:-]{1,56}$/;
/** A docked order's clientOrderNo is the shop's number after this (per member, so a shop's numbers never meet the member's own). */
export const SHOP_ORDER_PREFIX: Record<ShopProtocol, string> = { DUJIAO_NEXT: 'dj:', ACG_FAKA: 'acg:' };
const PAGE_MAX = 100;

/**
 * Members' shops docked downstream (issue 19 §5): the catalog at unified prices with stock, orders placed
 * through OrderService as the member's API key (so the idempotency, wallet, risk checks, velocity limit and
 * webhooks are placeOrder's own), and the protocols' integer numbers for goods and orders. A shop signs with
 * a secret derived from its API key's id and the server's secrets key, so nothing new is stored and revoking
 * the API key revokes the dock.
 */
@Injectable()
export class ShopDockService {
  private readonly secretsKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly apiKeys: ApiKeyService,
    private readonly skus: SkuService,
    private readonly orders: OrderService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {
    this.secretsKey = Buffer.from(config.payments.secretsKey);
  }

  /** The signing secret of an API key's dock (stable; a new one needs a new key). */
  secretOf(apiKeyId: string): string {
    return Buffer.from(hkdfSync('sha256', this.secretsKey, 'mengyuan-shop-dock', `v1:${apiKeyId}`, 32)).toString('base64url');
  }

  /** The member's keys with their dock credentials, for the member's own people (the portal's API guide). */
  async credentials(actor: UserActor): Promise<{ apiKeyId: string; name: string; publicId: string; secret: string; scopes: string[] }[]> {
    if (actor.organizationKind !== OrganizationKind.MEMBER) return [];
    const keys = await this.apiKeys.list(actor.organizationId);
    return keys.filter((k) => !k.revokedAt).map((k) => ({ apiKeyId: k.id, name: k.name, publicId: `mk_${k.prefix}`, secret: this.secretOf(k.id), scopes: k.scopes }));
  }

  /** The key a shop names, or why it cannot dock. */
  async resolve(publicId: string, scope: ApiKeyScope): Promise<ShopKey | ShopRefusal> {
    const key = await this.apiKeys.byPublicId(publicId);
    if (!key) return 'KEY_UNKNOWN';
    if (key.organizationKind !== OrganizationKind.MEMBER || key.organizationStatus !== OrganizationStatus.ACTIVE) return 'NOT_A_MEMBER';
    if (!key.scopes.includes(scope) && !key.scopes.includes(ApiKeyScope.ORDERS_WRITE)) return 'SCOPE_MISSING';
    this.apiKeys.touch(key);
    return {
      publicId: publicId.trim(),
      apiKeyId: key.id,
      secret: this.secretOf(key.id),
      actor: { kind: 'apiKey', apiKeyId: key.id, organizationId: key.organizationId, organizationKind: key.organizationKind, organizationStatus: key.organizationStatus, scopes: key.scopes as ApiKeyScope[] },
    };
  }

  /** True the first time a signed request is seen within its window (the table the upstream callbacks' nonces use). */
  async firstSeen(key: string, expiresAt: Date): Promise<boolean> {
    const rows = (await this.txHost.tx.query(`INSERT INTO docking_nonces (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [`shop:${key}`, expiresAt])) as unknown[];
    return rows.length === 1;
  }

  /** The member's wallet balance, fen: the portal's number (LedgerService.balances); 0 to a key that may neither buy nor read money. */
  async balance(shop: ShopKey): Promise<string> {
    const { actor } = shop;
    if (actor.kind !== 'apiKey' || !actor.scopes.some((s) => s === ApiKeyScope.ORDERS_WRITE || s === ApiKeyScope.WALLET_READ)) return '0';
    return (await this.ledger.balances(actor.organizationId, actor.organizationKind)).wallet;
  }

  /** A page of the catalog (active SKUs at unified prices), numbered. */
  async goods(actor: Actor, page: number, pageSize: number): Promise<{ items: ShopGoods[]; total: number }> {
    const limit = Math.min(Math.max(1, Math.trunc(pageSize) || 20), PAGE_MAX);
    const offset = (Math.max(1, Math.trunc(page) || 1) - 1) * limit;
    const result = await this.skus.list(actor, undefined, { offset, limit });
    return { items: await this.numbered(result.items), total: result.totalCount };
  }

  /** Every active SKU (acg-faka lists the whole store at once), numbered. */
  async allGoods(actor: Actor): Promise<ShopGoods[]> {
    const items: ShopGoods[] = [];
    for (let page = 1; ; page++) {
      const next = await this.goods(actor, page, PAGE_MAX);
      items.push(...next.items);
      if (items.length >= next.total || next.items.length === 0) return items;
    }
  }

  /** One SKU by its number (null: unknown, or delisted). */
  async goodsByNum(actor: Actor, num: number): Promise<ShopGoods | null> {
    if (!Number.isSafeInteger(num) || num < 1) return null;
    const [row] = (await this.txHost.tx.query('SELECT sku_id FROM docking_shop_goods WHERE num = $1', [num])) as { sku_id: string }[];
    if (!row) return null;
    try {
      const sku = await this.skus.get(actor, row.sku_id);
      return (await this.numbered([sku]))[0];
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
      throw err;
    }
  }

  private async numbered(skus: SkuEntity[]): Promise<ShopGoods[]> {
    if (!skus.length) return [];
    const ids = skus.map((s) => s.id);
    await this.txHost.tx.query('INSERT INTO docking_shop_goods (sku_id) SELECT unnest($1::uuid[]) ON CONFLICT (sku_id) DO NOTHING', [ids]);
    const nums = new Map(((await this.txHost.tx.query('SELECT num::int AS num, sku_id FROM docking_shop_goods WHERE sku_id = ANY($1)', [ids])) as { num: number; sku_id: string }[]).map((r) => [r.sku_id, r.num]));
    const supply = await this.skus.supplyOf(skus);
    return skus.map((sku) => {
      const s = supply.get(sku.id)!;
      const stock = s.liveOfferCount === 0 ? 0 : sku.deliveryMode === DeliveryMode.DIRECT_TOPUP ? -1 : s.stockAvailable;
      return { num: nums.get(sku.id)!, sku, supply: s, stock: sku.status === SkuStatus.ACTIVE ? stock : 0 };
    });
  }

  /**
   * Places the shop's order through OrderService as the member's key, idempotent on the shop's order number
   * (the same number again answers the same order: charged once, the same codes). Errors that save no order
   * (idempotency conflict, rate limit, validation) are thrown as AppError.
   */
  async place(shop: ShopKey, protocol: ShopProtocol, input: { goodsNum: number; quantity: number; shopOrderNo: string; account?: string | null; callbackUrl?: string | null }): Promise<ShopOrder & { fresh: boolean }> {
    const shopOrderNo = input.shopOrderNo.trim();
    if (!SHOP_ORDER_NO.test(shopOrderNo)) throw new AppError(ErrorCode.VALIDATION_FAILED, 'The shop order number must be 1–56 letters, digits, _ . : -', { field: 'shopOrderNo' });
    const [row] = (await this.txHost.tx.query('SELECT sku_id FROM docking_shop_goods WHERE num = $1', [input.goodsNum])) as { sku_id: string }[];
    if (!row) throw notFound('SKU');
    const result = await this.orders.place(shop.actor, { skuId: row.sku_id, quantity: input.quantity, clientOrderNo: `${SHOP_ORDER_PREFIX[protocol]}${shopOrderNo}`, rechargeAccount: input.account ?? null }, null);
    const { num, fresh } = await this.numberOrder(shop, protocol, result.order, shopOrderNo, input.callbackUrl ?? null);
    return { num, fresh, order: result.order, codes: result.codes, failure: result.failure };
  }

  /** The order's number (the first placing numbers it; `fresh` then). */
  private async numberOrder(shop: ShopKey, protocol: ShopProtocol, order: OrderEntity, shopOrderNo: string, callbackUrl: string | null): Promise<{ num: number; fresh: boolean }> {
    const inserted = (await this.txHost.tx.query(
      `INSERT INTO docking_shop_orders (order_id, member_id, api_key_id, protocol, shop_order_no, callback_url, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (order_id) DO NOTHING RETURNING num::int AS num`,
      [order.id, order.memberId, shop.apiKeyId, protocol, shopOrderNo, callbackUrl, this.clock.now()],
    )) as { num: number }[];
    if (inserted[0]) return { num: inserted[0].num, fresh: true };
    const [row] = (await this.txHost.tx.query('SELECT num::int AS num FROM docking_shop_orders WHERE order_id = $1', [order.id])) as { num: number }[];
    return { num: row.num, fresh: false };
  }

  /** The member's own order by its number, with its codes when delivered (a recorded reveal); another member's is not found. */
  async order(shop: ShopKey, num: number): Promise<ShopOrder & { sku: Pick<SkuEntity, 'id' | 'name' | 'deliveryMode'>; goodsNum: number | null }> {
    if (!Number.isSafeInteger(num) || num < 1) throw notFound('Order');
    const [row] = (await this.txHost.tx.query(
      `SELECT so.order_id, so.member_id, g.num::int AS goods_num FROM docking_shop_orders so JOIN orders o ON o.id = so.order_id
         LEFT JOIN docking_shop_goods g ON g.sku_id = o.sku_id WHERE so.num = $1`,
      [num],
    )) as { order_id: string; member_id: string; goods_num: number | null }[];
    if (!row || row.member_id !== shop.actor.organizationId) throw notFound('Order');
    const order = await this.orders.get(shop.actor, row.order_id);
    const sku = (await this.skus.forOrder(order.skuId))!;
    const revealable = sku.deliveryMode === DeliveryMode.CARD_CODE && ([OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED] as string[]).includes(order.status);
    const codes = revealable ? await this.orders.reveal(shop.actor, order.id) : null;
    return { num, order, codes, failure: null, sku, goodsNum: row.goods_num };
  }
}
