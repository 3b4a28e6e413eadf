/**
 * The tickets module's public facts (issue 11), published on the event bus inside the transaction of each
 * change. This file is the CONTRACT between after-sales (issue 11) and trust (issue 12: scorecards, probation,
 * rating exclusions): the tickets module publishes exactly these (it may add fields, never remove or rename);
 * the trust module keeps its own facts by handling them. Written ahead of both so they can be built at once.
 */
import { DomainEvent } from '../../common/events/domain-event';
import type { Actor } from '../../common/actor';

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
}

/** A member filed a ticket on an order line. */
export class TicketOpenedEvent extends DomainEvent {
  readonly type: string = 'ticket.opened';
  constructor(actor: Actor | null, readonly ticket: TicketFacts) {
    super(actor);
  }
}

/** Any status change of a ticket (its lifecycle table is in packages/domain). */
export class TicketStatusChangedEvent extends DomainEvent {
  readonly type: string = 'ticket.status_changed';
  constructor(actor: Actor | null, readonly ticket: TicketFacts, readonly from: string, readonly action: string) {
    super(actor);
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
  ) {
    super(actor);
  }
}

/** A resolved ticket reopened by its member within 7 days (a new SLA cycle starts). */
export class TicketReopenedEvent extends DomainEvent {
  readonly type: string = 'ticket.reopened';
  constructor(actor: Actor | null, readonly ticket: TicketFacts) {
    super(actor);
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
  ) {
    super(null);
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
  ) {
    super(null);
  }
}

/** The alliance's L3 ruling on an escalated ticket: `against` is the side it went against. */
export class ArbitrationRuledEvent extends DomainEvent {
  readonly type: string = 'ticket.arbitration_ruled';
  constructor(actor: Actor | null, readonly ticket: TicketFacts, readonly against: 'MEMBER' | 'SUPPLIER', readonly ruling: string) {
    super(actor);
  }
}
