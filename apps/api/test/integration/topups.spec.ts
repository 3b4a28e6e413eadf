import { EXPIRE_TOPUPS_JOB } from '../../src/modules/orders/services/topup.service';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { startTestApp, type TestApp } from '../test-app';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status total codes { id } } }`;
const TASKS = `query($status: TopupTaskStatus) { topupTasks(status: $status) { totalCount items { id orderId status rechargeAccount deadlineAt } } }`;
const CLAIM = `mutation($id: ID!) { claimTopupTask(id: $id) { id status } }`;
const COMPLETE = `mutation($id: ID!, $ref: String!) { completeTopupTask(id: $id, reference: $ref) { id status reference } }`;
const FAIL = `mutation($id: ID!, $reason: String!) { failTopupTask(id: $id, reason: $reason) { id status } }`;
const ORDER = `query($id: ID!) { order(id: $id) { status failureCode deliveredAt attempts { outcome } } }`;

describe('direct top-ups', () => {
  let t: TestApp;
  let member: string;
  let memberOrg: string;
  let s2: string;
  let s3: string;
  let admin: string;
  let skuId: string;
  const wallet = async () => (await t.db.query(`SELECT kind, balance::text AS b FROM ledger_accounts WHERE organization_id = $1 ORDER BY kind`, [memberOrg])) as { kind: string; b: string }[];
  const balanceOf = async (kind: string) => (await wallet()).find((a) => a.kind === kind)?.b ?? '0';
  const tasks = async (token: string, status?: string) => ((await t.data(TASKS as never, { status } as never, { token })) as { topupTasks: { items: { id: string; orderId: string; status: string; rechargeAccount: string; deadlineAt: string }[] } }).topupTasks.items;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    memberOrg = m.organizationId;
    s2 = (await t.login('supplier2@mengyuan.demo')).token;
    s3 = (await t.login('supplier3@mengyuan.demo')).token;
    await t.gql(`mutation($org: ID!) { depositToWallet(organizationId: $org, amount: "100000", reference: "TOPUP-TEST") }`, { org: memberOrg }, { token: admin });
    skuId = (await t.db.query(`SELECT id FROM skus WHERE code = 'CMCC-100'`))[0].id;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('needs the account to top up', async () => {
    const res = await t.gql(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'T-0' } }, { token: member });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { rechargeAccount: expect.any(Array) } });
  });

  it('queues a task with the supplier, reserves the amount, and delivers when the supplier completes it', async () => {
    const [walletBefore, holdBefore] = [BigInt(await balanceOf('MEMBER_WALLET')), BigInt(await balanceOf('MEMBER_HOLD'))];
    const { placeOrder } = (await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'T-1', rechargeAccount: '13800138000' } } as never, { token: member })) as { placeOrder: { id: string; status: string; codes: null } };
    expect(placeOrder).toMatchObject({ status: 'PROCESSING', codes: null });
    expect(BigInt(await balanceOf('MEMBER_WALLET'))).toBe(walletBefore - 9850n);
    expect(BigInt(await balanceOf('MEMBER_HOLD'))).toBe(holdBefore + 9850n);
    const [task] = (await tasks(s2, 'QUEUED')).filter((x) => x.orderId === placeOrder.id);
    expect(task.rechargeAccount).toBe('13800138000');
    expect(new Date(task.deadlineAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);

    expect(await t.errorCode(COMPLETE, { id: task.id, ref: 'CMCC-20261124-1' }, { token: s3 })).toBe('NOT_FOUND');
    expect(((await t.data(CLAIM as never, { id: task.id } as never, { token: s2 })) as { claimTopupTask: { status: string } }).claimTopupTask.status).toBe('CLAIMED');
    const done = (await t.data(COMPLETE as never, { id: task.id, ref: 'CMCC-20261124-1' } as never, { token: s2 })) as { completeTopupTask: { status: string } };
    expect(done.completeTopupTask.status).toBe('COMPLETED');
    expect(await t.errorCode(COMPLETE, { id: task.id, ref: 'again' }, { token: s2 })).toBe('INVALID_TRANSITION');
    const order = (await t.data(ORDER as never, { id: placeOrder.id } as never, { token: member })) as { order: { status: string; deliveredAt: string } };
    expect(order.order.status).toBe('DELIVERED');
    expect(BigInt(await balanceOf('MEMBER_HOLD'))).toBe(holdBefore);
    expect(((await t.data(`{ ledgerCheck { ok } }` as never, {} as never, { token: admin })) as { ledgerCheck: { ok: boolean } }).ledgerCheck.ok).toBe(true);
  });

  it('fails over when a supplier fails or lets the deadline pass, and refunds after the last source', async () => {
    const before = await balanceOf('MEMBER_WALLET');
    const holdBefore = await balanceOf('MEMBER_HOLD');
    const { placeOrder } = (await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'T-2', rechargeAccount: '13900139000' } } as never, { token: member })) as { placeOrder: { id: string } };
    const [first] = (await tasks(s2, 'QUEUED')).filter((x) => x.orderId === placeOrder.id);
    await t.data(FAIL as never, { id: first.id, reason: '运营商接口维护' } as never, { token: s2 });
    const [second] = (await tasks(s3, 'QUEUED')).filter((x) => x.orderId === placeOrder.id);
    expect(second).toBeTruthy();

    t.clock.advance(11 * 60_000);
    expect(await t.app.get(JobsService).run(EXPIRE_TOPUPS_JOB)).toBeGreaterThanOrEqual(1);
    const admin2 = (await t.login('admin@mengyuan.demo')).token;
    const order = (await t.data(ORDER as never, { id: placeOrder.id } as never, { token: admin2 })) as { order: { status: string; failureCode: string; attempts: { outcome: string }[] } };
    expect(order.order).toMatchObject({ status: 'FAILED', failureCode: 'TOPUP_FAILED' });
    expect(order.order.attempts.map((a) => a.outcome)).toEqual(['FAILED', 'FAILED']);
    expect(await balanceOf('MEMBER_WALLET')).toBe(before);
    expect(await balanceOf('MEMBER_HOLD')).toBe(holdBefore);
    const expired = await t.db.query(`SELECT status, failure_reason FROM topup_tasks WHERE order_id = $1 ORDER BY created_at`, [placeOrder.id]);
    expect(expired).toEqual([{ status: 'FAILED', failure_reason: '运营商接口维护' }, { status: 'EXPIRED', failure_reason: 'deadline passed' }]);
  });

  it('lets a supplier system work the queue with a TOPUPS_WRITE key', async () => {
    const s2Owner = (await t.login('supplier2@mengyuan.demo')).token;
    const key = ((await t.gql(`mutation { createApiKey(input: { name: "topup-bot", scopes: [TOPUPS_WRITE] }) { secret } }`, {}, { token: s2Owner })).body.data as { createApiKey: { secret: string } }).createApiKey.secret;
    member = (await t.login('member@mengyuan.demo')).token;
    const { placeOrder } = (await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'T-3', rechargeAccount: '13700137000' } } as never, { token: member })) as { placeOrder: { id: string } };
    const res = await t.gql(TASKS, { status: 'QUEUED' }, { apiKey: key });
    const mine = (res.body.data as { topupTasks: { items: { id: string; orderId: string }[] } }).topupTasks.items.find((x) => x.orderId === placeOrder.id)!;
    expect((await t.gql(COMPLETE, { id: mine.id, ref: 'BOT-1' }, { apiKey: key })).body.data).toMatchObject({ completeTopupTask: { status: 'COMPLETED' } });
    const sales = (await t.data(`{ sales { totalCount items { orderId skuCode unitSettlement status } } }` as never, {} as never, { token: s2Owner })) as { sales: { items: { orderId: string; skuCode: string; unitSettlement: string; status: string }[] } };
    expect(sales.sales.items.find((l) => l.orderId === placeOrder.id)).toMatchObject({ skuCode: 'CMCC-100', unitSettlement: '9760', status: 'DELIVERED' });
    expect(await t.errorCode(`{ sales { totalCount } }`, {}, { token: member })).toBe('FORBIDDEN');
  });
});
