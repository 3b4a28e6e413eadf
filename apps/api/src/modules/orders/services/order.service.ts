import { createHash } from 'node:crypto';
import {
  AttemptOutcome,
  DeliveryMode,
  ErrorCode,
  LedgerAccountKind,
  LedgerTransactionType,
  MAX_ORDER_QUANTITY,
  OrderEvent,
  OrderLineEvent,
  OrderLineStatus,
  OrderStatus,
  OrganizationStatus,
  RiskEventStatus,
  RiskEventType,
  SkuStatus,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { Not } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, forbidden, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { SkuService } from '../../catalog/services/sku.service';
import { CardCodeService, type SoldCode } from '../../inventory/services/card-code.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { QualificationService } from '../../qualifications/services/qualification.service';
import { RiskService } from '../../risk/services/risk.service';
import { RoutingService, type RoutingCandidate } from '../../routing/services/routing.service';
import { OrderAttemptEntity } from '../entities/order-attempt.entity';
import { OrderLineEntity } from '../entities/order-line.entity';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { OrderEntity } from '../entities/order.entity';
import { OrderCodesRevealedEvent, OrderPlacedEvent, OrderReviewedEvent, type OrderFacts, type OrderLineFacts } from '../orders.events';
import { CardOrderPathService } from './card-order-path.service';
import { OrderFulfilmentService, type OrderRanking } from './order-fulfilment.service';
import { OrderLifecycleService, orderFacts } from './order-lifecycle.service';
import { OrderVelocityService } from './order-velocity.service';
import { TopupService } from './topup.service';
import { SELLS_FROM_STOCK, UpstreamSupplyService, type PreparedSupply } from './upstream-supply.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

export interface PlaceOrder {
  skuId: string;
  quantity: number;
  clientOrderNo: string;
  rechargeAccount?: string | null;
}

export interface OrderResult {
  order: OrderEntity;
  /** The codes, decrypted for the buyer: present when this call delivered them (a reveal, recorded). */
  codes: SoldCode[] | null;
  /** Set when the order failed or waits: the error the caller answers with, after the order is saved. */
  failure: AppError | null;
}

const orderFailed = (code: ErrorCode, orderId: string, message: string) => new AppError(code, message, { orderId });

const FAILURE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.SKU_UNAVAILABLE]: 'This SKU is not on sale',
  [ErrorCode.INSUFFICIENT_BALANCE]: 'The wallet balance is not enough for this order',
  [ErrorCode.SOLD_OUT]: 'Sold out: no source has enough stock',
  [ErrorCode.TOPUP_FAILED]: 'No source could do this top-up; the amount went back to the wallet',
};

/** Columns of a row as PostgreSQL returns them (the placement insert) to the entity. */
function fromRow(r: Record<string, unknown>): OrderEntity {
  return Object.assign(new OrderEntity(), {
    id: r.id, memberId: r.member_id, clientOrderNo: r.client_order_no, requestHash: r.request_hash, skuId: r.sku_id, quantity: r.quantity,
    unitPrice: r.unit_price, total: r.total, status: r.status, rechargeAccount: r.recharge_account, deviceFingerprint: r.device_fingerprint,
    failureCode: r.failure_code, placedByUserId: r.placed_by_user_id, placedByApiKeyId: r.placed_by_api_key_id, placedAt: r.placed_at,
    deliveredAt: r.delivered_at, latencyMs: r.latency_ms,
  });
}

/**
 * Orders (DESIGN.md §2.6). One transaction per order: the order row (idempotent on the member's
 * clientOrderNo), the wallet locked and checked, codes claimed from the offers the routing service names,
 * every attempt recorded, the ledger posted, and the status moved through OrderLifecycleService, whose events
 * carry the audit records and webhooks. No code is delivered twice; no order is charged without its codes; a
 * failed order is saved, charges nothing, and answers with its reason.
 */
/** A docked SKU's codes went to concurrent orders between the look and the claim: the attempt rolls back and buys through. */
class StockTakenMeanwhile extends Error {}

@Injectable()
export class OrderService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly lifecycle: OrderLifecycleService,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly cardPath: CardOrderPathService,
    private readonly velocity: OrderVelocityService,
    private readonly routing: RoutingService,
    private readonly skus: SkuService,
    private readonly codes: CardCodeService,
    private readonly ledger: LedgerService,
    private readonly risk: RiskService,
    private readonly qualifications: QualificationService,
    private readonly topups: TopupService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly upstream: UpstreamSupplyService,
    private readonly allianceSettings: AllianceSettingsService,
  ) {}

  private get orders() {
    return this.txHost.tx.getRepository(OrderEntity);
  }

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
    const rechargeAccount = input.rechargeAccount?.trim() || null;
    // A source that buys at order time (docking) buys before the transaction, never inside it.
    const started = process.hrtime.bigint();
    // An order bought through was placed when asked, before the upstream's answer: its delivery time (发卡时间) is end to end.
    const askedAt = this.clock.now();
    const intent = { memberId: actor.organizationId, skuId: input.skuId, quantity: input.quantity, clientOrderNo };
    let supply = rechargeAccount ? null : await this.upstream.prepare(actor, intent);
    if (supply === SELLS_FROM_STOCK) {
      // A docked SKU whose first source had codes: sold from them, unless concurrent orders took them first — then
      // this attempt rolls back (StockTakenMeanwhile) and the order buys through instead of failing SOLD_OUT.
      try {
        return await this.placeOnce(actor, { ...input, clientOrderNo, rechargeAccount }, deviceFingerprint, null, started, undefined, true);
      } catch (error) {
        if (!(error instanceof StockTakenMeanwhile)) throw error;
      }
      supply = await this.upstream.prepare(actor, intent, { pastStock: true });
    }
    if (!supply || supply === SELLS_FROM_STOCK) return this.placeOnce(actor, { ...input, clientOrderNo, rechargeAccount }, deviceFingerprint, null, started);
    const bought = supply;
    try {
      // A unit of work: run again whole when a concurrent order deadlocks with it (runUnitOfWork).
      return await this.placeOnce(actor, { ...input, clientOrderNo, rechargeAccount }, deviceFingerprint, bought, started, askedAt);
    } catch (error) {
      await bought.abandoned();
      throw error;
    }
  }

  /**
   * One order in one transaction. `supply`: what a source bought for it, stocked before the order and told
   * after it, both in this transaction. `docked`: a docked SKU expected to sell from stock; if it sells out
   * meanwhile, StockTakenMeanwhile rolls the attempt back.
   */
  @UnitOfWork()
  private async placeOnce(actor: Actor, input: PlaceOrder, deviceFingerprint: string | null, supply: PreparedSupply | null, started: bigint, askedAt?: Date, docked = false): Promise<OrderResult> {
    if (!supply) return this.decide(actor, input, deviceFingerprint, started, askedAt, docked);
    await supply.stock();
    const result = await this.decide(actor, input, deviceFingerprint, started, askedAt, false);
    await supply.placed({ id: result.order.id, status: result.order.status });
    return result;
  }

  private async decide(actor: Actor, input: PlaceOrder, deviceFingerprint: string | null, started: bigint, askedAt: Date | undefined, docked: boolean): Promise<OrderResult> {
    const placedAt = askedAt ?? this.clock.now();
    const hash = OrderService.requestHash(input);
    // A plain card order (no top-up account, no device to watch) takes the one-statement path; it answers null
    // for everything that needs the general path below.
    if (!input.rechargeAccount && !deviceFingerprint) {
      const fast = await this.cardPath.tryPlace(actor, { ...input, skuId: assertId(input.skuId, 'SKU') }, hash, placedAt, started);
      if (docked && fast?.order.failureCode === ErrorCode.SOLD_OUT) throw new StockTakenMeanwhile();
      if (fast) return { ...fast, failure: fast.order.status === OrderStatus.FAILED ? orderFailed(fast.order.failureCode as ErrorCode, fast.order.id, FAILURE_MESSAGES[fast.order.failureCode as ErrorCode] ?? fast.order.failureCode!) : null };
    }
    const sku = await this.skus.forOrder(assertId(input.skuId, 'SKU'));
    if (!sku) throw notFound('SKU');
    const unit = BigInt(sku.unifiedPrice);
    const total = unit * BigInt(input.quantity);
    // Hot path (measured: every order). The idempotency key: a retry of the same number waits here for the
    // first to commit, then finds it.
    const [row] = (await this.txHost.tx.query(
      `INSERT INTO orders (member_id, client_order_no, request_hash, sku_id, quantity, unit_price, total, status, recharge_account, device_fingerprint,
                           placed_by_user_id, placed_by_api_key_id, placed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PROCESSING', $8, $9, $10, $11, $12)
       ON CONFLICT (member_id, client_order_no) DO NOTHING RETURNING *`,
      [actor.organizationId, input.clientOrderNo, hash, sku.id, input.quantity, unit.toString(), total.toString(), input.rechargeAccount ?? null, deviceFingerprint,
        actor.kind === 'user' ? actor.userId : null, actor.kind === 'apiKey' ? actor.apiKeyId : null, placedAt],
    )) as Record<string, unknown>[];
    if (!row) return this.replay(actor, input, hash);
    const order = this.lifecycle.created(fromRow(row));
    await this.events.publish(new OrderPlacedEvent(actor, orderFacts(order)));

    // Refusals that save nothing (the insert above rolls back with them).
    const topup = sku.deliveryMode === DeliveryMode.DIRECT_TOPUP;
    if (sku.status === SkuStatus.ACTIVE && topup && !input.rechargeAccount) throw validationFailed({ rechargeAccount: ['the account to top up is required for a direct top-up'] });
    const risk = (await this.allianceSettings.current()).risk;
    if (total > risk.unverifiedOrderCapFen && !(await this.qualifications.realNameVerified(actor.organizationId))) {
      throw new AppError(ErrorCode.REAL_NAME_REQUIRED, `Members without a verified legal representative may order at most ${risk.unverifiedOrderCapFen} fen at a time`, {
        capFen: risk.unverifiedOrderCapFen.toString(),
      });
    }
    if (deviceFingerprint) await this.watchDevice(actor, deviceFingerprint, order.id);
    if (sku.status !== SkuStatus.ACTIVE) return this.fail(actor, order, ErrorCode.SKU_UNAVAILABLE);

    // The wallet first (a lock per member), so codes are never claimed for an order that cannot pay; the
    // velocity limit behind the same lock, so a member's concurrent orders are counted exactly.
    const wallet = await this.ledger.lockWallet(actor.organizationId);
    await this.velocity.check(actor.organizationId, placedAt);
    if (wallet.balance < total) return this.fail(actor, order, ErrorCode.INSUFFICIENT_BALANCE);

    if (total > risk.reviewAboveFen) return this.hold(actor, order, wallet.accountId, risk.reviewAboveFen);
    if (topup) {
      const dispatched = await this.topups.start(actor, order, wallet.accountId);
      if (!dispatched.task) return { order: dispatched.order, codes: null, failure: orderFailed(ErrorCode.TOPUP_FAILED, order.id, FAILURE_MESSAGES.TOPUP_FAILED!) };
      await this.velocity.count(actor.organizationId, placedAt);
      return { order: dispatched.order, codes: null, failure: null };
    }
    const delivered = await this.deliver(actor, order, wallet.accountId, started);
    if (!delivered && docked) throw new StockTakenMeanwhile();
    if (!delivered) return this.fail(actor, order, ErrorCode.SOLD_OUT);
    await this.velocity.count(actor.organizationId, placedAt);
    return { ...delivered, failure: null };
  }

  /** The order fails and is saved; nothing was charged. */
  private async fail(actor: Actor, order: OrderEntity, code: ErrorCode): Promise<OrderResult> {
    const failed = await this.lifecycle.transition(actor, order, OrderEvent.FAIL, { failureCode: code });
    return { order: failed, codes: null, failure: orderFailed(code, order.id, FAILURE_MESSAGES[code] ?? code) };
  }

  /**
   * Claims the codes from the first offer routing names that can serve the whole quantity, sells them to a
   * new order line, posts the ledger from `payFrom` (the wallet, or the hold of a reviewed order) and moves
   * the order to DELIVERED. Null when no offer can serve: then nothing but the attempts was written.
   */
  private async deliver(actor: Actor, order: OrderEntity, payFrom: string, started: bigint): Promise<{ order: OrderEntity; codes: SoldCode[] } | null> {
    const plan = await this.routing.plan(order.skuId);
    this.fulfilment.recordRanking(order.id, plan, order.placedAt);
    const attempts: Partial<OrderAttemptEntity>[] = plan.excluded.map((x) => ({ offerId: x.offerId, outcome: AttemptOutcome.UNAVAILABLE, position: null, reason: x.reason }));
    let chosen: { candidate: RoutingCandidate; codeIds: string[] } | null = null;
    // Codes being claimed by other orders are skipped first; only when no offer can serve is it checked again
    // waiting on them, so a SOLD_OUT answer is never caused by an order that is about to roll back.
    for (const skipLocked of [true, false]) {
      const tried: Partial<OrderAttemptEntity>[] = [];
      for (const candidate of plan.candidates) {
        const codeIds = await this.codes.claim(candidate.offerId, order.quantity, skipLocked);
        const served = codeIds.length === order.quantity;
        tried.push({ offerId: candidate.offerId, outcome: served ? AttemptOutcome.DELIVERED : AttemptOutcome.NO_STOCK, position: candidate.position, reason: candidate.reason });
        if (served) {
          chosen = { candidate, codeIds };
          break;
        }
      }
      if (chosen || !skipLocked) {
        attempts.push(...tried);
        break;
      }
    }
    await this.fulfilment.recordAttempts(order.id, attempts);
    if (!chosen) return null;

    const { candidate, codeIds } = chosen;
    const line = await this.fulfilment.addLine(order, candidate.offerId, candidate.supplierId, candidate.settlementPrice);
    const codes = await this.codes.sell(actor, { offerId: candidate.offerId, supplierId: candidate.supplierId, codeIds }, line.id);
    await this.fulfilment.postSale(order, payFrom, candidate.supplierId, candidate.settlementPrice);
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    const delivered = await this.lifecycle.transition(actor, order, OrderEvent.DELIVER, { deliveredAt: this.clock.now(), latencyMs: latencyMs.toFixed(3) }, {
      offerId: candidate.offerId, codeIds: codes.map((c) => c.id), revealedToBuyer: actor.organizationId === order.memberId,
    });
    return { order: delivered, codes };
  }

  /** A large order waits for an admin: its amount moves from the wallet to the hold, before any code is claimed. */
  private async hold(actor: Actor, order: OrderEntity, wallet: string, thresholdFen: bigint): Promise<OrderResult> {
    const total = BigInt(order.total);
    const hold = await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.memberId);
    await this.ledger.post(LedgerTransactionType.HOLD, [{ accountId: wallet, amount: -total }, { accountId: hold, amount: total }], { orderId: order.id, reference: order.clientOrderNo });
    const held = await this.lifecycle.transition(actor, order, OrderEvent.HOLD);
    await this.risk.raise(RiskEventType.LARGE_ORDER, order.memberId, { type: 'order', id: order.id }, { total: order.total, thresholdFen: thresholdFen.toString() }, actor);
    await this.velocity.count(order.memberId, order.placedAt);
    return { order: held, codes: null, failure: new AppError(ErrorCode.RISK_REVIEW, 'The order is held for review by the alliance; its amount is reserved', { orderId: order.id }) };
  }

  /** An admin's decision on a held order: deliver it from the hold, or give the amount back. */
  @UnitOfWork()
  async reviewHeld(actor: UserActor, orderId: string, approve: boolean, note: string): Promise<OrderEntity> {
    if (note.trim().length < 2) throw validationFailed({ note: ['say why'] });
    let order = await this.lifecycle.lock(orderId);
    if (!order) throw notFound('Order');
    const action = approve ? OrderEvent.APPROVE : OrderEvent.REJECT;
    if (order.status !== OrderStatus.PENDING_REVIEW) throw invalidTransition(order.status, action);
    const hold = await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.memberId);
    const release = async () =>
      this.ledger.post(
        LedgerTransactionType.RELEASE,
        [{ accountId: hold, amount: -BigInt(order!.total) }, { accountId: await this.ledger.account(LedgerAccountKind.MEMBER_WALLET, order!.memberId), amount: BigInt(order!.total) }],
        { orderId: order!.id, reference: order!.clientOrderNo, userId: actor.userId },
      );
    let outcome: string;
    if (!approve) {
      await release();
      order = await this.lifecycle.transition(actor, order, OrderEvent.REJECT, { failureCode: 'REJECTED' });
      outcome = 'REJECTED';
    } else {
      order = await this.lifecycle.transition(actor, order, OrderEvent.APPROVE);
      const sku = await this.skus.forOrder(order.skuId);
      if (sku?.deliveryMode === DeliveryMode.DIRECT_TOPUP) {
        const dispatched = await this.topups.dispatch(actor, order);
        order = dispatched.order;
        outcome = dispatched.task ? 'TOPUP_DISPATCHED' : 'REFUNDED';
      } else {
        const delivered = await this.deliver(actor, order, hold, process.hrtime.bigint());
        if (delivered) order = delivered.order;
        else {
          await release();
          order = await this.lifecycle.transition(actor, order, OrderEvent.FAIL, { failureCode: ErrorCode.SOLD_OUT });
        }
        outcome = delivered ? 'DELIVERED' : ErrorCode.SOLD_OUT;
      }
    }
    await this.risk.decideAbout(actor, { type: 'order', id: order.id }, approve ? RiskEventStatus.DISMISSED : RiskEventStatus.CONFIRMED, note.trim());
    await this.events.publish(new OrderReviewedEvent(actor, orderFacts(order), approve ? 'APPROVE' : 'REJECT', outcome, note.trim()));
    return order;
  }

  /** A device seen across several member organisations is flagged once, when it crosses the threshold. */
  private async watchDevice(actor: Actor, fingerprint: string, orderId: string): Promise<void> {
    const seen = await this.orders.exists({ where: { deviceFingerprint: fingerprint, memberId: actor.organizationId, id: Not(orderId) } });
    if (seen) return;
    const members = await this.orders.createQueryBuilder('o').select('count(DISTINCT o.member_id)::int', 'n').where('o.device_fingerprint = :fingerprint', { fingerprint }).getRawOne<{ n: number }>();
    if (members?.n === this.config.risk.deviceSharedMembers) {
      const device = createHash('sha256').update(fingerprint).digest('hex').slice(0, 32);
      await this.risk.raise(RiskEventType.SHARED_DEVICE, actor.organizationId, { type: 'device', id: device }, { members: members.n, orderId }, actor);
    }
  }

  /** The same clientOrderNo again: the same order, or IDEMPOTENCY_CONFLICT when the payload differs. */
  private async replay(actor: Actor, input: PlaceOrder, hash: string): Promise<OrderResult> {
    const order = await this.orders.findOneOrFail({ where: { memberId: actor.organizationId, clientOrderNo: input.clientOrderNo } });
    if (order.requestHash !== hash) {
      throw new AppError(ErrorCode.IDEMPOTENCY_CONFLICT, `Order ${input.clientOrderNo} exists with a different payload`, { orderId: order.id });
    }
    if (order.status === OrderStatus.FAILED) {
      const code = order.failureCode as ErrorCode;
      return { order, codes: null, failure: orderFailed(code, order.id, FAILURE_MESSAGES[code] ?? `Order failed: ${code}`) };
    }
    if (order.status === OrderStatus.PENDING_REVIEW) {
      return { order, codes: null, failure: new AppError(ErrorCode.RISK_REVIEW, 'The order is held for review by the alliance; its amount is reserved', { orderId: order.id }) };
    }
    const cards = order.status === OrderStatus.DELIVERED && (await this.skus.forOrder(order.skuId))?.deliveryMode === DeliveryMode.CARD_CODE;
    return { order, codes: cards ? await this.revealInTx(actor, order) : null, failure: null };
  }

  /** The buyer (or nobody else) sees the codes again; each reveal is recorded. */
  @UnitOfWork()
  async reveal(actor: Actor, orderId: string): Promise<SoldCode[]> {
    const order = await this.orders.findOne({ where: { id: assertId(orderId, 'Order') } });
    if (!order || order.memberId !== actor.organizationId) throw notFound('Order');
    const sku = await this.skus.forOrder(order.skuId);
    if (sku?.deliveryMode !== DeliveryMode.CARD_CODE) throw invalidTransition(order.status, 'reveal codes of a direct top-up (it has none)');
    if (order.status === OrderStatus.PENDING_REVIEW || order.status === OrderStatus.PROCESSING || order.status === OrderStatus.FAILED || order.status === OrderStatus.CANCELLED) {
      throw invalidTransition(order.status, 'reveal codes');
    }
    return this.revealInTx(actor, order);
  }

  private async revealInTx(actor: Actor, order: OrderEntity): Promise<SoldCode[]> {
    const codes = await this.codes.ofOrderLines((await this.lines(order.id)).map((l) => l.id));
    await this.events.publish(new OrderCodesRevealedEvent(actor as UserActor, order.id, order.memberId, codes.map((c) => c.id)));
    return codes;
  }

  lines(orderId: string): Promise<OrderLineEntity[]> {
    return this.txHost.tx.getRepository(OrderLineEntity).find({ where: { orderId }, order: { id: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<OrderEntity> {
    const order = await this.orders.findOne({ where: { id: assertId(id, 'Order') } });
    if (!order || (!isAlliance(actor) && order.memberId !== actor.organizationId)) throw notFound('Order');
    return order;
  }

  /** The whole ranking routing made for the order at its moment (null: never routed, e.g. failed before). */
  ranking(orderId: string): Promise<OrderRanking | null> {
    return this.fulfilment.ranking(orderId);
  }

  attempts(orderId: string): Promise<OrderAttemptEntity[]> {
    return this.txHost.tx.getRepository(OrderAttemptEntity).find({ where: { orderId }, order: { id: 'ASC' } });
  }

  // After-sales (issue 11): what the tickets module needs of orders, as new methods beside the placement path.

  /**
   * Locks an order for after-sales (the root of its lines and sold codes): a ticket's resolution takes it
   * after the ticket and before any code or money moves.
   */
  async lockForAfterSales(orderId: string): Promise<OrderFacts> {
    const order = await this.lifecycle.lock(orderId);
    if (!order) throw notFound('Order');
    return orderFacts(order);
  }

  /** An order line and its order (the caller decides who may see them). */
  async lineWithOrder(orderLineId: string): Promise<{ line: OrderLineFacts; order: OrderFacts & { unitPrice: string } } | null> {
    const line = await this.txHost.tx.getRepository(OrderLineEntity).findOne({ where: { id: assertId(orderLineId, 'Order line') } });
    if (!line) return null;
    const order = await this.orders.findOneOrFail({ where: { id: line.orderId } });
    return { line, order: { ...orderFacts(order), unitPrice: order.unitPrice } };
  }

  /** A reissue from a backup offer: a new line on the order for the replacement codes; the member pays nothing more. */
  async addReissueLine(orderId: string, offerId: string, supplierId: string, unitSettlement: string, quantity: number): Promise<OrderLineFacts> {
    const repo = this.txHost.tx.getRepository(OrderLineEntity);
    const line = repo.create({ orderId, offerId, supplierId, quantity, unitSettlement, status: OrderLineStatus.DELIVERED });
    await repo.insert(line);
    return line;
  }

  /**
   * After-sales refund to the member's wallet, up to what the order has left to refund. Charged to the
   * supplier when it was at fault, as the reversal of the sale: the supplier gives back its settlement share
   * and the alliance its margin, pro rata; otherwise the alliance pays it all from its revenue. The order and
   * the line move to PARTIALLY_REFUNDED, or REFUNDED when nothing is left (OrderRefundedEvent: order.refunded).
   */
  async refundAfterSales(
    actor: Actor | null,
    input: { orderLineId: string; amount: bigint | null; chargeSupplier: boolean; reason: string; reference: string },
  ): Promise<{ transactionId: string; full: boolean; amount: bigint }> {
    // The order (the root) first, then its line.
    const { orderId } = await this.txHost.tx.getRepository(OrderLineEntity).findOneOrFail({ where: { id: input.orderLineId }, select: { id: true, orderId: true } });
    const order = (await this.lifecycle.lock(orderId))!;
    const line = await this.lifecycle.lines.lockOrFail(input.orderLineId);
    const action = OrderEvent.REFUND_PART;
    if (order.status !== OrderStatus.DELIVERED && order.status !== OrderStatus.PARTIALLY_REFUNDED) throw invalidTransition(order.status, action);
    const left = BigInt(order.total) - (await this.ledger.refundedOf(order.id, order.memberId));
    // Nothing asked: what is left of the line's value (the member's price of its units).
    const amount = input.amount ?? (() => { const value = BigInt(order.unitPrice) * BigInt(line.quantity); return value < left ? value : left; })();
    if (amount <= 0n) throw validationFailed({ amount: [left > 0n ? 'must be more than zero' : 'nothing is left to refund on this order'] });
    if (amount > left) throw validationFailed({ amount: [`at most ${left} fen is left to refund on this order`] }, `At most ${left} fen is left to refund on this order`);
    const supplierShare = input.chargeSupplier ? (amount * BigInt(line.unitSettlement)) / BigInt(order.unitPrice) : 0n;
    const transactionId = (await this.ledger.postAfterSales(
      LedgerTransactionType.REFUND,
      [
        { kind: LedgerAccountKind.MEMBER_WALLET, organizationId: order.memberId, amount },
        { kind: LedgerAccountKind.SUPPLIER_PAYABLE, organizationId: line.supplierId, amount: -supplierShare },
        { kind: LedgerAccountKind.ALLIANCE_REVENUE, organizationId: null, amount: supplierShare - amount },
      ],
      { orderId: order.id, reference: input.reference, memo: input.reason, userId: actor?.kind === 'user' ? actor.userId : null },
    ))!;
    const full = amount === left;
    const details = { amount: amount.toString(), reason: input.reason, reference: input.reference, orderLineId: line.id, transactionId };
    if (line.status !== OrderLineStatus.REFUNDED) await this.lifecycle.transitionLine(actor, line, full ? OrderLineEvent.REFUND_ALL : OrderLineEvent.REFUND_PART, details);
    await this.lifecycle.transition(actor, order, full ? OrderEvent.REFUND_ALL : OrderEvent.REFUND_PART, {}, details);
    return { transactionId, full, amount };
  }
}
