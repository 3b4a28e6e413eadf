import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

/** An admin changed the five dimensions' weights (audited with before and after). */
export class ScoreWeightsChangedEvent extends DomainEvent {
  readonly type = 'scorecard.weights_changed';
  constructor(actor: Actor, readonly before: Record<string, number>, readonly after: Record<string, number>) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: null, subjectType: 'score_weights', subjectId: '1', payload: { before: this.before, after: this.after } };
  }
}

/** A quarterly evaluation froze every supplier's scorecard. */
export class EvaluationRunFrozenEvent extends DomainEvent {
  readonly type = 'evaluation.run_frozen';
  constructor(actor: Actor | null, readonly runId: string, readonly quarter: string, readonly trigger: string, readonly supplierCount: number, readonly candidateIds: string[]) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: null, subjectType: 'evaluation_run', subjectId: this.runId, payload: { quarter: this.quarter, trigger: this.trigger, suppliers: this.supplierCount, candidates: this.candidateIds.length } };
  }
}

/** A candidate moved: appealed, kept, eliminated, or its appeal decided. Every one is an audit record. */
export class EvaluationCandidateChangedEvent extends DomainEvent {
  readonly type = 'evaluation.candidate_changed';
  constructor(
    actor: Actor | null,
    readonly candidateId: string,
    readonly organizationId: string,
    readonly runId: string,
    readonly from: string,
    readonly action: string,
    readonly to: string,
    readonly reason: string | null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return {
      organizationId: this.organizationId, subjectType: 'evaluation_candidate', subjectId: this.candidateId,
      payload: { runId: this.runId, action: this.action, from: this.from, to: this.to, reason: this.reason, ...this.details },
    };
  }
}

/** A probation supplier was judged at its 20th order (passed, or flagged with failing measures), or an admin passed it. */
export class ProbationJudgedEvent extends DomainEvent {
  readonly type = 'probation.judged';
  constructor(actor: Actor | null, readonly organizationId: string, readonly from: string, readonly action: string, readonly to: string, readonly failing: string[], readonly reason: string | null) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.organizationId, subjectType: 'probation', subjectId: this.organizationId, payload: { action: this.action, from: this.from, to: this.to, failing: this.failing, reason: this.reason } };
  }
}
