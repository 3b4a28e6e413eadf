import { AuditEventType, type RiskEventStatus, type RiskEventType } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

export interface RiskFacts {
  id: string;
  type: RiskEventType;
  status: RiskEventStatus;
  organizationId: string | null;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
}

/** A risk event waits in the alliance's queue (raised on order and import paths: audited off the chain's lock). */
export class RiskEventRaisedEvent extends DomainEvent {
  readonly type = AuditEventType.RISK_EVENT_RAISED;
  constructor(
    actor: Actor | null,
    readonly risk: RiskFacts,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    const r = this.risk;
    return { organizationId: r.organizationId, subjectType: 'risk_event', subjectId: r.id, payload: { type: r.type, subject: { type: r.subjectType, id: r.subjectId }, details: r.details }, hot: true };
  }
}

/** An admin's decision on a risk event. */
export class RiskEventDecidedEvent extends DomainEvent {
  readonly type = AuditEventType.RISK_EVENT_DECIDED;
  constructor(
    actor: Actor,
    readonly risk: RiskFacts,
    readonly note: string,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.risk.organizationId, subjectType: 'risk_event', subjectId: this.risk.id, payload: { decision: this.risk.status, note: this.note, riskType: this.risk.type } };
  }
}
