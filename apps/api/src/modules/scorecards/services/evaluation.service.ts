import {
  AppealDecision, AppealStatus, CandidateAction, CandidateDecision, ErrorCode, EvaluationCandidateStatus, OrganizationAction, OrganizationKind, SCORE_FORMULAS,
  appealLifecycle, candidateLifecycle, quarterOf, quarterWindow, weightedTotal,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { In } from 'typeorm';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { OfferService } from '../../catalog/services/offer.service';
import { CardCodeService } from '../../inventory/services/card-code.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import {
  EvaluationAppealEntity, EvaluationCandidateEntity, EvaluationEvidenceEntity, EvaluationRunEntity, EvaluationScoreEntity, type EliminationOutcome,
} from '../entities/scorecard.entities';
import { EvaluationCandidateChangedEvent, EvaluationRunFrozenEvent } from '../scorecards.events';
import { ScorecardService } from './scorecard.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

export type { EvaluationAppealEntity, EvaluationCandidateEntity, EvaluationEvidenceEntity, EvaluationRunEntity, EvaluationScoreEntity };

const DAY_MS = 86_400_000;

/**
 * Quarterly evaluation (季度评估, DESIGN.md §2.7): a run freezes every supplier's scorecard with its evidence rows;
 * a total below the threshold makes an elimination candidate; an admin eliminates (organisation ELIMINATED,
 * offers delisted, unsold codes frozen, payable paid out through the ledger) or keeps it with a reason; the
 * supplier may appeal within 7 days citing evidence rows, and the admin decides the appeal. Every step is audited.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly scorecards: ScorecardService,
    private readonly organizations: OrganizationService,
    private readonly offers: OfferService,
    private readonly codes: CardCodeService,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly allianceSettings: AllianceSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    lifecycles: Lifecycles,
  ) {
    this.candidates = lifecycles.define<EvaluationCandidateEntity, EvaluationCandidateStatus, CandidateAction>({
      aggregate: 'evaluation_candidate', label: 'Evaluation candidate', entity: EvaluationCandidateEntity, machine: candidateLifecycle,
      events: ({ actor, before, after, from, action, reason, details }) =>
        new EvaluationCandidateChangedEvent(actor, before.id, before.organizationId, before.runId, from, action, after.status, reason, details),
    });
    // An appeal is a child of its candidacy: the candidate is locked first.
    this.appealLifecycle = lifecycles.define<EvaluationAppealEntity, AppealStatus, AppealDecision>({
      aggregate: 'evaluation_appeal', label: 'Appeal', entity: EvaluationAppealEntity, machine: appealLifecycle, root: { aggregate: 'evaluation_candidate', idOf: (a) => a.candidateId },
    });
  }

  private readonly candidates: Lifecycle<EvaluationCandidateEntity, EvaluationCandidateStatus, CandidateAction>;
  private readonly appealLifecycle: Lifecycle<EvaluationAppealEntity, AppealStatus, AppealDecision>;

  private repo<T extends object>(e: new () => T) {
    return this.txHost.tx.getRepository(e);
  }

  /**
   * Freezes a run now: recomputes every scorecard, copies each supplier's into the run with its evidence rows,
   * names the candidates and writes a history point. The scheduled run happens once per quarter.
   */
  @UnitOfWork()
  async run(actor: UserActor | null, trigger: 'SCHEDULE' | 'ADMIN'): Promise<EvaluationRunEntity> {
    const now = this.clock.now();
    const quarter = quarterOf(new Date(now.getTime() - (trigger === 'SCHEDULE' ? DAY_MS : 0)));
    // The quarter's own days (Asia/Shanghai), not a rolling window: 2026Q4 is 1 Oct 00:00 – 31 Dec 24:00 +08:00.
    const window = quarterWindow(quarter);
    if (trigger === 'SCHEDULE') {
      // Two replicas running the job at once: the second waits here and finds the first's run.
      await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext('evaluation_run:' || $1))`, [quarter]);
      const done = await this.repo(EvaluationRunEntity).findOneBy({ quarter, trigger });
      if (done) return done;
    }
    await this.scorecards.recomputeAll();
    const { weights } = await this.scorecards.weights();
    const { threshold, appealDays } = (await this.allianceSettings.current()).evaluation;
    const suppliers = await this.scorecards.scoredOrganizations(OrganizationKind.SUPPLIER);
    const cards = await this.scorecards.computeSuppliers(suppliers, { from: window.from, to: window.to });
    const run = await this.repo(EvaluationRunEntity).save(this.repo(EvaluationRunEntity).create({
      quarter, trigger, threshold: String(threshold), weights, formulas: SCORE_FORMULAS, supplierCount: suppliers.length, candidateCount: 0, frozenAt: now,
      createdByUserId: actor?.userId ?? null, windowStart: window.start, windowEnd: window.end,
    }));
    const candidates: EvaluationCandidateEntity[] = [];
    const history: { organizationId: string; total: string; dimensions: EvaluationScoreEntity['dimensions'] }[] = [];
    for (const org of suppliers) {
      const dimensions = cards.get(org.id)?.dimensions ?? [];
      const total = weightedTotal(dimensions, weights);
      const score = await this.repo(EvaluationScoreEntity).save(this.repo(EvaluationScoreEntity).create({ runId: run.id, organizationId: org.id, total: String(total), dimensions }));
      const evidence = dimensions.flatMap((d) => d.evidence.map((e) => ({ runId: run.id, scoreId: score.id, organizationId: org.id, dimension: d.dimension, measure: e.measure, value: String(e.value) })));
      if (evidence.length) await this.repo(EvaluationEvidenceEntity).insert(evidence);
      history.push({ organizationId: org.id, total: String(total), dimensions });
      if (total < threshold) {
        candidates.push(await this.repo(EvaluationCandidateEntity).save(this.repo(EvaluationCandidateEntity).create({
          runId: run.id, scoreId: score.id, organizationId: org.id, total: String(total), status: EvaluationCandidateStatus.PENDING,
          appealDeadline: new Date(now.getTime() + appealDays * DAY_MS), createdAt: now,
        })));
      }
    }
    await this.repo(EvaluationRunEntity).update(run.id, { candidateCount: candidates.length });
    await this.scorecards.recordHistory(history, now, run.id);
    await this.events.publish(new EvaluationRunFrozenEvent(actor, run.id, quarter, trigger, suppliers.length, candidates.map((c) => c.id)));
    for (const c of candidates) {
      await this.events.publish(new EvaluationCandidateChangedEvent(null, c.id, c.organizationId, run.id, '-', 'NOMINATE', c.status, null, { total: Number(c.total), threshold, quarter, appealDeadline: c.appealDeadline.toISOString() }));
    }
    return { ...run, candidateCount: candidates.length };
  }

  async runs(page: { offset: number; limit: number }): Promise<Page<EvaluationRunEntity>> {
    const [items, totalCount] = await this.repo(EvaluationRunEntity).findAndCount({ order: { frozenAt: 'DESC', id: 'DESC' }, skip: page.offset, take: page.limit });
    return { items, totalCount };
  }

  async getRun(id: string): Promise<EvaluationRunEntity> {
    const run = await this.repo(EvaluationRunEntity).findOneBy({ id: assertId(id, 'Evaluation run') });
    if (!run) throw notFound('Evaluation run');
    return run;
  }

  scoresOf(runId: string): Promise<EvaluationScoreEntity[]> {
    return this.repo(EvaluationScoreEntity).find({ where: { runId }, order: { total: 'ASC', organizationId: 'ASC' } });
  }

  candidatesOf(runId: string): Promise<EvaluationCandidateEntity[]> {
    return this.repo(EvaluationCandidateEntity).find({ where: { runId }, order: { total: 'ASC', id: 'ASC' } });
  }

  async evidenceOf(scoreIds: string[]): Promise<EvaluationEvidenceEntity[]> {
    if (!scoreIds.length) return [];
    return this.repo(EvaluationEvidenceEntity).find({ where: { scoreId: In(scoreIds) }, order: { id: 'ASC' } });
  }

  async evidenceRows(ids: string[]): Promise<EvaluationEvidenceEntity[]> {
    if (!ids.length) return [];
    return this.repo(EvaluationEvidenceEntity).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
  }

  async scores(ids: string[]): Promise<EvaluationScoreEntity[]> {
    if (!ids.length) return [];
    return this.repo(EvaluationScoreEntity).findBy({ id: In(ids) });
  }

  async runsByIds(ids: string[]): Promise<EvaluationRunEntity[]> {
    if (!ids.length) return [];
    return this.repo(EvaluationRunEntity).findBy({ id: In([...new Set(ids)]) });
  }

  async appealsOfCandidates(ids: string[]): Promise<EvaluationAppealEntity[]> {
    if (!ids.length) return [];
    return this.repo(EvaluationAppealEntity).findBy({ candidateId: In(ids) });
  }

  async candidatesByIds(ids: string[]): Promise<EvaluationCandidateEntity[]> {
    if (!ids.length) return [];
    return this.repo(EvaluationCandidateEntity).findBy({ id: In([...new Set(ids)]) });
  }

  /** A candidate, to alliance staff or to its own supplier. */
  async candidate(actor: Actor, id: string): Promise<EvaluationCandidateEntity> {
    const c = await this.repo(EvaluationCandidateEntity).findOneBy({ id: assertId(id, 'Evaluation candidate') });
    if (!c || (actor.organizationKind !== OrganizationKind.ALLIANCE && c.organizationId !== actor.organizationId)) throw notFound('Evaluation candidate');
    return c;
  }

  /** The supplier's latest candidacy (null when no run named it). */
  latestCandidacy(organizationId: string): Promise<EvaluationCandidateEntity | null> {
    return this.repo(EvaluationCandidateEntity).findOne({ where: { organizationId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  canAppeal(c: EvaluationCandidateEntity, appealed: boolean): boolean {
    return c.status === EvaluationCandidateStatus.PENDING && !appealed && this.clock.now() <= c.appealDeadline;
  }

  async appeals(status: AppealStatus | null | undefined, page: { offset: number; limit: number }): Promise<Page<EvaluationAppealEntity>> {
    const [items, totalCount] = await this.repo(EvaluationAppealEntity).findAndCount({
      where: status ? { status } : {}, order: { filedAt: 'DESC', id: 'DESC' }, skip: page.offset, take: page.limit,
    });
    return { items, totalCount };
  }

  /** One way a candidate's status changes: by candidateLifecycle, the candidate locked first, guarded on its status, audited. */
  private transition(actor: Actor | null, c: EvaluationCandidateEntity, action: CandidateAction, reason: string | null, changes: Partial<EvaluationCandidateEntity> = {}, details: Record<string, unknown> = {}) {
    return this.candidates.transition(actor, c, action, changes, { reason, details });
  }

  private lockCandidate(id: string): Promise<EvaluationCandidateEntity> {
    return this.candidates.lockOrFail(assertId(id, 'Evaluation candidate'));
  }

  /**
   * Admin: KEEP (with a reason) at any time before a decision, or ELIMINATE once the appeal window has closed
   * with no appeal or the appeal was rejected: the organisation is ELIMINATED, its offers delisted, its unsold codes
   * frozen and what the alliance owes it paid out through the ledger, all in one transaction.
   */
  @UnitOfWork()
  async decide(actor: UserActor, candidateId: string, decision: CandidateDecision, reason: string): Promise<EvaluationCandidateEntity> {
    const why = reason.trim();
    if (why.length < 2) throw validationFailed({ reason: ['say why'] });
    const c = await this.lockCandidate(candidateId);
    const now = this.clock.now();
    const decided = { decidedAt: now, decidedByUserId: actor.userId, decisionReason: why };
    if (decision === CandidateDecision.KEEP) return this.transition(actor, c, CandidateAction.KEEP, why, decided);
    if (!candidateLifecycle.can(c.status, CandidateAction.ELIMINATE)) {
      if (c.status === EvaluationCandidateStatus.APPEALED) throw new AppError(ErrorCode.APPEAL_PENDING, 'An appeal is waiting: decide it first', { candidateId: c.id });
      throw invalidTransition(c.status, CandidateAction.ELIMINATE);
    }
    const appeal = await this.repo(EvaluationAppealEntity).findOneBy({ candidateId: c.id });
    if (!appeal && now <= c.appealDeadline) {
      throw new AppError(ErrorCode.APPEAL_PENDING, `The supplier may appeal until ${c.appealDeadline.toISOString()}`, { appealDeadline: c.appealDeadline.toISOString() });
    }
    const org = await this.organizations.lock(c.organizationId);
    if (!org) throw notFound('Organization');
    await this.organizations.transition(actor, org, OrganizationAction.ELIMINATE, why);
    const note = `ELIMINATED:${c.id}`;
    const offersDelisted = await this.offers.delistAllOf(actor, org.id, note);
    const codesFrozen = await this.codes.freezeUnsold(actor, org.id, note);
    // The payable is paid out less a reserve for the complaint window, sized from the supplier's refund rate of the
    // last 90 days (at least the configured floor); late upheld complaints are charged to it, the rest released.
    const owed = BigInt((await this.ledger.balances(org.id, OrganizationKind.SUPPLIER)).payable);
    const rateBp = await this.ledger.refundRateBp(org.id, new Date(now.getTime() - 90 * DAY_MS));
    const { holdbackMinPercent, holdbackMultiplier, holdbackDays } = this.config.scores;
    const shareBp = Math.min(10_000, Math.max(Math.round(holdbackMinPercent * 100), Math.round(rateBp * holdbackMultiplier)));
    const holdback = owed > 0n ? (owed * BigInt(shareBp) + 9_999n) / 10_000n : 0n;
    const holdbackReleaseAt = new Date(now.getTime() + holdbackDays * DAY_MS);
    await this.ledger.holdBack(org.id, holdback, rateBp, holdbackReleaseAt, { reference: `EVAL-HB-${c.id.slice(0, 8)}`, userId: actor.userId });
    const paid = owed - holdback;
    const ledgerTransactionId = paid > 0n ? await this.ledger.payout(actor, org.id, paid.toString(), `EVAL-${c.id.slice(0, 8)}`) : null;
    const outcome: EliminationOutcome = {
      offersDelisted, codesFrozen, payableSettled: paid > 0n ? paid.toString() : '0', ledgerTransactionId, holdback: holdback.toString(), holdbackReleaseAt: holdbackReleaseAt.toISOString(),
      refundRateBp: rateBp,
    };
    return this.transition(actor, c, CandidateAction.ELIMINATE, why, { ...decided, outcome }, { ...outcome });
  }

  /** Supplier: appeal its candidacy within the window, citing evidence rows of its own frozen score. */
  @UnitOfWork()
  async appeal(actor: UserActor, candidateId: string, reason: string, evidenceRowIds: string[]): Promise<EvaluationAppealEntity> {
    const c = await this.lockCandidate(candidateId);
    if (c.organizationId !== actor.organizationId) throw notFound('Evaluation candidate');
    if (this.clock.now() > c.appealDeadline) throw new AppError(ErrorCode.APPEAL_WINDOW_CLOSED, `The appeal window closed at ${c.appealDeadline.toISOString()}`, { appealDeadline: c.appealDeadline.toISOString() });
    if (await this.repo(EvaluationAppealEntity).existsBy({ candidateId: c.id })) throw invalidTransition(c.status, 'appeal again');
    const ids = [...new Set(evidenceRowIds)];
    const rows = await this.evidenceRows(ids);
    if (rows.length !== ids.length || rows.some((r) => r.scoreId !== c.scoreId)) throw validationFailed({ evidenceRowIds: ['must be evidence rows of this candidacy'] });
    const why = reason.trim();
    await this.transition(actor, c, CandidateAction.APPEAL, why, {}, { evidenceRowIds: ids });
    return this.repo(EvaluationAppealEntity).save(this.repo(EvaluationAppealEntity).create({
      candidateId: c.id, organizationId: c.organizationId, reason: why, evidenceIds: ids, status: AppealStatus.OPEN, filedByUserId: actor.userId, filedAt: this.clock.now(),
    }));
  }

  /** Admin: GRANT keeps the supplier; REJECT returns the candidate to PENDING for a decision. */
  @UnitOfWork()
  async decideAppeal(actor: UserActor, appealId: string, decision: AppealDecision, reason: string): Promise<EvaluationAppealEntity> {
    // The candidacy first (the appeal's root), then the appeal.
    const seen = await this.repo(EvaluationAppealEntity).findOne({ where: { id: assertId(appealId, 'Appeal') }, select: { id: true, candidateId: true } });
    if (!seen) throw notFound('Appeal');
    const c = await this.lockCandidate(seen.candidateId);
    const why = reason.trim();
    const now = this.clock.now();
    const appeal = await this.appealLifecycle.transition(actor, (await this.appealLifecycle.lock(seen.id))!, decision, { decidedAt: now, decidedByUserId: actor.userId, decisionReason: why });
    if (decision === AppealDecision.GRANT) {
      await this.transition(actor, c, CandidateAction.GRANT_APPEAL, why, { decidedAt: now, decidedByUserId: actor.userId, decisionReason: why }, { appealId: appeal.id });
    } else {
      await this.transition(actor, c, CandidateAction.REJECT_APPEAL, why, {}, { appealId: appeal.id });
    }
    return appeal;
  }
}
