import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { OrderDeliveredEvent, OrderFailedEvent, OrderRefundedEvent } from '../../orders/orders.events';
import { DashboardRollupService } from '../services/dashboard-rollup.service';

/** The dashboards count each order's outcome in the transaction that made it. */
@Injectable()
export class DashboardHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly rollup: DashboardRollupService,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(OrderDeliveredEvent, 'dashboards.delivered', (e) => this.rollup.delivered(e.order));
    this.events.onTransaction(OrderFailedEvent, 'dashboards.failed', (e) => this.rollup.failed(e.order));
    this.events.onTransaction(OrderRefundedEvent, 'dashboards.refunded', (e) => this.rollup.refunded(e.order, e.details));
  }
}
