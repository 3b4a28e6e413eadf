import { addDays, shanghaiDate } from '@mengyuan/domain';

export interface DayRange {
  from: string;
  to: string;
}

/** The last `days` Asia/Shanghai days, today included. */
export function lastDays(days: number, now = new Date()): DayRange {
  const to = shanghaiDate(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** The range in the address (?from=…&to=…), or the last 7 days. */
export function rangeFromParams(params: URLSearchParams): DayRange {
  const from = params.get('from');
  const to = params.get('to');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (from && to && day.test(from) && day.test(to) && from <= to) return { from, to };
  return lastDays(7);
}
