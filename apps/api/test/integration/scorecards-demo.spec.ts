import { EvaluationRunDocument, EvaluationRunsDocument, MemberScorecardsDocument, ProbationWatchListDocument, ScorecardDocument, SupplierScorecardsDocument } from '@mengyuan/graphql';
import { startTestApp, type TestApp } from '../test-app';

describe('the demo alliance’s scorecards', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('every dimension has real facts, with history over quarters', async () => {
    const s1 = (await t.login('supplier@mengyuan.demo')).organizationId;
    const s2 = (await t.login('supplier2@mengyuan.demo')).organizationId;
    const card = (await t.data(ScorecardDocument, { organizationId: s1 }, { token: admin })).scorecard;
    expect(card.dimensions).toHaveLength(5);
    for (const d of card.dimensions) expect({ d: d.dimension, has: (d.denominator ?? 0) > 0 }).toEqual({ d: d.dimension, has: true });
    expect(card.trend.length).toBeGreaterThanOrEqual(15);
    const other = (await t.data(ScorecardDocument, { organizationId: s2 }, { token: admin })).scorecard;
    expect(other.dimensions.find((d) => d.dimension === 'PRICE_STABILITY')!.evidence).toContainEqual(expect.objectContaining({ measure: 'PRICE_CHANGES', value: 2 }));
    // The first demo supplier stays ahead of the second: routing (and the specs built on the demo) try it first.
    expect(card.total).toBeGreaterThan(other.total);
    const members = (await t.data(MemberScorecardsDocument, { search: null, page: null }, { token: admin })).memberScorecards.items;
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(members[0].dimensions.find((d) => d.dimension === 'MEMBER_RATINGS')!.denominator).toBeGreaterThan(0);
  });

  it('a frozen run names 低价影视卡批发部 (below 60) an elimination candidate; 星河通信 is halfway through probation', async () => {
    const runs = (await t.data(EvaluationRunsDocument, { page: null }, { token: admin })).evaluationRuns.items;
    expect(runs.length).toBe(1);
    const run = (await t.data(EvaluationRunDocument, { id: runs[0].id }, { token: admin })).evaluationRun;
    const bad = run.candidates.find((c) => c.organizationName === '低价影视卡批发部')!;
    expect(bad.total).toBeLessThan(60);
    expect(bad.status).toBe('PENDING');
    const ranked = (await t.data(SupplierScorecardsDocument, { filter: null, page: null }, { token: admin })).supplierScorecards.items;
    expect(ranked[ranked.length - 1].organizationName).toBe('低价影视卡批发部');
    const watch = (await t.data(ProbationWatchListDocument, {}, { token: admin })).probationWatchList;
    expect(watch).toEqual([expect.objectContaining({ organizationName: '星河通信话费源头直供', status: 'WATCHING', orders: 10, target: 20, failing: [] })]);
  });
});
