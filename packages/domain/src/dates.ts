/** Business dates are calendar days in Asia/Shanghai, written YYYY-MM-DD. */
const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** China has kept UTC+8 all year since its last summer time ended in September 1991. */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 9, 1);
const EIGHT_HOURS = 8 * 3_600_000;
const YEAR_9999 = Date.UTC(9999, 0, 1);

/**
 * The instant's calendar day in Asia/Shanghai. Since 1991 the zone is a fixed UTC+8, so the day is plain arithmetic
 * (measured: Intl's formatter was a hundredth of the api's CPU per order, called a few times each); earlier instants
 * go through the time-zone database.
 */
export function shanghaiDate(instant: Date): string {
  const t = instant.getTime();
  if (!(t >= FIXED_OFFSET_SINCE && t < YEAR_9999)) return SHANGHAI.format(instant);
  return new Date(t + EIGHT_HOURS).toISOString().slice(0, 10);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
