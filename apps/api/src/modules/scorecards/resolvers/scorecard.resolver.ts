import { OrganizationKind, Role, ScoreDimension, type OfferStatus, type OrganizationStatus, type RankingReason, type RoutingRule, type ScoreWeights } from '@mengyuan/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { OrderService } from '../../orders/services/order.service';
import {
  EvaluationAppealDto, EvaluationAppealPage, EvaluationCandidateDto, EvaluationRunDto, EvaluationRunPage, EvaluationScoreDto, MemberScorecardPage, ProbationWatchDto,
  RoutingDecisionDto, RoutingRankingDto, RoutingSettingsDto, ScoreTrendPointDto, ScoreWeightsDto, SupplierScorecardDto, SupplierScorecardPage,
} from '../dtos/scorecard.dto';
import { dimensionDto, evidenceDto, scorecardDto } from '../dtos/scorecard.mappers';
import type { EvaluationAppealEntity, EvaluationCandidateEntity, EvaluationRunEntity } from '../entities/scorecard.entities';
import { AppealEvaluationInput, AppealFilterInput, DecideAppealInput, DecideCandidateInput, ScorecardFilterInput, ScoreWeightsInput } from '../inputs/scorecard.inputs';
import { EvaluationService } from '../services/evaluation.service';
import { ProbationService } from '../services/probation.service';
import { ScoreReadService } from '../services/score-read.service';
import { ScorecardService } from '../services/scorecard.service';

const STAFF = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };
const ADMIN = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] };
const SUPPLIER = { kinds: [OrganizationKind.SUPPLIER] };
const SUPPLIER_OWNER = { kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] };

function runDto(r: EvaluationRunEntity): EvaluationRunDto {
  return Object.assign(new EvaluationRunDto(), {
    id: r.id, quarter: r.quarter, trigger: r.trigger, threshold: Number(r.threshold), weights: ScoreWeightsDto.from(r.weights), formulas: r.formulas, supplierCount: r.supplierCount,
    candidateCount: r.candidateCount, frozenAt: r.frozenAt, windowStart: r.windowStart, windowEnd: r.windowEnd,
  });
}

/** Maps candidates (with their run, frozen score, evidence rows, appeal and organisation name) in a few queries. */
async function candidateDtos(evaluations: EvaluationService, scorecards: ScorecardService, list: EvaluationCandidateEntity[]): Promise<EvaluationCandidateDto[]> {
  if (!list.length) return [];
  const [runs, scores, evidence, appeals, names] = await Promise.all([
    evaluations.runsByIds(list.map((c) => c.runId)),
    evaluations.scores(list.map((c) => c.scoreId)),
    evaluations.evidenceOf(list.map((c) => c.scoreId)),
    evaluations.appealsOfCandidates(list.map((c) => c.id)),
    scorecards.names(list.map((c) => c.organizationId)),
  ]);
  const run = new Map(runs.map((r) => [r.id, r]));
  const score = new Map(scores.map((s) => [s.id, s]));
  const appealDtos = await appealDtosOf(evaluations, scorecards, appeals, list);
  return list.map((c) => Object.assign(new EvaluationCandidateDto(), {
    id: c.id, runId: c.runId, quarter: run.get(c.runId)?.quarter ?? '', organizationId: c.organizationId, organizationName: names.get(c.organizationId) ?? '', total: Number(c.total),
    threshold: Number(run.get(c.runId)?.threshold ?? 0), status: c.status, appealDeadline: c.appealDeadline,
    canAppeal: evaluations.canAppeal(c, appeals.some((a) => a.candidateId === c.id)),
    dimensions: (score.get(c.scoreId)?.dimensions ?? []).map((d) => dimensionDto(d, { evidence: evidence.filter((e) => e.scoreId === c.scoreId) })),
    decidedAt: c.decidedAt, decisionReason: c.decisionReason,
    outcome: c.outcome && { ...c.outcome, holdbackReleaseAt: c.outcome.holdbackReleaseAt ? new Date(c.outcome.holdbackReleaseAt) : null }, appeal: appealDtos.find((a) => a.candidateId === c.id) ?? null, createdAt: c.createdAt,
  }));
}

async function appealDtosOf(evaluations: EvaluationService, scorecards: ScorecardService, appeals: EvaluationAppealEntity[], known: EvaluationCandidateEntity[] = []): Promise<EvaluationAppealDto[]> {
  if (!appeals.length) return [];
  const missing = appeals.map((a) => a.candidateId).filter((id) => !known.some((c) => c.id === id));
  const candidates = [...known, ...(await evaluations.candidatesByIds(missing))];
  const [rows, names] = await Promise.all([evaluations.evidenceRows(appeals.flatMap((a) => a.evidenceIds)), scorecards.names(appeals.map((a) => a.organizationId))]);
  return appeals.map((a) => Object.assign(new EvaluationAppealDto(), {
    id: a.id, candidateId: a.candidateId, runId: candidates.find((c) => c.id === a.candidateId)?.runId ?? '', organizationId: a.organizationId,
    organizationName: names.get(a.organizationId) ?? '', reason: a.reason, evidenceRowIds: a.evidenceIds, evidence: rows.filter((r) => a.evidenceIds.includes(r.id)).map(evidenceDto),
    status: a.status, filedAt: a.filedAt, decidedAt: a.decidedAt, decisionReason: a.decisionReason,
  }));
}

/** Alliance staff: scorecards of all, weights, evaluation runs and decisions, appeals, probation, routing decisions. */
@Resolver(() => SupplierScorecardDto)
export class AdminScorecardResolver {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly evaluations: EvaluationService,
    private readonly probation: ProbationService,
    private readonly orders: OrderService,
    private readonly scoreRead: ScoreReadService,
    private readonly allianceSettings: AllianceSettingsService,
  ) {}

  @Authorize({ kinds: [OrganizationKind.ALLIANCE, OrganizationKind.MEMBER] })
  @Query(() => SupplierScorecardPage, {
    complexity: pageComplexity,
    description: 'Supplier scorecards ranked by total. Alliance staff: every supplier with evidence. Members: suppliers with a live offer, values only (no private evidence).',
  })
  async supplierScorecards(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ScorecardFilterInput, nullable: true }) filter?: ScorecardFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<SupplierScorecardPage> {
    const member = actor.organizationKind === OrganizationKind.MEMBER;
    const result = await this.scorecards.listSuppliers({ search: filter?.search, status: member ? null : filter?.status, buyable: member }, pageOf(page));
    return { items: result.items.map((s) => scorecardDto(s, { private: member }) as SupplierScorecardDto), totalCount: result.totalCount };
  }

  @ResolveField(() => [ScoreTrendPointDto], { description: 'Score history, oldest first (daily points and quarterly runs)' })
  async trend(
    @Parent() card: SupplierScorecardDto,
    @Args('days', { type: () => Int, defaultValue: 400 }) days: number,
    @Context() ctx: object,
  ): Promise<ScoreTrendPointDto[]> {
    // One query for a page of scorecards (a loader per request and window), not one per supplier.
    const span = Math.max(1, Math.min(days, 2000));
    const loaders = ((ctx as { scoreTrends?: Map<number, DataLoader<string, ScoreTrendPointDto[]>> }).scoreTrends ??= new Map());
    let loader = loaders.get(span);
    if (!loader) loaders.set(span, (loader = new DataLoader((ids: readonly string[]) => this.scorecards.trends([...ids], span))));
    return loader.load(card.organizationId);
  }

  @Authorize(STAFF)
  @Query(() => SupplierScorecardDto, { description: 'One supplier’s (or member’s) scorecard with dimensions, evidence and trend. Errors: NOT_FOUND' })
  async scorecard(@Args('organizationId', { type: () => ID }) organizationId: string): Promise<SupplierScorecardDto> {
    return scorecardDto(await this.scorecards.get(organizationId)) as SupplierScorecardDto;
  }

  @Authorize(STAFF)
  @Query(() => MemberScorecardPage, { complexity: pageComplexity, description: 'Members scored from supplier ratings and dispute history, best first' })
  async memberScorecards(
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<MemberScorecardPage> {
    const result = await this.scorecards.listMembers(search, pageOf(page));
    return { items: result.items.map((s) => ({ organizationId: s.organizationId, organizationName: s.organizationName, total: s.total, dimensions: s.dimensions.map((d) => dimensionDto(d)), computedAt: s.computedAt })), totalCount: result.totalCount };
  }

  @Authorize(STAFF)
  @Query(() => ScoreWeightsDto)
  async scoreWeights(): Promise<ScoreWeightsDto> {
    const { weights, updatedAt } = await this.scorecards.weights();
    return ScoreWeightsDto.from(weights, updatedAt);
  }

  @Authorize(ADMIN)
  @Mutation(() => ScoreWeightsDto, { description: 'Whole percentages adding up to 100; audited; totals follow at once. Errors: VALIDATION_FAILED' })
  async updateScoreWeights(@CurrentActor() actor: UserActor, @Args('input') input: ScoreWeightsInput): Promise<ScoreWeightsDto> {
    const w: ScoreWeights = {
      [ScoreDimension.COMPLIANCE]: input.compliance, [ScoreDimension.AUTHENTICITY]: input.authenticity, [ScoreDimension.AFTER_SALES]: input.afterSales,
      [ScoreDimension.PRICE_STABILITY]: input.priceStability, [ScoreDimension.REPUTATION]: input.reputation,
    };
    const { weights, updatedAt } = await this.scorecards.updateWeights(actor, w);
    return ScoreWeightsDto.from(weights, updatedAt);
  }

  @Authorize(ADMIN)
  @Mutation(() => Int, { description: 'Recomputes every scorecard now (the job does it hourly) and judges probation suppliers at 20 orders; answers how many scorecards' })
  async recomputeScorecards(): Promise<number> {
    const n = await this.scorecards.recomputeAll();
    await this.probation.judgeDue();
    await this.scoreRead.refresh();
    return n;
  }

  @Authorize(STAFF)
  @Query(() => EvaluationRunPage, { complexity: pageComplexity, description: 'Quarterly evaluation runs, newest first' })
  async evaluationRuns(@Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<EvaluationRunPage> {
    const result = await this.evaluations.runs(pageOf(page));
    return { items: result.items.map(runDto), totalCount: result.totalCount };
  }

  @Authorize(STAFF)
  @Query(() => EvaluationRunDto, { description: 'A run with every frozen score and its candidates. Errors: NOT_FOUND' })
  async evaluationRun(@Args('id', { type: () => ID }) id: string): Promise<EvaluationRunDto> {
    return runDto(await this.evaluations.getRun(id));
  }

  @Authorize(ADMIN)
  @Mutation(() => EvaluationRunDto, { description: 'Freezes an evaluation run now (the job runs one each quarter)' })
  async runEvaluationNow(@CurrentActor() actor: UserActor): Promise<EvaluationRunDto> {
    return runDto(await this.evaluations.run(actor, 'ADMIN'));
  }

  @Authorize(ADMIN)
  @Mutation(() => EvaluationCandidateDto, {
    description: 'KEEP (any time before a decision) or ELIMINATE (after the 7-day appeal window, or once an appeal was rejected): delists offers, freezes unsold codes, settles the payable. Errors: APPEAL_PENDING, INVALID_TRANSITION, NOT_FOUND, VALIDATION_FAILED',
  })
  async decideCandidate(@CurrentActor() actor: UserActor, @Args('input') input: DecideCandidateInput): Promise<EvaluationCandidateDto> {
    const c = await this.evaluations.decide(actor, input.candidateId, input.decision, input.reason);
    return (await candidateDtos(this.evaluations, this.scorecards, [c]))[0];
  }

  @Authorize(STAFF)
  @Query(() => EvaluationAppealPage, { complexity: pageComplexity, description: 'Evaluation appeals, newest first' })
  async appeals(
    @Args('filter', { type: () => AppealFilterInput, nullable: true }) filter?: AppealFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<EvaluationAppealPage> {
    const result = await this.evaluations.appeals(filter?.status, pageOf(page));
    return { items: await appealDtosOf(this.evaluations, this.scorecards, result.items), totalCount: result.totalCount };
  }

  @Authorize(ADMIN)
  @Mutation(() => EvaluationAppealDto, { description: 'GRANT keeps the supplier; REJECT returns the candidate for a decision. Errors: INVALID_TRANSITION, NOT_FOUND' })
  async decideAppeal(@CurrentActor() actor: UserActor, @Args('input') input: DecideAppealInput): Promise<EvaluationAppealDto> {
    const a = await this.evaluations.decideAppeal(actor, input.appealId, input.decision, input.reason);
    return (await appealDtosOf(this.evaluations, this.scorecards, [a]))[0];
  }

  @Authorize(STAFF)
  @Query(() => [ProbationWatchDto], { description: 'Probation suppliers: flagged ones first, then those being watched, with progress (n/20) and each measure' })
  async probationWatchList(@Args('includePassed', { type: () => Boolean, defaultValue: false }) includePassed: boolean): Promise<ProbationWatchDto[]> {
    return this.probation.watchList(includePassed);
  }

  @Authorize(ADMIN)
  @Mutation(() => ProbationWatchDto, { description: 'Passes a flagged probation supplier after all (organisation PROBATION → ACTIVE). Errors: INVALID_TRANSITION, NOT_FOUND' })
  async passProbation(@CurrentActor() actor: UserActor, @Args('organizationId', { type: () => ID }) organizationId: string, @Args('reason') reason: string): Promise<ProbationWatchDto> {
    await this.probation.adminPass(actor, organizationId, reason);
    return (await this.probation.get(organizationId))!;
  }

  @Authorize(STAFF)
  @Query(() => [RoutingDecisionDto], { description: 'Every offer routing considered for an order, in the order tried, with the score inputs of the decision. Errors: NOT_FOUND' })
  async routingDecisions(@CurrentActor() actor: Actor, @Args('orderId', { type: () => ID }) orderId: string): Promise<RoutingDecisionDto[]> {
    const order = await this.orders.get(actor, orderId);
    const attempts = await this.orders.attempts(order.id);
    const supplierOf = (r: Record<string, unknown> | null) => (typeof r?.supplierId === 'string' ? r.supplierId : null);
    const names = await this.scorecards.names(attempts.map((a) => supplierOf(a.reason)).filter((x): x is string => x !== null));
    const num = (v: unknown) => (typeof v === 'number' ? v : null);
    return attempts.map((a) => {
      const supplierId = supplierOf(a.reason);
      return {
        offerId: a.offerId, supplierId, supplierName: supplierId ? (names.get(supplierId) ?? null) : null, outcome: a.outcome, position: a.position,
        rule: typeof a.reason?.rule === 'string' ? a.reason.rule : null, score: num(a.reason?.score), fulfilmentRate: num(a.reason?.fulfilmentRate), reason: a.reason, at: a.at,
      };
    });
  }

  @Authorize(STAFF)
  @Query(() => RoutingRankingDto, { nullable: true, description: 'The whole ranking routing made for an order at its moment: every candidate offer with its score, probation cap, weight, position and why; and the offers that could not sell (null: never routed). Errors: NOT_FOUND' })
  async routingRanking(@CurrentActor() actor: Actor, @Args('orderId', { type: () => ID }) orderId: string): Promise<RoutingRankingDto | null> {
    const order = await this.orders.get(actor, orderId);
    const [ranking, attempts] = await Promise.all([this.orders.ranking(order.id), this.orders.attempts(order.id)]);
    if (!ranking) return null;
    const names = await this.scorecards.names(ranking.entries.map((e) => e.supplierId));
    // The last attempt of each offer is what came of it (a second pass may try an offer again).
    const outcomes = new Map(attempts.map((a) => [a.offerId, a.outcome as string]));
    return {
      orderId: order.id, at: new Date(ranking.at), rule: ranking.rule as RoutingRule, scoresAsOf: ranking.scoresAsOf ? new Date(ranking.scoresAsOf) : null,
      entries: ranking.entries.map((e) => ({
        ...e, why: e.why as RankingReason, offerStatus: e.offerStatus as OfferStatus | null, supplierStatus: e.supplierStatus as OrganizationStatus,
        supplierName: names.get(e.supplierId) ?? null, outcome: outcomes.get(e.offerId) ?? null,
      })),
    };
  }

  @Authorize(STAFF)
  @Query(() => RoutingSettingsDto, { description: 'How routing orders candidates now (alliance settings: changed in the console)' })
  async routingSettings(): Promise<RoutingSettingsDto> {
    const { rule, exponent, floor, probationShare } = (await this.allianceSettings.current()).routing;
    return { rule, exponent, floor, probationShare };
  }
}

/** The frozen scores and candidates of one run. */
@Resolver(() => EvaluationRunDto)
export class EvaluationRunFieldsResolver {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly scorecards: ScorecardService,
  ) {}

  @ResolveField(() => [EvaluationScoreDto], { description: 'Every supplier’s frozen score, lowest first, with evidence rows' })
  async scores(@Parent() run: EvaluationRunDto): Promise<EvaluationScoreDto[]> {
    const [scores, candidates] = await Promise.all([this.evaluations.scoresOf(run.id), this.evaluations.candidatesOf(run.id)]);
    const [evidence, names] = await Promise.all([this.evaluations.evidenceOf(scores.map((s) => s.id)), this.scorecards.names(scores.map((s) => s.organizationId))]);
    return scores.map((s) => ({
      id: s.id, organizationId: s.organizationId, organizationName: names.get(s.organizationId) ?? '', total: Number(s.total), candidate: candidates.some((c) => c.scoreId === s.id),
      dimensions: s.dimensions.map((d) => dimensionDto(d, { evidence: evidence.filter((e) => e.scoreId === s.id) })),
    }));
  }

  @ResolveField(() => [EvaluationCandidateDto], { description: 'Suppliers below the threshold, with decisions and appeals' })
  async candidates(@Parent() run: EvaluationRunDto): Promise<EvaluationCandidateDto[]> {
    return candidateDtos(this.evaluations, this.scorecards, await this.evaluations.candidatesOf(run.id));
  }
}

/** Suppliers: their own scorecard with evidence and trend, their candidacy, and appeals. */
@Resolver()
export class SupplierScorecardResolver {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly evaluations: EvaluationService,
  ) {}

  @Authorize(SUPPLIER)
  @Query(() => SupplierScorecardDto, { description: 'The caller’s own scorecard with evidence and trend' })
  async myScorecard(@CurrentActor() actor: Actor): Promise<SupplierScorecardDto> {
    return scorecardDto(await this.scorecards.get(actor.organizationId)) as SupplierScorecardDto;
  }

  @Authorize(SUPPLIER)
  @Query(() => EvaluationCandidateDto, { nullable: true, description: 'The latest evaluation candidacy of the caller (null when never named), with evidence rows to cite' })
  async myEvaluationCandidacy(@CurrentActor() actor: Actor): Promise<EvaluationCandidateDto | null> {
    const c = await this.evaluations.latestCandidacy(actor.organizationId);
    return c ? (await candidateDtos(this.evaluations, this.scorecards, [c]))[0] : null;
  }

  @Authorize(SUPPLIER_OWNER)
  @Mutation(() => EvaluationAppealDto, { description: 'Appeals a candidacy within 7 days, citing evidence rows of it. Errors: APPEAL_WINDOW_CLOSED, INVALID_TRANSITION, NOT_FOUND, VALIDATION_FAILED' })
  async appealEvaluation(@CurrentActor() actor: UserActor, @Args('input') input: AppealEvaluationInput): Promise<EvaluationAppealDto> {
    const a = await this.evaluations.appeal(actor, input.candidateId, input.reason, input.evidenceRowIds);
    return (await appealDtosOf(this.evaluations, this.scorecards, [a]))[0];
  }
}
