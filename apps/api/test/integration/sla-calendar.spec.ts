import { CN_2026_EXCEPTIONS, type CalendarExceptionKind } from '@mengyuan/domain';
import {
  CreateSlaCalendarDocument,
  NotificationsDocument,
  OpenTicketDocument,
  SlaBreachesDocument,
  SlaPoliciesDocument,
  UpdateSlaCalendarDocument,
  UpdateSlaPolicyDocument,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const S = 1000;
/** Shanghai wall time → instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('SLA on a business-hours calendar (Asia/Shanghai, 2026 holidays and 调休), and the sweep on two instances', () => {
  let t: TestApp;
  let skuId: string;
  let member: string;

  const signIn = async (email: string) => (await t.login(email)).token;
  const sweep = (app: TestApp) => app.app.get(JobsService).run(SLA_SWEEP_JOB) as Promise<{ breached: number; warned: number }>;
  const breachesOf = async (ticketId: string) =>
    (await t.data(SlaBreachesDocument, { filter: { ticketId }, page: null }, { token: await signIn('admin@mengyuan.demo') })).slaBreaches.items;

  /** Files an L1 ticket with the clock stopped at a Shanghai wall time. */
  async function openAt(local: string) {
    t.clock.freeze(sh(local));
    member = await signIn('member@mengyuan.demo');
    const { order, codes } = await deliveredOrder(t, member, skuId);
    return (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请尽快处理', codeIds: [codes[0].id] } }, { token: member })).openTicket;
  }
  const due = (tk: { clocks: { metric: string; dueAt: string | null }[] }, metric: string) => new Date(tk.clocks.find((c) => c.metric === metric)!.dueAt!);

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    const admin = await signIn('admin@mengyuan.demo');
    const m = await t.login('member@mengyuan.demo');
    await deposit(t, admin, m.organizationId, '2000000');
    const s1 = await signIn('supplier@mengyuan.demo');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 60 }] })).sku.id;
    const exceptions = CN_2026_EXCEPTIONS.map((e) => ({ date: e.date, kind: e.kind as CalendarExceptionKind, name: e.name ?? null }));
    expect(await t.errorCode(CreateSlaCalendarDocument, { input: { name: '坏日历', kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1], opens: '18:00', closes: '09:00', exceptions: [] } }, { token: admin })).toBe('VALIDATION_FAILED');
    const calendar = (await t.data(CreateSlaCalendarDocument, { input: { name: '工作日 9:00–18:00', kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00', exceptions } }, { token: admin })).createSlaCalendar;
    expect(calendar).toMatchObject({ version: 1, exceptions: expect.arrayContaining([{ date: '2026-02-14', kind: 'WORKDAY', name: '春节调休上班' }]) });
    const l1 = (await t.data(SlaPoliciesDocument, {}, { token: admin })).slaPolicies.find((p) => p.tier === 'L1')!;
    await t.data(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: l1.firstResponseSeconds, resolutionSeconds: l1.resolutionSeconds, calendarId: calendar.id, note: '客服按工作时间' } }, { token: admin });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('runs across a night and a weekend: filed Friday 17:55, the 10 minutes are due Monday 09:05 and breach at 09:05:01', async () => {
    const tk = await openAt('2026-03-06T17:55:00');
    expect(due(tk, 'FIRST_RESPONSE')).toEqual(sh('2026-03-09T09:05:00'));
    expect(due(tk, 'RESOLUTION')).toEqual(sh('2026-03-09T10:55:00'));
    t.clock.freeze(sh('2026-03-09T09:05:00'));
    await sweep(t);
    expect(await breachesOf(tk.id)).toHaveLength(0);
    t.clock.freeze(sh('2026-03-09T09:05:01'));
    await sweep(t);
    expect((await breachesOf(tk.id)).map((b) => b.metric)).toEqual(['FIRST_RESPONSE']);
    t.clock.freeze(sh('2026-03-09T10:55:01'));
    await sweep(t);
    expect(await breachesOf(tk.id)).toHaveLength(2);
  });

  it('warns before the target only in business hours', async () => {
    const tk = await openAt('2026-03-06T17:55:00');
    // The warning instant (2 minutes left) is Monday 09:03; a sweep on Saturday night warns no one.
    t.clock.freeze(sh('2026-03-07T23:00:00'));
    expect((await sweep(t)).warned).toBe(0);
    t.clock.freeze(sh('2026-03-09T09:03:30'));
    expect((await sweep(t)).warned).toBeGreaterThanOrEqual(1);
    const { notifications } = await t.data(NotificationsDocument, { unreadOnly: true, page: null }, { token: await signIn('supplier@mengyuan.demo') });
    expect(notifications.items.some((n) => n.type === 'SLA_WARNING' && (n.params as { ticketId: string }).ticketId === tk.id)).toBe(true);
  });

  it('skips a public holiday: filed Friday 3 April 17:55 (清明 Monday 6 April off), due Tuesday 09:05', async () => {
    const tk = await openAt('2026-04-03T17:55:00');
    expect(due(tk, 'FIRST_RESPONSE')).toEqual(sh('2026-04-07T09:05:00'));
    t.clock.freeze(sh('2026-04-06T17:00:00'));
    await sweep(t);
    expect(await breachesOf(tk.id)).toHaveLength(0);
    t.clock.freeze(new Date(sh('2026-04-07T09:05:00').getTime() + S));
    await sweep(t);
    expect(await breachesOf(tk.id)).toHaveLength(1);
  });

  it('counts a make-up Saturday (调休): filed Friday 13 February 17:55, due Saturday 14 February 09:05', async () => {
    const tk = await openAt('2026-02-13T17:55:00');
    expect(due(tk, 'FIRST_RESPONSE')).toEqual(sh('2026-02-14T09:05:00'));
    // The resolution clock counts the make-up Saturday too: 5 minutes on Friday, 115 on Saturday.
    expect(due(tk, 'RESOLUTION')).toEqual(sh('2026-02-14T10:55:00'));
    t.clock.freeze(sh('2026-02-14T09:05:01'));
    await sweep(t);
    expect(await breachesOf(tk.id)).toHaveLength(1);
  });

  it('keeps running clocks on their calendar version when the calendar is edited', async () => {
    const tk = await openAt('2026-10-09T17:55:00'); // Friday; Saturday 10 October is a make-up working day
    expect(due(tk, 'FIRST_RESPONSE')).toEqual(sh('2026-10-10T09:05:00'));
    const admin = await signIn('admin@mengyuan.demo');
    const calendar = tk.clocks[0].calendarId;
    await t.data(UpdateSlaCalendarDocument, { id: calendar, input: { name: '工作日 9:00–18:00', kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00', exceptions: [] } }, { token: admin });
    const again = await openAt('2026-10-09T17:55:00');
    expect(again.clocks[0].calendarVersion).toBe(tk.clocks[0].calendarVersion + 1);
    expect(due(again, 'FIRST_RESPONSE')).toEqual(sh('2026-10-12T09:05:00'));
    t.clock.freeze(sh('2026-10-10T09:05:01'));
    await sweep(t);
    expect(await breachesOf(tk.id)).toHaveLength(1);
    expect(await breachesOf(again.id)).toHaveLength(0);
  });

  it('records each breach once when two api instances sweep the same database at once', async () => {
    const tickets = [];
    for (let i = 0; i < 12; i++) tickets.push(await openAt('2026-11-02T10:00:00'));
    const other = await startTestApp({}, { sameDatabaseAs: t });
    try {
      t.clock.freeze(sh('2026-11-02T10:10:01'));
      other.clock.freeze(sh('2026-11-02T10:10:01'));
      const [a, b] = await Promise.all([sweep(t), sweep(other)]);
      expect(a.breached + b.breached).toBeGreaterThanOrEqual(12);
      await Promise.all([sweep(t), sweep(other)]);
      for (const tk of tickets) expect((await breachesOf(tk.id)).map((x) => x.metric)).toEqual(['FIRST_RESPONSE']);
    } finally {
      await other.close();
    }
  });
});
