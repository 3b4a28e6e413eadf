import {
  AppealDecision, AppealStatus, CandidateDecision, EvaluationCandidateStatus, OfferStatus, OrganizationStatus, ProbationMeasure, ProbationStatus, RankingReason, RoutingRule, ScoreDimension,
} from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';

registerEnumType(ScoreDimension, { name: 'ScoreDimension', description: 'The five supplier dimensions (五维) and the two member ones' });
registerEnumType(EvaluationCandidateStatus, { name: 'EvaluationCandidateStatus' });
registerEnumType(CandidateDecision, { name: 'CandidateDecision' });
registerEnumType(AppealStatus, { name: 'AppealStatus' });
registerEnumType(AppealDecision, { name: 'AppealDecision' });
registerEnumType(ProbationStatus, { name: 'ProbationStatus' });
registerEnumType(ProbationMeasure, { name: 'ProbationMeasure' });
registerEnumType(RoutingRule, { name: 'RoutingRule' });
registerEnumType(RankingReason, { name: 'RankingReason', description: 'Why an offer stood where it did in an order’s routing ranking, or why it could not sell' });

@ObjectType('ScoreEvidence', { description: 'One counted fact behind a dimension. Rows of an evaluation run have an id an appeal can cite.' })
export class ScoreEvidenceDto {
  @Field(() => ID, { nullable: true, description: 'Evaluation runs only' }) id: string | null;
  @Field(() => ScoreDimension) dimension: ScoreDimension;
  @Field({ description: 'What was counted: DELIVERED_ORDERS, UPHELD_INVALID_CODE_TICKETS, SLA_FIRST_RESPONSE_MET, …' }) measure: string;
  @Field(() => Float, { description: '-1 where a rate or mean has nothing to be computed from' }) value: number;
}

@ObjectType('ScoreDimensionValue', { description: 'A dimension from its versioned formula: numerator/denominator, normalised, and shrunk toward the alliance mean' })
export class ScoreDimensionValueDto {
  @Field(() => ScoreDimension) dimension: ScoreDimension;
  @Field({ description: 'The formula that made it, e.g. authenticity.clean-deliveries' }) formulaId: string;
  @Field(() => Int) formulaVersion: number;
  @Field(() => Float, { description: 'The value the total uses, 0–100: (den·normalised + m·C)/(den + m)' }) value: number;
  @Field(() => Float, { nullable: true, description: 'Good observations (null for members viewing a supplier: private)' }) numerator: number | null;
  @Field(() => Float, { nullable: true, description: 'All observations (null when private)' }) denominator: number | null;
  @Field(() => Float, { nullable: true, description: '100·numerator/denominator; null with no observations or when private' }) normalised: number | null;
  @Field(() => Float, { description: 'The alliance mean C it is shrunk toward' }) prior: number;
  @Field(() => Float, { description: 'm: how many observations the prior is worth' }) priorWeight: number;
  @Field(() => [ScoreEvidenceDto], { description: 'Empty when private' }) evidence: ScoreEvidenceDto[];
}

@ObjectType('ScoreTrendDimension')
export class ScoreTrendDimensionDto {
  @Field(() => ScoreDimension) dimension: ScoreDimension;
  @Field(() => Float) value: number;
}

@ObjectType('ScoreWeights', { description: 'Percent weights of the five dimensions; whole numbers adding up to 100 (default 20 each)' })
export class ScoreWeightsDto {
  @Field(() => Int) compliance: number;
  @Field(() => Int) authenticity: number;
  @Field(() => Int) afterSales: number;
  @Field(() => Int) priceStability: number;
  @Field(() => Int) reputation: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;

  static from(w: Record<string, number>, updatedAt: Date | null = null): ScoreWeightsDto {
    return Object.assign(new ScoreWeightsDto(), {
      compliance: w.COMPLIANCE ?? 0, authenticity: w.AUTHENTICITY ?? 0, afterSales: w.AFTER_SALES ?? 0, priceStability: w.PRICE_STABILITY ?? 0, reputation: w.REPUTATION ?? 0, updatedAt,
    });
  }
}

@ObjectType('ScoreTrendPoint', { description: 'One snapshot of a scorecard (daily recompute or a quarterly run)' })
export class ScoreTrendPointDto {
  @Field(() => GraphQLISODateTime) at: Date;
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' }) day: string;
  @Field(() => Float) total: number;
  @Field(() => [ScoreTrendDimensionDto]) dimensions: ScoreTrendDimensionDto[];
  @Field(() => ID, { nullable: true, description: 'Set when the snapshot was frozen by an evaluation run' }) evaluationRunId: string | null;
}

@ObjectType('SupplierScorecard', { description: 'A supplier’s five-dimension scorecard (五维评估)' })
export class SupplierScorecardDto {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => OrganizationStatus) organizationStatus: OrganizationStatus;
  @Field(() => Float, { description: 'Weighted total 0–100' }) total: number;
  @Field(() => Int, { nullable: true, description: 'Position among suppliers by total (1 is best)' }) rank: number | null;
  @Field(() => Int, { nullable: true, description: 'How many suppliers are ranked: rank is "of" this many' }) rankOf: number | null;
  @Field(() => Float, { nullable: true, description: 'Delivered over delivered plus supplier failures (90 days); routing’s tie-break' }) fulfilmentRate: number | null;
  @Field(() => [ScoreDimensionValueDto]) dimensions: ScoreDimensionValueDto[];
  @Field(() => ScoreWeightsDto) weights: ScoreWeightsDto;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null until the first recompute' }) computedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'First Shanghai day (YYYY-MM-DD) the live scorecard reads: a rolling 90 days up to the day it was computed' }) windowFrom: string | null;
  @Field(() => String, { nullable: true, description: 'Last Shanghai day (YYYY-MM-DD) it reads (the day it was computed)' }) windowTo: string | null;
  @Field(() => [ScoreTrendPointDto], { description: 'Score history, oldest first' }) trend: ScoreTrendPointDto[];
}

@ObjectType('MemberScorecard', { description: 'A member scored from supplier ratings and dispute history' })
export class MemberScorecardDto {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => Float) total: number;
  @Field(() => [ScoreDimensionValueDto]) dimensions: ScoreDimensionValueDto[];
  @Field(() => GraphQLISODateTime, { nullable: true }) computedAt: Date | null;
}

@ObjectType('EliminationOutcome', { description: 'What confirming an elimination did' })
export class EliminationOutcomeDto {
  @Field(() => Int) offersDelisted: number;
  @Field(() => Int) codesFrozen: number;
  @Field(() => MoneyScalar, { description: 'The supplier’s payable paid out through the ledger (less the holdback)' }) payableSettled: string;
  @Field(() => ID, { nullable: true }) ledgerTransactionId: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Held back for the complaint window: late upheld complaints are charged to it, the rest released after it' }) holdback?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the holdback’s complaint window closes (the release job pays out the rest)' }) holdbackReleaseAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'The supplier’s refund rate of the last 90 days that sized the holdback, in basis points' }) refundRateBp?: number | null;
}

@ObjectType('EvaluationAppeal', { description: 'A candidate’s appeal (within 7 days), citing evidence rows of its run' })
export class EvaluationAppealDto {
  @Field(() => ID) id: string;
  @Field(() => ID) candidateId: string;
  @Field(() => ID) runId: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() reason: string;
  @Field(() => [ID]) evidenceRowIds: string[];
  @Field(() => [ScoreEvidenceDto], { description: 'The cited rows' }) evidence: ScoreEvidenceDto[];
  @Field(() => AppealStatus) status: AppealStatus;
  @Field(() => GraphQLISODateTime) filedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
}

@ObjectType('EvaluationCandidate', { description: 'A supplier whose total fell below the threshold in a run (淘汰候选)' })
export class EvaluationCandidateDto {
  @Field(() => ID) id: string;
  @Field(() => ID) runId: string;
  @Field() quarter: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => Float) total: number;
  @Field(() => Float) threshold: number;
  @Field(() => EvaluationCandidateStatus) status: EvaluationCandidateStatus;
  @Field(() => GraphQLISODateTime, { description: 'The supplier may appeal until then' }) appealDeadline: Date;
  @Field({ description: 'The appeal window is open and no appeal was filed yet' }) canAppeal: boolean;
  @Field(() => [ScoreDimensionValueDto], { description: 'The frozen dimensions, with evidence rows (ids to cite in an appeal)' }) dimensions: ScoreDimensionValueDto[];
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
  @Field(() => EliminationOutcomeDto, { nullable: true }) outcome: EliminationOutcomeDto | null;
  @Field(() => EvaluationAppealDto, { nullable: true }) appeal: EvaluationAppealDto | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('EvaluationScore', { description: 'One supplier’s frozen scorecard in a run' })
export class EvaluationScoreDto {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => Float) total: number;
  @Field() candidate: boolean;
  @Field(() => [ScoreDimensionValueDto]) dimensions: ScoreDimensionValueDto[];
}

@ObjectType('EvaluationRun', { description: 'A quarterly evaluation (季度评估): every supplier scorecard frozen with its evidence' })
export class EvaluationRunDto {
  @Field(() => ID) id: string;
  @Field({ description: '2026Q4' }) quarter: string;
  @Field({ description: 'SCHEDULE or ADMIN (run now)' }) trigger: string;
  @Field(() => Float) threshold: number;
  @Field(() => ScoreWeightsDto) weights: ScoreWeightsDto;
  @Field(() => JSONScalar, { description: 'Formula id and version per dimension' }) formulas: Record<string, unknown>;
  @Field(() => Int) supplierCount: number;
  @Field(() => Int) candidateCount: number;
  @Field(() => GraphQLISODateTime) frozenAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'First instant judged: the quarter’s first day 00:00 Asia/Shanghai (null on runs before windows were kept)' }) windowStart: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End of the days judged (exclusive): the next quarter’s first day 00:00 Asia/Shanghai' }) windowEnd: Date | null;
  /** Resolved per run only (evaluationRun). */
  scores?: EvaluationScoreDto[];
  candidates?: EvaluationCandidateDto[];
}

@ObjectType()
export class EvaluationRunPage extends Paginated(EvaluationRunDto, 'EvaluationRunPage') {}
@ObjectType()
export class SupplierScorecardPage extends Paginated(SupplierScorecardDto, 'SupplierScorecardPage') {}
@ObjectType()
export class MemberScorecardPage extends Paginated(MemberScorecardDto, 'MemberScorecardPage') {}
@ObjectType()
export class EvaluationAppealPage extends Paginated(EvaluationAppealDto, 'EvaluationAppealPage') {}

@ObjectType('ProbationMeasureResult')
export class ProbationMeasureResultDto {
  @Field(() => ProbationMeasure) measure: ProbationMeasure;
  @Field(() => Float, { nullable: true, description: 'FULFILMENT_SUCCESS: rate 0–1; FIRST_RESPONSE: slowest seconds; PRICE_MOVEMENT: largest 7-day move in basis points' }) value: number | null;
  @Field(() => Float) threshold: number;
  @Field() passing: boolean;
}

@ObjectType('ProbationWatch', { description: 'A probation supplier’s first orders against the bar (试单)' })
export class ProbationWatchDto {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => ProbationStatus) status: ProbationStatus;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => Int, { description: 'Orders watched so far (n of target)' }) orders: number;
  @Field(() => Int) target: number;
  @Field(() => [ProbationMeasureResultDto]) measures: ProbationMeasureResultDto[];
  @Field(() => [ProbationMeasure]) failing: ProbationMeasure[];
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
}

@ObjectType('RoutingDecision', { description: 'One offer routing considered for an order, and why (score inputs included)' })
export class RoutingDecisionDto {
  @Field(() => ID) offerId: string;
  @Field(() => ID, { nullable: true }) supplierId: string | null;
  @Field(() => String, { nullable: true }) supplierName: string | null;
  @Field({ description: 'SERVED, SOLD_OUT, FAILED, UNAVAILABLE, …' }) outcome: string;
  @Field(() => Int, { nullable: true, description: '1 was tried first; null when it could not serve at all' }) position: number | null;
  @Field(() => String, { nullable: true, description: 'The rule that ordered the candidates' }) rule: string | null;
  @Field(() => Float, { nullable: true, description: 'The supplier’s score routing used' }) score: number | null;
  @Field(() => Float, { nullable: true }) fulfilmentRate: number | null;
  @Field(() => JSONScalar, { nullable: true, description: 'Every input of the decision as recorded' }) reason: Record<string, unknown> | null;
  @Field(() => GraphQLISODateTime) at: Date;
}

@ObjectType('RoutingSettings', { description: 'How routing orders candidates (config: ROUTING_RULE, ROUTING_SCORE_EXPONENT, ROUTING_SCORE_FLOOR, ROUTING_PROBATION_SHARE)' })
export class RoutingSettingsDto {
  @Field(() => RoutingRule) rule: RoutingRule;
  @Field(() => Float) exponent: number;
  @Field(() => Float) floor: number;
  @Field(() => Float) probationShare: number;
}

@ObjectType('RoutingRankingEntry', { description: 'One offer of an order’s routing ranking as recorded at the order’s moment' })
export class RoutingRankingEntryDto {
  @Field(() => ID) offerId: string;
  @Field(() => ID) supplierId: string;
  @Field(() => String, { nullable: true }) supplierName: string | null;
  @Field(() => Int, { nullable: true, description: '1 was tried first; null when it could not sell at all' }) position: number | null;
  @Field(() => RankingReason, { description: 'Why it stood here, against the one before it' }) why: RankingReason;
  @Field(() => Float, { nullable: true, description: 'The score routing ranked it by: the scorecard’s total when read (scoresAsOf), or the alliance mean when unscored' }) score: number | null;
  @Field(() => Boolean, { nullable: true, description: 'False: no scorecard then, the alliance mean stood in' }) scored: boolean | null;
  @Field(() => Float, { nullable: true }) fulfilmentRate: number | null;
  @Field() probation: boolean;
  @Field(() => Float, { nullable: true, description: 'Probation: the share of orders it may be tried first for' }) probationShare: number | null;
  @Field({ description: 'Moved behind every regular supplier by the probation cap this time' }) capped: boolean;
  @Field(() => Float, { nullable: true, description: 'WEIGHTED: the chance it had of its place' }) weight: number | null;
  @Field(() => String, { nullable: true, description: 'The outcome of its attempt (null: not tried, an earlier one served)' }) outcome: string | null;
  @Field(() => OfferStatus, { nullable: true }) offerStatus: OfferStatus | null;
  @Field(() => OrganizationStatus) supplierStatus: OrganizationStatus;
}

@ObjectType('RoutingRanking', { description: 'The whole ranking routing made for an order at its moment (issue 18 §6)' })
export class RoutingRankingDto {
  @Field(() => ID) orderId: string;
  @Field(() => GraphQLISODateTime, { description: 'The order’s moment (when it was placed)' }) at: Date;
  @Field(() => RoutingRule) rule: RoutingRule;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the scores were read from the scorecards (null: none yet)' }) scoresAsOf: Date | null;
  @Field(() => [RoutingRankingEntryDto]) entries: RoutingRankingEntryDto[];
}
