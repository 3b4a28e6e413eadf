import { AuditEventType, type DocumentStatus, type DocumentType, type ReviewDecision } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

export interface DocumentFacts {
  id: string;
  organizationId: string;
  type: DocumentType;
  number: string;
  validTo: string;
}

/** An approved document expires within the warning period (told once). */
export class DocumentExpiringEvent extends DomainEvent {
  readonly type = 'document.expiring';
  constructor(
    readonly document: DocumentFacts,
    readonly days: number,
  ) {
    super(null);
  }
}

/** A document passed its validTo and is EXPIRED: what depended on it stops (offers of its brand pause). */
export class DocumentExpiredEvent extends DomainEvent {
  readonly type = AuditEventType.DOCUMENT_EXPIRED;
  constructor(
    readonly document: DocumentFacts,
    readonly previousStatus: DocumentStatus,
  ) {
    super(null);
  }

  override audit(): AuditRecord {
    const d = this.document;
    return { organizationId: d.organizationId, subjectType: 'document', subjectId: d.id, payload: { type: d.type, number: d.number, validTo: d.validTo, previousStatus: this.previousStatus } };
  }
}

/** The alliance decided on a submitted document (the organisation hears of it in its inbox). */
export class DocumentReviewedEvent extends DomainEvent {
  readonly type = AuditEventType.DOCUMENT_REVIEWED;
  constructor(
    actor: Actor,
    readonly document: DocumentFacts,
    readonly decision: ReviewDecision,
    readonly note: string | null,
    readonly verificationMethod: string | null,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    const d = this.document;
    return {
      organizationId: d.organizationId, subjectType: 'document', subjectId: d.id,
      payload: { decision: this.decision, verificationMethod: this.verificationMethod, note: this.note, type: d.type, number: d.number },
    };
  }
}
