import { AuditEventType, type BatchAction, type BatchStatus } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

/** Codes sold to one order line (the delivery's audit record names them). */
export class CodesSoldEvent extends DomainEvent {
  readonly type = 'card_code.sold';
  constructor(
    actor: Actor | null,
    readonly offerId: string,
    readonly supplierId: string,
    readonly orderLineId: string,
    readonly codeIds: string[],
  ) {
    super(actor);
  }
}

export interface BatchFacts {
  id: string;
  offerId: string;
  supplierId: string;
  source: string;
  status: BatchStatus;
}

/** A card batch moved along its lifecycle (BatchService.transition). */
export class BatchStatusChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly batch: BatchFacts,
    readonly from: BatchStatus,
    readonly action: BatchAction,
    readonly details: Record<string, unknown> = {},
  ) {
    super(actor);
  }

  get type(): string {
    if (this.from === 'IMPORTING') return AuditEventType.BATCH_IMPORTED;
    return this.action === 'QUARANTINE' ? AuditEventType.BATCH_QUARANTINED : AuditEventType.BATCH_DECIDED;
  }

  override audit(): AuditRecord {
    const payload = this.from === 'IMPORTING' ? { offerId: this.batch.offerId, source: this.batch.source, status: this.batch.status, ...this.details } : { status: this.batch.status, ...this.details };
    return { organizationId: this.batch.supplierId, subjectType: 'card_batch', subjectId: this.batch.id, payload };
  }
}

/** After-sales reissue: sold codes replaced by fresh ones sold to `orderLineId` (the same line, or a backup offer's new line). */
export class CodesReplacedEvent extends DomainEvent {
  readonly type = AuditEventType.CODES_REPLACED;
  constructor(
    actor: Actor | null,
    readonly replacedIds: string[],
    readonly replacementIds: string[],
    readonly offerId: string,
    readonly orderLineId: string,
    readonly reason: string,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: null, subjectType: 'order_line', subjectId: this.orderLineId, payload: { replacedIds: this.replacedIds, replacementIds: this.replacementIds, offerId: this.offerId, reason: this.reason } };
  }
}

/** Sold codes voided by an after-sales refund: they are worth nothing now. */
export class CodesVoidedEvent extends DomainEvent {
  readonly type = AuditEventType.CODES_VOIDED;
  constructor(
    actor: Actor | null,
    readonly codeIds: string[],
    readonly orderLineId: string,
    readonly reason: string,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: null, subjectType: 'order_line', subjectId: this.orderLineId, payload: { codeIds: this.codeIds, reason: this.reason } };
  }
}

/** An eliminated supplier's unsold codes of one offer were frozen (quarterly evaluation). */
export class CodesFrozenEvent extends DomainEvent {
  readonly type = 'card_code.frozen';
  constructor(
    actor: Actor | null,
    readonly supplierId: string,
    readonly offerId: string,
    readonly count: number,
    readonly reason: string,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.supplierId, subjectType: 'offer', subjectId: this.offerId, payload: { frozen: this.count, reason: this.reason } };
  }
}
