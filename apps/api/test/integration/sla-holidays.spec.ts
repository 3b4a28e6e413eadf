import { CN_2026_EXCEPTIONS, type CalendarExceptionKind } from '@mengyuan/domain';
import {
  ApplySlaHolidayImportDocument,
  CreateSlaCalendarDocument,
  NotificationsDocument,
  OpenTicketDocument,
  SlaCalendarsDocument,
  SlaHolidayImportPreviewDocument,
  SlaPoliciesDocument,
  UpdateSlaCalendarDocument,
  UpdateSlaPolicyDocument,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { CALENDAR_COVERAGE_JOB } from '../../src/modules/tickets/tickets.jobs';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** Shanghai wall time → instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('holiday calendars from official data: reviewed import, 60-day warning, 2027-01-01 off', () => {
  let t: TestApp;
  let admin: string;
  let skuId: string;
  let calendarId: string;

  const calendar = async () => (await t.data(SlaCalendarsDocument, {}, { token: admin })).slaCalendars.find((c) => c.id === calendarId)!;
  async function openAt(local: string) {
    t.clock.freeze(sh(local));
    const member = (await t.login('member@mengyuan.demo')).token;
    const { order, codes } = await deliveredOrder(t, member, skuId);
    const tk = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请尽快处理', codeIds: [codes[0].id] } }, { token: member })).openTicket;
    return (metric: string) => new Date(tk.clocks.find((c) => c.metric === metric)!.dueAt!);
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    await deposit(t, admin, m.organizationId, '2000000');
    const s1 = (await t.login('supplier@mengyuan.demo')).token;
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 20 }] })).sku.id;
    const exceptions = CN_2026_EXCEPTIONS.map((e) => ({ date: e.date, kind: e.kind as CalendarExceptionKind, name: e.name ?? null }));
    calendarId = (await t.data(CreateSlaCalendarDocument, { input: { name: '客服工作日', kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00', exceptions } }, { token: admin })).createSlaCalendar.id;
    const l1 = (await t.data(SlaPoliciesDocument, {}, { token: admin })).slaPolicies.find((p) => p.tier === 'L1')!;
    await t.data(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: l1.firstResponseSeconds, resolutionSeconds: l1.resolutionSeconds, calendarId, note: '客服按工作时间' } }, { token: admin });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('warns admins 60 days before a calendar’s holidays run out: in the console’s data and once in the inbox', async () => {
    t.clock.freeze(sh('2026-10-15T10:00:00'));
    expect((await calendar()).coverage).toMatchObject({ officialThrough: '2026-12-31', daysLeft: 77, warning: false });
    expect(await t.app.get(JobsService).run(CALENDAR_COVERAGE_JOB)).toBe(0);
    t.clock.freeze(sh('2026-11-01T10:00:00'));
    expect((await calendar()).coverage).toMatchObject({ daysLeft: 60, warning: true, provisionalYears: [] });
    expect(await t.app.get(JobsService).run(CALENDAR_COVERAGE_JOB)).toBe(1);
    expect(await t.app.get(JobsService).run(CALENDAR_COVERAGE_JOB)).toBe(0);
    const { notifications } = await t.data(NotificationsDocument, { unreadOnly: true, page: null }, { token: admin });
    expect(notifications.items.filter((n) => n.type === 'SLA_CALENDAR_EXPIRING')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ calendarId, name: '客服工作日', officialThrough: '2026-12-31', daysLeft: 60 }) }),
    ]);
  });

  it('on the hand-kept 2026 calendar, a ticket opened at 17:30 on 31 December is due on New Year’s Day (the bug)', async () => {
    const due = await openAt('2026-12-31T17:30:00');
    expect(due('RESOLUTION')).toEqual(sh('2027-01-01T10:30:00'));
  });

  it('shows the import as dated changes to review: 2026 as announced (nothing to change), 2027 provisional (the statutory days)', async () => {
    t.clock.freeze(sh('2026-12-06T10:00:00'));
    const p = (await t.data(SlaHolidayImportPreviewDocument, { calendarId, years: null }, { token: admin })).slaHolidayImportPreview;
    expect(p).toMatchObject({ calendarId, calendarVersion: 1, package: 'chinese-days', years: [{ year: 2026, status: 'OFFICIAL' }, { year: 2027, status: 'STATUTORY' }] });
    expect(p.changes.every((c) => c.before === null && c.date.startsWith('2027-'))).toBe(true);
    expect(p.changes).toHaveLength(13);
    expect(p.changes[0]).toEqual({ date: '2027-01-01', before: null, after: { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' } });
    // Nothing applied by looking.
    expect((await calendar()).version).toBe(1);
  });

  it('applies the reviewed import as a new version (a stale review is refused); 2027-01-01 is off: the same ticket is due 4 January', async () => {
    t.clock.freeze(sh('2026-12-06T10:00:00'));
    expect(await t.errorCode(ApplySlaHolidayImportDocument, { calendarId, expectedVersion: 0, years: [2026, 2027] }, { token: admin })).toBe('CONFLICT');
    const applied = (await t.data(ApplySlaHolidayImportDocument, { calendarId, expectedVersion: 1, years: [2026, 2027] }, { token: admin })).applySlaHolidayImport;
    expect(applied).toMatchObject({ version: 2, holidaySource: { package: 'chinese-days', years: [{ year: 2026, status: 'OFFICIAL' }, { year: 2027, status: 'STATUTORY' }] } });
    expect(applied.exceptions).toContainEqual({ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' });
    // Still warned: 2027 has the statutory days only until the State Council's schedule is in the data.
    expect(applied.coverage).toMatchObject({ exceptionsThrough: '2027-12-31', officialThrough: '2026-12-31', provisionalYears: [2027], warning: true });
    expect(await t.app.get(JobsService).run(CALENDAR_COVERAGE_JOB)).toBe(1);

    const due = await openAt('2026-12-31T17:30:00');
    expect(due('FIRST_RESPONSE')).toEqual(sh('2026-12-31T17:40:00'));
    expect(due('RESOLUTION')).toEqual(sh('2027-01-04T10:30:00'));
  });

  it('the schedule entered by hand for 2027 makes it the admin’s: no longer provisional, no warning', async () => {
    t.clock.freeze(sh('2026-12-06T10:00:00'));
    const c = await calendar();
    const exceptions = [...c.exceptions, { date: '2027-01-02', kind: 'HOLIDAY' as const, name: '元旦' }].map(({ date, kind, name }) => ({ date, kind, name }));
    const edited = (await t.data(UpdateSlaCalendarDocument, { id: calendarId, input: { name: c.name, kind: c.kind, timezone: c.timezone, workdays: c.workdays, opens: c.opens, closes: c.closes, exceptions } }, { token: admin })).updateSlaCalendar;
    expect(edited.holidaySource?.years).toEqual([{ year: 2026, status: 'OFFICIAL' }]);
    expect(edited.coverage).toMatchObject({ officialThrough: '2027-12-31', provisionalYears: [], warning: false });
  });

  it('two admins applying the same review at once: one new version, the other told it changed', async () => {
    t.clock.freeze(sh('2026-12-06T10:00:00'));
    const { version } = await calendar();
    const results = await Promise.all([0, 1].map(() => t.gql(ApplySlaHolidayImportDocument, { calendarId, expectedVersion: version, years: [2027] }, { token: admin })));
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await calendar()).version).toBe(version + 1);
  });

  it('refuses bad input and other callers', async () => {
    expect(await t.errorCode(SlaHolidayImportPreviewDocument, { calendarId, years: [1999] }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(SlaHolidayImportPreviewDocument, { calendarId, years: [2026, 2027, 2028, 2029] }, { token: admin })).toBe('VALIDATION_FAILED');
    const always = (await t.data(SlaCalendarsDocument, {}, { token: admin })).slaCalendars.find((c) => c.kind === 'ALWAYS')!;
    expect(await t.errorCode(SlaHolidayImportPreviewDocument, { calendarId: always.id, years: null }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(SlaHolidayImportPreviewDocument, { calendarId: '00000000-0000-0000-0000-000000000000', years: null }, { token: admin })).toBe('NOT_FOUND');
    const auditor = (await t.login('auditor@mengyuan.demo')).token;
    expect(await t.errorCode(ApplySlaHolidayImportDocument, { calendarId, expectedVersion: 1, years: null }, { token: auditor })).toBe('FORBIDDEN');
  });
});
