import { orderLifecycle, orderLineLifecycle, type OrderEvent, type OrderLineEvent, type OrderLineStatus, type OrderStatus } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { assertId } from '../../../common/errors';
import { Lifecycles } from '../../../common/unit-of-work/lifecycle';
import { OrderLineEntity } from '../entities/order-line.entity';
import { OrderEntity } from '../entities/order.entity';
import { ORDER_EVENT_BY_STATUS, OrderLineStatusChangedEvent, OrderStatusChangedEvent, type OrderFacts } from '../orders.events';

export const orderFacts = (o: OrderEntity): OrderFacts => ({
  id: o.id, memberId: o.memberId, clientOrderNo: o.clientOrderNo, skuId: o.skuId, quantity: o.quantity, total: o.total, status: o.status,
  rechargeAccount: o.rechargeAccount, failureCode: o.failureCode, placedAt: o.placedAt, deliveredAt: o.deliveredAt,
});

/**
 * The order aggregate's lifecycle: the order is the root (locked first, or created in this unit of work), its
 * lines, attempts, top-up tasks and sold codes its children. Each transition is checked against its table in
 * packages/domain (orderLifecycle, orderLineLifecycle), guarded on the status the caller locked, and
 * published on the event bus, where audit, webhooks and live updates pick it up.
 */
@Injectable()
export class OrderLifecycleService {
  readonly orders;
  readonly lines;

  constructor(lifecycles: Lifecycles) {
    this.orders = lifecycles.define<OrderEntity, OrderStatus, OrderEvent>({
      aggregate: 'order', label: 'Order', entity: OrderEntity, machine: orderLifecycle,
      events: ({ actor, after, from, action, details }) => new (ORDER_EVENT_BY_STATUS[after.status] ?? OrderStatusChangedEvent)(actor, orderFacts(after), from, action, details),
    });
    this.lines = lifecycles.define<OrderLineEntity, OrderLineStatus, OrderLineEvent>({
      aggregate: 'order_line', label: 'Order line', entity: OrderLineEntity, machine: orderLineLifecycle, root: { aggregate: 'order', idOf: (l) => l.orderId },
      events: ({ actor, after, from, action, details }) => new OrderLineStatusChangedEvent(actor, after, from, action, details),
    });
  }

  /** Locks an order (the root) for a change; null when it does not exist. */
  lock(orderId: string): Promise<OrderEntity | null> {
    return this.orders.lock(assertId(orderId, 'Order'));
  }

  /** An order this unit of work has just inserted. */
  created(order: OrderEntity): OrderEntity {
    return this.orders.created(order);
  }

  transition(
    actor: Actor | null,
    order: OrderEntity,
    action: OrderEvent,
    changes: Partial<Pick<OrderEntity, 'failureCode' | 'deliveredAt' | 'latencyMs'>> = {},
    details: Record<string, unknown> = {},
  ): Promise<OrderEntity> {
    return this.orders.transition(actor, order, action, changes, { details });
  }

  transitionLine(actor: Actor | null, line: OrderLineEntity, action: OrderLineEvent, details: Record<string, unknown> = {}): Promise<OrderLineEntity> {
    return this.lines.transition(actor, line, action, {}, { details });
  }
}
