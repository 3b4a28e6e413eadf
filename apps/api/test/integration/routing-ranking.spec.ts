import { randomUUID } from 'node:crypto';
import { ChangeOfferStatusDocument, RecomputeScorecardsDocument, RoutingRankingDocument, ScorecardDocument, TestPlaceOrderDocument } from '@mengyuan/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { brandId, createSku, deposit, importCodes, liveOffer, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** Issue 18 §6: the whole ranking at the order's moment, so an admin can answer "why not supplier B?". */
describe('routing ranking', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s1: '', s2: '', s3: '', m1: '' };
  const id = { s1: '', s2: '', s3: '', m1: '' };
  const place = async (skuId: string) => (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `RR-${randomUUID().slice(0, 12)}` } }, { token: tok.m1 })).placeOrder;
  const ranking = async (orderId: string) => (await t.data(RoutingRankingDocument, { orderId }, { token: admin })).routingRanking!;
  const scoreOf = async (organizationId: string) => (await t.data(ScorecardDocument, { organizationId, trendDays: 1 }, { token: admin })).scorecard!.total;

  beforeAll(async () => {
    t = await startTestApp({ ROUTING_PROBATION_SHARE: '0' });
    await t.seedDemo({ catalog: false });
    admin = (await t.login('admin@mengyuan.demo')).token;
    for (const [k, email] of [['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['s3', 'supplier3@mengyuan.demo'], ['m1', 'member@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      id[k] = l.organizationId;
    }
    await deposit(t, admin, id.m1, '1000000');
    await t.app.get(TransactionHost).withTransaction(async () => {
      await t.app.get(ScoreFactsService).add(id.s2, { [Measure.SAMPLE_PASSED]: 100, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 50, [Measure.SLA_FIRST_RESPONSE_MET]: 50 });
      await t.app.get(ScoreFactsService).add(id.s1, { [Measure.SAMPLE_FAILED]: 40, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 50 });
      await t.app.get(ScoreFactsService).add(id.s3, { [Measure.SAMPLE_PASSED]: 500, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 200, [Measure.SLA_FIRST_RESPONSE_MET]: 200 });
    });
    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
  });
  afterAll(() => t.close());

  it('records every candidate, not only the offer tried: scores as the scorecard shows them, the probation cap, position and why', async () => {
    const { sku, offers } = await stockedSku(t, { admin, offers: [{ supplier: tok.s1, stock: 2 }, { supplier: tok.s2, stock: 2 }] });
    const order = await place(sku.id);
    expect(order.status).toBe('DELIVERED');
    const r = await ranking(order.id);
    expect(r.rule).toBe('STRICT');
    // The order's moment, not when someone looked.
    const [{ placed_at }] = (await t.db.query('SELECT placed_at FROM orders WHERE id = $1', [order.id])) as { placed_at: Date }[];
    expect(new Date(r.at).getTime()).toBe(placed_at.getTime());
    const [first, second, ...rest] = r.entries;
    // supplier2@ first by score; supplier@ second ("why not B": a lower score), never tried.
    expect([first.offerId, first.position, first.why, first.outcome]).toEqual([offers[1], 1, 'TOP_SCORE', 'DELIVERED']);
    expect([second.offerId, second.position, second.why, second.outcome]).toEqual([offers[0], 2, 'LOWER_SCORE', null]);
    // One number: each score is the scorecard's total.
    for (const [e, s] of [[first, id.s2], [second, id.s1]] as const) {
      expect(e.scored).toBe(true);
      expect(e.score).toBe(await scoreOf(s));
    }
    expect(second.score!).toBeLessThan(first.score!);
    expect(rest).toEqual([]);
    expect(r.scoresAsOf).not.toBeNull();
    expect(await t.errorCode(RoutingRankingDocument, { orderId: order.id }, { token: tok.m1 })).toBe('FORBIDDEN');
  });

  it('records a probation supplier moved behind by the cap, with its share, though its score is the best', async () => {
    const sku = await createSku(t, admin, { brandId: await brandId(t, admin, '爱奇艺') });
    const regular = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: sku.id, settlementPrice: '9000' });
    const probation = await liveOffer(t, { supplier: tok.s3, reviewer: admin, skuId: sku.id, settlementPrice: '9000' });
    await importCodes(t, tok.s1, regular, [{ cardNumber: `${sku.code}-R1`, secret: 'R1' }]);
    const order = await place(sku.id);
    const r = await ranking(order.id);
    expect(r.entries.map((e) => [e.offerId, e.position, e.why, e.probation, e.capped, e.outcome])).toEqual([
      [regular, 1, 'TOP_SCORE', false, false, 'DELIVERED'],
      [probation, 2, 'PROBATION_CAPPED', true, true, null],
    ]);
    expect(r.entries[1].probationShare).toBe(0);
    expect(r.entries[1].score!).toBeGreaterThan(r.entries[0].score!);
    expect(r.entries[1].score).toBe(await scoreOf(id.s3));
  });

  it('records the offers that could not sell, and why', async () => {
    const { sku, offers } = await stockedSku(t, { admin, offers: [{ supplier: tok.s1, stock: 1 }, { supplier: tok.s2, stock: 1 }] });
    await t.data(ChangeOfferStatusDocument, { id: offers[1], action: 'PAUSE' }, { token: tok.s2 });
    const r = await ranking((await place(sku.id)).id);
    expect(r.entries.map((e) => [e.offerId, e.position, e.why, e.offerStatus, e.outcome])).toEqual([
      [offers[0], 1, 'TOP_SCORE', null, 'DELIVERED'],
      [offers[1], null, 'OFFER_NOT_LIVE', 'PAUSED', 'UNAVAILABLE'],
    ]);
  });
});
