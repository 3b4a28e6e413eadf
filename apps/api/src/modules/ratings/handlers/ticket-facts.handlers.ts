import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { ArbitrationRuledEvent, TicketResolvedEvent } from '../../tickets/tickets.events';
import { RatingService } from '../services/rating.service';

/**
 * The ticket facts that exclude or flag ratings, kept in the ratings module's own table from the tickets
 * module's events, in the transaction that resolved the ticket.
 */
@Injectable()
export class TicketFactsHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly ratings: RatingService,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(TicketResolvedEvent, 'ratings.member-fault', (e) => (e.fault === 'MEMBER' ? this.ratings.memberAtFault(e.ticket) : undefined));
    this.events.onTransaction(ArbitrationRuledEvent, 'ratings.ruling', (e) => this.ratings.ruled(e.ticket, e.against));
  }
}
