import { createHash } from 'node:crypto';
import {
  AttemptOutcome,
  AuditEventType,
  DeliveryMode,
  ErrorCode,
  LedgerAccountKind,
  LedgerTransactionType,
  MAX_ORDER_QUANTITY,
  OrderStatus,
  OrganizationStatus,
  RiskEventType,
  SkuStatus,
  WebhookEvent,
  shanghaiDate,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock';
import { AppError, assertId, forbidden, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import { CodeCipher, type PlainCode } from '../../inventory/services/code-cipher';
import { LedgerService } from '../../ledger/services/ledger.service';
import { RiskService } from '../../risk/services/risk.service';
import { WebhookService } from '../../webhooks/services/webhook.service';
import { TopupService } from './topup.service';

export interface PlaceOrder {
  skuId: string;
  quantity: number;
  clientOrderNo: string;
  rechargeAccount?: string | null;
}

export interface OrderRow {
  id: string;
  member_id: string;
  client_order_no: string;
  request_hash: string;
  sku_id: string;
  quantity: number;
  unit_price: string;
  total: string;
  status: OrderStatus;
  recharge_account: string | null;
  failure_code: string | null;
  placed_at: Date;
  delivered_at: Date | null;
  latency_ms: string | null;
}

export interface SaleRow {
  id: string;
  order_id: string;
  sku_id: string;
  sku_code: string;
  sku_name: string;
  quantity: number;
  unit_settlement: string;
  status: OrderStatus;
  placed_at: Date;
  delivered_at: Date | null;
}

export interface DeliveredCode extends PlainCode {
  id: string;
  expiresAt: Date | null;
}

export interface OrderResult {
  order: OrderRow;
  /** The codes, decrypted for the buyer: present when this call delivered them (a reveal, recorded). */
  codes: DeliveredCode[] | null;
  /** Set when the order failed: the error the caller answers with, after the failed order is saved. */
  failure: AppError | null;
}

const RETRYABLE = new Set(['40P01', '40001']); // deadlock, serialisation failure

const orderFailed = (code: ErrorCode, orderId: string, message: string) => new AppError(code, message, { orderId });

/**
 * Orders (DESIGN.md §2.6). One transaction per order: the order row (idempotent on the member's
 * clientOrderNo), the wallet debit, codes claimed with FOR UPDATE SKIP LOCKED from the first offer that can
 * serve, every attempt recorded, the ledger, and the audit events. No code is delivered twice; no order is
 * charged without its codes; a failed order is saved, charges nothing, and answers with its reason.
 */
@Injectable()
export class OrderService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly risk: RiskService,
    private readonly webhooks: WebhookService,
    private readonly topups: TopupService,
    private readonly cipher: CodeCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  static requestHash(input: PlaceOrder): string {
    return createHash('sha256').update(canonicalize({ skuId: input.skuId, quantity: input.quantity, rechargeAccount: input.rechargeAccount ?? null })!).digest('hex');
  }

  async place(actor: Actor, input: PlaceOrder, deviceFingerprint: string | null): Promise<OrderResult> {
    if (actor.organizationStatus !== OrganizationStatus.ACTIVE) throw forbidden('Only active members can place orders');
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_ORDER_QUANTITY) {
      throw new AppError(ErrorCode.QUANTITY_OUT_OF_RANGE, `Quantity must be 1–${MAX_ORDER_QUANTITY}`, { min: 1, max: MAX_ORDER_QUANTITY });
    }
    const clientOrderNo = input.clientOrderNo.trim();
    if (!/^[\w.:-]{1,64}$/.test(clientOrderNo)) throw validationFailed({ clientOrderNo: ['must be 1–64 letters, digits, _ . : -'] });
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.placeOnce(actor, { ...input, clientOrderNo }, deviceFingerprint);
      } catch (err) {
        const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
        if (attempt < 4 && code && RETRYABLE.has(code)) continue;
        throw err;
      }
    }
  }

  @Transactional()
  private async placeOnce(actor: Actor, input: PlaceOrder, deviceFingerprint: string | null): Promise<OrderResult> {
    const em = this.txHost.tx;
    const placedAt = this.clock.now();
    const started = process.hrtime.bigint();
    const hash = OrderService.requestHash(input);
    const [sku] = (await em.query('SELECT id, code, status, delivery_mode, unified_price FROM skus WHERE id = $1', [assertId(input.skuId, 'SKU')])) as {
      id: string;
      code: string;
      status: string;
      delivery_mode: string;
      unified_price: string;
    }[];
    if (!sku) throw notFound('SKU');

    const unit = BigInt(sku.unified_price);
    const total = unit * BigInt(input.quantity);
    // The idempotency key: a retry of the same number waits here for the first to commit, then finds it.
    const [created] = (await em.query(
      `INSERT INTO orders (member_id, client_order_no, request_hash, sku_id, quantity, unit_price, total, status, recharge_account, device_fingerprint,
                           placed_by_user_id, placed_by_api_key_id, placed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PROCESSING', $8, $9, $10, $11, $12)
       ON CONFLICT (member_id, client_order_no) DO NOTHING RETURNING *`,
      [actor.organizationId, input.clientOrderNo, hash, sku.id, input.quantity, unit.toString(), total.toString(), input.rechargeAccount ?? null, deviceFingerprint,
        actor.kind === 'user' ? actor.userId : null, actor.kind === 'apiKey' ? actor.apiKeyId : null, placedAt],
    )) as OrderRow[];
    if (!created) return this.replay(actor, input, hash);
    // Refusals that save nothing (the insert above rolls back with them).
    await this.checkVelocity(actor.organizationId, placedAt);
    if (total > this.config.risk.unverifiedOrderCapFen && !(await this.realNameVerified(actor.organizationId))) {
      throw new AppError(ErrorCode.REAL_NAME_REQUIRED, `Members without a verified legal representative may order at most ${this.config.risk.unverifiedOrderCapFen} fen at a time`, {
        capFen: this.config.risk.unverifiedOrderCapFen.toString(),
      });
    }
    if (deviceFingerprint) await this.watchDevice(deviceFingerprint, actor.organizationId, created.id);

    const fail = async (code: ErrorCode, message: string): Promise<OrderResult> => {
      await em.query(`UPDATE orders SET status = 'FAILED', failure_code = $2 WHERE id = $1`, [created.id, code]);
      await this.audit.enqueue({ type: AuditEventType.ORDER_FAILED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'order', subjectId: created.id, payload: { code, skuId: sku.id, quantity: input.quantity } });
      await this.webhooks.emit(actor.organizationId, WebhookEvent.ORDER_FAILED, { orderId: created.id, clientOrderNo: input.clientOrderNo, code });
      return { order: { ...created, status: OrderStatus.FAILED, failure_code: code }, codes: null, failure: orderFailed(code, created.id, message) };
    };
    if (sku.status !== SkuStatus.ACTIVE) return fail(ErrorCode.SKU_UNAVAILABLE, 'This SKU is not on sale');
    const topup = sku.delivery_mode === DeliveryMode.DIRECT_TOPUP;
    if (topup && !input.rechargeAccount?.trim()) throw validationFailed({ rechargeAccount: ['the account to top up is required for a direct top-up'] });

    // The wallet first (a lock per member), so codes are never claimed for an order that cannot pay.
    const wallet = await this.ledger.account(LedgerAccountKind.MEMBER_WALLET, actor.organizationId);
    const [funds] = (await em.query('SELECT balance FROM ledger_accounts WHERE id = $1 FOR UPDATE', [wallet])) as { balance: string }[];
    if (BigInt(funds.balance) < total) return fail(ErrorCode.INSUFFICIENT_BALANCE, 'The wallet balance is not enough for this order');

    if (total > this.config.risk.reviewAboveFen) return this.hold(actor, created, total, wallet);
    if (topup) return this.startTopup(created, total, wallet);

    const delivered = await this.deliver(actor, created, wallet, started);
    if (!delivered) return fail(ErrorCode.SOLD_OUT, 'Sold out: no source has enough stock');
    return { ...delivered, failure: null };
  }

  /**
   * Routes, claims the codes, marks them sold, posts the ledger from `payFrom` (the wallet, or the hold of a
   * reviewed order) and marks the order delivered. Null when no offer can serve: nothing was changed.
   */
  private async deliver(actor: Actor, order: OrderRow, payFrom: string, started: bigint): Promise<{ order: OrderRow; codes: DeliveredCode[] } | null> {
    const em = this.txHost.tx;
    const claim = await this.route(order.id, order.sku_id, order.quantity);
    if (!claim) return null;
    const soldAt = this.clock.now();
    const [line] = (await em.query(
      `INSERT INTO order_lines (order_id, offer_id, supplier_id, quantity, unit_settlement) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [order.id, claim.offerId, claim.supplierId, order.quantity, claim.settlement],
    )) as { id: string }[];
    const sold = (await em.query(
      `UPDATE card_codes SET status = 'SOLD', order_line_id = $2, sold_at = $3 WHERE id = ANY($1) AND status = 'AVAILABLE' RETURNING id, ciphertext, nonce, expires_at`,
      [claim.codeIds, line.id, soldAt],
    ))[0] as { id: string; ciphertext: Buffer; nonce: Buffer; expires_at: Date | null }[];
    if (sold.length !== order.quantity) throw new Error(`claimed ${claim.codeIds.length} codes but sold ${sold.length}`);

    const total = BigInt(order.total);
    const settlement = BigInt(claim.settlement) * BigInt(order.quantity);
    await this.ledger.post(
      LedgerTransactionType.ORDER,
      [
        { accountId: payFrom, amount: -total },
        { accountId: await this.ledger.account(LedgerAccountKind.SUPPLIER_PAYABLE, claim.supplierId), amount: settlement },
        ...(total - settlement !== 0n ? [{ accountId: await this.ledger.account(LedgerAccountKind.ALLIANCE_REVENUE, null), amount: total - settlement }] : []),
      ],
      { orderId: order.id, reference: order.client_order_no },
    );
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    // The stock counter last: its row lock is held for the shortest time.
    await em.query(`UPDATE offers SET stock_available = stock_available - $2 WHERE id = $1`, [claim.offerId, order.quantity]);
    const [updated] = (await em.query(
      `UPDATE orders SET status = 'DELIVERED', delivered_at = $2, latency_ms = $3 WHERE id = $1 RETURNING *`,
      [order.id, this.clock.now(), latencyMs.toFixed(3)],
    )) as OrderRow[][];
    await this.audit.enqueue({
      type: AuditEventType.ORDER_DELIVERED,
      ...auditActor(actor),
      organizationId: order.member_id,
      subjectType: 'order',
      subjectId: order.id,
      payload: { skuId: order.sku_id, quantity: order.quantity, total: order.total, offerId: claim.offerId, codeIds: sold.map((c) => c.id), revealedToBuyer: actor.organizationId === order.member_id },
    });
    // The webhook says the order is delivered; the codes themselves are fetched with revealOrderCodes.
    await this.webhooks.emit(order.member_id, WebhookEvent.ORDER_DELIVERED, { orderId: order.id, clientOrderNo: order.client_order_no, skuId: order.sku_id, quantity: order.quantity, total: order.total });
    return { order: updated[0], codes: sold.map((c) => ({ id: c.id, expiresAt: c.expires_at, ...this.cipher.decrypt(c.id, c.ciphertext, c.nonce) })) };
  }

  /** A direct top-up: the amount waits in the hold while a supplier does it; the order stays PROCESSING. */
  private async startTopup(order: OrderRow, total: bigint, wallet: string): Promise<OrderResult> {
    const hold = await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.member_id);
    await this.ledger.post(LedgerTransactionType.HOLD, [{ accountId: wallet, amount: -total }, { accountId: hold, amount: total }], { orderId: order.id, reference: order.client_order_no });
    const task = await this.topups.dispatch(order);
    if (!task) return { order: { ...order, status: OrderStatus.FAILED, failure_code: ErrorCode.TOPUP_FAILED }, codes: null, failure: orderFailed(ErrorCode.TOPUP_FAILED, order.id, 'No source can do this top-up now; nothing was charged') };
    return { order, codes: null, failure: null };
  }

  /** A large order waits for an admin: its amount moves from the wallet to the hold, before any code is claimed. */
  private async hold(actor: Actor, order: OrderRow, total: bigint, wallet: string): Promise<OrderResult> {
    const hold = await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, actor.organizationId);
    await this.ledger.post(LedgerTransactionType.HOLD, [{ accountId: wallet, amount: -total }, { accountId: hold, amount: total }], { orderId: order.id, reference: order.client_order_no });
    await this.txHost.tx.query(`UPDATE orders SET status = 'PENDING_REVIEW' WHERE id = $1`, [order.id]);
    await this.risk.raise(RiskEventType.LARGE_ORDER, actor.organizationId, { type: 'order', id: order.id }, { total: total.toString(), thresholdFen: this.config.risk.reviewAboveFen.toString() });
    await this.audit.enqueue({ type: AuditEventType.ORDER_HELD, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'order', subjectId: order.id, payload: { total: total.toString() } });
    const held = { ...order, status: OrderStatus.PENDING_REVIEW };
    return { order: held, codes: null, failure: new AppError(ErrorCode.RISK_REVIEW, 'The order is held for review by the alliance; its amount is reserved', { orderId: order.id }) };
  }

  /** An admin's decision on a held order: deliver it from the hold, or give the amount back. */
  @Transactional()
  async reviewHeld(actor: UserActor, orderId: string, approve: boolean, note: string): Promise<OrderRow> {
    if (note.trim().length < 2) throw validationFailed({ note: ['say why'] });
    const em = this.txHost.tx;
    const [order] = (await em.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [assertId(orderId, 'Order')])) as OrderRow[];
    if (!order) throw notFound('Order');
    if (order.status !== OrderStatus.PENDING_REVIEW) throw invalidTransition(order.status, approve ? 'APPROVE' : 'REJECT');
    const hold = await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.member_id);
    const wallet = await this.ledger.account(LedgerAccountKind.MEMBER_WALLET, order.member_id);
    const release = async (status: OrderStatus, code: string) => {
      await this.ledger.post(LedgerTransactionType.RELEASE, [{ accountId: hold, amount: -BigInt(order.total) }, { accountId: wallet, amount: BigInt(order.total) }], { orderId: order.id, reference: order.client_order_no, userId: actor.userId });
      await em.query('UPDATE orders SET status = $2, failure_code = $3 WHERE id = $1', [order.id, status, code]);
    };
    let outcome: string;
    if (!approve) {
      await release(OrderStatus.CANCELLED, 'REJECTED');
      outcome = 'REJECTED';
    } else {
      const [sku] = await em.query('SELECT delivery_mode FROM skus WHERE id = $1', [order.sku_id]);
      if (sku.delivery_mode === DeliveryMode.DIRECT_TOPUP) {
        await em.query(`UPDATE orders SET status = 'PROCESSING' WHERE id = $1`, [order.id]);
        outcome = (await this.topups.dispatch({ ...order, status: OrderStatus.PROCESSING })) ? 'TOPUP_DISPATCHED' : 'REFUNDED';
      } else {
        const delivered = await this.deliver(actor, order, hold, process.hrtime.bigint());
        if (!delivered) await release(OrderStatus.FAILED, ErrorCode.SOLD_OUT);
        outcome = delivered ? 'DELIVERED' : 'SOLD_OUT';
      }
    }
    await em.query(
      `UPDATE risk_events SET status = $2, decided_by_user_id = $3, decision_note = $4, decided_at = $5 WHERE subject_type = 'order' AND subject_id = $1 AND status = 'OPEN'`,
      [order.id, approve ? 'DISMISSED' : 'CONFIRMED', actor.userId, note.trim(), this.clock.now()],
    );
    await this.audit.record({ type: AuditEventType.ORDER_REVIEWED, ...auditActor(actor), organizationId: order.member_id, subjectType: 'order', subjectId: order.id, payload: { decision: approve ? 'APPROVE' : 'REJECT', outcome, note: note.trim() } });
    return (await em.query('SELECT * FROM orders WHERE id = $1', [order.id]))[0];
  }

  /** Too many orders from one member in a minute: refused, nothing saved. */
  private async checkVelocity(memberId: string, now: Date): Promise<void> {
    const limit = this.config.risk.velocityPerMinute;
    const [row] = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM orders WHERE member_id = $1 AND placed_at > $2 LIMIT $3) recent`,
      [memberId, new Date(now.getTime() - 60_000), limit + 1],
    );
    if (row.n > limit) throw new AppError(ErrorCode.RATE_LIMITED, `At most ${limit} orders a minute; slow down and retry`, { retryAfterSeconds: 60, limit });
  }

  private async realNameVerified(memberId: string): Promise<boolean> {
    const [row] = await this.txHost.tx.query(
      `SELECT 1 FROM qualification_documents WHERE organization_id = $1 AND type = 'LEGAL_REP_ID' AND status = 'APPROVED' AND NOT superseded AND valid_to >= $2 LIMIT 1`,
      [memberId, shanghaiDate(this.clock.now())],
    );
    return Boolean(row);
  }

  /** A device seen across several member organisations is flagged once, when it crosses the threshold. */
  private async watchDevice(fingerprint: string, memberId: string, orderId: string): Promise<void> {
    const [seen] = await this.txHost.tx.query(`SELECT 1 FROM orders WHERE device_fingerprint = $1 AND member_id = $2 AND id <> $3 LIMIT 1`, [fingerprint, memberId, orderId]);
    if (seen) return;
    const [{ members }] = await this.txHost.tx.query(`SELECT count(DISTINCT member_id)::int AS members FROM orders WHERE device_fingerprint = $1`, [fingerprint]);
    if (members === this.config.risk.deviceSharedMembers) {
      await this.risk.raise(RiskEventType.SHARED_DEVICE, memberId, { type: 'device', id: createHash('sha256').update(fingerprint).digest('hex').slice(0, 32) }, { members, orderId });
    }
  }

  /** The same clientOrderNo again: the same order, or IDEMPOTENCY_CONFLICT when the payload differs. */
  private async replay(actor: Actor, input: PlaceOrder, hash: string): Promise<OrderResult> {
    const [order] = (await this.txHost.tx.query('SELECT * FROM orders WHERE member_id = $1 AND client_order_no = $2', [actor.organizationId, input.clientOrderNo])) as OrderRow[];
    if (order.request_hash !== hash) {
      throw new AppError(ErrorCode.IDEMPOTENCY_CONFLICT, `Order ${input.clientOrderNo} exists with a different payload`, { orderId: order.id });
    }
    if (order.status === OrderStatus.FAILED) return { order, codes: null, failure: orderFailed(order.failure_code as ErrorCode, order.id, `Order failed: ${order.failure_code}`) };
    return { order, codes: order.status === OrderStatus.DELIVERED ? await this.revealInTx(actor, order.id) : null, failure: null };
  }

  /**
   * Live offers of the SKU in routing order; the first that can serve the whole quantity wins. Codes are
   * claimed with SKIP LOCKED; only when no offer can serve is it checked again waiting on locked rows, so a
   * SOLD_OUT answer is never caused by another order that is about to roll back.
   */
  private async route(orderId: string, skuId: string, quantity: number): Promise<{ offerId: string; supplierId: string; settlement: string; codeIds: string[] } | null> {
    const em = this.txHost.tx;
    const offers = (await em.query(
      `SELECT o.id, o.supplier_id, o.settlement_price, o.status, g.status AS supplier_status
         FROM offers o JOIN organizations g ON g.id = o.supplier_id
        WHERE o.sku_id = $1 AND o.status IN ('LIVE', 'PAUSED')
        ORDER BY (o.status = 'LIVE') DESC, (g.status = 'ACTIVE') DESC, o.created_at, o.id`,
      [skuId],
    )) as { id: string; supplier_id: string; settlement_price: string; status: string; supplier_status: string }[];
    const unavailable: [string, AttemptOutcome][] = [];
    const servable = offers.filter((o) => {
      const ok = o.status === 'LIVE' && (o.supplier_status === 'ACTIVE' || o.supplier_status === 'PROBATION');
      if (!ok) unavailable.push([o.id, AttemptOutcome.UNAVAILABLE]);
      return ok;
    });
    let chosen: { offerId: string; supplierId: string; settlement: string; codeIds: string[] } | null = null;
    let tried: [string, AttemptOutcome][] = [];
    for (const skipLocked of [true, false]) {
      tried = [];
      for (const o of servable) {
        const rows = (await em.query(
          `SELECT id FROM card_codes WHERE offer_id = $1 AND status = 'AVAILABLE' ORDER BY created_at LIMIT $2 FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
          [o.id, quantity],
        )) as { id: string }[];
        if (rows.length === quantity) {
          chosen = { offerId: o.id, supplierId: o.supplier_id, settlement: o.settlement_price, codeIds: rows.map((r) => r.id) };
          tried.push([o.id, AttemptOutcome.DELIVERED]);
          break;
        }
        tried.push([o.id, AttemptOutcome.NO_STOCK]);
      }
      if (chosen) break;
    }
    const attempts = [...unavailable, ...tried];
    if (attempts.length) {
      await em.query(
        `INSERT INTO order_attempts (order_id, offer_id, outcome, at) SELECT $1, o, r, $2 FROM unnest($3::uuid[], $4::text[]) AS u(o, r)`,
        [orderId, this.clock.now(), attempts.map((a) => a[0]), attempts.map((a) => a[1])],
      );
    }
    return chosen;
  }

  /** The buyer (or nobody else) sees the codes again; each reveal is recorded. */
  @Transactional()
  async reveal(actor: Actor, orderId: string): Promise<DeliveredCode[]> {
    return this.revealInTx(actor, orderId);
  }

  private async revealInTx(actor: Actor, orderId: string): Promise<DeliveredCode[]> {
    const [order] = (await this.txHost.tx.query('SELECT id, member_id, status FROM orders WHERE id = $1', [assertId(orderId, 'Order')])) as { id: string; member_id: string; status: string }[];
    if (!order || order.member_id !== actor.organizationId) throw notFound('Order');
    const rows = (await this.txHost.tx.query(
      `SELECT c.id, c.ciphertext, c.nonce, c.expires_at FROM card_codes c JOIN order_lines l ON l.id = c.order_line_id WHERE l.order_id = $1 ORDER BY c.id`,
      [order.id],
    )) as { id: string; ciphertext: Buffer; nonce: Buffer; expires_at: Date | null }[];
    await this.audit.enqueue({ type: AuditEventType.ORDER_CODES_REVEALED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'order', subjectId: order.id, payload: { codeIds: rows.map((r) => r.id) } });
    return rows.map((c) => ({ id: c.id, expiresAt: c.expires_at, ...this.cipher.decrypt(c.id, c.ciphertext, c.nonce) }));
  }

  async get(actor: Actor, id: string): Promise<OrderRow> {
    const [order] = (await this.txHost.tx.query('SELECT * FROM orders WHERE id = $1', [assertId(id, 'Order')])) as OrderRow[];
    if (!order || (!isAlliance(actor) && order.member_id !== actor.organizationId)) throw notFound('Order');
    return order;
  }

  async list(actor: Actor, filter: { status?: OrderStatus | null; memberId?: string | null }, page: { offset: number; limit: number }): Promise<Page<OrderRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!isAlliance(actor)) {
      params.push(actor.organizationId);
      where.push(`member_id = $${params.length}`);
    } else if (filter.memberId) {
      params.push(assertId(filter.memberId, 'Organization'));
      where.push(`member_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`status = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const items = (await this.txHost.tx.query(`SELECT * FROM orders ${clause} ORDER BY placed_at DESC, id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`, [...params, page.offset, page.limit])) as OrderRow[];
    const [count] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM orders ${clause}`, params);
    return { items, totalCount: count.n };
  }

  /** What a supplier sold: its order lines, newest first (no member identities: the alliance is in between). */
  async sales(supplierId: string, page: { offset: number; limit: number }): Promise<Page<SaleRow>> {
    const items = (await this.txHost.tx.query(
      `SELECT l.id, l.order_id, o.client_order_no, o.sku_id, s.code AS sku_code, s.name AS sku_name, l.quantity, l.unit_settlement, o.status, o.placed_at, o.delivered_at
         FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN skus s ON s.id = o.sku_id
        WHERE l.supplier_id = $1 ORDER BY o.placed_at DESC, l.id OFFSET $2 LIMIT $3`,
      [supplierId, page.offset, page.limit],
    )) as SaleRow[];
    const [count] = await this.txHost.tx.query('SELECT count(*)::int AS n FROM order_lines WHERE supplier_id = $1', [supplierId]);
    return { items, totalCount: count.n };
  }

  async attempts(orderId: string): Promise<{ offer_id: string; outcome: AttemptOutcome; at: Date }[]> {
    return this.txHost.tx.query('SELECT offer_id, outcome, at FROM order_attempts WHERE order_id = $1 ORDER BY id', [orderId]);
  }
}
