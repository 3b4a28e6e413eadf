/**
 * The tickets module's public facts (issue 11), published on the event bus inside the transaction of each
 * change. This file is the CONTRACT between after-sales (issue 11) and trust (issue 12: scorecards, probation,
 * rating exclusions): the tickets module publishes exactly these (it may add fields, never remove or rename);
 * the trust module keeps its own facts by handling them. Written ahead of both so they can be built at once.
 */
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';
import type { Actor } from '../../common/actor';

/** How the audit chain records a ticket's facts: under the ticket, in the member's organisation. */
const ticketRecord = (t: TicketFacts, payload: Record<string, unknown>): AuditRecord => ({ organizationId: t.memberId, subjectType: 'ticket', subjectId: t.id, payload });

/** Service tiers: L1 客服 support, L2 技术 tech, L3 联盟仲裁 alliance arbitration. */
export type TicketTier = 'L1' | 'L2' | 'L3';
export type SlaMetric = 'FIRST_RESPONSE' | 'RESOLUTION';
/** Who carried the loss a resolution put right (or NONE). */
export type Fault = 'SUPPLIER' | 'MEMBER' | 'NONE';
export type ResolutionKind = 'REISSUE' | 'REFUND' | 'COMPENSATION' | 'REJECTED';

export interface TicketFacts {
  id: string;
  orderId: string;
  orderLineId: string;
  memberId: string;
  supplierId: string;
  /** INVALID_CODE, CODE_ALREADY_USED, WRONG_ITEM, QUESTION, TOPUP_NOT_RECEIVED, LOST_ORDER, SYSTEM_FAULT */
  category: string;
  tier: TicketTier;
  status: string;
  codeIds: string[];
  openedAt: Date;
  /** Added: the human number (TK000123), who has it now (L3 once escalated), and the cycle (one more per reopen). */
  number: string;
  level: TicketTier;
  cycle: number;
}

/** A member filed a ticket on an order line. */
export class TicketOpenedEvent extends DomainEvent {
  readonly type: string = 'ticket.opened';
  constructor(actor: Actor | null, readonly ticket: TicketFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    const t = this.ticket;
    return ticketRecord(t, { orderId: t.orderId, orderLineId: t.orderLineId, supplierId: t.supplierId, category: t.category, tier: t.tier, codeIds: t.codeIds });
  }
}

/** Any status change of a ticket (its lifecycle table is in packages/domain). */
export class TicketStatusChangedEvent extends DomainEvent {
  readonly type: string = 'ticket.status_changed';
  constructor(
    actor: Actor | null,
    readonly ticket: TicketFacts,
    readonly from: string,
    readonly action: string,
    /** Added: why (an escalation's reason), when the action carries one. */
    readonly reason: string | null = null,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { from: this.from, action: this.action, to: this.ticket.status, ...(this.reason ? { reason: this.reason } : {}) });
  }
}

/** A ticket resolved: what was done, who was at fault, and whether the member's complaint was upheld. */
export class TicketResolvedEvent extends DomainEvent {
  readonly type: string = 'ticket.resolved';
  constructor(
    actor: Actor | null,
    readonly ticket: TicketFacts,
    readonly resolution: ResolutionKind,
    readonly fault: Fault,
    /** The complaint held (e.g. an INVALID_CODE ticket resolved by reissue or refund at the supplier's fault). */
    readonly upheld: boolean,
    /** Fen moved to the member by a REFUND or COMPENSATION ('0' otherwise). */
    readonly amount: string,
    /** Added: the resolution's record, its reason, and whether an auto-rule made it. */
    readonly resolutionId: string = '',
    readonly reason: string | null = null,
    readonly auto: boolean = false,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { resolutionId: this.resolutionId, resolution: this.resolution, fault: this.fault, upheld: this.upheld, amount: this.amount, reason: this.reason, auto: this.auto });
  }
}

/** A resolved ticket reopened by its member within 7 days (a new SLA cycle starts). */
export class TicketReopenedEvent extends DomainEvent {
  readonly type: string = 'ticket.reopened';
  constructor(
    actor: Actor | null,
    readonly ticket: TicketFacts,
    /** Added: the member's reason. */
    readonly reason: string | null = null,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { cycle: this.ticket.cycle, reason: this.reason });
  }
}

/** An SLA clock stopped (target reached or not); `met` is what the scorecard's SLA attainment counts. */
export class SlaClockStoppedEvent extends DomainEvent {
  readonly type: string = 'ticket.sla_clock_stopped';
  constructor(
    readonly ticket: TicketFacts,
    readonly metric: SlaMetric,
    readonly tier: TicketTier,
    readonly met: boolean,
    readonly businessSeconds: number,
    readonly targetSeconds: number,
    /** Added: the clock, its cycle, and who answers at its level (the supplier for L1/L2, the alliance for L3). */
    readonly clockId: string = '',
    readonly cycle: number = 1,
    readonly responsible: 'SUPPLIER' | 'ALLIANCE' = tier === 'L3' ? 'ALLIANCE' : 'SUPPLIER',
  ) {
    super(null);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { clockId: this.clockId, metric: this.metric, tier: this.tier, cycle: this.cycle, met: this.met, businessSeconds: this.businessSeconds, targetSeconds: this.targetSeconds });
  }
}

/** An SLA clock passed its due time: recorded once per clock and level, the moment it happens. */
export class SlaBreachedEvent extends DomainEvent {
  readonly type: string = 'ticket.sla_breached';
  constructor(
    readonly ticket: TicketFacts,
    readonly metric: SlaMetric,
    readonly tier: TicketTier,
    readonly dueAt: Date,
    readonly breachedAt: Date,
    /** Added: the clock and its cycle, and who answers at its level (the supplier for L1/L2, the alliance for L3). */
    readonly clockId: string = '',
    readonly cycle: number = 1,
    readonly responsible: 'SUPPLIER' | 'ALLIANCE' = tier === 'L3' ? 'ALLIANCE' : 'SUPPLIER',
  ) {
    super(null);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { clockId: this.clockId, metric: this.metric, tier: this.tier, cycle: this.cycle, dueAt: this.dueAt.toISOString(), breachedAt: this.breachedAt.toISOString() });
  }
}

/** The alliance's L3 ruling on an escalated ticket: `against` is the side it went against. */
export class ArbitrationRuledEvent extends DomainEvent {
  readonly type: string = 'ticket.arbitration_ruled';
  constructor(actor: Actor | null, readonly ticket: TicketFacts, readonly against: 'MEMBER' | 'SUPPLIER', readonly ruling: string) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { against: this.against, ruling: this.ruling });
  }
}

/** Added: a message in a ticket's thread (internal notes included: handlers decide who hears of them). */
export class TicketMessagePostedEvent extends DomainEvent {
  readonly type: string = 'ticket.message_posted';
  constructor(
    actor: Actor | null,
    readonly ticket: TicketFacts,
    readonly messageId: string,
    readonly authorKind: 'MEMBER' | 'SUPPLIER' | 'ALLIANCE' | 'SYSTEM',
    readonly internal: boolean,
    readonly attachmentIds: string[],
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return ticketRecord(this.ticket, { messageId: this.messageId, authorKind: this.authorKind, internal: this.internal, attachmentIds: this.attachmentIds });
  }
}

/** Added: an SLA clock is close to its target (sent in business hours only). Not audited: nothing changed. */
export class SlaWarningEvent extends DomainEvent {
  readonly type: string = 'ticket.sla_warning';
  constructor(
    readonly ticket: TicketFacts,
    readonly metric: SlaMetric,
    readonly tier: TicketTier,
    readonly dueAt: Date,
    readonly clockId: string,
  ) {
    super(null);
  }
}

/** A business-hours calendar's holidays run out within 60 days, or a year holds the statutory days only (alliance staff are told). */
export class SlaCalendarExpiringEvent extends DomainEvent {
  readonly type = 'sla.calendar_expiring';
  constructor(readonly calendar: { calendarId: string; name: string; officialThrough: string | null; daysLeft: number | null; provisionalYears: number[] }) {
    super(null);
  }
}
