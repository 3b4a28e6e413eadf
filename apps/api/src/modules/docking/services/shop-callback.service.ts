import { randomUUID } from 'node:crypto';
import { ApiKeyScope, DeliveryMode, OrderStatus, OrganizationKind, OrganizationStatus, ShopCallbackStatus, shopCallbackLifecycle } from '@mengyuan/domain';
import { DUJIAO_CALLBACK_PATH, DUJIAO_HEADER_KEY, DUJIAO_HEADER_SIGNATURE, DUJIAO_HEADER_TIMESTAMP, dujiaoSignature } from '@mengyuan/supplier-sim';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ApiKeyService } from '../../auth/services/api-key.service';
import { SkuService } from '../../catalog/services/sku.service';
import { JobsService } from '../../jobs/jobs.service';
import { OrderStatusChangedEvent } from '../../orders/orders.events';
import { OrderService } from '../../orders/services/order.service';
import { targetProblem } from '../../../common/public-target';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { SHOP_ORDER_PREFIX, ShopDockService } from './shop-dock.service';

/** Where dujiao-next receives its upstream's callbacks (what its handler verifies the signature over). */
const CALLBACK_PATH = DUJIAO_CALLBACK_PATH;
const TIMEOUT_MS = 5_000;
/** A claim holds a callback this long (longer than one attempt): a replica that dies mid-attempt lets it go by then. */
const LEASE_MS = TIMEOUT_MS + 25_000;
const FINAL: string[] = [OrderStatus.DELIVERED, OrderStatus.FAILED, OrderStatus.CANCELLED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED];
const DUJIAO_STATUS: Record<string, string> = {
  [OrderStatus.DELIVERED]: 'delivered', [OrderStatus.FAILED]: 'canceled', [OrderStatus.CANCELLED]: 'canceled',
  [OrderStatus.PARTIALLY_REFUNDED]: 'partially_refunded', [OrderStatus.REFUNDED]: 'refunded',
};

/** One callback's send, run by whichever replica works the queue (queued with the outcome, and again for each retry). */
export const SHOP_CALLBACK_JOB = 'docking.shop-callback';
/** The safety net: callbacks due whose job did not run (a replica died mid-attempt and its lease lapsed). */
export const SHOP_CALLBACKS_DUE_JOB = 'docking.shop-callbacks-due';

/** A callback as claimed: the order, the outcome it reports, and where to. */
interface ClaimedCallback {
  id: string;
  order_id: string;
  order_status: string;
  attempts: number;
  num: number;
  member_id: string;
  api_key_id: string;
  shop_order_no: string;
  callback_url: string;
}

export interface ShopCallbackAttempt {
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/**
 * Calls a dujiao-next shop back (its `callback_url`) when an order it placed reaches an outcome: delivered
 * (with the codes), failed, refunded — signed with the shop's own dock credentials over dujiao-next's callback
 * path, as its handler verifies. Durable like the webhooks: the callback is a row (`docking_shop_callbacks`, one
 * per order and outcome) written in the transaction that decides the outcome, with a job queued in the same
 * transaction; whichever replica works the queue claims it under a lease (one statement, SKIP LOCKED, so two
 * workers never both send it), sends it, and records the attempt (status code, latency, error). A 2xx ends it;
 * anything else is retried with exponential backoff (`retry`) up to the limit, then FAILED. A minute's sweep
 * sends what is due and unclaimed (a replica that died mid-attempt). The shop's `GET /orders/{id}` stays the fallback.
 */
@Injectable()
export class ShopCallbackService implements OnModuleInit {
  private readonly log = new Logger(ShopCallbackService.name);
  /** This process's lease token. */
  private readonly leaseToken = `shop-cb:${randomUUID()}`;
  /** Retries after the first attempt, and the first retry's delay (doubled each time, at most an hour). */
  readonly retry = { limit: 8, baseDelayMs: 10_000, maxDelayMs: 3_600_000 };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly shops: ShopDockService,
    private readonly apiKeys: ApiKeyService,
    private readonly orders: OrderService,
    private readonly skus: SkuService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A later outcome (a direct top-up done or failed, a refund), in the transaction that decides it. Only
    // dujiao-next shops' orders (by their number's prefix): no query for any other order.
    this.events.onTransaction(OrderStatusChangedEvent, 'docking.shop-callback', (e) =>
      FINAL.includes(e.to) && e.order.clientOrderNo.startsWith(SHOP_ORDER_PREFIX.DUJIAO_NEXT) ? this.enqueue(e.order.id, e.to) : undefined,
    );
    this.jobs.define<{ id?: string }>({ name: SHOP_CALLBACK_JOB, handler: (data) => (data.id ? this.deliver(data.id) : Promise.resolve(false)), expireInSeconds: 120 });
    this.jobs.define({ name: SHOP_CALLBACKS_DUE_JOB, cron: '* * * * *', handler: () => this.deliverDue() });
  }

  /** Why a callback URL is refused (not http(s), or a private address where webhooks may not go), or null. */
  problem(url: string): Promise<string | null> {
    return targetProblem(url, this.config.webhooks.allowPrivate);
  }

  /**
   * After a shop's order is numbered (its row committed): its outcome, if already known (a card order's codes),
   * is called back. The order is locked first, so an outcome being decided right now either saw the shop's
   * order (and queued its callback) or is read here once committed: never neither.
   */
  @UnitOfWork()
  async afterPlaced(orderId: string): Promise<void> {
    const order = await this.orders.lockForAfterSales(orderId);
    if (FINAL.includes(order.status)) await this.enqueue(orderId, order.status);
  }

  /** The callback of an order's outcome, in the caller's transaction (once per order and outcome), and its job. */
  private async enqueue(orderId: string, orderStatus: string): Promise<void> {
    const now = this.clock.now();
    const rows = (await this.txHost.tx.query(
      `INSERT INTO docking_shop_callbacks (order_id, order_status, status, attempts, next_attempt_at, created_at)
       SELECT order_id, $2, 'PENDING', 0, $3, $3 FROM docking_shop_orders WHERE order_id = $1 AND protocol = 'DUJIAO_NEXT' AND callback_url IS NOT NULL
       ON CONFLICT (order_id, order_status) DO NOTHING RETURNING id`,
      [orderId, orderStatus, now],
    )) as { id: string }[];
    // Without the queue open (a process starting), the minute's sweep sends it.
    if (rows[0] && this.jobs.started) await this.jobs.sendInTransaction(SHOP_CALLBACK_JOB, { id: rows[0].id });
  }

  /**
   * Claims due callbacks for this process (by id, or the oldest `limit` due): one statement; a callback another
   * worker holds (its row locked, or its lease running) is skipped.
   */
  private async claim(id: string | null, limit: number): Promise<ClaimedCallback[]> {
    const now = this.clock.now();
    return (await this.txHost.tx.query(
      `WITH pick AS (
         SELECT id FROM docking_shop_callbacks
          WHERE status = 'PENDING' AND next_attempt_at <= $1 AND (leased_until IS NULL OR leased_until <= $1) AND ($4::uuid IS NULL OR id = $4)
          ORDER BY next_attempt_at LIMIT $5 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE docking_shop_callbacks c SET leased_until = $2, leased_by = $3 FROM pick WHERE c.id = pick.id RETURNING c.id, c.order_id, c.order_status, c.attempts
       )
       SELECT c.*, so.num::int AS num, so.member_id, so.api_key_id, so.shop_order_no, so.callback_url FROM claimed c JOIN docking_shop_orders so ON so.order_id = c.order_id`,
      [now, new Date(now.getTime() + LEASE_MS), this.leaseToken, id, limit],
    )) as ClaimedCallback[];
  }

  /** Sends one callback if it is due and nobody else holds it (the job's handler); true when the shop took it. */
  async deliver(id: string): Promise<boolean> {
    const [claimed] = await this.claim(id, 1);
    return claimed ? this.attempt(claimed) : false;
  }

  /** Sends every callback due now (the sweep; tests), a batch at a time; answers how many were attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await this.claim(null, 20);
      if (!batch.length) return attempted;
      await Promise.all(batch.map((c) => this.attempt(c).catch((err: Error) => this.log.warn(`shop callback ${c.id}: ${err.message}`))));
      attempted += batch.length;
    }
  }

  /**
   * Tests: sends what is due until no callback is pending within `withinMs` (retries coming due are waited for).
   */
  async settled(withinMs = 15_000): Promise<void> {
    const until = Date.now() + withinMs;
    for (;;) {
      await this.deliverDue();
      const [row] = (await this.txHost.tx.query(`SELECT min(next_attempt_at) AS next FROM docking_shop_callbacks WHERE status = 'PENDING'`)) as { next: Date | null }[];
      if (!row.next || row.next.getTime() > until) return;
      await new Promise((r) => setTimeout(r, Math.max(10, row.next!.getTime() - this.clock.now().getTime())));
    }
  }

  /** Every attempt of an order's callbacks, oldest first (what the shop was told, and when). */
  async attemptsOf(orderId: string): Promise<(ShopCallbackAttempt & { orderStatus: string; status: ShopCallbackStatus })[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT a.attempted_at, a.status_code, a.latency_ms, a.error, c.order_status, c.status FROM docking_shop_callback_attempts a
         JOIN docking_shop_callbacks c ON c.id = a.callback_id WHERE c.order_id = $1 ORDER BY a.id`,
      [orderId],
    )) as { attempted_at: Date; status_code: number | null; latency_ms: number; error: string | null; order_status: string; status: ShopCallbackStatus }[];
    return rows.map((r) => ({ attemptedAt: r.attempted_at, statusCode: r.status_code, latencyMs: r.latency_ms, error: r.error, orderStatus: r.order_status, status: r.status }));
  }

  /** One attempt of a claimed callback, and its outcome recorded (and the retry queued) while the lease is ours. */
  private async attempt(c: ClaimedCallback): Promise<boolean> {
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    let refused = false;
    try {
      // Checked at every sending too (a name may resolve elsewhere now): refused, nothing read or sent.
      const problem = await this.problem(c.callback_url);
      const request = problem ? null : await this.request(c);
      if (problem || !request) {
        refused = true;
        error = problem ? `refused: the URL ${problem}` : 'refused: the API key was revoked';
      } else {
        const res = await fetch(c.callback_url, { method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), headers: request.headers, body: request.body });
        statusCode = res.status;
        void res.body?.cancel().catch(() => undefined);
        if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
      }
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message.slice(0, 300);
    }
    const latencyMs = Math.round(performance.now() - started);
    const done = error === null;
    await this.record(c, { statusCode, error, latencyMs, done, refused });
    if (!done) this.log.warn(`shop callback of order ${c.num} attempt ${c.attempts + 1}: ${error}`);
    return done;
  }

  @UnitOfWork()
  private async record(c: ClaimedCallback, o: { statusCode: number | null; error: string | null; latencyMs: number; done: boolean; refused: boolean }): Promise<void> {
    const attempts = c.attempts + 1;
    const action = o.done ? 'SUCCEED' : o.refused || attempts > this.retry.limit ? 'GIVE_UP' : 'RETRY';
    const status = shopCallbackLifecycle.next(ShopCallbackStatus.PENDING, action)!;
    const now = this.clock.now();
    const next = status === ShopCallbackStatus.PENDING ? new Date(now.getTime() + Math.min(this.retry.baseDelayMs * 2 ** (attempts - 1), this.retry.maxDelayMs)) : null;
    // The outcome only while this process still holds the lease; the attempt in any case (it was made).
    const [row] = (await this.txHost.tx.query(
      `WITH outcome AS (
         UPDATE docking_shop_callbacks SET attempts = $2, last_status_code = $3, last_error = $4, status = $5, delivered_at = $6, next_attempt_at = $7,
                leased_until = NULL, leased_by = NULL
          WHERE id = $1 AND leased_by = $8 AND status = 'PENDING' RETURNING id
       ), attempt AS (
         INSERT INTO docking_shop_callback_attempts (callback_id, attempted_at, status_code, latency_ms, error) VALUES ($1, $9, $3, $10, $4)
       )
       SELECT count(*)::int AS recorded FROM outcome`,
      [c.id, attempts, o.statusCode, o.error, status, o.done ? now : null, next, this.leaseToken, now, o.latencyMs],
    )) as { recorded: number }[];
    if (!row?.recorded) this.log.warn(`shop callback ${c.id}: the lease had lapsed before its outcome was recorded`);
    else if (next && this.jobs.started) await this.jobs.sendInTransaction(SHOP_CALLBACK_JOB, { id: c.id }, { startAfter: next });
  }

  /** The signed request of a callback, built now (the codes are read at sending, never kept); null when the key was revoked. */
  private async request(c: ClaimedCallback): Promise<{ headers: Record<string, string>; body: string } | null> {
    const key = (await this.apiKeys.list(c.member_id)).find((k) => k.id === c.api_key_id && !k.revokedAt);
    if (!key) return null;
    const actor: Actor = { kind: 'apiKey', apiKeyId: key.id, organizationId: c.member_id, organizationKind: OrganizationKind.MEMBER, organizationStatus: OrganizationStatus.ACTIVE, scopes: [ApiKeyScope.ORDERS_READ] };
    const order = await this.orders.get(actor, c.order_id);
    const status = c.order_status;
    const sku = await this.skus.forOrder(order.skuId);
    const codes = status === OrderStatus.DELIVERED && sku?.deliveryMode === DeliveryMode.CARD_CODE ? await this.orders.reveal(actor, order.id) : null;
    const body = JSON.stringify({
      event: `order.${DUJIAO_STATUS[status]}`,
      order_id: c.num,
      order_no: order.id,
      downstream_order_no: c.shop_order_no,
      status: DUJIAO_STATUS[status],
      ...(status === OrderStatus.DELIVERED
        ? {
            fulfillment: {
              type: sku?.deliveryMode === DeliveryMode.CARD_CODE ? 'auto' : 'manual',
              status: 'delivered',
              payload: (codes ?? []).map((x) => [x.cardNumber, x.secret].filter(Boolean).join(' ')).join('\n'),
              delivery_data: { codes: (codes ?? []).map((x) => ({ card_number: x.cardNumber ?? null, secret: x.secret ?? null })) },
              delivered_at: order.deliveredAt ? new Date(order.deliveredAt).toISOString() : null,
            },
          }
        : {}),
      timestamp: Math.floor(this.clock.now().getTime() / 1000),
    });
    const timestamp = Math.floor(this.clock.now().getTime() / 1000).toString();
    return {
      body,
      headers: {
        'content-type': 'application/json',
        [DUJIAO_HEADER_KEY]: `mk_${key.prefix}`,
        [DUJIAO_HEADER_TIMESTAMP]: timestamp,
        [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(this.shops.secretOf(key.id), 'POST', CALLBACK_PATH, timestamp, body),
      },
    };
  }
}
