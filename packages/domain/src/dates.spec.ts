import { addDays, daysBetween, isCalendarDate, shanghaiDate } from './dates';

describe('business dates', () => {
  it('takes the calendar day in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(shanghaiDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    // The arithmetic agrees with the time-zone database around every midnight of a span of years, and before 1991
    // (summer time) the database answers.
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let t = Date.UTC(1991, 8, 1); t < Date.UTC(2040, 0, 1); t += 7 * 86_400_000 + 3_600_000 + 1_000) {
      for (const d of [t, t - 1, t + 1]) expect(shanghaiDate(new Date(d))).toBe(zone.format(new Date(d)));
    }
    expect(shanghaiDate(new Date('1988-07-01T15:30:00Z'))).toBe(zone.format(new Date('1988-07-01T15:30:00Z')));
  });
  it('knows real dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });
  it('counts days', () => {
    expect(daysBetween('2026-11-24', '2026-12-24')).toBe(30);
    expect(daysBetween('2026-12-24', '2026-11-24')).toBe(-30);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
