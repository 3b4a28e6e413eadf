import {
  DEFAULT_SCORE_WEIGHTS, EvaluationCandidateStatus, MEMBER_TO_SUPPLIER_RATING_KEYS, PROBATION_ORDERS, ProbationMeasure, RoutingRule, ScoreDimension, afterSalesScore, allianceMean,
  authenticityScore, complianceScore, judgeProbation, memberDisputeScore, priceChangeCost, priceMoveBp, priceStabilityScore, quarterOf, quarterWindow, rankByScore, ratingScore, ratingToScore, shrink,
  weightProblems, weightedTotal, type ScoredCandidate,
} from './scoring';

const prior = { mean: 80, weight: 10 };

describe('the Bayesian shrink (v·R + m·C)/(v + m)', () => {
  it('reads the prior with no data and the data with much of it', () => {
    expect(shrink(0, 0, 20, 70)).toBe(70);
    expect(shrink(20, 100, 20, 70)).toBe(85);
    expect(shrink(2000, 100, 20, 70)).toBeCloseTo(99.7, 1);
  });

  it('three 5-star ratings do not beat three hundred 4.8-star ones (m = 20, C = 4)', () => {
    expect(shrink(3, 5, 20, 4)).toBeLessThan(shrink(300, 4.8, 20, 4));
  });

  it('the pooled alliance mean is never 0 or 100', () => {
    expect(allianceMean([])).toBe(50);
    expect(allianceMean([null, 0, 0])).toBeCloseTo(50 / 3, 6);
    expect(allianceMean([100, 100, 100])).toBeLessThan(100);
  });
});

describe('each dimension on constructed facts', () => {
  it('compliance: valid over required documents; none required reads the prior', () => {
    const d = complianceScore({ required: 4, valid: 3, expired: 1, missing: 0 }, { mean: 90, weight: 1 });
    expect(d).toMatchObject({ dimension: 'COMPLIANCE', formulaId: 'compliance.documents-valid', formulaVersion: 1, numerator: 3, denominator: 4, normalised: 75 });
    expect(d.shrunk).toBeCloseTo((4 * 75 + 90) / 5, 3);
    expect(complianceScore({ required: 0, valid: 0, expired: 0, missing: 0 }, { mean: 90, weight: 1 })).toMatchObject({ normalised: null, shrunk: 90 });
  });

  it('authenticity: clean deliveries over orders and samples, every bad fact counting against', () => {
    const d = authenticityScore({ delivered: 96, supplierFailures: 4, upheldInvalidCodeTickets: 2, duplicateCodeIncidents: 1, samplesPassed: 3, samplesFailed: 1 }, prior);
    // denominator 96 + 4 + 3 + 1 = 104; bad 4 + 2 + 1 + 1 = 8
    expect(d).toMatchObject({ numerator: 96, denominator: 104 });
    expect(d.normalised).toBeCloseTo(92.3077, 3);
    expect(d.shrunk).toBeCloseTo((96 * 100 + 10 * 80) / 114, 3);
    expect(d.evidence).toContainEqual({ measure: 'FULFILMENT_RATE', value: 0.96 });
    const none = authenticityScore({ delivered: 0, supplierFailures: 0, upheldInvalidCodeTickets: 0, duplicateCodeIncidents: 0, samplesPassed: 0, samplesFailed: 0 }, prior);
    expect(none).toMatchObject({ normalised: null, shrunk: 80 });
    // Bad facts outnumbering counted deliveries all count.
    expect(authenticityScore({ delivered: 0, supplierFailures: 0, upheldInvalidCodeTickets: 5, duplicateCodeIncidents: 0, samplesPassed: 1, samplesFailed: 0 }, prior)).toMatchObject({ numerator: 1, denominator: 6 });
  });

  it('after-sales: SLA clocks met and resolutions not reopened', () => {
    const d = afterSalesScore({ firstResponseMet: 8, firstResponseTotal: 10, resolutionMet: 6, resolutionTotal: 10, resolved: 10, reopened: 2 }, prior);
    expect(d).toMatchObject({ numerator: 22, denominator: 30 });
    expect(afterSalesScore({ firstResponseMet: 0, firstResponseTotal: 0, resolutionMet: 0, resolutionTotal: 0, resolved: 0, reopened: 0 }, prior).shrunk).toBe(80);
  });

  it('price stability: each change costs min(1, |Δ|/10 %) of an offer, half with notice', () => {
    expect(priceChangeCost(10000n, 10500n)).toBe(0.5);
    expect(priceChangeCost(10000n, 7000n)).toBe(1);
    expect(priceMoveBp(10000n, 10500n)).toBe(500);
    const d = priceStabilityScore({ listedOffers: 4, changes: 3, unnoticedCost: 1.5, noticedCost: 1, noticedChanges: 1, totalMoveBp: 2500 }, prior);
    expect(d).toMatchObject({ numerator: 2, denominator: 4, normalised: 50 });
    expect(priceStabilityScore({ listedOffers: 0, changes: 0, unnoticedCost: 0, noticedCost: 0, noticedChanges: 0, totalMoveBp: 0 }, prior)).toMatchObject({ normalised: null, shrunk: 80 });
  });

  it('reputation: per rating dimension shrunk toward the alliance mean, then averaged; no ratings read the alliance mean', () => {
    const alliance = Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, { sum: 399, count: 100 }])); // (399 + 3) / 101 ≈ 3.98
    const c = (399 + 3) / 101;
    const none = ratingScore(ScoreDimension.REPUTATION, MEMBER_TO_SUPPLIER_RATING_KEYS, {}, alliance, 20);
    expect(none.normalised).toBeNull();
    expect(none.shrunk).toBeCloseTo(ratingToScore(c), 3);
    const three = Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, { sum: 15, count: 3 }]));
    const d = ratingScore(ScoreDimension.REPUTATION, MEMBER_TO_SUPPLIER_RATING_KEYS, three, alliance, 20);
    expect(d.shrunk).toBeCloseTo(ratingToScore((3 * 5 + 20 * c) / 23), 3);
    expect(d).toMatchObject({ denominator: 12, normalised: 100, priorWeight: 20 });
    const many = Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, { sum: 300 * 4.8, count: 300 }]));
    expect(ratingScore(ScoreDimension.REPUTATION, MEMBER_TO_SUPPLIER_RATING_KEYS, many, alliance, 20).shrunk).toBeGreaterThan(d.shrunk);
  });

  it('members: disputes that held over those decided', () => {
    expect(memberDisputeScore({ upheld: 3, rejected: 1, ruledAgainst: 0 }, prior)).toMatchObject({ numerator: 3, denominator: 4, normalised: 75 });
    expect(memberDisputeScore({ upheld: 0, rejected: 0, ruledAgainst: 0 }, prior).shrunk).toBe(80);
  });

  it('never reads 0 or 100 from little data', () => {
    const worst = authenticityScore({ delivered: 0, supplierFailures: 3, upheldInvalidCodeTickets: 0, duplicateCodeIncidents: 0, samplesPassed: 0, samplesFailed: 0 }, prior);
    expect(worst.normalised).toBe(0);
    expect(worst.shrunk).toBeGreaterThan(50);
  });
});

describe('weights and the total', () => {
  it('default equal, whole percentages adding up to 100', () => {
    expect(weightProblems(DEFAULT_SCORE_WEIGHTS)).toEqual({});
    expect(weightProblems({ ...DEFAULT_SCORE_WEIGHTS, REPUTATION: 30 })).toEqual({ sum: ['weights must add up to 100, not 110'] });
    expect(weightProblems({ ...DEFAULT_SCORE_WEIGHTS, REPUTATION: 20.5 })).toHaveProperty('REPUTATION');
  });

  it('the weighted mean of shrunk values', () => {
    const dims = [
      { dimension: ScoreDimension.COMPLIANCE, shrunk: 100 }, { dimension: ScoreDimension.AUTHENTICITY, shrunk: 50 }, { dimension: ScoreDimension.AFTER_SALES, shrunk: 50 },
      { dimension: ScoreDimension.PRICE_STABILITY, shrunk: 50 }, { dimension: ScoreDimension.REPUTATION, shrunk: 50 },
    ];
    expect(weightedTotal(dims, DEFAULT_SCORE_WEIGHTS)).toBe(60);
    expect(weightedTotal(dims, { ...DEFAULT_SCORE_WEIGHTS, COMPLIANCE: 60, REPUTATION: 0, AFTER_SALES: 0 })).toBe(80);
  });
});

describe('the quarter an evaluation judges', () => {
  it('is the quarter\'s own days in Asia/Shanghai', () => {
    expect(quarterWindow('2026Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31', start: new Date('2026-09-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
    expect(quarterWindow('2027Q1')).toMatchObject({ from: '2027-01-01', to: '2027-03-31' });
    expect(quarterWindow('2028Q1').to).toBe('2028-03-31');
    expect(quarterWindow('2026Q2')).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
  });
});

describe('probation against the bar', () => {
  const base = { orders: PROBATION_ORDERS, delivered: 20, supplierFailures: 0, firstResponses: 2, slowFirstResponses: 0, maxFirstResponseSeconds: 300, maxPriceMoveBp: 200 };
  it('passes clean first orders', () => {
    expect(judgeProbation(base)).toMatchObject({ failing: [], complete: true });
  });
  it('names every failing measure', () => {
    const v = judgeProbation({ ...base, delivered: 19, supplierFailures: 1, slowFirstResponses: 1, maxFirstResponseSeconds: 900, maxPriceMoveBp: 800 });
    expect(v.failing).toEqual([ProbationMeasure.FULFILMENT_SUCCESS, ProbationMeasure.FIRST_RESPONSE, ProbationMeasure.PRICE_MOVEMENT]);
  });
  it('is not complete before 20 orders', () => {
    expect(judgeProbation({ ...base, orders: 10 }).complete).toBe(false);
    expect(judgeProbation({ ...base, slaBreaches: 1 }).failing).toEqual([ProbationMeasure.SLA_BREACHES]);
  });
});

describe('routing by score', () => {
  const c = (id: string, score: number, over: Partial<ScoredCandidate> = {}): ScoredCandidate => ({ id, score, fulfilmentRate: null, probation: false, listedAt: 0, ...over });
  const settings = { rule: RoutingRule.STRICT, exponent: 2, floor: 10, probationShare: 0.2 };

  it('STRICT: by score, then fulfilment rate, then oldest listing', () => {
    const ranked = rankByScore([c('a', 70), c('b', 90), c('c', 70, { fulfilmentRate: 0.99 }), c('d', 70, { fulfilmentRate: 0.99, listedAt: -1 })], settings).map((r) => r.candidate.id);
    expect(ranked).toEqual(['b', 'd', 'c', 'a']);
  });

  it('caps a probation supplier: behind the others unless drawn within its share', () => {
    const cands = [c('active', 60), c('new', 95, { probation: true })];
    expect(rankByScore(cands, settings, () => 0.5).map((r) => [r.candidate.id, r.capped])).toEqual([['active', false], ['new', true]]);
    expect(rankByScore(cands, settings, () => 0.1).map((r) => r.candidate.id)).toEqual(['new', 'active']);
    // Alone, it is not capped: failover must still reach it.
    expect(rankByScore([c('new', 95, { probation: true })], settings, () => 0.9)[0].capped).toBe(false);
  });

  it('WEIGHTED: chance ∝ max(floor, score)^k', () => {
    const w = { ...settings, rule: RoutingRule.WEIGHTED };
    const first = rankByScore([c('hi', 80), c('lo', 40)], w, () => 0.79);
    expect(first[0]).toMatchObject({ candidate: { id: 'hi' }, weight: 0.8 }); // 6400 / 8000
    expect(rankByScore([c('hi', 80), c('lo', 40)], w, () => 0.81)[0].candidate.id).toBe('lo');
    expect(rankByScore([c('hi', 80), c('zero', 0)], w, () => 0.99)[0].candidate.id).toBe('zero'); // floor 10: 100 / 6500
  });
});

describe('evaluation helpers', () => {
  it('names the Shanghai quarter', () => {
    expect(quarterOf(new Date('2026-03-31T17:00:00Z'))).toBe('2026Q2');
    expect(quarterOf(new Date('2026-12-01T00:00:00Z'))).toBe('2026Q4');
    expect(EvaluationCandidateStatus.PENDING).toBe('PENDING');
  });
});
