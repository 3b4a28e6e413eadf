import type { TicketEntity } from './entities/ticket.entity';
import type { TicketFacts } from './tickets.events';

/** TK000123: the number people read out on the phone. */
export const ticketNumber = (n: string | number) => `TK${String(n).padStart(6, '0')}`;

export const ticketFacts = (t: TicketEntity): TicketFacts => ({
  id: t.id, orderId: t.orderId, orderLineId: t.orderLineId, memberId: t.memberId, supplierId: t.supplierId, category: t.category, tier: t.tier,
  status: t.status, codeIds: t.codeIds, openedAt: t.openedAt, number: ticketNumber(t.number), level: t.level, cycle: t.cycle,
});
