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
  type TicketFacts,
} from '../../tickets/tickets.events';
import { LiveService, type LiveAudience, type LiveTopic } from '../services/live.service';

/**
 * After commit (never before): what changed goes out as `{topic, id, version}` to every instance, with who may
 * see it (the organisations, or the person), so each instance refetches only for those subscribers.
 */
@Injectable()
export class LiveHandlers implements OnModuleInit {
  private readonly log = new Logger(LiveHandlers.name);

  constructor(
    private readonly events: EventBus,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    const send = (topic: LiveTopic, id: string, audience: LiveAudience) =>
      this.live.publish(topic, id, audience).catch((err: Error) => this.log.warn(`live updates: NOTIFY failed: ${err.message}`));
    // A ticket is seen by its member and its supplier (alliance staff see everything).
    const parties = (t: TicketFacts): LiveAudience => ({ orgs: [...new Set([t.memberId, t.supplierId])] });
    for (const type of [TicketOpenedEvent, TicketStatusChangedEvent, TicketResolvedEvent, TicketReopenedEvent, SlaBreachedEvent, ArbitrationRuledEvent]) {
      this.events.afterCommit(type, 'live.ticket', (e) => send('ticket', e.ticket.id, parties(e.ticket)));
    }
    this.events.afterCommit(TicketMessagePostedEvent, 'live.ticket-message', async (e) => {
      await send('ticket_message', e.messageId, parties(e.ticket));
      await send('ticket', e.ticket.id, parties(e.ticket));
    });
    // A notification is its recipient's alone.
    this.events.afterCommit(NotificationsCreatedEvent, 'live.notification', async (e) => {
      for (const n of e.notifications) await send('notification', n.id, { users: [n.userId] });
    });
    // An order is seen by the member that placed it.
    this.events.afterCommit(OrderStatusChangedEvent, 'live.order', (e) => send('order', e.order.id, { orgs: [e.order.memberId] }));
  }
}
