import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { NotificationsCreatedEvent } from '../../notifications/notifications.events';
import { OrderStatusChangedEvent } from '../../orders/orders.events';
import {
  ArbitrationRuledEvent,
  SlaBreachedEvent,
  TicketMessagePostedEvent,
  TicketOpenedEvent,
  TicketReopenedEvent,
  TicketResolvedEvent,
  TicketStatusChangedEvent,
} from '../../tickets/tickets.events';
import { LiveService, type LiveTopic } from '../services/live.service';

/** After commit (never before): what changed goes out as `{topic, id, version}` to every instance. */
@Injectable()
export class LiveHandlers implements OnModuleInit {
  private readonly log = new Logger(LiveHandlers.name);

  constructor(
    private readonly events: EventBus,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    const send = (topic: LiveTopic, id: string) => this.live.publish(topic, id).catch((err: Error) => this.log.warn(`live updates: NOTIFY failed: ${err.message}`));
    for (const type of [TicketOpenedEvent, TicketStatusChangedEvent, TicketResolvedEvent, TicketReopenedEvent, SlaBreachedEvent, ArbitrationRuledEvent]) {
      this.events.afterCommit(type, 'live.ticket', (e) => send('ticket', e.ticket.id));
    }
    this.events.afterCommit(TicketMessagePostedEvent, 'live.ticket-message', async (e) => {
      await send('ticket_message', e.messageId);
      await send('ticket', e.ticket.id);
    });
    this.events.afterCommit(NotificationsCreatedEvent, 'live.notification', async (e) => {
      for (const n of e.notifications) await send('notification', n.id);
    });
    this.events.afterCommit(OrderStatusChangedEvent, 'live.order', (e) => send('order', e.order.id));
  }
}
