import { ticketLifecycle, type TicketAction, type TicketStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { Lifecycles } from '../../../common/unit-of-work/lifecycle';
import { TicketEntity } from '../entities/ticket.entity';
import { ticketFacts } from '../ticket-facts';
import { TicketStatusChangedEvent } from '../tickets.events';

/**
 * The ticket aggregate's lifecycle: the ticket is the root; its messages, resolutions and SLA clocks are
 * children, locked (or written) only once the ticket is locked. Shared by the ticket and the SLA services so
 * both take the ticket first: an SLA breach and a supplier's answer queue on the ticket, never deadlock.
 */
@Injectable()
export class TicketLifecycleService {
  readonly tickets;

  constructor(
    lifecycles: Lifecycles,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
  ) {
    this.tickets = lifecycles.define<TicketEntity, TicketStatus, TicketAction>({
      aggregate: 'ticket', label: 'Ticket', entity: TicketEntity, machine: ticketLifecycle,
      stamp: ({ row }) => ({ version: row.version + 1, updatedAt: this.clock.now() }),
      events: ({ actor, after, from, action, reason }) => new TicketStatusChangedEvent(actor, ticketFacts(after), from, action, reason),
    });
  }

  /** A change that is not a status change (a message, a breach): the version moves, so live subscribers refetch. */
  async touch(ticket: TicketEntity, changes: Partial<TicketEntity> = {}): Promise<TicketEntity> {
    if (!this.tickets.holds(ticket)) throw new Error(`ticket ${ticket.id} touched without its lock`);
    const now = this.clock.now();
    await this.txHost.tx.getRepository(TicketEntity).update(ticket.id, { ...changes, version: ticket.version + 1, updatedAt: now });
    return Object.assign(new TicketEntity(), ticket, changes, { version: ticket.version + 1, updatedAt: now });
  }
}
