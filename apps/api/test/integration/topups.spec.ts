import {
  ClaimTopupTaskDocument,
  CompleteTopupTaskDocument,
  CreateApiKeyDocument,
  CreateOfferDocument,
  FailTopupTaskDocument,
  LedgerCheckDocument,
  PlaceOrderDocument,
  RevealOrderCodesDocument,
  SalesDocument,
  TestOrderTopupDocument,
  TestSupplierOfferDocument,
  TopupTasksDocument,
  UpdateOfferDocument,
  type PlaceOrderInput,
  type TopupTaskStatus,
} from '@mengyuan/graphql';
import { AuditService } from '../../src/modules/audit/audit.service';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { EXPIRE_TOPUPS_JOB } from '../../src/modules/orders/services/topup.service';
import { deposit, offerId, skuId as skuOf } from '../factories';
import { startTestApp, type Auth, type TestApp } from '../test-app';

describe('direct top-ups', () => {
  let t: TestApp;
  let member: string;
  let memberOrg: string;
  let s2: string;
  let s3: string;
  let admin: string;
  let skuId: string;
  const balanceOf = async (kind: 'MEMBER_WALLET' | 'MEMBER_HOLD') =>
    BigInt((await t.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE organization_id = $1 AND kind = $2`, [memberOrg, kind]))[0].b);
  const tasks = async (auth: Auth, status?: TopupTaskStatus) => (await t.data(TopupTasksDocument, { status: status ?? null, page: null }, auth)).topupTasks.items;
  const place = async (input: PlaceOrderInput) => (await t.data(PlaceOrderDocument, { input }, { token: member })).placeOrder;
  const order = async (id: string, token = admin) => (await t.data(TestOrderTopupDocument, { id }, { token })).order;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    memberOrg = m.organizationId;
    s2 = (await t.login('supplier2@mengyuan.demo')).token;
    s3 = (await t.login('supplier3@mengyuan.demo')).token;
    await deposit(t, admin, memberOrg, '100000');
    skuId = await skuOf(t, member, 'CMCC-100');
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('needs the account to top up', async () => {
    const res = await t.gql(PlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: 'T-0' } }, { token: member });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { rechargeAccount: expect.any(Array) } });
  });

  it('queues a task with the supplier, reserves the amount, and delivers when the supplier completes it, in the audit chain', async () => {
    const [walletBefore, holdBefore] = [await balanceOf('MEMBER_WALLET'), await balanceOf('MEMBER_HOLD')];
    const placed = await place({ skuId, quantity: 1, clientOrderNo: 'T-1', rechargeAccount: '13800138000' });
    expect(placed).toMatchObject({ status: 'PROCESSING', codes: null });
    expect(await balanceOf('MEMBER_WALLET')).toBe(walletBefore - 9850n);
    expect(await balanceOf('MEMBER_HOLD')).toBe(holdBefore + 9850n);
    const [task] = (await tasks({ token: s2 }, 'QUEUED')).filter((x) => x.orderId === placed.id);
    expect(task.rechargeAccount).toBe('13800138000');
    expect(new Date(task.deadlineAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    // The member follows it through the queue.
    expect((await order(placed.id, member)).topupProgress).toEqual([expect.objectContaining({ status: 'QUEUED', reference: null })]);

    expect(await t.errorCode(CompleteTopupTaskDocument, { id: task.id, reference: 'CMCC-20261124-1' }, { token: s3 })).toBe('NOT_FOUND');
    expect((await t.data(ClaimTopupTaskDocument, { id: task.id }, { token: s2 })).claimTopupTask.status).toBe('CLAIMED');
    expect((await t.data(CompleteTopupTaskDocument, { id: task.id, reference: 'CMCC-20261124-1' }, { token: s2 })).completeTopupTask.status).toBe('COMPLETED');
    expect(await t.errorCode(CompleteTopupTaskDocument, { id: task.id, reference: 'again' }, { token: s2 })).toBe('INVALID_TRANSITION');
    const done = await order(placed.id, member);
    expect(done).toMatchObject({ status: 'DELIVERED', topupProgress: [expect.objectContaining({ status: 'COMPLETED', reference: 'CMCC-20261124-1' })] });
    expect(done.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await balanceOf('MEMBER_HOLD')).toBe(holdBefore);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
    // A top-up has no codes: nothing to reveal, and no reveal recorded.
    expect(await t.errorCode(RevealOrderCodesDocument, { orderId: placed.id }, { token: member })).toBe('INVALID_TRANSITION');

    await t.app.get(AuditService).flush();
    await t.chained();
    const trail = await t.db.query(`SELECT type, payload FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [placed.id]);
    expect(trail.map((e: { type: string }) => e.type)).toEqual(['order.delivered']);
    expect(trail[0].payload).toMatchObject({ reference: 'CMCC-20261124-1', taskId: task.id });
  });

  it('fails over when a supplier fails or lets the deadline pass, and refunds after the last source', async () => {
    const before = await balanceOf('MEMBER_WALLET');
    const holdBefore = await balanceOf('MEMBER_HOLD');
    const placed = await place({ skuId, quantity: 1, clientOrderNo: 'T-2', rechargeAccount: '13900139000' });
    const [first] = (await tasks({ token: s2 }, 'QUEUED')).filter((x) => x.orderId === placed.id);
    await t.data(FailTopupTaskDocument, { id: first.id, reason: '运营商接口维护' }, { token: s2 });
    const [second] = (await tasks({ token: s3 }, 'QUEUED')).filter((x) => x.orderId === placed.id);
    expect(second).toBeTruthy();

    t.clock.advance(11 * 60_000);
    expect(await t.app.get(JobsService).run(EXPIRE_TOPUPS_JOB)).toBeGreaterThanOrEqual(1);
    const failed = await order(placed.id);
    expect(failed).toMatchObject({ status: 'FAILED', failureCode: 'TOPUP_FAILED' });
    expect(failed.attempts.map((a) => a.outcome)).toEqual(['FAILED', 'FAILED']);
    expect(await balanceOf('MEMBER_WALLET')).toBe(before);
    expect(await balanceOf('MEMBER_HOLD')).toBe(holdBefore);
    expect(failed.topupProgress.map((p) => [p.status, p.failureReason])).toEqual([
      ['FAILED', '运营商接口维护'],
      ['EXPIRED', 'deadline passed'],
    ]);
  });

  it('routes past a source whose queue is full (capacity), and direct top-up offers have no stock to import', async () => {
    const s2Offer = await offerId(t, s2, 'CMCC-50');
    const offer = (await t.data(TestSupplierOfferDocument, { id: s2Offer }, { token: s2 })).offer;
    expect(offer).toMatchObject({ deliveryMode: 'DIRECT_TOPUP', stockAvailable: 0 });
    await t.data(UpdateOfferDocument, { id: s2Offer, input: { capacity: 1 } }, { token: s2 });
    expect((await t.data(TestSupplierOfferDocument, { id: s2Offer }, { token: s2 })).offer.capacity).toBe(1);
    const cmcc50 = await skuOf(t, member, 'CMCC-50');
    const a = await place({ skuId: cmcc50, quantity: 1, clientOrderNo: 'CAP-1', rechargeAccount: '13800000001' });
    const b = await place({ skuId: cmcc50, quantity: 1, clientOrderNo: 'CAP-2', rechargeAccount: '13800000002' });
    expect((await tasks({ token: s2 }, 'QUEUED')).filter((x) => x.orderId === a.id || x.orderId === b.id).map((x) => x.orderId)).toEqual([a.id]);
    expect((await tasks({ token: s3 }, 'QUEUED')).map((x) => x.orderId)).toContain(b.id);
    expect((await order(b.id)).attempts).toEqual([{ offerId: s2Offer, outcome: 'NO_CAPACITY' }]);
    // Card-only settings are refused for a top-up offer, and capacity for a card offer.
    const qq = await skuOf(t, member, 'QQ-COIN-100');
    const cardOffer = await t.gql(CreateOfferDocument, { input: { skuId: qq, settlementPrice: '9000', capacity: 5 } }, { token: s2 });
    expect(cardOffer.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { capacity: expect.any(Array) } });
  });

  it('lets a supplier system work the queue with a TOPUPS_WRITE key', async () => {
    const { createApiKey } = await t.data(CreateApiKeyDocument, { input: { name: 'topup-bot', scopes: ['TOPUPS_WRITE'] } }, { token: s2 });
    const key = { apiKey: createApiKey.secret };
    const placed = await place({ skuId, quantity: 1, clientOrderNo: 'T-3', rechargeAccount: '13700137000' });
    const mine = (await tasks(key, 'QUEUED')).find((x) => x.orderId === placed.id)!;
    expect((await t.data(CompleteTopupTaskDocument, { id: mine.id, reference: 'BOT-1' }, key)).completeTopupTask.status).toBe('COMPLETED');
    const { sales } = await t.data(SalesDocument, { page: null }, { token: s2 });
    expect(sales.items.find((l) => l.orderId === placed.id)).toMatchObject({ skuCode: 'CMCC-100', unitSettlement: '9760', status: 'DELIVERED' });
    expect(await t.errorCode(SalesDocument, { page: null }, { token: member })).toBe('FORBIDDEN');
  });
});
