import { CN_2026_EXCEPTIONS } from './cn-holidays';
import {
  ALWAYS_CALENDAR,
  addBusinessMillis,
  businessMillisBetween,
  calendarProblems,
  elapsedAt,
  isBusinessTime,
  isWorkingDay,
  nextBusinessTime,
  replayClock,
  type CalendarDefinition,
} from './sla';

const H = 3_600_000;
const M = 60_000;
/** Shanghai wall time → instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

const office: CalendarDefinition = { kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00', exceptions: [...CN_2026_EXCEPTIONS] };

describe('business time on a calendar', () => {
  it('counts every millisecond on the 7×24 calendar', () => {
    expect(businessMillisBetween(ALWAYS_CALENDAR, sh('2026-03-06T23:00:00'), sh('2026-03-07T01:30:00'))).toBe(2.5 * H);
    expect(addBusinessMillis(ALWAYS_CALENDAR, sh('2026-03-06T23:55:00'), 10 * M)).toEqual(sh('2026-03-07T00:05:00'));
  });

  it('skips the night: 10 minutes asked at 17:55 are due at 09:05 the next morning', () => {
    expect(addBusinessMillis(office, sh('2026-03-03T17:55:00'), 10 * M)).toEqual(sh('2026-03-04T09:05:00'));
    expect(businessMillisBetween(office, sh('2026-03-03T17:55:00'), sh('2026-03-04T09:05:00'))).toBe(10 * M);
  });

  it('skips a weekend: 2 hours asked on Friday 17:00 are due Monday 10:00', () => {
    expect(addBusinessMillis(office, sh('2026-03-06T17:00:00'), 2 * H)).toEqual(sh('2026-03-09T10:00:00'));
    expect(businessMillisBetween(office, sh('2026-03-06T17:00:00'), sh('2026-03-09T10:00:00'))).toBe(2 * H);
  });

  it('starts counting at opening time when a clock starts at night or on a Sunday', () => {
    expect(addBusinessMillis(office, sh('2026-03-08T03:00:00'), 10 * M)).toEqual(sh('2026-03-09T09:10:00'));
    expect(businessMillisBetween(office, sh('2026-03-07T00:00:00'), sh('2026-03-08T23:59:59'))).toBe(0);
  });

  it('skips public holidays: 清明 (Mon 6 April) is no working day', () => {
    expect(isWorkingDay(office, '2026-04-06')).toBe(false);
    expect(addBusinessMillis(office, sh('2026-04-03T17:00:00'), 2 * H)).toEqual(sh('2026-04-07T10:00:00'));
  });

  it('counts make-up working Saturdays (调休): 14 Feb 2026 works, the Spring Festival week does not', () => {
    expect(isWorkingDay(office, '2026-02-14')).toBe(true);
    expect(isWorkingDay(office, '2026-02-16')).toBe(false);
    // Friday 13 Feb 17:00 + 2 h → 1 h on Friday, then Saturday the 14th 10:00.
    expect(addBusinessMillis(office, sh('2026-02-13T17:00:00'), 2 * H)).toEqual(sh('2026-02-14T10:00:00'));
    // From the make-up Saturday's close, the next working time is after the nine-day holiday.
    expect(addBusinessMillis(office, sh('2026-02-14T18:00:00'), 1 * H)).toEqual(sh('2026-02-24T10:00:00'));
  });

  it('knows business time from the rest', () => {
    expect(isBusinessTime(office, sh('2026-03-04T09:00:00'))).toBe(true);
    expect(isBusinessTime(office, sh('2026-03-04T18:00:00'))).toBe(false);
    expect(isBusinessTime(office, sh('2026-03-07T12:00:00'))).toBe(false);
    expect(isBusinessTime(ALWAYS_CALENDAR, sh('2026-03-07T03:00:00'))).toBe(true);
  });

  it('finds when quiet hours end: now in business time, else the next opening (weekends and holidays skipped)', () => {
    expect(nextBusinessTime(office, sh('2026-03-04T10:15:00'))).toEqual(sh('2026-03-04T10:15:00'));
    expect(nextBusinessTime(office, sh('2026-03-04T07:00:00'))).toEqual(sh('2026-03-04T09:00:00'));
    expect(nextBusinessTime(office, sh('2026-03-06T18:00:00'))).toEqual(sh('2026-03-09T09:00:00'));
    expect(nextBusinessTime(office, sh('2026-04-03T19:00:00'))).toEqual(sh('2026-04-07T09:00:00'));
    expect(nextBusinessTime(ALWAYS_CALENDAR, sh('2026-03-07T03:00:00'))).toEqual(sh('2026-03-07T03:00:00'));
  });

  it('refuses a calendar that cannot work', () => {
    expect(calendarProblems({ ...office, timezone: 'Mars/Olympus', opens: '18:00', closes: '09:00', workdays: [0, 8] })).toEqual({
      timezone: [expect.any(String)], closes: [expect.any(String)], workdays: [expect.any(String)],
    });
    expect(calendarProblems({ ...office, exceptions: [{ date: '2026-02-30', kind: 'HOLIDAY' }, { date: '2026-03-01', kind: 'HOLIDAY' }, { date: '2026-03-01', kind: 'WORKDAY' }] }).exceptions).toHaveLength(2);
    expect(calendarProblems(office)).toEqual({});
    expect(() => addBusinessMillis({ ...office, workdays: [1], exceptions: [] , opens: '09:00', closes: '09:01' }, sh('2026-03-02T09:00:00'), 10 * M)).not.toThrow();
  });
});

describe('a clock replayed from its events', () => {
  const target = 2 * H;

  it('runs, pauses (the time waiting on the member does not count) and resumes', () => {
    const events = [
      { type: 'START' as const, at: sh('2026-03-04T10:00:00') },
      { type: 'PAUSE' as const, at: sh('2026-03-04T10:30:00') },
      { type: 'RESUME' as const, at: sh('2026-03-04T15:00:00') },
    ];
    const s = replayClock(office, target, events, 20 * M);
    expect(s).toMatchObject({ state: 'RUNNING', elapsedMs: 30 * M, runningSince: sh('2026-03-04T15:00:00'), met: null });
    expect(s.dueAt).toEqual(sh('2026-03-04T16:30:00'));
    expect(s.warnAt).toEqual(sh('2026-03-04T16:10:00'));
    expect(elapsedAt(office, s, sh('2026-03-04T16:00:00'))).toBe(90 * M);
    expect(replayClock(office, target, events.slice(0, 2))).toMatchObject({ state: 'PAUSED', dueAt: null, warnAt: null });
  });

  it('stops met within the target, and not met past it', () => {
    const start = { type: 'START' as const, at: sh('2026-03-06T17:00:00') };
    expect(replayClock(office, target, [start, { type: 'STOP', at: sh('2026-03-09T10:00:00') }])).toMatchObject({ state: 'STOPPED', elapsedMs: target, met: true });
    expect(replayClock(office, target, [start, { type: 'STOP', at: sh('2026-03-09T10:00:01') }])).toMatchObject({ state: 'STOPPED', met: false });
  });

  it('ignores events that do not move it, and refuses a log without a start', () => {
    const s = replayClock(ALWAYS_CALENDAR, target, [
      { type: 'START', at: sh('2026-03-04T10:00:00') },
      { type: 'RESUME', at: sh('2026-03-04T10:10:00') },
      { type: 'WARN', at: sh('2026-03-04T11:40:00') },
      { type: 'BREACH', at: sh('2026-03-04T12:00:01') },
    ]);
    expect(s).toMatchObject({ state: 'RUNNING', elapsedMs: 0, dueAt: sh('2026-03-04T12:00:00') });
    expect(() => replayClock(ALWAYS_CALENDAR, target, [])).toThrow();
  });
});
