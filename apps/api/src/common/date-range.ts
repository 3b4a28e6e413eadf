import { addDays, daysBetween, isCalendarDate, shanghaiDate, shanghaiDayStart } from '@mengyuan/domain';
import { validationFailed } from './errors';

/** A calendar day YYYY-MM-DD that exists, or VALIDATION_FAILED naming the field. */
export function parseDay(value: string, field: string): string {
  if (!isCalendarDate(value)) throw validationFailed({ [field]: ['must be a date YYYY-MM-DD'] });
  return value;
}

export interface DayRange {
  /** First and last day (inclusive), Asia/Shanghai. */
  from: string;
  to: string;
}

/**
 * Optional from/to days (Asia/Shanghai, inclusive) as instants [start, end); either side may be open.
 * VALIDATION_FAILED when a day is malformed or from is after to.
 */
export function instantsOf(range: { from?: string | null; to?: string | null } | null | undefined): { start: Date | null; end: Date | null } {
  const from = range?.from ? parseDay(range.from, 'from') : null;
  const to = range?.to ? parseDay(range.to, 'to') : null;
  if (from && to && from > to) throw validationFailed({ to: ['must not be before from'] });
  return { start: from ? shanghaiDayStart(from) : null, end: to ? shanghaiDayStart(addDays(to, 1)) : null };
}

/** A closed range of days for dashboards: by default the 7 days ending today; at most `maxDays` long. */
export function dayRange(range: { from?: string | null; to?: string | null } | null | undefined, now: Date, maxDays = 366): DayRange {
  const to = range?.to ? parseDay(range.to, 'to') : shanghaiDate(now);
  const from = range?.from ? parseDay(range.from, 'from') : addDays(to, -6);
  if (from > to) throw validationFailed({ to: ['must not be before from'] });
  if (daysBetween(from, to) + 1 > maxDays) throw validationFailed({ from: [`a range is at most ${maxDays} days`] });
  return { from, to };
}

/** A month YYYY-MM, or VALIDATION_FAILED. */
export function parseMonth(value: string, field = 'month'): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw validationFailed({ [field]: ['must be a month YYYY-MM'] });
  return value;
}
