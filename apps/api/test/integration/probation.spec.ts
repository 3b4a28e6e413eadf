import { randomUUID } from 'node:crypto';
import {
  CompleteTopupTaskDocument, DecideOrganizationDocument, DocumentsDocument, RecomputeScorecardsDocument, ScorecardDocument, TopupTasksDocument, ImportCardBatchDocument, PassProbationDocument, ProbationWatchListDocument, ReviewDocumentDocument, SubmitDocumentDocument,
  TestPlaceOrderDocument, TestRecordSampleResultsDocument, TestRevealSampleCodesDocument, UpdateOfferDocument,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { PROBATION_JUDGE_JOB } from '../../src/modules/scorecards/scorecards.jobs';
import { brandId, createSku, deposit, liveOffer } from '../factories';
import { PDF, upload } from '../files';
import { startTestApp, type TestApp } from '../test-app';

describe('probation (试单)', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s3: '', s4: '', m1: '' };
  const id = { s3: '', s4: '', m1: '' };

  const watch = async (orgId: string) => (await t.data(ProbationWatchListDocument, { includePassed: true }, { token: admin })).probationWatchList.find((w) => w.organizationId === orgId)!;
  const orgStatus = async (orgId: string) => ((await t.db.query(`SELECT status FROM organizations WHERE id = $1`, [orgId])) as { status: string }[])[0].status;

  /** A live card offer of a probation supplier with `n` codes, its sample checked and passed. */
  async function stocked(supplier: string, brand: string, settlementPrice: string, n: number): Promise<{ skuId: string; offerId: string }> {
    const sku = await createSku(t, admin, { brandId: await brandId(t, admin, brand), unifiedPrice: '9650' });
    const offerId = await liveOffer(t, { supplier, reviewer: admin, skuId: sku.id, settlementPrice });
    const codes = Array.from({ length: n }, (_, k) => ({ cardNumber: `${sku.code}-${k}`, secret: `S-${sku.code}-${k}` }));
    const batch = (await t.data(ImportCardBatchDocument, { input: { offerId, codes } }, { token: supplier })).importCardBatch;
    expect(batch.status).toBe('QUARANTINED'); // probation: an auditor checks a sample first
    const samples = (await t.data(TestRevealSampleCodesDocument, { batchId: batch.id, page: null }, { token: admin })).revealSampleCodes;
    await t.data(TestRecordSampleResultsDocument, { batchId: batch.id, results: samples.map((s) => ({ codeId: s.id, result: 'VALID' as const })) }, { token: admin });
    return { skuId: sku.id, offerId };
  }

  const order = async (skuId: string) => {
    const o = (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `PB-${randomUUID().slice(0, 12)}` } }, { token: tok.m1 })).placeOrder;
    expect(o.status).toBe('DELIVERED');
  };

  beforeAll(async () => {
    t = await startTestApp({ ORDER_VELOCITY_PER_MINUTE: '1000' });
    await t.seedDemo({ catalog: false });
    admin = (await t.login('admin@mengyuan.demo')).token;
    for (const [k, email] of [['s3', 'supplier3@mengyuan.demo'], ['s4', 'supplier4@mengyuan.demo'], ['m1', 'member@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      id[k] = l.organizationId;
    }
    await deposit(t, admin, id.m1, '1000000');
  });
  afterAll(() => t.close());

  it('a supplier approved into probation is watched from its first order', async () => {
    // supplier4@ waits in review: its documents approved, an authorisation for 腾讯游戏 added, then APPROVE → PROBATION.
    const file = (await upload(t, tok.s4, PDF, 'auth.pdf')).body.id;
    await t.data(SubmitDocumentDocument, {
      input: { type: 'PRODUCT_AUTHORIZATION', number: 'AUTH-TX-0001', issuer: '腾讯游戏', validFrom: '2026-01-01', validTo: '2030-12-31', brandId: await brandId(t, admin, '腾讯游戏'), fileId: file },
    }, { token: tok.s4 });
    for (const d of (await t.data(DocumentsDocument, { organizationId: id.s4 }, { token: admin })).documents.filter((x) => x.status === 'PENDING')) {
      await t.data(ReviewDocumentDocument, { input: { id: d.id, decision: 'APPROVE', verificationMethod: 'NECIPS_LOOKUP' } }, { token: admin });
    }
    await t.data(DecideOrganizationDocument, { input: { id: id.s4, action: 'APPROVE', reason: '资质齐全，进入试单期' } }, { token: admin });
    expect(await orgStatus(id.s4)).toBe('PROBATION');
    expect(await watch(id.s4)).toMatchObject({ status: 'WATCHING', orders: 0, target: 20, failing: [] });
  });

  it('20 clean orders: it passes to ACTIVE by itself', async () => {
    tok.s4 = (await t.login('supplier4@mengyuan.demo')).token; // its token said UNDER_REVIEW
    const { skuId } = await stocked(tok.s4, '腾讯游戏', '9000', 25);
    for (let i = 0; i < 10; i++) await order(skuId);
    const half = await watch(id.s4);
    expect(half).toMatchObject({ status: 'WATCHING', orders: 10 });
    expect(half.measures).toEqual(expect.arrayContaining([
      { measure: 'FULFILMENT_SUCCESS', value: 1, threshold: 0.99, passing: true },
      { measure: 'PRICE_MOVEMENT', value: 0, threshold: 500, passing: true },
    ]));
    // Not judged before the 20th order.
    await t.app.get(JobsService).run(PROBATION_JUDGE_JOB);
    expect(await orgStatus(id.s4)).toBe('PROBATION');
    for (let i = 0; i < 10; i++) await order(skuId);
    expect(await t.app.get(JobsService).run(PROBATION_JUDGE_JOB)).toBe(1);
    expect(await orgStatus(id.s4)).toBe('ACTIVE');
    expect(await watch(id.s4)).toMatchObject({ status: 'PASSED', orders: 20, failing: [] });
    // Passed suppliers leave the admin's list.
    expect((await t.data(ProbationWatchListDocument, {}, { token: admin })).probationWatchList.map((w) => w.organizationId)).not.toContain(id.s4);
  });

  it('an order delivered in 3 s or more (发卡时间) fails the delivery measure and counts as a slow delivery in the scorecard', async () => {
    const sku = await createSku(t, admin, { brandId: await brandId(t, admin, '爱奇艺'), category: 'VIDEO_MEMBERSHIP', deliveryMode: 'DIRECT_TOPUP', unifiedPrice: '9650' });
    await liveOffer(t, { supplier: tok.s3, reviewer: admin, skuId: sku.id, settlementPrice: '9000' });
    const place = async () =>
      (await t.data(TestPlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: `PB-${randomUUID().slice(0, 12)}`, rechargeAccount: '13800138000' } }, { token: tok.m1 })).placeOrder;
    const complete = async (orderId: string, ref: string) => {
      const task = (await t.data(TopupTasksDocument, { status: 'QUEUED', page: null }, { token: tok.s3 })).topupTasks.items.find((x) => x.orderId === orderId)!;
      await t.data(CompleteTopupTaskDocument, { id: task.id, reference: ref }, { token: tok.s3 });
    };
    // 2.9 s: in time.
    const fast = await place();
    t.clock.advance(2_900);
    await complete(fast.id, 'IQY-OK-1');
    expect((await watch(id.s3)).measures.find((m) => m.measure === 'DELIVERY_TIME')).toEqual({ measure: 'DELIVERY_TIME', value: 0, threshold: 3000, passing: true });
    // 3 s: slow.
    const slow = await place();
    t.clock.advance(3_000);
    await complete(slow.id, 'IQY-OK-2');
    const w = await watch(id.s3);
    expect(w).toMatchObject({ status: 'WATCHING', orders: 2 });
    expect(w.measures.find((m) => m.measure === 'DELIVERY_TIME')).toEqual({ measure: 'DELIVERY_TIME', value: 1, threshold: 3000, passing: false });
    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
    const authenticity = (await t.data(ScorecardDocument, { organizationId: id.s3 }, { token: admin })).scorecard.dimensions.find((d) => d.dimension === 'AUTHENTICITY')!;
    const evidence = Object.fromEntries(authenticity.evidence.map((e) => [e.measure, e.value]));
    expect(evidence).toMatchObject({ DELIVERED_ORDERS: 2, SLOW_DELIVERIES: 1 });
    expect(authenticity.numerator).toBe(authenticity.denominator! - 1); // the slow one is not a clean delivery
  });

  it('a settlement price moved 10 % within 7 days: at 20 orders it goes to the admin with the failing measure, who may pass it', async () => {
    const { skuId, offerId } = await stocked(tok.s3, '爱奇艺', '8000', 25);
    await t.data(UpdateOfferDocument, { id: offerId, input: { settlementPrice: '8800', settlementEffectiveAt: t.clock.now().toISOString(), settlementPriceReason: '上游调价' } }, { token: tok.s3 });
    for (let i = 0; i < 20; i++) await order(skuId);
    expect(await t.app.get(JobsService).run(PROBATION_JUDGE_JOB)).toBe(1);
    const flagged = await watch(id.s3);
    expect(flagged).toMatchObject({ status: 'FLAGGED', orders: 20, failing: ['PRICE_MOVEMENT', 'DELIVERY_TIME'] }); // and its slow top-up above
    expect(flagged.measures.find((m) => m.measure === 'PRICE_MOVEMENT')).toMatchObject({ value: 1000, passing: false });
    expect(await orgStatus(id.s3)).toBe('PROBATION');
    expect((await t.data(ProbationWatchListDocument, {}, { token: admin })).probationWatchList[0].organizationId).toBe(id.s3); // flagged first

    expect(await t.errorCode(PassProbationDocument, { organizationId: id.s3, reason: '价格调整系上游调价，已核实' }, { token: tok.s3 })).toBe('FORBIDDEN');
    const passed = (await t.data(PassProbationDocument, { organizationId: id.s3, reason: '价格调整系上游调价，已核实' }, { token: admin })).passProbation;
    expect(passed).toMatchObject({ status: 'PASSED', decisionReason: '价格调整系上游调价，已核实' });
    expect(await orgStatus(id.s3)).toBe('ACTIVE');
  });
});
