import { ApiKeyScope, DeliveryMode, OrderStatus, OrganizationKind, OrganizationStatus } from '@mengyuan/domain';
import { DUJIAO_API_PREFIX, DUJIAO_HEADER_KEY, DUJIAO_HEADER_SIGNATURE, DUJIAO_HEADER_TIMESTAMP, dujiaoSignature } from '@mengyuan/supplier-sim';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ApiKeyService } from '../../auth/services/api-key.service';
import { SkuService } from '../../catalog/services/sku.service';
import { OrderStatusChangedEvent } from '../../orders/orders.events';
import { OrderService } from '../../orders/services/order.service';
import { targetProblem } from '../../../common/public-target';
import { SHOP_ORDER_PREFIX, ShopDockService } from './shop-dock.service';

/** Where dujiao-next receives its upstream's callbacks (what its handler verifies the signature over). */
const CALLBACK_PATH = `${DUJIAO_API_PREFIX}/callback`;
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000];
const TIMEOUT_MS = 5_000;
const FINAL: string[] = [OrderStatus.DELIVERED, OrderStatus.FAILED, OrderStatus.CANCELLED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED];
const DUJIAO_STATUS: Record<string, string> = {
  [OrderStatus.DELIVERED]: 'delivered', [OrderStatus.FAILED]: 'canceled', [OrderStatus.CANCELLED]: 'canceled',
  [OrderStatus.PARTIALLY_REFUNDED]: 'partially_refunded', [OrderStatus.REFUNDED]: 'refunded',
};

interface DockedOrderRow {
  num: number;
  order_id: string;
  member_id: string;
  api_key_id: string;
  shop_order_no: string;
  callback_url: string | null;
}

/**
 * Calls a dujiao-next shop back (its `callback_url`) when an order it placed reaches an outcome: delivered
 * (with the codes), failed, refunded — signed with the shop's own dock credentials over dujiao-next's callback
 * path, as its handler verifies. A few tries with backoff; the shop's `GET /orders/{id}` stays the fallback.
 */
@Injectable()
export class ShopCallbackService implements OnModuleInit {
  private readonly log = new Logger(ShopCallbackService.name);
  private readonly pending = new Set<Promise<unknown>>();
  /** Outcomes already called back by this process (order id and status), so the placing answer and the event never both send. */
  private readonly sent = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly shops: ShopDockService,
    private readonly apiKeys: ApiKeyService,
    private readonly orders: OrderService,
    private readonly skus: SkuService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A later outcome (a direct top-up done or failed, a refund): the order was numbered when it was placed.
    this.events.afterCommit(OrderStatusChangedEvent, 'docking.shop-callback', (e) => {
      // Only dujiao-next shops' orders (by their number's prefix): no query for any other order.
      if (FINAL.includes(e.to) && e.order.clientOrderNo.startsWith(SHOP_ORDER_PREFIX.DUJIAO_NEXT)) this.track(this.notifyOrder(e.order.id));
    });
  }

  /** Why a callback URL is refused (not http(s), or a private address where webhooks may not go), or null. */
  problem(url: string): Promise<string | null> {
    return targetProblem(url, this.config.webhooks.allowPrivate);
  }

  /** Calls back for an order just placed, when its outcome is already known (a card order's codes). */
  afterPlaced(orderId: string, status: string): void {
    if (FINAL.includes(status)) this.track(this.notifyOrder(orderId));
  }

  /** Waits for callbacks in flight (tests). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private track(p: Promise<unknown>): void {
    const q = p.catch((err: Error) => this.log.warn(`shop callback failed: ${err.message}`));
    this.pending.add(q);
    void q.finally(() => this.pending.delete(q));
  }

  private firstSend(key: string): boolean {
    const now = Date.now();
    if (this.sent.size > 10_000) for (const [k, at] of this.sent) if (now - at > 600_000) this.sent.delete(k);
    if (this.sent.has(key)) return false;
    this.sent.set(key, now);
    return true;
  }

  private async notifyOrder(orderId: string): Promise<void> {
    const [row] = (await this.txHost.tx.query(
      `SELECT num::int AS num, order_id, member_id, api_key_id, shop_order_no, callback_url FROM docking_shop_orders WHERE order_id = $1 AND protocol = 'DUJIAO_NEXT'`,
      [orderId],
    )) as DockedOrderRow[];
    if (!row?.callback_url) return;
    const key = (await this.apiKeys.list(row.member_id)).find((k) => k.id === row.api_key_id && !k.revokedAt);
    if (!key) return;
    const actor: Actor = { kind: 'apiKey', apiKeyId: key.id, organizationId: row.member_id, organizationKind: OrganizationKind.MEMBER, organizationStatus: OrganizationStatus.ACTIVE, scopes: [ApiKeyScope.ORDERS_READ] };
    const order = await this.orders.get(actor, orderId);
    if (!FINAL.includes(order.status) || !this.firstSend(`${order.id}:${order.status}`)) return;
    const sku = await this.skus.forOrder(order.skuId);
    const codes = order.status === OrderStatus.DELIVERED && sku?.deliveryMode === DeliveryMode.CARD_CODE ? await this.orders.reveal(actor, order.id) : null;
    const body = JSON.stringify({
      event: `order.${DUJIAO_STATUS[order.status]}`,
      order_id: row.num,
      order_no: order.id,
      downstream_order_no: row.shop_order_no,
      status: DUJIAO_STATUS[order.status],
      ...(order.status === OrderStatus.DELIVERED
        ? {
            fulfillment: {
              type: sku?.deliveryMode === DeliveryMode.CARD_CODE ? 'auto' : 'manual',
              status: 'delivered',
              payload: (codes ?? []).map((c) => [c.cardNumber, c.secret].filter(Boolean).join(' ')).join('\n'),
              delivery_data: { codes: (codes ?? []).map((c) => ({ card_number: c.cardNumber ?? null, secret: c.secret ?? null })) },
              delivered_at: order.deliveredAt ? new Date(order.deliveredAt).toISOString() : null,
            },
          }
        : {}),
      timestamp: Math.floor(this.clock.now().getTime() / 1000),
    });
    const secret = this.shops.secretOf(key.id);
    for (let attempt = 0; ; attempt++) {
      const problem = await this.problem(row.callback_url);
      if (problem) throw new Error(`callback URL of shop order ${row.num} ${problem}`);
      const timestamp = Math.floor(this.clock.now().getTime() / 1000).toString();
      try {
        const res = await fetch(row.callback_url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
          headers: {
            'content-type': 'application/json',
            [DUJIAO_HEADER_KEY]: `mk_${key.prefix}`,
            [DUJIAO_HEADER_TIMESTAMP]: timestamp,
            [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(secret, 'POST', CALLBACK_PATH, timestamp, body),
          },
          body,
        });
        const answer = (await res.json().catch(() => null)) as { ok?: boolean } | null;
        if (res.ok && answer?.ok) return;
        this.log.warn(`shop callback of order ${row.num}: HTTP ${res.status}`);
      } catch (err) {
        this.log.warn(`shop callback of order ${row.num}: ${(err as Error).message}`);
      }
      if (attempt >= RETRY_DELAYS_MS.length) return;
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
    }
  }
}
