import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { TicketResolutionService } from '../services/ticket-resolution.service';
import { TicketOpenedEvent } from '../tickets.events';

/** A new ticket meets its supplier's auto-resolution rules, in the transaction that filed it. */
@Injectable()
export class AutoResolutionHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly resolutions: TicketResolutionService,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(TicketOpenedEvent, 'tickets.auto-resolution', (e) => this.resolutions.autoResolve(e.ticket));
  }
}
