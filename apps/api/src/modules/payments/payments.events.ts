import { AuditEventType, type NotifyOutcome, type PaymentStatus, type TopupRequestStatus, type WithdrawalStatus } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

/** The payments module's facts (issue 20), published inside the transaction of each change. */

export interface TopupRequestFacts {
  id: string;
  number: string;
  memberId: string;
  amount: string;
  transferReference: string;
  status: TopupRequestStatus;
  duplicateOfId: string | null;
  rejectReason: string | null;
}

export class TopupRequestedEvent extends DomainEvent {
  readonly type: string = AuditEventType.TOPUP_REQUESTED;
  constructor(actor: Actor | null, readonly request: TopupRequestFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    const r = this.request;
    return { organizationId: r.memberId, subjectType: 'topup_request', subjectId: r.id, payload: { amount: r.amount, transferReference: r.transferReference, duplicateOfId: r.duplicateOfId } };
  }
}

/** Finance confirmed (the wallet credited through the ledger) or rejected a request, or the member cancelled it. */
export class TopupRequestDecidedEvent extends DomainEvent {
  readonly type: string = AuditEventType.TOPUP_REQUEST_DECIDED;
  constructor(actor: Actor | null, readonly request: TopupRequestFacts, readonly ledgerTransactionId: string | null) {
    super(actor);
  }

  override audit(): AuditRecord {
    const r = this.request;
    return { organizationId: r.memberId, subjectType: 'topup_request', subjectId: r.id, payload: { status: r.status, amount: r.amount, reason: r.rejectReason, ledgerTransactionId: this.ledgerTransactionId } };
  }
}

export interface PaymentFacts {
  id: string;
  outTradeNo: string;
  channelId: string;
  channelName: string;
  memberId: string;
  amount: string;
  fee: string;
  status: PaymentStatus;
  tradeNo: string | null;
  late: boolean;
}

/** A payment changed status: PAID (on a verified notify; `late` if it had expired), EXPIRED, FAILED. */
export class PaymentStatusChangedEvent extends DomainEvent {
  readonly type: string = AuditEventType.PAYMENT_STATUS_CHANGED;
  constructor(actor: Actor | null, readonly payment: PaymentFacts, readonly from: PaymentStatus) {
    super(actor);
  }

  override audit(): AuditRecord {
    const p = this.payment;
    return { organizationId: p.memberId, subjectType: 'payment', subjectId: p.id, payload: { from: this.from, to: p.status, amount: p.amount, fee: p.fee, tradeNo: p.tradeNo, late: p.late, channelId: p.channelId } };
  }
}

/** A notify that did not credit: refused (forged, another merchant's, wrong amount, unknown) or a replay. */
export class PaymentNotifyRefusedEvent extends DomainEvent {
  readonly type: string = AuditEventType.PAYMENT_NOTIFY_REFUSED;
  constructor(readonly channelId: string, readonly paymentId: string | null, readonly memberId: string | null, readonly outcome: NotifyOutcome, readonly outTradeNo: string | null) {
    super(null);
  }

  override audit(): AuditRecord {
    return { organizationId: this.memberId, subjectType: 'payment', subjectId: this.paymentId, payload: { channelId: this.channelId, outcome: this.outcome, outTradeNo: this.outTradeNo } };
  }
}

export interface WithdrawalFacts {
  id: string;
  number: string;
  supplierId: string;
  amount: string;
  fee: string;
  status: WithdrawalStatus;
  transferReference: string | null;
  rejectReason: string | null;
}

export class WithdrawalRequestedEvent extends DomainEvent {
  readonly type: string = AuditEventType.WITHDRAWAL_REQUESTED;
  constructor(actor: Actor | null, readonly withdrawal: WithdrawalFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    const w = this.withdrawal;
    return { organizationId: w.supplierId, subjectType: 'withdrawal', subjectId: w.id, payload: { amount: w.amount, fee: w.fee } };
  }
}

export class WithdrawalDecidedEvent extends DomainEvent {
  readonly type: string = AuditEventType.WITHDRAWAL_DECIDED;
  constructor(actor: Actor | null, readonly withdrawal: WithdrawalFacts) {
    super(actor);
  }

  override audit(): AuditRecord {
    const w = this.withdrawal;
    return { organizationId: w.supplierId, subjectType: 'withdrawal', subjectId: w.id, payload: { status: w.status, amount: w.amount, fee: w.fee, transferReference: w.transferReference, reason: w.rejectReason } };
  }
}

/** A day's reconciliation of a channel found differences (the alliance hears of it). */
export class ReconciliationDifferencesEvent extends DomainEvent {
  readonly type: string = AuditEventType.RECONCILIATION_RUN;
  constructor(readonly runId: string, readonly channelId: string, readonly channelName: string, readonly day: string, readonly differences: number, readonly status: string) {
    super(null);
  }

  override audit(): AuditRecord {
    return { organizationId: null, subjectType: 'reconciliation_run', subjectId: this.runId, payload: { channelId: this.channelId, day: this.day, differences: this.differences, status: this.status } };
  }
}
