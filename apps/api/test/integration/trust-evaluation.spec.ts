import { EvaluationRunDocument, RecomputeScorecardsDocument, ScorecardDocument } from '@mengyuan/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { QUARTERLY_EVALUATION_JOB } from '../../src/modules/scorecards/scorecards.jobs';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { startTestApp, type TestApp } from '../test-app';

/** Issue 18.2: the quarterly evaluation judges its quarter's own days in Asia/Shanghai, and says so. */
describe('the evaluation judges the quarter, named in the run', () => {
  let t: TestApp;
  let admin = '';
  let s2 = '';

  const inTx = <T>(fn: () => Promise<T>) => t.app.get(TransactionHost).withTransaction(fn);
  const fact = (measure: string, n: number, at: string) => inTx(() => t.app.get(ScoreFactsService).add(s2, { [measure]: n }, new Date(at)));
  const authenticity = (dims: { dimension: string; evidence: { measure: string; value: number }[] }[]) => {
    const ev = dims.find((d) => d.dimension === 'AUTHENTICITY')!.evidence;
    return { failed: ev.find((e) => e.measure === 'SAMPLES_FAILED' || e.measure === 'SAMPLE_FAILED')?.value ?? 0, passed: ev.find((e) => e.measure === 'SAMPLES_PASSED' || e.measure === 'SAMPLE_PASSED')?.value ?? 0 };
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: false });
    s2 = (await t.login('supplier2@mengyuan.demo')).organizationId;
    // Facts at the quarter's edges, Asia/Shanghai.
    await fact(Measure.SAMPLE_FAILED, 11, '2026-09-30T23:30:00+08:00'); // Q3: not judged
    await fact(Measure.SAMPLE_FAILED, 2, '2026-10-01T00:30:00+08:00'); // Q4's first half hour (30 September in UTC)
    await fact(Measure.SAMPLE_FAILED, 5, '2026-10-02T10:00:00+08:00'); // Q4, outside a rolling 90 days from 1 January
    await fact(Measure.SAMPLE_PASSED, 3, '2026-12-31T23:30:00+08:00'); // Q4's last half hour
    await fact(Measure.SAMPLE_PASSED, 7, '2027-01-01T01:00:00+08:00'); // Q1 2027: not judged in Q4's run
    // 02:00 on 1 January 2027, Shanghai: the scheduled run of 2026Q4.
    t.clock.freeze(new Date('2027-01-01T02:00:00+08:00'));
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('2026Q4 is 1 Oct 00:00 – 31 Dec 24:00 +08:00: its facts and only those are frozen, and the run names the window', async () => {
    const runId = (await t.app.get(JobsService).run(QUARTERLY_EVALUATION_JOB)) as string;
    const run = (await t.data(EvaluationRunDocument, { id: runId }, { token: admin })).evaluationRun;
    expect(run).toMatchObject({ quarter: '2026Q4', trigger: 'SCHEDULE', windowStart: '2026-09-30T16:00:00.000Z', windowEnd: '2026-12-31T16:00:00.000Z' });
    const score = run.scores.find((s) => s.organizationId === s2)!;
    expect(authenticity(score.dimensions)).toEqual({ failed: 7, passed: 3 });

    // The live scorecard keeps its rolling 90 days, and says which days those are.
    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
    const live = (await t.data(ScorecardDocument, { organizationId: s2 }, { token: admin })).scorecard;
    expect({ from: live.windowFrom, to: live.windowTo }).toEqual({ from: '2026-10-04', to: '2027-01-01' });
    expect(authenticity(live.dimensions)).toEqual({ failed: 0, passed: 10 });
  });

  it('concurrency: two replicas running the quarter\'s job at once freeze one run', async () => {
    t.clock.freeze(new Date('2027-04-01T02:00:00+08:00'));
    const jobs = t.app.get(JobsService);
    const ids = await Promise.all([jobs.run(QUARTERLY_EVALUATION_JOB), jobs.run(QUARTERLY_EVALUATION_JOB), jobs.run(QUARTERLY_EVALUATION_JOB)]);
    expect(new Set(ids).size).toBe(1);
    const rows = (await t.db.query(`SELECT quarter, window_start AS "start" FROM evaluation_runs WHERE quarter = '2027Q1'`)) as { quarter: string; start: Date }[];
    expect(rows).toEqual([{ quarter: '2027Q1', start: new Date('2026-12-31T16:00:00Z') }]);
  });
});
