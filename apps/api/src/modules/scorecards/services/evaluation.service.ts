import {
  AppealDecision, AppealStatus, CandidateAction, CandidateDecision, ErrorCode, EvaluationCandidateStatus, OrganizationAction, OrganizationKind, SCORE_FORMULAS,
  appealLifecycle, candidateLifecycle, quarterOf, weightedTotal,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { OfferService } from '../../catalog/services/offer.service';
import { CardCodeService } from '../../inventory/services/card-code.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import {
  EvaluationAppealEntity, EvaluationCandidateEntity, EvaluationEvidenceEntity, EvaluationRunEntity, EvaluationScoreEntity, type EliminationOutcome,
} from '../entities/scorecard.entities';
import { EvaluationCandidateChangedEvent, EvaluationRunFrozenEvent } from '../scorecards.events';
import { ScorecardService } from './scorecard.service';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly scorecards: ScorecardService,
    private readonly organizations: OrganizationService,
    private readonly offers: OfferService,
    private readonly codes: CardCodeService,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private repo<T extends object>(e: new () => T) {
    return this.txHost.tx.getRepository(e);
  }

  /**
   * Freezes a run now: recomputes every scorecard, copies each supplier's into the run with its evidence rows,
   * names the candidates and writes a history point. The scheduled run happens once per quarter.
   */
  @Transactional()
  async run(actor: UserActor | null, trigger: 'SCHEDULE' | 'ADMIN'): Promise<EvaluationRunEntity> {
    const now = this.clock.now();
    const quarter = quarterOf(new Date(now.getTime() - (trigger === 'SCHEDULE' ? DAY_MS : 0)));
    if (trigger === 'SCHEDULE') {
      const done = await this.repo(EvaluationRunEntity).findOneBy({ quarter, trigger });
      if (done) return done;
    }
    await this.scorecards.recomputeAll();
    const { weights } = await this.scorecards.weights();
    const threshold = this.config.scores.eliminationThreshold;
    const suppliers = await this.scorecards.scoredOrganizations(OrganizationKind.SUPPLIER);
    const cards = new Map((await this.scorecards.currentSupplierScores()).map((c) => [c.organizationId, c]));
    const run = await this.repo(EvaluationRunEntity).save(this.repo(EvaluationRunEntity).create({
      quarter, trigger, threshold: String(threshold), weights, formulas: SCORE_FORMULAS, supplierCount: suppliers.length, candidateCount: 0, frozenAt: now,
      createdByUserId: actor?.userId ?? null,
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
          appealDeadline: new Date(now.getTime() + this.config.scores.appealDays * DAY_MS), createdAt: now,
        })));
      }
    }
    await this.repo(EvaluationRunEntity).update(run.id, { candidateCount: candidates.length });
    await this.scorecards.recordHistory(history, now, run.id);
    await this.events.publish(new EvaluationRunFrozenEvent(actor, run.id, quarter, trigger, suppliers.length, candidates.map((c) => c.id)));
    for (const c of candidates) {
      await this.events.publish(new EvaluationCandidateChangedEvent(null, c.id, c.organizationId, run.id, '-', 'NOMINATE', c.status, null, { total: Number(c.total), threshold }));
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

  /** One way a candidate's status changes: by candidateLifecycle, guarded on its status, audited. */
  private async transition(actor: Actor | null, c: EvaluationCandidateEntity, action: CandidateAction, reason: string | null, changes: Partial<EvaluationCandidateEntity> = {}, details: Record<string, unknown> = {}) {
    const next = nextStatus(candidateLifecycle, c.status, action, undefined);
    const moved = await this.repo(EvaluationCandidateEntity).update({ id: c.id, status: c.status }, { ...changes, status: next });
    if (!moved.affected) throw invalidTransition(c.status, action);
    await this.events.publish(new EvaluationCandidateChangedEvent(actor, c.id, c.organizationId, c.runId, c.status, action, next, reason, details));
    return Object.assign(c, changes, { status: next });
  }

  private async lockCandidate(id: string): Promise<EvaluationCandidateEntity> {
    const c = await this.repo(EvaluationCandidateEntity).findOne({ where: { id: assertId(id, 'Evaluation candidate') }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw notFound('Evaluation candidate');
    return c;
  }

  /**
   * Admin: KEEP (with a reason) at any time before a decision, or ELIMINATE once the appeal window has closed
   * with no appeal or the appeal was rejected: the organisation is ELIMINATED, its offers delisted, its unsold codes
   * frozen and what the alliance owes it paid out through the ledger, all in one transaction.
   */
  @Transactional()
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
    const owed = (await this.ledger.balances(org.id, OrganizationKind.SUPPLIER)).payable;
    const ledgerTransactionId = BigInt(owed) > 0n ? await this.ledger.payout(actor, org.id, owed, `EVAL-${c.id.slice(0, 8)}`) : null;
    const outcome: EliminationOutcome = { offersDelisted, codesFrozen, payableSettled: BigInt(owed) > 0n ? owed : '0', ledgerTransactionId };
    return this.transition(actor, c, CandidateAction.ELIMINATE, why, { ...decided, outcome }, { ...outcome });
  }

  /** Supplier: appeal its candidacy within the window, citing evidence rows of its own frozen score. */
  @Transactional()
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
  @Transactional()
  async decideAppeal(actor: UserActor, appealId: string, decision: AppealDecision, reason: string): Promise<EvaluationAppealEntity> {
    const repo = this.repo(EvaluationAppealEntity);
    const appeal = await repo.findOne({ where: { id: assertId(appealId, 'Appeal') }, lock: { mode: 'pessimistic_write' } });
    if (!appeal) throw notFound('Appeal');
    const why = reason.trim();
    const next = nextStatus(appealLifecycle, appeal.status, decision, undefined);
    const now = this.clock.now();
    const moved = await repo.update({ id: appeal.id, status: appeal.status }, { status: next, decidedAt: now, decidedByUserId: actor.userId, decisionReason: why });
    if (!moved.affected) throw invalidTransition(appeal.status, decision);
    const c = await this.lockCandidate(appeal.candidateId);
    if (decision === AppealDecision.GRANT) {
      await this.transition(actor, c, CandidateAction.GRANT_APPEAL, why, { decidedAt: now, decidedByUserId: actor.userId, decisionReason: why }, { appealId: appeal.id });
    } else {
      await this.transition(actor, c, CandidateAction.REJECT_APPEAL, why, {}, { appealId: appeal.id });
    }
    return Object.assign(appeal, { status: next, decidedAt: now, decidedByUserId: actor.userId, decisionReason: why });
  }
}
