import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { Metrics } from '../../../common/metrics';
import { OrderDeliveredEvent, OrderFailedEvent, OrderHeldEvent, OrderRefundedEvent } from '../../orders/orders.events';
import { SlaBreachedEvent } from '../../tickets/tickets.events';

/**
 * Domain facts counted as they commit (never for a change that rolled back): orders by outcome with their
 * delivery latency, SLA breaches by tier. The order path does not know it is counted.
 */
@Injectable()
export class MetricsHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    const { orders, orderLatency, slaBreaches } = this.metrics;
    this.events.afterCommit(OrderDeliveredEvent, 'metrics.orders', (e) => {
      orders.inc({ outcome: 'DELIVERED', reason: '' });
      if (e.order.deliveredAt) orderLatency.observe({ mode: e.order.rechargeAccount ? 'DIRECT_TOPUP' : 'CARD_CODE' }, Math.max(0, e.order.deliveredAt.getTime() - e.order.placedAt.getTime()) / 1000);
    });
    this.events.afterCommit(OrderFailedEvent, 'metrics.orders', (e) => orders.inc({ outcome: 'FAILED', reason: e.order.failureCode ?? '' }));
    this.events.afterCommit(OrderHeldEvent, 'metrics.orders', () => orders.inc({ outcome: 'HELD', reason: '' }));
    this.events.afterCommit(OrderRefundedEvent, 'metrics.orders', (e) => orders.inc({ outcome: 'REFUNDED', reason: e.to }));
    this.events.afterCommit(SlaBreachedEvent, 'metrics.sla', (e) => slaBreaches.inc({ tier: e.tier, metric: e.metric }));
  }
}
