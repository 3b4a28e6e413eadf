import { randomUUID } from 'node:crypto';
import { authenticityScore, type DimensionScore } from '@mengyuan/domain';
import {
  DockGoodsDocument, DockHealthDocument, PlaceOrderDocument, RecomputeScorecardsDocument, RunEvaluationNowDocument, ScorecardDocument,
  SyncDockConnectorDocument, UpdateDockConnectorDocument,
} from '@mengyuan/graphql';
import { SupplierSimulator } from '@mengyuan/supplier-sim';
import { BuyThroughService } from '../../src/modules/docking/services/buy-through.service';
import { ConnectorService } from '../../src/modules/docking/services/connector.service';
import { RoutingService } from '../../src/modules/routing/services/routing.service';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { createSku, liveOffer } from '../factories';
import { dockingAlliance, dockSimulator } from '../docking-fixture';
import { type TestApp } from '../test-app';

const DAY = 86_400_000;

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number {
  const v = [...values].sort((a, b) => a - b);
  const x = p * (v.length - 1);
  const lo = Math.floor(x);
  return v[lo] + (v[Math.ceil(x)] - v[lo]) * (x - lo);
}

/** The authenticity facts a stored dimension's evidence names (what an appeal or an auditor reads). */
function factsOf(evidence: { measure: string; value: number }[]) {
  const n = (m: string) => Number(evidence.find((e) => e.measure === m)?.value ?? 0);
  return {
    delivered: n('DELIVERED_ORDERS'), supplierFailures: n('SUPPLIER_FAILURES'), slowDeliveries: n('SLOW_DELIVERIES'), upstreamFailures: n('UPSTREAM_FAILURES'),
    upheldInvalidCodeTickets: n('UPHELD_INVALID_CODE_TICKETS'), duplicateCodeIncidents: n('DUPLICATE_CODE_INCIDENTS'), samplesPassed: n('SAMPLES_PASSED'), samplesFailed: n('SAMPLES_FAILED'),
  };
}

/**
 * Connector health as scorecard facts (issue 19 leftovers): a docked supplier's upstream calls are measured per
 * connector (success rate, p50/p95 over 1/7/30 days, one function behind the screen), a purchase its system failed
 * on an order's path counts against it in the scorecard (authenticity v3, UPSTREAM_FAILURES), a buy-through
 * order's delivery time is end to end, and the frozen evaluation reproduces from its evidence.
 */
describe('docking: connector health and the scorecard', () => {
  let t: TestApp;
  let admin = '';
  const tok = { s1: '', s2: '', m: '' };
  const org = { s1: '', s2: '', m: '' };
  const simA = new SupplierSimulator({ name: 'Health A', goods: [{ id: 'card-a', name: 'A 卡', kind: 'CARD', faceValue: 10000, price: 9000, stock: 10_000, status: 'ON_SALE' }] });
  const simB = new SupplierSimulator({ name: 'Health B', goods: [{ id: 'card-b', name: 'B 卡', kind: 'CARD', faceValue: 10000, price: 9000, stock: 10_000, status: 'ON_SALE' }] });
  const url = { a: '', b: '' };
  const conn = { a: '', b: '' };
  const offer = { a: '', b: '' };
  let cardSku = '';

  const place = async () => (await t.gql(PlaceOrderDocument, { input: { clientOrderNo: `DH-${randomUUID().slice(0, 16)}`, skuId: cardSku, quantity: 1 } }, { token: tok.m })).body;
  const connector = async (token: string, endpoint: string, sim: SupplierSimulator) => (await dockSimulator(t, token, endpoint, sim)).id;
  const facts = async (orgId: string) => (await t.app.get(ScoreFactsService).sums([orgId], 90)).get(orgId) ?? {};

  beforeAll(async () => {
    const alliance = await dockingAlliance('5000000');
    ({ t, admin } = alliance);
    Object.assign(tok, alliance.tok);
    Object.assign(org, alliance.org);
    url.a = await simA.listen();
    url.b = await simB.listen();
    cardSku = (await createSku(t, admin, {})).id;
    offer.a = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: cardSku, settlementPrice: '9500' });
    offer.b = await liveOffer(t, { supplier: tok.s2, reviewer: admin, skuId: cardSku, settlementPrice: '9500' });
    conn.a = await connector(tok.s1, url.a, simA);
    conn.b = await connector(tok.s2, url.b, simB);
    await t.data(SyncDockConnectorDocument, { id: conn.a, full: true }, { token: tok.s1 });
    await t.data(SyncDockConnectorDocument, { id: conn.b, full: true }, { token: tok.s2 });
    await t.data(DockGoodsDocument, { connectorId: conn.a, goodsId: 'card-a', offerId: offer.a }, { token: tok.s1 });
    await t.data(DockGoodsDocument, { connectorId: conn.b, goodsId: 'card-b', offerId: offer.b }, { token: tok.s2 });
    await t.app.get(BuyThroughService).refresh();
  });
  afterAll(async () => {
    await simA.close();
    await simB.close();
    await t.close();
  });

  it('measures a connector’s success rate and p50/p95 latency over 1, 7 and 30 days from its call log (planted calls)', async () => {
    const c = await connector(tok.s1, url.a, simA); // never called: only the planted calls are its own
    const now = t.clock.now().getTime();
    const week = Array.from({ length: 20 }, (_, i) => ({ ms: 10 * (i + 1) + 3, ok: i % 4 !== 0, at: new Date(now - (i % 6) * DAY - 60_000) }));
    const older = Array.from({ length: 10 }, (_, i) => ({ ms: 1000 + 97 * i, ok: false, at: new Date(now - (8 + i * 2) * DAY) }));
    const expired = Array.from({ length: 5 }, () => ({ ms: 9999, ok: true, at: new Date(now - 40 * DAY) }));
    const inbound = { ms: 5, ok: true, at: new Date(now - 1000) };
    for (const [rows, direction] of [[[...week, ...older, ...expired], 'OUT'], [[inbound], 'IN']] as const) {
      for (const r of rows) {
        await t.db.query(`INSERT INTO docking_calls (connector_id, direction, method, path, status, ok, latency_ms, at) VALUES ($1, $2, 'POST', '/v1/orders', $3, $4, $5, $6)`,
          [c, direction, r.ok ? 200 : 503, r.ok, r.ms, r.at]);
      }
    }
    const h = (await t.data(DockHealthDocument, { connectorId: c }, { token: tok.s1 }));
    const lastDay = week.filter((r) => r.at.getTime() > now - DAY);
    const month = [...week, ...older];
    const expect1 = (got: { days: number; calls: number; okRate: number | null; p50Ms: number | null; p95Ms: number | null }, days: number, rows: { ms: number; ok: boolean }[]) => {
      expect(got).toMatchObject({ days, calls: rows.length });
      expect(got.okRate).toBeCloseTo(rows.filter((r) => r.ok).length / rows.length, 6);
      expect(Math.abs(got.p50Ms! - percentile(rows.map((r) => r.ms), 0.5))).toBeLessThanOrEqual(0.5);
      expect(Math.abs(got.p95Ms! - percentile(rows.map((r) => r.ms), 0.95))).toBeLessThanOrEqual(0.5);
    };
    expect1(h.day, 1, lastDay);
    expect1(h.week, 7, week);
    expect1(h.month, 30, month);
    expect(h.week.okRate).toBe(0.75);
    expect(h.month.okRate).toBe(0.5);

    // The alliance reads it too; another supplier does not; a window beyond the log's 30 days is refused.
    expect((await t.data(DockHealthDocument, { connectorId: c }, { token: admin })).month).toEqual(h.month);
    expect(await t.errorCode(DockHealthDocument, { connectorId: c }, { token: tok.s2 })).toBe('NOT_FOUND');
    const tooLong = await t.gql(`query { dockHealth(connectorId: "${c}", days: 31) { calls } }`, undefined, { token: tok.s1 });
    expect(tooLong.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('counts every purchase a docked system failed on an order’s path (the order failed over) against its supplier; the scorecard and the frozen evaluation reproduce from the evidence', async () => {
    const first = (await t.app.get(RoutingService).plan(cardSku)).candidates[0].offerId;
    const down = first === offer.a ? simA : simB;
    const [downOrg, upOrg] = first === offer.a ? [org.s1, org.s2] : [org.s2, org.s1];
    const downConn = first === offer.a ? conn.a : conn.b;
    const before = { down: (await facts(downOrg))[Measure.UPSTREAM_FAILURE] ?? 0, up: (await facts(upOrg))[Measure.UPSTREAM_FAILURE] ?? 0 };

    // Two 503s, one timeout (the connector waits 800 ms), one refusal: four orders, each delivered by the other source.
    down.configure({ failNextOrders: 2 });
    for (let i = 0; i < 2; i++) expect((await place()).data!.placeOrder.status).toBe('DELIVERED');
    down.configure({ hangNextOrders: 1, hangNextOrdersMs: 1500 });
    expect((await place()).data!.placeOrder.status).toBe('DELIVERED');
    down.setGoods({ id: down === simA ? 'card-a' : 'card-b', price: 9999 });
    expect((await place()).data!.placeOrder.status).toBe('DELIVERED');
    expect(t.app.get(ConnectorService).breakers.status(downConn)).toBe('CLOSED');

    expect((await facts(downOrg))[Measure.UPSTREAM_FAILURE]).toBe(before.down + 4);
    expect((await facts(upOrg))[Measure.UPSTREAM_FAILURE] ?? 0).toBe(before.up);

    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
    const card = (await t.data(ScorecardDocument, { organizationId: downOrg }, { token: admin })).scorecard!;
    const a = card.dimensions.find((d) => d.dimension === 'AUTHENTICITY')!;
    expect(a).toMatchObject({ formulaId: 'authenticity.clean-deliveries', formulaVersion: 3 });
    expect(a.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ measure: 'UPSTREAM_FAILURES', value: before.down + 4 })]));
    const again = authenticityScore(factsOf(a.evidence), { mean: a.prior!, weight: a.priorWeight! });
    expect({ numerator: a.numerator, denominator: a.denominator, normalised: a.normalised }).toEqual({ numerator: again.numerator, denominator: again.denominator, normalised: again.normalised });
    expect(a.value).toBeCloseTo(again.shrunk, 3);
    expect(a.denominator! - a.numerator!).toBeGreaterThanOrEqual(4);

    // The quarter's run freezes the same facts, and its score reproduces from its own evidence rows.
    const runId = (await t.data(RunEvaluationNowDocument, {}, { token: admin })).runEvaluationNow.id;
    const [score] = (await t.db.query(`SELECT id, dimensions FROM evaluation_scores WHERE run_id = $1 AND organization_id = $2`, [runId, downOrg])) as { id: string; dimensions: DimensionScore[] }[];
    const evidence = (await t.db.query(`SELECT measure, value::float AS value FROM evaluation_evidence WHERE score_id = $1 AND dimension = 'AUTHENTICITY'`, [score.id])) as { measure: string; value: number }[];
    expect(evidence).toEqual(expect.arrayContaining([{ measure: 'UPSTREAM_FAILURES', value: before.down + 4 }]));
    const frozen = score.dimensions.find((d) => d.dimension === 'AUTHENTICITY')!;
    const reproduced = authenticityScore(factsOf(evidence), { mean: frozen.prior, weight: frozen.priorWeight });
    expect(reproduced).toMatchObject({ numerator: frozen.numerator, denominator: frozen.denominator, normalised: frozen.normalised, shrunk: frozen.shrunk, formulaVersion: 3 });
  });

  it('times a bought-through order end to end: an upstream answering in 3.1 s makes a slow delivery (发卡时间 ≥ 3 s) of the source that sold it', async () => {
    // Only B sells now (A's goods were refused above or are taken off here), answering slowly within a longer timeout.
    await t.db.query(`UPDATE docking_goods SET status = 'OFF_SALE' WHERE connector_id = $1`, [conn.a]);
    await t.data(UpdateDockConnectorDocument, { id: conn.b, input: { timeoutMs: 6000 } }, { token: tok.s2 });
    await t.db.query(`UPDATE docking_goods SET status = 'ON_SALE', stock = 1000 WHERE connector_id = $1`, [conn.b]);
    simB.reset();
    simB.setGoods({ id: 'card-b', price: 9000 });
    simB.configure({ delayMs: 3100 });
    const slowBefore = (await facts(org.s2))[Measure.SLOW_DELIVERY] ?? 0;
    try {
      const placed = (await place()).data!.placeOrder;
      expect(placed.status).toBe('DELIVERED');
      const [o] = (await t.db.query(`SELECT placed_at, delivered_at FROM orders WHERE id = $1`, [placed.id])) as { placed_at: Date; delivered_at: Date }[];
      expect(o.delivered_at.getTime() - o.placed_at.getTime()).toBeGreaterThanOrEqual(3000);
      expect((await facts(org.s2))[Measure.SLOW_DELIVERY]).toBe(slowBefore + 1);
    } finally {
      simB.reset();
    }
  });
});
