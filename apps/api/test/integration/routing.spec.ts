import { randomUUID } from 'node:crypto';
import { ImportCardBatchDocument, RecomputeScorecardsDocument, RoutingDecisionsDocument, RoutingSettingsDocument, TestPlaceOrderDocument, TestRecordSampleResultsDocument, TestRevealSampleCodesDocument } from '@mengyuan/graphql';
import { OfferStatus, OrganizationStatus, SELLING_SUPPLIER_STATUSES } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { brandId, createSku, deposit, liveOffer, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('routing by score', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s1: '', s2: '', s3: '', m1: '' };
  const id = { s1: '', s2: '', s3: '', m1: '' };
  const place = async (skuId: string) => (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `RT-${randomUUID().slice(0, 12)}` } }, { token: tok.m1 })).placeOrder;
  const decisions = async (orderId: string) => (await t.data(RoutingDecisionsDocument, { orderId }, { token: admin })).routingDecisions;

  beforeAll(async () => {
    // Probation suppliers are never tried first here (share 0), so the cap is deterministic.
    t = await startTestApp({ ROUTING_PROBATION_SHARE: '0' });
    await t.seedDemo({ catalog: false });
    admin = (await t.login('admin@mengyuan.demo')).token;
    for (const [k, email] of [['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['s3', 'supplier3@mengyuan.demo'], ['m1', 'member@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      id[k] = l.organizationId;
    }
    await deposit(t, admin, id.m1, '1000000');
    // supplier2@ is clearly better than supplier@ (listed first, so the old rule would have tried it first).
    await t.app.get(TransactionHost).withTransaction(async () => {
      await t.app.get(ScoreFactsService).add(id.s2, { [Measure.SAMPLE_PASSED]: 100, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 50, [Measure.SLA_FIRST_RESPONSE_MET]: 50 });
      await t.app.get(ScoreFactsService).add(id.s1, { [Measure.SAMPLE_FAILED]: 40, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 50 });
    });
    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
  });
  afterAll(() => t.close());

  it('decides who may sell in one place, the database’s catalog_can_sell, and it agrees with who may list offers', async () => {
    for (const offer of Object.values(OfferStatus)) {
      for (const supplier of Object.values(OrganizationStatus)) {
        const [row] = (await t.db.query('SELECT catalog_can_sell($1, $2) AS ok', [offer, supplier])) as { ok: boolean }[];
        expect([offer, supplier, row.ok]).toEqual([offer, supplier, offer === OfferStatus.LIVE && SELLING_SUPPLIER_STATUSES.includes(supplier)]);
      }
    }
  });

  it('orders candidates by score and records the inputs of every decision', async () => {
    expect((await t.data(RoutingSettingsDocument, {}, { token: admin })).routingSettings).toMatchObject({ rule: 'STRICT', probationShare: 0 });
    const { sku, offers } = await stockedSku(t, { admin, offers: [{ supplier: tok.s1, stock: 3 }, { supplier: tok.s2, stock: 3 }] });
    const order = await place(sku.id);
    expect(order.status).toBe('DELIVERED');
    const d = await decisions(order.id);
    expect(d.map((x) => [x.offerId, x.position, x.outcome])).toEqual([[offers[1], 1, 'DELIVERED']]);
    expect(d[0]).toMatchObject({ supplierId: id.s2, supplierName: '聚卡数字商品聚合平台', rule: expect.stringContaining('score-strict') });
    expect(d[0].score).toBeGreaterThan(0);
    expect(d[0].reason).toMatchObject({ scored: true, probation: false, capped: false, supplierStatus: 'ACTIVE' });
    expect(await t.errorCode(RoutingDecisionsDocument, { orderId: order.id }, { token: tok.m1 })).toBe('FORBIDDEN');
  });

  it('fails over down the ranking when the best cannot serve, recording each attempt', async () => {
    const { sku, offers } = await stockedSku(t, { admin, offers: [{ supplier: tok.s1, stock: 2 }, { supplier: tok.s2, stock: 0 }] });
    const order = await place(sku.id);
    expect(order.status).toBe('DELIVERED');
    const d = await decisions(order.id);
    expect(d.map((x) => [x.offerId, x.position, x.outcome])).toEqual([[offers[1], 1, 'NO_STOCK'], [offers[0], 2, 'DELIVERED']]);
    expect(d[0].score!).toBeGreaterThan(d[1].score!);
  });

  it('caps a probation supplier: behind the others whatever its score, still reached by failover', async () => {
    const sku = await createSku(t, admin, { brandId: await brandId(t, admin, '爱奇艺') });
    const regular = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: sku.id, settlementPrice: '9000' });
    const probation = await liveOffer(t, { supplier: tok.s3, reviewer: admin, skuId: sku.id, settlementPrice: '9000' });
    const batch = (await t.data(ImportCardBatchDocument, { input: { offerId: probation, codes: [{ cardNumber: `${sku.code}-P1`, secret: 'P1' }, { cardNumber: `${sku.code}-P2`, secret: 'P2' }] } }, { token: tok.s3 })).importCardBatch;
    const samples = (await t.data(TestRevealSampleCodesDocument, { batchId: batch.id, page: null }, { token: admin })).revealSampleCodes;
    await t.data(TestRecordSampleResultsDocument, { batchId: batch.id, results: samples.map((s) => ({ codeId: s.id, result: 'VALID' as const })) }, { token: admin });
    // supplier3@ has the best score of all.
    await t.app.get(TransactionHost).withTransaction(() => t.app.get(ScoreFactsService).add(id.s3, { [Measure.SAMPLE_PASSED]: 500, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 200, [Measure.SLA_FIRST_RESPONSE_MET]: 200 }));
    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
    const order = await place(sku.id); // the regular offer has no stock
    const d = await decisions(order.id);
    expect(d.map((x) => [x.offerId, x.position, x.outcome])).toEqual([[regular, 1, 'NO_STOCK'], [probation, 2, 'DELIVERED']]);
    expect(d[1].score!).toBeGreaterThan(d[0].score!);
    expect(d[1].reason).toMatchObject({ probation: true, capped: true, probationShare: 0 });
  });
});
