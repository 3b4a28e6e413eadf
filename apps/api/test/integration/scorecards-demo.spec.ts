import {
  EvaluationRunDocument, EvaluationRunsDocument, MemberScorecardsDocument, MyEvaluationCandidacyDocument, ProbationWatchListDocument, ScorecardDocument, SupplierScorecardsDocument,
} from '@mengyuan/graphql';
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

  it('低价影视卡批发部 is a candidate on real records: each fact of its evidence is a count of rows behind it', async () => {
    const s6 = await t.login('supplier6@mengyuan.demo');
    const candidacy = (await t.data(MyEvaluationCandidacyDocument, {}, { token: s6.token })).myEvaluationCandidacy!;
    expect(candidacy).toMatchObject({ organizationName: '低价影视卡批发部', status: 'PENDING' });
    expect(candidacy.total).toBeLessThan(candidacy.threshold);
    const card = (await t.data(ScorecardDocument, { organizationId: s6.organizationId }, { token: admin })).scorecard;
    expect(card.organizationStatus).toBe('SUSPENDED');
    const [r] = (await t.db.query(
      `SELECT
         (SELECT count(*) FROM orders o WHERE o.delivered_at IS NOT NULL AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.supplier_id = $1))::int AS delivered,
         (SELECT count(*) FROM tickets t WHERE t.supplier_id = $1 AND t.category IN ('INVALID_CODE', 'CODE_ALREADY_USED')
             AND EXISTS (SELECT 1 FROM ticket_resolutions x WHERE x.ticket_id = t.id AND x.upheld))::int AS upheld,
         (SELECT count(*) FROM ticket_resolutions x JOIN tickets t ON t.id = x.ticket_id WHERE t.supplier_id = $1)::int AS resolved,
         (SELECT coalesce(sum(t.cycle - 1), 0) FROM tickets t WHERE t.supplier_id = $1)::int AS reopened,
         (SELECT count(*) FROM card_batches b WHERE b.supplier_id = $1 AND b.refused_other_supplier > 0)::int AS duplicates,
         (SELECT count(*) FROM offer_price_changes c JOIN offers f ON f.id = c.offer_id WHERE f.supplier_id = $1)::int AS "priceChanges",
         (SELECT count(*) FROM ratings x WHERE x.side = 'MEMBER_TO_SUPPLIER' AND x.supplier_id = $1 AND x.status = 'REVEALED' AND x.excluded_reason IS NULL)::int AS ratings,
         (SELECT count(*) FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id WHERE t.supplier_id = $1 AND c.metric = 'FIRST_RESPONSE' AND c.level <> 'L3'
             AND (c.breached_at IS NOT NULL OR c.state = 'STOPPED'))::int AS "firstResponses",
         (SELECT count(*) FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id WHERE t.supplier_id = $1 AND c.metric = 'FIRST_RESPONSE' AND c.level <> 'L3'
             AND c.breached_at IS NULL AND c.state = 'STOPPED' AND c.met)::int AS "firstResponsesMet"`,
      [s6.organizationId],
    )) as Record<string, number>[];
    // Enough of a quarter to judge: orders, complaints, moves and ratings, all made through the services.
    expect(r.delivered).toBeGreaterThanOrEqual(25);
    expect(r.upheld).toBeGreaterThanOrEqual(10);
    expect(r.priceChanges).toBeGreaterThanOrEqual(8);
    expect(r.ratings).toBeGreaterThanOrEqual(12);
    // The appeal's evidence (the frozen run) and the live scorecard say what the rows say.
    for (const dimensions of [candidacy.dimensions, card.dimensions]) {
      const evidence = Object.fromEntries(dimensions.flatMap((d) => d.evidence).map((e) => [e.measure, e.value]));
      expect(evidence).toMatchObject({
        DELIVERED_ORDERS: r.delivered, UPHELD_INVALID_CODE_TICKETS: r.upheld, DUPLICATE_CODE_INCIDENTS: r.duplicates, SAMPLES_PASSED: 0, SAMPLES_FAILED: 0,
        TICKETS_RESOLVED: r.resolved, TICKETS_REOPENED: r.reopened, SLA_FIRST_RESPONSE_TOTAL: r.firstResponses, SLA_FIRST_RESPONSE_MET: r.firstResponsesMet, PRICE_CHANGES: r.priceChanges, RATINGS_OVERALL_COUNT: r.ratings,
      });
    }
    // Its ledger lines are dated with their orders (placed over the quarter's last days, not at seed time).
    const [late] = (await t.db.query(
      `SELECT count(*)::int AS n FROM ledger_transactions x JOIN orders o ON o.id = x.order_id
        WHERE x.type = 'ORDER' AND o.client_order_no LIKE 'DEMO-%' AND abs(extract(epoch FROM x.created_at - o.placed_at)) > 60`,
    )) as { n: number }[];
    expect(late.n).toBe(0);
  });
});
