import { addDays, daysBetween, isCalendarDate, shanghaiDate } from './dates';

describe('business dates', () => {
  it('takes the calendar day in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(shanghaiDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
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
