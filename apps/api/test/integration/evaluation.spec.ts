import { randomUUID } from 'node:crypto';
import { MEMBER_TO_SUPPLIER_RATING_KEYS } from '@mengyuan/domain';
import {
  AppealEvaluationDocument, DecideAppealDocument, DecideCandidateDocument, EvaluationAppealsDocument, EvaluationRunDocument, EvaluationRunsDocument, LedgerCheckDocument,
  MyEvaluationCandidacyDocument, OrganizationDetailDocument, RunEvaluationNowDocument, ScorecardDocument,
} from '@mengyuan/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { EventBus } from '../../src/common/events/event-bus';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { RatingRevealedEvent } from '../../src/modules/ratings/ratings.events';
import { QUARTERLY_EVALUATION_JOB } from '../../src/modules/scorecards/scorecards.jobs';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const DAY = 86_400_000;

describe('quarterly evaluation (季度评估)', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s1: '', s2: '', s3: '', m1: '' };
  const id = { s1: '', s2: '', s3: '', m1: '' };
  let runId = '';

  async function signIn(): Promise<void> {
    admin = (await t.login('admin@mengyuan.demo')).token;
    for (const [k, email] of [['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['s3', 'supplier3@mengyuan.demo'], ['m1', 'member@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      id[k] = l.organizationId;
    }
  }
  const inTx = <T>(fn: () => Promise<T>) => t.app.get(TransactionHost).withTransaction(fn);

  /** Many bad facts: a supplier far below 60 whatever the alliance mean. */
  async function bad(orgId: string): Promise<void> {
    await inTx(() => t.app.get(ScoreFactsService).add(orgId, {
      [Measure.SAMPLE_FAILED]: 200, [Measure.UPHELD_INVALID_CODE]: 20, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 100, [Measure.SLA_RESOLUTION_TOTAL]: 100, [Measure.TICKETS_RESOLVED]: 50, [Measure.TICKETS_REOPENED]: 40,
      [Measure.PRICE_CHANGES]: 10, [Measure.PRICE_COST_UNNOTICED]: 10,
    }));
    const events = t.app.get(EventBus);
    for (let i = 0; i < 40; i++) {
      await inTx(() => events.publish(new RatingRevealedEvent(null, {
        id: randomUUID(), orderId: randomUUID(), side: 'MEMBER_TO_SUPPLIER', memberId: id.m1, supplierId: orgId, raterId: id.m1, ratedId: orgId,
        scores: Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, 1])), revealedAt: t.clock.now(), excludedReason: null, retaliationFlag: false, createdAt: t.clock.now(),
      })));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: false });
    await signIn();
    // supplier2@ sells: a live offer with unsold codes, and a payable from two delivered orders.
    await deposit(t, admin, id.m1, '100000');
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier: tok.s2, stock: 6 }] });
    await deliveredOrder(t, tok.m1, sku.id);
    await deliveredOrder(t, tok.m1, sku.id);
    // supplier@ is good, supplier2@ and supplier3@ are bad.
    await inTx(() => t.app.get(ScoreFactsService).add(id.s1, { [Measure.SAMPLE_PASSED]: 200, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 100, [Measure.SLA_FIRST_RESPONSE_MET]: 100 }));
    await bad(id.s2);
    await bad(id.s3);
  });
  afterAll(() => t.close());

  it('a run freezes every supplier scorecard with evidence rows; a total below 60 makes a candidate', async () => {
    const run = (await t.data(RunEvaluationNowDocument, {}, { token: admin })).runEvaluationNow;
    runId = run.id;
    expect(run).toMatchObject({ trigger: 'ADMIN', threshold: 60, weights: { compliance: 20, reputation: 20 } });
    expect(run.formulas).toMatchObject({ REPUTATION: { id: 'reputation.bayesian-ratings', version: 1 } });
    const full = (await t.data(EvaluationRunDocument, { id: run.id }, { token: admin })).evaluationRun;
    expect(full.scores.length).toBe(run.supplierCount);
    expect(full.candidates.length).toBe(run.candidateCount);
    // The two bad suppliers; supplier6@ (suspended, no facts at all) reads the alliance means the bad ones pulled down.
    expect(full.candidates.map((c) => c.organizationId)).toEqual(expect.arrayContaining([id.s2, id.s3]));
    expect(full.candidates.map((c) => c.organizationId)).not.toContain(id.s1);
    const s1 = full.scores.find((s) => s.organizationId === id.s1)!;
    expect(s1).toMatchObject({ candidate: false });
    expect(s1.total).toBeGreaterThanOrEqual(60);
    const c2 = full.candidates.find((c) => c.organizationId === id.s2)!;
    expect(c2.total).toBeLessThan(60);
    expect(c2).toMatchObject({ status: 'PENDING', canAppeal: true, quarter: run.quarter });
    expect(c2.dimensions.flatMap((d) => d.evidence).every((e) => e.id !== null)).toBe(true);
    // The run is a point of the supplier's history.
    const card = (await t.data(ScorecardDocument, { organizationId: id.s2 }, { token: admin })).scorecard;
    expect(card.trend.some((p) => p.evaluationRunId === run.id)).toBe(true);
    expect((await t.data(EvaluationRunsDocument, { page: null }, { token: admin })).evaluationRuns.items[0].id).toBe(run.id);
  });

  it('the scheduled job evaluates a quarter once', async () => {
    const jobs = t.app.get(JobsService);
    const first = await jobs.run(QUARTERLY_EVALUATION_JOB);
    expect(await jobs.run(QUARTERLY_EVALUATION_JOB)).toBe(first);
    expect((await t.data(EvaluationRunsDocument, { page: null }, { token: admin })).evaluationRuns.totalCount).toBe(2);
  });

  it('the supplier sees its candidacy and may appeal within 7 days citing its evidence rows; later it may not', async () => {
    const mine = (await t.data(MyEvaluationCandidacyDocument, {}, { token: tok.s3 })).myEvaluationCandidacy!;
    // The scheduled run named it again: its latest candidacy is that one. Appeal the admin's run's candidacy.
    const run = (await t.data(EvaluationRunDocument, { id: runId }, { token: admin })).evaluationRun;
    const c3 = run.candidates.find((c) => c.organizationId === id.s3)!;
    const c2 = run.candidates.find((c) => c.organizationId === id.s2)!;
    expect(mine.organizationId).toBe(id.s3);
    const rows = c3.dimensions.find((d) => d.dimension === 'AUTHENTICITY')!.evidence.slice(0, 2).map((e) => e.id!);

    // Eliminating before the window closes is refused while the supplier may still appeal.
    expect(await t.errorCode(DecideCandidateDocument, { input: { candidateId: c2.id, decision: 'ELIMINATE', reason: '总分低于 60' } }, { token: admin })).toBe('APPEAL_PENDING');
    // Another supplier's rows, or another's candidacy, are refused.
    const otherRow = c2.dimensions[0].evidence[0].id!;
    expect(await t.errorCode(AppealEvaluationDocument, { input: { candidateId: c3.id, reason: '样本检测结果有误，已附复检报告', evidenceRowIds: [otherRow] } }, { token: tok.s3 })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(AppealEvaluationDocument, { input: { candidateId: c3.id, reason: '样本检测结果有误，已附复检报告', evidenceRowIds: rows } }, { token: tok.s2 })).toBe('NOT_FOUND');

    t.clock.advance(6 * DAY);
    await signIn();
    const appeal = (await t.data(AppealEvaluationDocument, { input: { candidateId: c3.id, reason: '样本检测结果有误，已附复检报告', evidenceRowIds: rows } }, { token: tok.s3 })).appealEvaluation;
    expect(appeal).toMatchObject({ status: 'OPEN', candidateId: c3.id, evidenceRowIds: rows });
    expect(appeal.evidence.map((e) => e.id)).toEqual(rows);
    expect(await t.errorCode(AppealEvaluationDocument, { input: { candidateId: c3.id, reason: '再次申诉，理由同上，请复核', evidenceRowIds: rows } }, { token: tok.s3 })).toBe('INVALID_TRANSITION');

    t.clock.advance(2 * DAY); // day 8
    await signIn();
    expect(await t.errorCode(AppealEvaluationDocument, { input: { candidateId: c2.id, reason: '申诉期已过仍尝试申诉的理由', evidenceRowIds: [] } }, { token: tok.s2 })).toBe('APPEAL_WINDOW_CLOSED');

    // An open appeal holds the elimination; the admin grants it: the supplier is kept.
    expect(await t.errorCode(DecideCandidateDocument, { input: { candidateId: c3.id, decision: 'ELIMINATE', reason: '总分低于 60' } }, { token: admin })).toBe('APPEAL_PENDING');
    const open = (await t.data(EvaluationAppealsDocument, { filter: { status: 'OPEN' }, page: null }, { token: admin })).appeals;
    expect(open.items.map((a) => a.id)).toEqual([appeal.id]);
    const granted = (await t.data(DecideAppealDocument, { input: { appealId: appeal.id, decision: 'GRANT', reason: '复检报告属实，样本结果更正' } }, { token: admin })).decideAppeal;
    expect(granted).toMatchObject({ status: 'GRANTED', decisionReason: '复检报告属实，样本结果更正' });
    const after = (await t.data(EvaluationRunDocument, { id: runId }, { token: admin })).evaluationRun.candidates.find((c) => c.id === c3.id)!;
    expect(after).toMatchObject({ status: 'KEPT', appeal: { status: 'GRANTED' } });
  });

  it('elimination: ELIMINATED, offers delisted, unsold codes frozen, payable settled through the ledger; every decision audited', async () => {
    const run = (await t.data(EvaluationRunDocument, { id: runId }, { token: admin })).evaluationRun;
    const c2 = run.candidates.find((c) => c.organizationId === id.s2)!;
    const before = (await t.data(OrganizationDetailDocument, { id: id.s2 }, { token: admin })).organization;
    expect(BigInt(before.balances!.payable)).toBeGreaterThan(0n);

    const decided = (await t.data(DecideCandidateDocument, { input: { candidateId: c2.id, decision: 'ELIMINATE', reason: '季度总分低于 60，申诉期内未申诉' } }, { token: admin })).decideCandidate;
    // Paid out less the holdback for the complaint window (no refunds: the 10 % floor, rounded up).
    const holdback = (BigInt(before.balances!.payable) * 1000n + 9_999n) / 10_000n;
    expect(decided).toMatchObject({
      status: 'ELIMINATED', decisionReason: '季度总分低于 60，申诉期内未申诉',
      outcome: { offersDelisted: 1, codesFrozen: 4, payableSettled: (BigInt(before.balances!.payable) - holdback).toString(), holdback: holdback.toString(), refundRateBp: 0 },
    });
    const org = (await t.data(OrganizationDetailDocument, { id: id.s2 }, { token: admin })).organization;
    expect(org.status).toBe('ELIMINATED');
    expect(org.balances!.payable).toBe('0');
    expect(org.offerStock).toEqual([]);
    const offers = (await t.db.query(`SELECT status FROM offers WHERE supplier_id = $1`, [id.s2])) as { status: string }[];
    expect(offers).toEqual([{ status: 'DELISTED' }]);
    const [codes] = (await t.db.query(`SELECT count(*) FILTER (WHERE status = 'FROZEN')::int AS frozen, count(*) FILTER (WHERE status = 'AVAILABLE')::int AS available FROM card_codes WHERE supplier_id = $1`, [id.s2])) as { frozen: number; available: number }[];
    expect(codes).toEqual({ frozen: 4, available: 0 });
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
    expect(await t.errorCode(DecideCandidateDocument, { input: { candidateId: c2.id, decision: 'KEEP', reason: '改变主意' } }, { token: admin })).toBe('INVALID_TRANSITION');

    // Every step is in the audit chain (written at once or through the outbox).
    const audited = (await t.db.query(
      `SELECT payload->>'action' AS action FROM audit_events WHERE type = 'evaluation.candidate_changed'
       UNION ALL SELECT event->'payload'->>'action' FROM audit_outbox WHERE event->>'type' = 'evaluation.candidate_changed'`,
    )) as { action: string }[];
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['NOMINATE', 'APPEAL', 'GRANT_APPEAL', 'ELIMINATE']));
    await t.chained();
    const decidedOrg = (await t.db.query(`SELECT payload FROM audit_events WHERE type = 'organization.decided' AND organization_id = $1::uuid UNION ALL SELECT event->'payload' FROM audit_outbox WHERE event->>'type' = 'organization.decided' AND event->>'organizationId' = $1::text`, [id.s2])) as { payload: { action: string } }[];
    expect(decidedOrg.map((r) => r.payload.action)).toContain('ELIMINATE');
  });

  it('KEEP needs a reason and closes the candidacy', async () => {
    // The scheduled run's candidacy of supplier3@ (its window closed): the admin keeps it.
    const runs = (await t.data(EvaluationRunsDocument, { page: null }, { token: admin })).evaluationRuns.items;
    const scheduled = (await t.data(EvaluationRunDocument, { id: runs.find((r) => r.trigger === 'SCHEDULE')!.id }, { token: admin })).evaluationRun;
    const c3 = scheduled.candidates.find((c) => c.organizationId === id.s3)!;
    expect(await t.errorCode(DecideCandidateDocument, { input: { candidateId: c3.id, decision: 'KEEP', reason: ' ' } }, { token: admin })).toBe('VALIDATION_FAILED');
    const kept = (await t.data(DecideCandidateDocument, { input: { candidateId: c3.id, decision: 'KEEP', reason: '已整改，下季度复评' } }, { token: admin })).decideCandidate;
    expect(kept).toMatchObject({ status: 'KEPT', decisionReason: '已整改，下季度复评' });
  });
});
