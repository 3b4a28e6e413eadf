import { orderLifecycle, orderLineLifecycle, type OrderEvent, type OrderLineEvent } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { invalidTransition } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { nextStatus } from '../../../common/transition';
import { OrderLineEntity } from '../entities/order-line.entity';
import { OrderEntity } from '../entities/order.entity';
import { ORDER_EVENT_BY_STATUS, OrderLineStatusChangedEvent, OrderStatusChangedEvent, type OrderFacts } from '../orders.events';

export const orderFacts = (o: OrderEntity): OrderFacts => ({
  id: o.id, memberId: o.memberId, clientOrderNo: o.clientOrderNo, skuId: o.skuId, quantity: o.quantity, total: o.total, status: o.status,
  rechargeAccount: o.rechargeAccount, failureCode: o.failureCode, placedAt: o.placedAt, deliveredAt: o.deliveredAt,
});

/**
 * The one way an order's or an order line's status changes. Each transition is checked against its table in
 * packages/domain (orderLifecycle, orderLineLifecycle), written only if the row is still in the status the
 * caller saw, and published on the event bus, where audit, webhooks and (later) live updates pick it up.
 */
@Injectable()
export class OrderLifecycleService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
  ) {}

  async transition(
    actor: Actor | null,
    order: OrderEntity,
    action: OrderEvent,
    changes: Partial<Pick<OrderEntity, 'failureCode' | 'deliveredAt' | 'latencyMs'>> = {},
    details: Record<string, unknown> = {},
  ): Promise<OrderEntity> {
    const next = nextStatus(orderLifecycle, order.status, action, undefined);
    const moved = await this.txHost.tx.getRepository(OrderEntity).update({ id: order.id, status: order.status }, { ...changes, status: next });
    if (!moved.affected) throw invalidTransition(order.status, action);
    const updated = Object.assign(new OrderEntity(), order, changes, { status: next });
    const EventOf = ORDER_EVENT_BY_STATUS[next] ?? OrderStatusChangedEvent;
    await this.events.publish(new EventOf(actor, orderFacts(updated), order.status, action, details));
    return updated;
  }

  async transitionLine(actor: Actor | null, line: OrderLineEntity, action: OrderLineEvent, details: Record<string, unknown> = {}): Promise<OrderLineEntity> {
    const next = nextStatus(orderLineLifecycle, line.status, action, undefined);
    const moved = await this.txHost.tx.getRepository(OrderLineEntity).update({ id: line.id, status: line.status }, { status: next });
    if (!moved.affected) throw invalidTransition(line.status, action);
    const updated = Object.assign(new OrderLineEntity(), line, { status: next });
    await this.events.publish(new OrderLineStatusChangedEvent(actor, updated, line.status, action, details));
    return updated;
  }
}
