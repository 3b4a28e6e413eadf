import type { AppealStatus, EvaluationCandidateStatus, ProbationMeasure, ProbationStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredDimension } from '../scorecard.types';

/** Counters kept by event handlers: one per organisation, measure and Asia/Shanghai day. */
@Entity('score_fact_daily')
export class ScoreFactDailyEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('text') measure: string;
  @PrimaryColumn('date') day: string;
  @Column('numeric') value: string;
}

@Entity('score_rating_facts')
export class ScoreRatingFactEntity {
  @PrimaryColumn('uuid', { name: 'rating_id' }) ratingId: string;
  @Column('uuid', { name: 'rated_id' }) ratedId: string;
  @Column('text') side: string;
  @Column('date') day: string;
  @Column('jsonb') scores: Record<string, number>;
  @Column('boolean') counted: boolean;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason: string | null;
}

@Entity('score_weights')
export class ScoreWeightsEntity {
  @PrimaryColumn('smallint') id: number;
  @Column('jsonb') weights: Record<string, number>;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('uuid', { name: 'updated_by_user_id', nullable: true }) updatedByUserId: string | null;
}

@Entity('scorecards')
export class ScorecardEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') kind: string;
  @Column('numeric') total: string;
  @Column('numeric', { name: 'fulfilment_rate', nullable: true }) fulfilmentRate: string | null;
  @Column('jsonb') dimensions: StoredDimension[];
  @Column('jsonb') weights: Record<string, number>;
  @Column('timestamptz', { name: 'computed_at' }) computedAt: Date;
}

@Entity('score_history')
export class ScoreHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('date') day: string;
  @Column('timestamptz') at: Date;
  @Column('numeric') total: string;
  @Column('jsonb') dimensions: { dimension: string; value: number }[];
  @Column('uuid', { name: 'evaluation_run_id', nullable: true }) evaluationRunId: string | null;
}

@Entity('evaluation_runs')
export class EvaluationRunEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') quarter: string;
  @Column('text') trigger: 'SCHEDULE' | 'ADMIN';
  @Column('numeric') threshold: string;
  @Column('jsonb') weights: Record<string, number>;
  @Column('jsonb') formulas: Record<string, { id: string; version: number }>;
  @Column('int', { name: 'supplier_count' }) supplierCount: number;
  @Column('int', { name: 'candidate_count' }) candidateCount: number;
  @Column('timestamptz', { name: 'frozen_at' }) frozenAt: Date;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  /** The days judged: the quarter's own, Asia/Shanghai (end exclusive); null on runs frozen before windows were kept. */
  @Column('timestamptz', { name: 'window_start', nullable: true }) windowStart: Date | null;
  @Column('timestamptz', { name: 'window_end', nullable: true }) windowEnd: Date | null;
}

@Entity('evaluation_scores')
export class EvaluationScoreEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'run_id' }) runId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('numeric') total: string;
  @Column('jsonb') dimensions: StoredDimension[];
}

@Entity('evaluation_evidence')
export class EvaluationEvidenceEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'run_id' }) runId: string;
  @Column('uuid', { name: 'score_id' }) scoreId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') dimension: string;
  @Column('text') measure: string;
  @Column('numeric') value: string;
}

@Entity('evaluation_candidates')
export class EvaluationCandidateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'run_id' }) runId: string;
  @Column('uuid', { name: 'score_id' }) scoreId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('numeric') total: string;
  @Column('text') status: EvaluationCandidateStatus;
  @Column('timestamptz', { name: 'appeal_deadline' }) appealDeadline: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason: string | null;
  @Column('jsonb', { nullable: true }) outcome: EliminationOutcome | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** What an elimination did: offers delisted, codes frozen, payable settled (fen). */
export interface EliminationOutcome {
  offersDelisted: number;
  codesFrozen: number;
  payableSettled: string;
  ledgerTransactionId: string | null;
  /** Held back for the complaint window (fen), until when, and the refund rate that sized it (outcomes since issue 18). */
  holdback?: string;
  holdbackReleaseAt?: string;
  refundRateBp?: number;
}

@Entity('evaluation_appeals')
export class EvaluationAppealEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') reason: string;
  @Column('bigint', { name: 'evidence_ids', array: true }) evidenceIds: string[];
  @Column('text') status: AppealStatus;
  @Column('uuid', { name: 'filed_by_user_id', nullable: true }) filedByUserId: string | null;
  @Column('timestamptz', { name: 'filed_at' }) filedAt: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason: string | null;
}

@Entity('probation_watches')
export class ProbationWatchEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') status: ProbationStatus;
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
  @Column('int') orders: number;
  @Column('int') delivered: number;
  @Column('int', { name: 'supplier_failures' }) supplierFailures: number;
  @Column('int', { name: 'first_responses' }) firstResponses: number;
  @Column('int', { name: 'slow_first_responses' }) slowFirstResponses: number;
  @Column('int', { name: 'max_first_response_seconds', nullable: true }) maxFirstResponseSeconds: number | null;
  @Column('int', { name: 'max_price_move_bp' }) maxPriceMoveBp: number;
  @Column('int', { name: 'sla_breaches', default: 0 }) slaBreaches: number;
  /** Orders delivered in 3 s or more (DELIVERY_BAR_MS). */
  @Column('int', { name: 'slow_deliveries', default: 0 }) slowDeliveries: number;
  @Column('text', { array: true }) failing: ProbationMeasure[];
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

export const SCORECARD_ENTITIES = [ScoreFactDailyEntity, ScoreRatingFactEntity, ScoreWeightsEntity, ScorecardEntity, ScoreHistoryEntity, EvaluationRunEntity, EvaluationScoreEntity, EvaluationEvidenceEntity,
  EvaluationCandidateEntity, EvaluationAppealEntity, ProbationWatchEntity];
