import { AuditEventType, type OrderEvent, type OrderLineEvent, type OrderLineStatus, type OrderStatus, type TopupAction, type TopupTaskStatus } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';
import type { SettlementPriceNotice } from '../catalog/catalog.events';

/** What an order event carries of the order: enough for audit, webhooks and live updates, no codes. */
export interface OrderFacts {
  id: string;
  memberId: string;
  clientOrderNo: string;
  skuId: string;
  quantity: number;
  total: string;
  status: OrderStatus;
  rechargeAccount: string | null;
  failureCode: string | null;
  placedAt: Date;
  deliveredAt: Date | null;
}

/** A new order row: the idempotency key taken, nothing decided yet. */
export class OrderPlacedEvent extends DomainEvent {
  readonly type = 'order.placed';
  constructor(actor: Actor | null, readonly order: OrderFacts) {
    super(actor);
  }
}

/** Every order status change (OrderLifecycleService.transition); subclasses name the ones that matter. */
export class OrderStatusChangedEvent extends DomainEvent {
  readonly type: string = 'order.status_changed';
  constructor(
    actor: Actor | null,
    readonly order: OrderFacts,
    readonly from: OrderStatus,
    readonly action: OrderEvent,
    readonly details: Record<string, unknown> = {},
  ) {
    super(actor);
  }

  get to(): OrderStatus {
    return this.order.status;
  }

  protected record(payload: Record<string, unknown>): AuditRecord {
    return { organizationId: this.order.memberId, subjectType: 'order', subjectId: this.order.id, payload, hot: true };
  }
}

/** Codes delivered (card orders), or the top-up done: `details` has offerId, codeIds or reference, latency. */
export class OrderDeliveredEvent extends OrderStatusChangedEvent {
  override readonly type = AuditEventType.ORDER_DELIVERED;
  override audit() {
    return this.record({ skuId: this.order.skuId, quantity: this.order.quantity, total: this.order.total, ...this.details });
  }
}

/** Nothing charged (or, for a top-up, the reserved amount given back: `details.refunded`). */
export class OrderFailedEvent extends OrderStatusChangedEvent {
  override readonly type = AuditEventType.ORDER_FAILED;
  override audit() {
    return this.record({ code: this.order.failureCode, skuId: this.order.skuId, quantity: this.order.quantity, ...this.details });
  }
}

/** Over the risk threshold: waiting for an admin with its amount reserved. */
export class OrderHeldEvent extends OrderStatusChangedEvent {
  override readonly type = AuditEventType.ORDER_HELD;
  override audit() {
    return this.record({ total: this.order.total, ...this.details });
  }
}

/** Money back to the member after delivery (after-sales): `details.amount`, `details.reason`. */
export class OrderRefundedEvent extends OrderStatusChangedEvent {
  override readonly type = AuditEventType.ORDER_REFUNDED;
  override audit() {
    return this.record({ total: this.order.total, ...this.details });
  }
}

export const ORDER_EVENT_BY_STATUS: Partial<Record<OrderStatus, typeof OrderStatusChangedEvent>> = {
  DELIVERED: OrderDeliveredEvent,
  FAILED: OrderFailedEvent,
  PENDING_REVIEW: OrderHeldEvent,
  PARTIALLY_REFUNDED: OrderRefundedEvent,
  REFUNDED: OrderRefundedEvent,
};

/** An admin's decision on a held order, and what came of it. */
export class OrderReviewedEvent extends DomainEvent {
  readonly type = AuditEventType.ORDER_REVIEWED;
  constructor(
    actor: Actor,
    readonly order: OrderFacts,
    readonly decision: 'APPROVE' | 'REJECT',
    readonly outcome: string,
    readonly note: string,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.order.memberId, subjectType: 'order', subjectId: this.order.id, payload: { decision: this.decision, outcome: this.outcome, note: this.note } };
  }
}

/** The buyer saw its codes again. */
export class OrderCodesRevealedEvent extends DomainEvent {
  readonly type = AuditEventType.ORDER_CODES_REVEALED;
  constructor(
    actor: Actor,
    readonly orderId: string,
    readonly memberId: string,
    readonly codeIds: string[],
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.memberId, subjectType: 'order', subjectId: this.orderId, payload: { codeIds: this.codeIds }, hot: true };
  }
}

export interface OrderLineFacts {
  id: string;
  orderId: string;
  offerId: string;
  supplierId: string;
  quantity: number;
  unitSettlement: string;
  status: OrderLineStatus;
}

export class OrderLineStatusChangedEvent extends DomainEvent {
  readonly type = 'order_line.status_changed';
  constructor(
    actor: Actor | null,
    readonly line: OrderLineFacts,
    readonly from: OrderLineStatus,
    readonly action: OrderLineEvent,
    readonly details: Record<string, unknown> = {},
  ) {
    super(actor);
  }
}

export interface TopupTaskFacts {
  id: string;
  orderId: string;
  offerId: string;
  supplierId: string;
  status: TopupTaskStatus;
  rechargeAccount: string;
  quantity: number;
  deadlineAt: Date;
  reference: string | null;
  failureReason: string | null;
}

/** A top-up task created (`from` null) or moved along its lifecycle. */
export class TopupTaskChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly task: TopupTaskFacts,
    readonly from: TopupTaskStatus | null,
    readonly action: TopupAction | null,
  ) {
    super(actor);
  }

  get type(): string {
    return this.from === null ? AuditEventType.TOPUP_TASK_CREATED : AuditEventType.TOPUP_TASK_CHANGED;
  }

  override audit(): AuditRecord {
    const t = this.task;
    const payload =
      this.from === null
        ? { orderId: t.orderId, offerId: t.offerId, deadlineAt: t.deadlineAt.toISOString() }
        : { action: this.action, from: this.from, to: t.status, reference: t.reference ?? undefined, failureReason: t.failureReason ?? undefined };
    return { organizationId: t.supplierId, subjectType: 'topup_task', subjectId: t.id, payload, hot: true };
  }
}

/**
 * The members who bought a SKU lately (SETTLEMENT_NOTICE_BUYER_DAYS), found by the orders when one of the SKU's
 * suppliers scheduled a settlement-price change (the catalog's OfferPriceScheduledEvent): the notifications tell them.
 */
export class SkuBuyersToTellEvent extends DomainEvent {
  readonly type = 'orders.sku_buyers_to_tell';
  constructor(
    actor: Actor | null,
    readonly notice: SettlementPriceNotice,
    readonly memberIds: string[],
  ) {
    super(actor);
  }
}
