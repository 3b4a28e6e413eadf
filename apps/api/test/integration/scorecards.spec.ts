import { randomUUID } from 'node:crypto';
import {
  MEMBER_TO_SUPPLIER_RATING_KEYS, ScoreDimension, afterSalesScore, authenticityScore, complianceScore, priceStabilityScore, ratingScore, ratingToScore, shrink,
} from '@mengyuan/domain';
import {
  MyScorecardDocument, RecomputeScorecardsDocument, ScoreWeightsDocument, ScorecardDocument, SupplierScorecardsDocument, UpdateOfferDocument, UpdateScoreWeightsDocument,
} from '@mengyuan/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { EventBus } from '../../src/common/events/event-bus';
import { RatingHiddenEvent, RatingRevealedEvent, type RatingFacts } from '../../src/modules/ratings/ratings.events';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { createSku, liveOffer } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

type Dim = { dimension: string; value: number; numerator?: number | null; denominator?: number | null; normalised?: number | null; prior: number; priorWeight: number; evidence: { measure: string; value: number }[] };
const dim = (card: { dimensions: Dim[] }, d: ScoreDimension) => card.dimensions.find((x) => x.dimension === d)!;

describe('scorecards (五维评估)', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s1: '', s2: '', s3: '', m1: '' };
  const id = { s1: '', s2: '', s3: '', m1: '', m2: '' };

  const inTx = <T>(fn: () => Promise<T>) => t.app.get(TransactionHost).withTransaction(fn);
  const recompute = () => t.data(RecomputeScorecardsDocument, {}, { token: admin });
  const card = async (organizationId: string) => (await t.data(ScorecardDocument, { organizationId }, { token: admin })).scorecard;
  const rating = (over: Partial<RatingFacts>): RatingFacts => ({
    id: randomUUID(), orderId: randomUUID(), side: 'MEMBER_TO_SUPPLIER', memberId: id.m1, supplierId: id.s1, raterId: id.m1, ratedId: id.s1, scores: {}, revealedAt: t.clock.now(),
    excludedReason: null, retaliationFlag: false, createdAt: t.clock.now(), ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: false });
    admin = (await t.login('admin@mengyuan.demo')).token;
    for (const [k, email] of [['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['s3', 'supplier3@mengyuan.demo'], ['m1', 'member@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      id[k] = l.organizationId;
    }
    id.m2 = (await t.login('member2@mengyuan.demo')).organizationId;
  });
  afterAll(() => t.close());

  it('with no facts every dimension reads its prior, never 0 or 100', async () => {
    await recompute();
    const c = await card(id.s3);
    for (const d of [ScoreDimension.AUTHENTICITY, ScoreDimension.AFTER_SALES, ScoreDimension.PRICE_STABILITY, ScoreDimension.REPUTATION]) {
      const x = dim(c, d);
      expect({ d, normalised: x.normalised, denominator: x.denominator }).toEqual({ d, normalised: null, denominator: 0 });
      expect(x.value).toBeCloseTo(x.prior, 4);
      expect(x.value).toBeGreaterThan(0);
      expect(x.value).toBeLessThan(100);
    }
    expect(dim(c, ScoreDimension.REPUTATION).value).toBeCloseTo(50, 4); // no ratings anywhere: three stars
    expect(c.total).toBeGreaterThan(0);
    expect(c.total).toBeLessThan(100);
    expect(c.dimensions.map((d) => [d.dimension, d.formulaId, d.formulaVersion])).toContainEqual(['AUTHENTICITY', 'authenticity.clean-deliveries', 3]);
  });

  it('compliance: approved, unexpired documents over those required (an expired authorisation counts against)', async () => {
    const c1 = dim(await card(id.s1), ScoreDimension.COMPLIANCE);
    const c2 = dim(await card(id.s2), ScoreDimension.COMPLIANCE);
    // supplier@: two required documents and five brand authorisations, all valid.
    expect(c1).toMatchObject({ numerator: 7, denominator: 7, normalised: 100 });
    // supplier2@: 爱奇艺's authorisation expired.
    expect(c2).toMatchObject({ numerator: 7, denominator: 8 });
    const expected = complianceScore({ required: 8, valid: 7, expired: 1, missing: 0 }, { mean: c2.prior, weight: c2.priorWeight });
    expect(c2.value).toBeCloseTo(expected.shrunk, 3);
    expect(c2.evidence).toContainEqual(expect.objectContaining({ measure: 'EXPIRED_DOCUMENTS', value: 1 }));
  });

  it('authenticity, after-sales and price stability follow their formulas on constructed facts', async () => {
    const facts = t.app.get(ScoreFactsService);
    await inTx(() => facts.add(id.s2, {
      [Measure.UPHELD_INVALID_CODE]: 2, [Measure.SAMPLE_PASSED]: 6, [Measure.SAMPLE_FAILED]: 2, [Measure.DUPLICATE_CODE]: 1,
      [Measure.SLA_FIRST_RESPONSE_TOTAL]: 10, [Measure.SLA_FIRST_RESPONSE_MET]: 7, [Measure.SLA_RESOLUTION_TOTAL]: 8, [Measure.SLA_RESOLUTION_MET]: 8,
      [Measure.TICKETS_RESOLVED]: 8, [Measure.TICKETS_REOPENED]: 3,
    }));
    // A real settlement-price change through the catalog: 8 % on one of two offers.
    const sku = await createSku(t, admin, { unifiedPrice: '9650' });
    const offer = await liveOffer(t, { supplier: tok.s2, reviewer: admin, skuId: sku.id, settlementPrice: '9000' });
    await liveOffer(t, { supplier: tok.s2, reviewer: admin, skuId: (await createSku(t, admin)).id, settlementPrice: '9000' });
    // +5.55 %, at once with a reason: unannounced (the full cost).
    await t.data(UpdateOfferDocument, { id: offer, input: { settlementPrice: '9500', settlementEffectiveAt: t.clock.now().toISOString(), settlementPriceReason: '上游调价' } }, { token: tok.s2 });
    await recompute();
    const c = await card(id.s2);

    const a = dim(c, ScoreDimension.AUTHENTICITY);
    const wantA = authenticityScore({ delivered: 0, supplierFailures: 0, upheldInvalidCodeTickets: 2, duplicateCodeIncidents: 1, samplesPassed: 6, samplesFailed: 2 }, { mean: a.prior, weight: a.priorWeight });
    expect(a).toMatchObject({ numerator: 6, denominator: 11, normalised: wantA.normalised }); // observations: max(8 samples, 5 bad facts + 6 passed samples)
    expect(a.value).toBeCloseTo(wantA.shrunk, 3);

    const s = dim(c, ScoreDimension.AFTER_SALES);
    const wantS = afterSalesScore({ firstResponseMet: 7, firstResponseTotal: 10, resolutionMet: 8, resolutionTotal: 8, resolved: 8, reopened: 3 }, { mean: s.prior, weight: s.priorWeight });
    expect(s).toMatchObject({ numerator: 20, denominator: 26 });
    expect(s.value).toBeCloseTo(wantS.shrunk, 3);

    const p = dim(c, ScoreDimension.PRICE_STABILITY);
    expect(p.evidence).toEqual(expect.arrayContaining([{ measure: 'PRICE_CHANGES', value: 1 }, { measure: 'LISTED_OFFERS', value: 2 }, { measure: 'PRICE_MOVE_TOTAL_BP', value: 555 }].map((e) => expect.objectContaining(e))));
    const wantP = priceStabilityScore({ listedOffers: 2, changes: 1, unnoticedCost: 0.555, noticedCost: 0, noticedChanges: 0, totalMoveBp: 555 }, { mean: p.prior, weight: p.priorWeight });
    expect(p.numerator).toBeCloseTo(2 - 0.555, 3);
    expect(p.value).toBeCloseTo(wantP.shrunk, 3);
  });

  it('reputation: revealed, non-hidden ratings per dimension, Bayesian-shrunk toward the alliance mean with m = 20', async () => {
    const events = t.app.get(EventBus);
    const five = Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, 5]));
    const four = Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, 4]));
    // supplier3@: three 5-star ratings; supplier@: thirty 4-star ones; one abusive 1-star rating on supplier3@, removed.
    for (let i = 0; i < 3; i++) await inTx(() => events.publish(new RatingRevealedEvent(null, rating({ supplierId: id.s3, ratedId: id.s3, scores: five }))));
    for (let i = 0; i < 30; i++) await inTx(() => events.publish(new RatingRevealedEvent(null, rating({ scores: four }))));
    const abusive = rating({ supplierId: id.s3, ratedId: id.s3, scores: Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, 1])) });
    await inTx(() => events.publish(new RatingRevealedEvent(null, abusive)));
    await inTx(() => events.publish(new RatingHiddenEvent(null, abusive, 'REMOVED_ABUSIVE', 'insults')));
    await inTx(() => events.publish(new RatingHiddenEvent(null, abusive, 'REMOVED_ABUSIVE', 'twice'))); // once only
    // An excluded rating and one still sealed count nothing.
    await inTx(() => events.publish(new RatingRevealedEvent(null, rating({ scores: Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, 1])), excludedReason: 'MEMBER_CAUSED_REFUND' }))));
    await recompute();

    const c = (3 * 5 + 30 * 4 + 3) / (33 + 1); // alliance mean in stars, held off the ends by one neutral rating
    const r3 = dim(await card(id.s3), ScoreDimension.REPUTATION);
    const r1 = dim(await card(id.s1), ScoreDimension.REPUTATION);
    expect(r3).toMatchObject({ denominator: 12, normalised: 100, priorWeight: 20 });
    expect(r3.value).toBeCloseTo(ratingToScore(shrink(3, 5, 20, c)), 3);
    expect(r1.value).toBeCloseTo(ratingToScore(shrink(30, 4, 20, c)), 3);
    expect(r3.value).toBeCloseTo(ratingScore(ScoreDimension.REPUTATION, MEMBER_TO_SUPPLIER_RATING_KEYS, Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, { sum: 15, count: 3 }])),
      Object.fromEntries(MEMBER_TO_SUPPLIER_RATING_KEYS.map((k) => [k, { sum: 135, count: 33 }])), 20).shrunk, 3);
    // Three perfect ratings are pulled most of the way to the mean.
    expect(r3.value).toBeLessThan(ratingToScore(c) + 0.2 * (100 - ratingToScore(c)));
  });

  it('weights: admin-edited, validated, audited, and the totals follow', async () => {
    expect(await t.errorCode(UpdateScoreWeightsDocument, { input: { compliance: 40, authenticity: 20, afterSales: 20, priceStability: 20, reputation: 20 } }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(UpdateScoreWeightsDocument, { input: { compliance: 20, authenticity: 20, afterSales: 20, priceStability: 20, reputation: 20 } }, { token: tok.s1 })).toBe('FORBIDDEN');
    const before = await card(id.s2);
    const w = (await t.data(UpdateScoreWeightsDocument, { input: { compliance: 60, authenticity: 10, afterSales: 10, priceStability: 10, reputation: 10 } }, { token: admin })).updateScoreWeights;
    expect(w).toMatchObject({ compliance: 60, reputation: 10 });
    expect((await t.data(ScoreWeightsDocument, {}, { token: admin })).scoreWeights.compliance).toBe(60);
    const after = await card(id.s2);
    const expected = (60 * dim(after, ScoreDimension.COMPLIANCE).value + 10 * (dim(after, ScoreDimension.AUTHENTICITY).value + dim(after, ScoreDimension.AFTER_SALES).value
      + dim(after, ScoreDimension.PRICE_STABILITY).value + dim(after, ScoreDimension.REPUTATION).value)) / 100;
    expect(after.total).toBeCloseTo(expected, 1);
    expect(after.total).not.toBeCloseTo(before.total, 2);
    await t.chained();
    const [audit] = (await t.db.query(`SELECT payload FROM audit_events WHERE type = 'scorecard.weights_changed' UNION ALL SELECT event->'payload' FROM audit_outbox WHERE event->>'type' = 'scorecard.weights_changed'`)) as { payload: { after: Record<string, number> } }[];
    expect(audit.payload.after.COMPLIANCE).toBe(60);
    await t.data(UpdateScoreWeightsDocument, { input: { compliance: 20, authenticity: 20, afterSales: 20, priceStability: 20, reputation: 20 } }, { token: admin });
  });

  it('admins see all suppliers ranked with evidence and trend; suppliers their own; members values only of suppliers they can buy from', async () => {
    const all = (await t.data(SupplierScorecardsDocument, { filter: null, page: { limit: 50 } }, { token: admin })).supplierScorecards;
    expect(all.items.map((c) => c.organizationId)).toEqual(expect.arrayContaining([id.s1, id.s2, id.s3]));
    const totals = all.items.map((c) => c.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(all.items[0].rank).toBe(1);
    expect(all.items[0].trend.length).toBeGreaterThan(0);
    expect((await t.data(SupplierScorecardsDocument, { filter: { search: '聚卡' }, page: null }, { token: admin })).supplierScorecards.items.map((c) => c.organizationId)).toEqual([id.s2]);

    const mine = (await t.data(MyScorecardDocument, {}, { token: tok.s2 })).myScorecard;
    expect(mine.organizationId).toBe(id.s2);
    expect(dim(mine, ScoreDimension.AUTHENTICITY).evidence.length).toBeGreaterThan(0);
    expect(await t.errorCode(ScorecardDocument, { organizationId: id.s1 }, { token: tok.s2 })).toBe('FORBIDDEN');

    const seen = (await t.data(SupplierScorecardsDocument, { filter: null, page: null }, { token: tok.m1 })).supplierScorecards;
    expect(seen.items.map((c) => c.organizationId)).toEqual([id.s2]); // the only supplier with a live offer here
    for (const d of seen.items[0].dimensions) expect({ n: d.numerator, e: d.evidence.length }).toEqual({ n: null, e: 0 });
    expect(seen.items[0].trend.length).toBeGreaterThan(0);
  });
});
