import {
  ArbitrateTicketDocument,
  ChangeOfferStatusDocument,
  EscalateTicketDocument,
  LedgerCheckDocument,
  NotificationsDocument,
  OpenTicketDocument,
  OrderDetailDocument,
  PostTicketMessageDocument,
  RecalculateTicketClocksDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  RevealOrderCodesDocument,
  SetTicketAutoRuleDocument,
  SlaBreachesDocument,
  SlaPoliciesDocument,
  TicketDocument,
  UpdateSlaPolicyDocument,
  WalletDocument,
  type TicketCategory,
  type TicketFieldsFragment,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('after-sales tickets and their SLA clocks (7×24 calendar)', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let s1: string;
  let s2: string;
  let memberOrg: string;
  let s1Org: string;
  let s2Org: string;
  let skuId: string;
  let offers: string[];

  /** Tokens live 15 minutes: after moving the clock, everyone signs in again. */
  async function signIn() {
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    [member, memberOrg] = [m.token, m.organizationId];
    const a = await t.login('supplier@mengyuan.demo');
    [s1, s1Org] = [a.token, a.organizationId];
    const b = await t.login('supplier2@mengyuan.demo');
    [s2, s2Org] = [b.token, b.organizationId];
  }

  /** Runs the one-minute sweep and answers how many breaches the ticket has now (other tickets breach too). */
  const sweep = async (ticketId: string) => {
    await t.app.get(JobsService).run(SLA_SWEEP_JOB);
    const token = (await t.login('admin@mengyuan.demo')).token;
    return (await t.data(SlaBreachesDocument, { filter: { ticketId }, page: null }, { token })).slaBreaches.totalCount;
  };
  const ticket = async (id: string, token = member) => (await t.data(TicketDocument, { id }, { token })).ticket;
  const clock = (tk: TicketFieldsFragment, level: string, metric: string) => tk.clocks.find((c) => c.level === level && c.metric === metric)!;
  const ledgerOk = async () => (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok;
  const balance = async (token: string) => BigInt((await t.data(WalletDocument, { page: null }, { token })).wallet.balance);

  async function open(category: TicketCategory, quantity = 1) {
    const { order, codes } = await deliveredOrder(t, member, skuId, quantity);
    const opened = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category, description: '卡密充值提示无效，请处理', codeIds: codes.map((c) => c.id) } }, { token: member })).openTicket;
    return { order, codes, ticket: opened };
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    await signIn();
    await deposit(t, admin, memberOrg, '5000000');
    const stocked = await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 40 }, { supplier: s2, stock: 10 }] });
    skuId = stocked.sku.id;
    offers = stocked.offers;
  });
  afterAll(() => t.close());
  afterEach(async () => {
    t.clock.reset();
    await signIn();
  });

  it.each([
    { tier: 'L1', category: 'INVALID_CODE' as const, firstResponse: 10 * MIN, resolution: 2 * H },
    { tier: 'L2', category: 'LOST_ORDER' as const, firstResponse: H, resolution: 24 * H },
  ])('breaches $tier first response and resolution one second past their targets, once each', async ({ tier, category, firstResponse, resolution }) => {
    t.clock.freeze();
    const { ticket: opened } = await open(category);
    expect(opened).toMatchObject({ status: 'OPEN', tier, level: tier, cycle: 1, breached: false });
    const fr = clock(opened, tier, 'FIRST_RESPONSE');
    expect(new Date(fr.dueAt!).getTime() - new Date(fr.startedAt).getTime()).toBe(firstResponse);
    expect(fr).toMatchObject({ state: 'RUNNING', targetSeconds: firstResponse / S, policyVersion: 1 });

    t.clock.advance(firstResponse);
    expect(await sweep(opened.id)).toBe(0);
    t.clock.advance(S);
    expect(await sweep(opened.id)).toBe(1);
    expect(await sweep(opened.id)).toBe(1);
    t.clock.advance(resolution - firstResponse - S);
    expect(await sweep(opened.id)).toBe(1);
    t.clock.advance(S);
    expect(await sweep(opened.id)).toBe(2);
    await signIn();
    const now = await ticket(opened.id);
    expect(now.breached).toBe(true);
    expect(now.clocks.map((c) => [c.metric, !!c.breachedAt])).toEqual([['FIRST_RESPONSE', true], ['RESOLUTION', true]]);
    const { slaBreaches } = await t.data(SlaBreachesDocument, { filter: { ticketId: opened.id }, page: null }, { token: s1 });
    expect(slaBreaches.items.map((b) => [b.level, b.metric]).sort()).toEqual([[tier, 'FIRST_RESPONSE'], [tier, 'RESOLUTION']]);
    expect(await t.errorCode(SlaBreachesDocument, { filter: null, page: null }, { token: member })).toBe('FORBIDDEN');
    const { notifications } = await t.data(NotificationsDocument, { unreadOnly: false, page: null }, { token: s1 });
    expect(notifications.items.filter((n) => n.type === 'SLA_BREACHED' && (n.params as { ticketId: string }).ticketId === opened.id)).toHaveLength(2);
  });

  it('pauses only the resolution clock while waiting on the member, and resumes it when the member answers', async () => {
    t.clock.freeze();
    const { ticket: opened } = await open('WRONG_ITEM');
    t.clock.advance(5 * MIN);
    await signIn();
    await t.data(PostTicketMessageDocument, { input: { ticketId: opened.id, body: '请提供充值截图', waitForMember: true } }, { token: s1 });
    let now = await ticket(opened.id);
    expect(now.status).toBe('WAITING_ON_MEMBER');
    expect(clock(now, 'L1', 'FIRST_RESPONSE')).toMatchObject({ state: 'STOPPED', met: true, elapsedSeconds: 300 });
    expect(clock(now, 'L1', 'RESOLUTION')).toMatchObject({ state: 'PAUSED', paused: true, dueAt: null, elapsedSeconds: 300 });

    t.clock.advance(5 * H);
    expect(await sweep(opened.id)).toBe(0);
    await signIn();
    await t.data(PostTicketMessageDocument, { input: { ticketId: opened.id, body: '截图已上传' } }, { token: member });
    now = await ticket(opened.id);
    expect(now.status).toBe('IN_PROGRESS');
    const res = clock(now, 'L1', 'RESOLUTION');
    expect(res).toMatchObject({ state: 'RUNNING', elapsedSeconds: 300, remainingSeconds: 2 * 3600 - 300 });
    t.clock.advance(2 * H - 5 * MIN);
    expect(await sweep(opened.id)).toBe(0);
    t.clock.advance(S);
    expect(await sweep(opened.id)).toBe(1);
    // A replay of the clock's log gives what the row says.
    await signIn();
    const replayed = (await t.data(RecalculateTicketClocksDocument, { ticketId: opened.id }, { token: admin })).recalculateTicketClocks;
    expect(replayed.find((c) => c.metric === 'RESOLUTION')).toMatchObject({ state: 'RUNNING', dueAt: res.dueAt });
  });

  it('escalates to L3: the alliance clocks start, the supplier’s resolution clock runs on end to end; the ruling charges the supplier', async () => {
    const { ticket: opened, codes } = await open('INVALID_CODE');
    await t.data(PostTicketMessageDocument, { input: { ticketId: opened.id, body: '正在核实' } }, { token: s1 });
    const esc = (await t.data(EscalateTicketDocument, { ticketId: opened.id, reason: '货源商拒绝补发，请联盟仲裁' }, { token: member })).escalateTicket;
    expect(esc).toMatchObject({ status: 'ESCALATED', level: 'L3' });
    expect(esc.clocks.map((c) => `${c.level}:${c.metric}:${c.state}`).sort()).toEqual(['L1:FIRST_RESPONSE:STOPPED', 'L1:RESOLUTION:RUNNING', 'L3:FIRST_RESPONSE:RUNNING', 'L3:RESOLUTION:RUNNING']);
    expect(await t.errorCode(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REJECTED', reason: '不同意' } }, { token: s1 })).toBe('INVALID_TRANSITION');

    t.clock.advance(4 * H + S);
    expect(await sweep(opened.id)).toBe(2); // L1 resolution (2 h) and L3 first response (4 h)
    await signIn();
    await t.data(PostTicketMessageDocument, { input: { ticketId: opened.id, body: '联盟已受理', internal: false } }, { token: admin });
    const payableBefore = await balance(s1);
    const walletBefore = await balance(member);
    const ruled = (await t.data(ArbitrateTicketDocument, { input: { ticketId: opened.id, against: 'SUPPLIER', kind: 'REFUND', reason: '经核实卡密无效，判货源商退款' } }, { token: admin })).arbitrateTicket;
    expect(ruled).toMatchObject({ status: 'RESOLVED', resolution: { kind: 'REFUND', fault: 'SUPPLIER', against: 'SUPPLIER', upheld: true, amount: '9650' } });
    expect(ruled.clocks.every((c) => c.state === 'STOPPED')).toBe(true);
    expect(clock(ruled, 'L3', 'RESOLUTION').met).toBe(true);
    expect(await balance(member)).toBe(walletBefore + 9650n);
    expect(payableBefore - (await balance(s1))).toBe(9550n); // its settlement back; the alliance gives back its margin
    const codesNow = (await t.data(RevealOrderCodesDocument, { orderId: opened.orderId }, { token: member })).revealOrderCodes;
    expect(codesNow.find((c) => c.id === codes[0].id)?.status).toBe('VOIDED');
    expect((await t.data(OrderDetailDocument, { id: opened.orderId }, { token: member })).order.status).toBe('REFUNDED');
    expect(await ledgerOk()).toBe(true);
  });

  it('reopens within 7 days as a new cycle with fresh clocks, not overdue at once', async () => {
    const { ticket: opened } = await open('QUESTION');
    expect(await t.errorCode(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REJECTED', reason: ' ' } }, { token: s1 })).toBe('VALIDATION_FAILED');
    await t.data(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REJECTED', reason: '卡密已被您本人使用' } }, { token: s1 });
    t.clock.advance(3 * H);
    await signIn();
    const reopened = (await t.data(ReopenTicketDocument, { ticketId: opened.id, reason: '我方并未使用该卡密' }, { token: member })).reopenTicket;
    expect(reopened).toMatchObject({ status: 'REOPENED', cycle: 2, breached: false, resolution: null });
    expect(reopened.clocks.map((c) => [c.cycle, c.state, c.remainingSeconds])).toEqual([[2, 'RUNNING', 600], [2, 'RUNNING', 7200]]);
    expect(await sweep(opened.id)).toBe(0);
    await t.data(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REJECTED', reason: '系统记录显示已使用' } }, { token: s1 });
    t.clock.advance(8 * 24 * H);
    await signIn();
    expect(await t.errorCode(ReopenTicketDocument, { ticketId: opened.id, reason: '还是不对，请再查' }, { token: member })).toBe('INVALID_TRANSITION');
  });

  it('applies a policy edit to new clocks only; running clocks keep their version', async () => {
    const { ticket: before } = await open('CODE_ALREADY_USED');
    const l1 = (await t.data(SlaPoliciesDocument, {}, { token: admin })).slaPolicies.find((p) => p.tier === 'L1')!;
    const edited = (await t.data(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: 1200, resolutionSeconds: 3 * 3600, calendarId: l1.calendarId, note: '旺季放宽' } }, { token: admin })).updateSlaPolicy;
    expect(edited).toMatchObject({ version: l1.version + 1, firstResponseSeconds: 1200 });
    expect(await t.errorCode(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: 1200, resolutionSeconds: 600, calendarId: l1.calendarId } }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: 1200, resolutionSeconds: 7200, calendarId: l1.calendarId } }, { token: s1 })).toBe('FORBIDDEN');
    const { ticket: after } = await open('CODE_ALREADY_USED');
    expect(clock(after, 'L1', 'FIRST_RESPONSE')).toMatchObject({ targetSeconds: 1200, policyVersion: edited.version });
    const kept = (await t.data(RecalculateTicketClocksDocument, { ticketId: before.id }, { token: admin })).recalculateTicketClocks;
    expect(kept.find((c) => c.metric === 'FIRST_RESPONSE')).toMatchObject({ targetSeconds: 600, policyVersion: l1.version, dueAt: clock(before, 'L1', 'FIRST_RESPONSE').dueAt });
    await t.data(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: 600, resolutionSeconds: 7200, calendarId: l1.calendarId, note: '恢复' } }, { token: admin });
  });

  it('reissues from the same offer: the old code REPLACED, a new one sold to the line, no money moves', async () => {
    const { ticket: opened, codes } = await open('INVALID_CODE');
    const [payable, wallet] = [await balance(s1), await balance(member)];
    const resolved = (await t.data(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REISSUE' } }, { token: s1 })).resolveTicket;
    expect(resolved.resolution).toMatchObject({ kind: 'REISSUE', fault: 'SUPPLIER', fromBackupOffer: false, replacedCodeIds: [codes[0].id] });
    const now = (await t.data(RevealOrderCodesDocument, { orderId: opened.orderId }, { token: member })).revealOrderCodes;
    expect(now.map((c) => c.status)).toEqual(['REPLACED', 'SOLD']);
    expect(now[1].id).toBe(resolved.resolution!.replacementCodeIds[0]);
    expect([await balance(s1), await balance(member)]).toEqual([payable, wallet]);
    expect(await ledgerOk()).toBe(true);
    const accepted = (await t.data(RevealOrderCodesDocument, { orderId: opened.orderId }, { token: member })).revealOrderCodes;
    expect(accepted).toHaveLength(2);
  });

  it('reissues from a backup offer when the supplier’s own cannot sell: the at-fault supplier pays the backup its settlement', async () => {
    const { ticket: opened, order } = await open('INVALID_CODE');
    await t.data(ChangeOfferStatusDocument, { id: offers[0], action: 'PAUSE' }, { token: s1 });
    try {
      const [p1, p2] = [await balance(s1), await balance(s2)];
      const resolved = (await t.data(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REISSUE' } }, { token: s1 })).resolveTicket;
      expect(resolved.resolution).toMatchObject({ kind: 'REISSUE', fromBackupOffer: true });
      const settlementB = 9650n - 100n - 10n;
      expect(p1 - (await balance(s1))).toBe(settlementB);
      expect((await balance(s2)) - p2).toBe(settlementB);
      const codes = (await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member })).revealOrderCodes;
      expect(codes.map((c) => c.status)).toEqual(['REPLACED', 'SOLD']);
      expect(await ledgerOk()).toBe(true);
    } finally {
      await t.data(ChangeOfferStatusDocument, { id: offers[0], action: 'RESUME' }, { token: s1 });
    }
  });

  it('refunds part then the rest to the wallet, moving the order to PARTIALLY_REFUNDED then REFUNDED, and compensates on top', async () => {
    const { ticket: opened, order, codes } = await open('INVALID_CODE', 2);
    // What a refund can give back and charge: the member sees its price, the supplier also its settlement.
    expect(opened).toMatchObject({ unitPrice: '9650', quantity: 2, unitSettlement: null });
    expect(await ticket(opened.id, s1)).toMatchObject({ unitPrice: '9650', quantity: 2, unitSettlement: '9550' });
    const [wallet, payable] = [await balance(member), await balance(s1)];
    const part = (await t.data(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REFUND', amount: '9650' } }, { token: s1 })).resolveTicket;
    expect(part.resolution).toMatchObject({ kind: 'REFUND', amount: '9650' });
    expect((await t.data(OrderDetailDocument, { id: order.id }, { token: member })).order.status).toBe('PARTIALLY_REFUNDED');
    expect(await balance(member)).toBe(wallet + 9650n);
    expect(payable - (await balance(s1))).toBe(9550n);
    expect((await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member })).revealOrderCodes.map((c) => c.status)).toEqual(['VOIDED', 'SOLD']);
    expect(await t.errorCode(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REFUND' } }, { token: s1 })).toBe('INVALID_TRANSITION');

    await t.data(ReopenTicketDocument, { ticketId: opened.id, reason: '第二张卡密同样无效' }, { token: member });
    expect(await t.errorCode(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REFUND', amount: '10000' } }, { token: s1 })).toBe('VALIDATION_FAILED');
    await t.data(ResolveTicketDocument, { input: { ticketId: opened.id, kind: 'REFUND' } }, { token: s1 });
    expect((await t.data(OrderDetailDocument, { id: order.id }, { token: member })).order.status).toBe('REFUNDED');
    expect(await balance(member)).toBe(wallet + 19300n);
    expect((await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member })).revealOrderCodes.every((c) => c.status === 'VOIDED')).toBe(true);
    expect(codes).toHaveLength(2);

    const { ticket: other } = await open('SYSTEM_FAULT');
    const before = [await balance(member), await balance(s1)];
    expect(await t.errorCode(ResolveTicketDocument, { input: { ticketId: other.id, kind: 'COMPENSATION', amount: '0' } }, { token: s1 })).toBe('VALIDATION_FAILED');
    const comp = (await t.data(ResolveTicketDocument, { input: { ticketId: other.id, kind: 'COMPENSATION', amount: '500', reason: '延迟发货补偿' } }, { token: s1 })).resolveTicket;
    expect(comp.resolution).toMatchObject({ kind: 'COMPENSATION', amount: '500', fault: 'SUPPLIER' });
    expect([await balance(member), await balance(s1)]).toEqual([before[0] + 500n, before[1] - 500n]);
    expect((await t.data(OrderDetailDocument, { id: other.orderId }, { token: member })).order.status).toBe('DELIVERED');
    expect(await ledgerOk()).toBe(true);
  });

  it('resolves by a supplier’s auto-rule up to its daily limit, then leaves tickets to people', async () => {
    expect(await t.errorCode(SetTicketAutoRuleDocument, { input: { category: 'INVALID_CODE', resolution: 'COMPENSATION', dailyLimit: 1, enabled: true } }, { token: s1 })).toBe('VALIDATION_FAILED');
    await t.data(SetTicketAutoRuleDocument, { input: { category: 'INVALID_CODE', resolution: 'REISSUE', dailyLimit: 1, enabled: true } }, { token: s1 });
    try {
      const { ticket: first } = await open('INVALID_CODE');
      expect(first).toMatchObject({ status: 'RESOLVED', resolution: { kind: 'REISSUE', auto: true } });
      const { ticket: second } = await open('INVALID_CODE');
      expect(second.status).toBe('OPEN');
      const thread = (await ticket(second.id, s1)).messages.items;
      expect(thread.find((m) => m.authorKind === 'SYSTEM')).toMatchObject({ internal: true, body: 'AUTO_RULE_LIMIT:1' });
      expect((await ticket(second.id, member)).messages.items.some((m) => m.authorKind === 'SYSTEM')).toBe(false);
    } finally {
      await t.data(SetTicketAutoRuleDocument, { input: { category: 'INVALID_CODE', resolution: 'REISSUE', dailyLimit: 1, enabled: false } }, { token: s1 });
    }
  });

  it('keeps tickets to their parties: other members and suppliers get NOT_FOUND, support staff see their tier only', async () => {
    const { ticket: l1 } = await open('INVALID_CODE');
    const { ticket: l2 } = await open('TOPUP_NOT_RECEIVED');
    const other = (await t.login('member2@mengyuan.demo')).token;
    expect(await t.errorCode(TicketDocument, { id: l1.id }, { token: other })).toBe('NOT_FOUND');
    expect(await t.errorCode(TicketDocument, { id: l1.id }, { token: s2 })).toBe('NOT_FOUND');
    const support = (await t.login('support@mengyuan.demo')).token;
    const tech = (await t.login('tech@mengyuan.demo')).token;
    expect((await ticket(l1.id, support)).id).toBe(l1.id);
    expect(await t.errorCode(TicketDocument, { id: l2.id }, { token: support })).toBe('NOT_FOUND');
    expect((await ticket(l2.id, tech)).id).toBe(l2.id);
    expect(await t.errorCode(PostTicketMessageDocument, { input: { ticketId: l1.id, body: '内部备注', internal: true } }, { token: member })).toBe('VALIDATION_FAILED');
    await t.data(PostTicketMessageDocument, { input: { ticketId: l1.id, body: '内部备注：批次可疑', internal: true } }, { token: support });
    expect((await ticket(l1.id, member)).messages.items.some((m) => m.internal)).toBe(false);
    expect((await ticket(l1.id, admin)).messages.items.some((m) => m.internal)).toBe(true);
    expect(await t.errorCode(OpenTicketDocument, { input: { orderId: l1.orderId, category: 'INVALID_CODE', description: '别人的订单', codeIds: [] } }, { token: other })).toBe('NOT_FOUND');
    expect(await t.errorCode(OpenTicketDocument, { input: { orderId: l1.orderId, category: 'INVALID_CODE', description: '没有写卡密' } }, { token: member })).toBe('VALIDATION_FAILED');
    expect(s1Org).not.toBe(s2Org);
  });
});
