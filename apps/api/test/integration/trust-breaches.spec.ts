import { randomUUID } from 'node:crypto';
import {
  ImportCardBatchDocument, OpenTicketDocument, PostTicketMessageDocument, ProbationWatchListDocument, RecomputeScorecardsDocument, RevealOrderCodesDocument, ScorecardDocument,
  TestPlaceOrderDocument, TestRecordSampleResultsDocument, TestRevealSampleCodesDocument,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { PROBATION_JUDGE_JOB } from '../../src/modules/scorecards/scorecards.jobs';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { brandId, createSku, deliveredOrder, deposit, liveOffer, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const S = 1000;
const MIN = 60 * S;
const HOUR = 60 * MIN;

/**
 * Now, or just past the next Shanghai midnight when that is less than an hour away: the tests move the clock on by
 * minutes and scorecards count by Shanghai day, so a test begun at 23:55 there read its "before" on one day and its
 * "after" on the next (it failed every day from 15:50 to 16:00 UTC).
 */
function awayFromMidnight(): Date {
  const now = Date.now();
  const intoDay = (now + 8 * HOUR) % (24 * HOUR);
  return new Date(intoDay > 23 * HOUR ? now - intoDay + 24 * HOUR + MIN : now);
}

/** Issue 18.1: an SLA breach counts against the supplier the moment it happens, in after-sales and in probation. */
describe('breaches count when they happen', () => {
  let t: TestApp;
  const tok = { admin: '', m1: '', s1: '', s3: '' };
  const id = { m1: '', s1: '', s3: '' };
  let skuId: string;

  async function signIn() {
    for (const [k, email] of [['admin', 'admin@mengyuan.demo'], ['m1', 'member@mengyuan.demo'], ['s1', 'supplier@mengyuan.demo'], ['s3', 'supplier3@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      if (k !== 'admin') id[k] = l.organizationId;
    }
  }
  const sweep = () => t.app.get(JobsService).run(SLA_SWEEP_JOB);
  const open = async (sku = skuId) => {
    const { order, codes } = await deliveredOrder(t, tok.m1, sku);
    return (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密提示无效，请处理', codeIds: codes.map((c) => c.id) } }, { token: tok.m1 })).openTicket;
  };
  const answer = (ticketId: string) => t.data(PostTicketMessageDocument, { input: { ticketId, body: '已收到，正在核查' } }, { token: tok.s1 });
  /** The after-sales evidence of a supplier's scorecard, recomputed now. */
  async function firstResponses(orgId: string) {
    await t.data(RecomputeScorecardsDocument, {}, { token: tok.admin });
    const card = (await t.data(ScorecardDocument, { organizationId: orgId }, { token: tok.admin })).scorecard;
    const ev = card.dimensions.find((d) => d.dimension === 'AFTER_SALES')!.evidence;
    const v = (m: string) => ev.find((e) => e.measure === m)?.value ?? 0;
    return { met: v('SLA_FIRST_RESPONSE_MET'), total: v('SLA_FIRST_RESPONSE_TOTAL') };
  }

  beforeAll(async () => {
    t = await startTestApp({ ORDER_VELOCITY_PER_MINUTE: '1000', LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    await signIn();
    await deposit(t, tok.admin, id.m1, '5000000');
    skuId = (await stockedSku(t, { admin: tok.admin, offers: [{ supplier: tok.s1, stock: 30 }] })).sku.id;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.freeze(awayFromMidnight()));
  afterEach(async () => {
    t.clock.reset();
    await signIn();
  });

  it('an open breached first response counts as missed at once, and stays missed when answered later', async () => {
    const before = await firstResponses(id.s1);
    const met = await open();
    const late = [await open(), await open()];
    t.clock.advance(5 * MIN);
    await answer(met.id);
    t.clock.advance(5 * MIN + 2 * S);
    await sweep();
    await signIn();
    // 1 met + 2 breached and still open: 1 of 3, not 1 of 1.
    expect(await firstResponses(id.s1)).toEqual({ met: before.met + 1, total: before.total + 3 });
    await answer(late[0].id);
    expect(await firstResponses(id.s1)).toEqual({ met: before.met + 1, total: before.total + 3 });
  });

  it('concurrency: the sweep and a late answer racing on one ticket count its clock once, as missed', async () => {
    const before = await firstResponses(id.s1);
    const tk = await open();
    t.clock.advance(10 * MIN + 2 * S);
    await signIn();
    await Promise.all([sweep(), answer(tk.id), sweep()]);
    expect(await firstResponses(id.s1)).toEqual({ met: before.met, total: before.total + 1 });
    const rows = (await t.db.query(`SELECT f.metric, f.met FROM score_sla_facts f JOIN sla_clocks c ON c.id = f.clock_id WHERE c.ticket_id = $1`, [tk.id])) as { metric: string; met: boolean }[];
    expect(rows).toEqual([{ metric: 'FIRST_RESPONSE', met: false }]); // the resolution clock still runs
  });

  it('probation cannot pass with a breach: 20 clean orders and one ticket unanswered past its target go to the admin', async () => {
    const sku = await createSku(t, tok.admin, { brandId: await brandId(t, tok.admin, '爱奇艺'), unifiedPrice: '9650' });
    const offerId = await liveOffer(t, { supplier: tok.s3, reviewer: tok.admin, skuId: sku.id, settlementPrice: '8000' });
    const codes = Array.from({ length: 25 }, (_, k) => ({ cardNumber: `${sku.code}-${k}`, secret: `S-${sku.code}-${k}` }));
    const batch = (await t.data(ImportCardBatchDocument, { input: { offerId, codes } }, { token: tok.s3 })).importCardBatch;
    const samples = (await t.data(TestRevealSampleCodesDocument, { batchId: batch.id, page: null }, { token: tok.admin })).revealSampleCodes;
    await t.data(TestRecordSampleResultsDocument, { batchId: batch.id, results: samples.map((s) => ({ codeId: s.id, result: 'VALID' as const })) }, { token: tok.admin });
    const orders: string[] = [];
    for (let i = 0; i < 20; i++) {
      const o = (await t.data(TestPlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: `BR-${randomUUID().slice(0, 12)}` } }, { token: tok.m1 })).placeOrder;
      expect(o.status).toBe('DELIVERED');
      orders.push(o.id);
    }
    t.clock.freeze();
    const codeIds = (await t.data(RevealOrderCodesDocument, { orderId: orders[0] }, { token: tok.m1 })).revealOrderCodes.map((c) => c.id);
    const tk = (await t.data(OpenTicketDocument, { input: { orderId: orders[0], category: 'INVALID_CODE', description: '卡密提示无效，请处理', codeIds } }, { token: tok.m1 })).openTicket;
    t.clock.advance(10 * MIN + 2 * S);
    await sweep();
    await signIn();
    expect(await t.app.get(JobsService).run(PROBATION_JUDGE_JOB)).toBe(1);
    const watch = (await t.data(ProbationWatchListDocument, { includePassed: true }, { token: tok.admin })).probationWatchList.find((w) => w.organizationId === id.s3)!;
    expect(watch).toMatchObject({ status: 'FLAGGED', failing: ['SLA_BREACHES'] });
    expect(watch.measures.find((m) => m.measure === 'SLA_BREACHES')).toMatchObject({ value: 1, threshold: 0, passing: false });
    const [{ status }] = (await t.db.query(`SELECT status FROM organizations WHERE id = $1`, [id.s3])) as { status: string }[];
    expect(status).toBe('PROBATION');
    expect(tk.status).toBe('OPEN');
  });
});
