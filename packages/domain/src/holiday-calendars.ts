import { CalendarKind, type CalendarDefinition, type CalendarException } from './sla';

/**
 * Holiday calendars from official data (DESIGN.md §2.8): a year's dated exceptions come either from the State
 * Council's announced schedule (OFFICIAL: holidays and make-up working days, 调休) or, for a year not yet
 * announced in the data, from the law's statutory days alone (STATUTORY: 《全国年节及纪念日放假办法》, no
 * make-up days, to be replaced once the schedule is out).
 */
export const HolidayYearStatus = { OFFICIAL: 'OFFICIAL', STATUTORY: 'STATUTORY' } as const;
export type HolidayYearStatus = (typeof HolidayYearStatus)[keyof typeof HolidayYearStatus];

/** Where a calendar's holidays came from: the data package and what it gave for each year imported. */
export interface HolidaySource {
  package: string;
  version: string;
  importedAt: string;
  years: Record<string, HolidayYearStatus>;
}

/** Admins are warned this many days before a calendar's exceptions run out. */
export const CALENDAR_COVERAGE_WARNING_DAYS = 60;

export interface CalendarCoverage {
  /** The last day of the last year with dated exceptions, or null (none). */
  exceptionsThrough: string | null;
  /** The last day of the last year covered by an announced schedule (or by exceptions an admin entered). */
  officialThrough: string | null;
  /** Years whose exceptions are the statutory days only, awaiting the State Council's schedule. */
  provisionalYears: number[];
  /** Days from today to officialThrough (negative: past it); null when there is nothing to cover. */
  daysLeft: number | null;
  /** Within CALENDAR_COVERAGE_WARNING_DAYS of officialThrough, or past it. */
  warning: boolean;
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * How far a calendar's exceptions reach. Only business-hours calendars count holidays; a 7×24 calendar
 * needs none. A year imported as STATUTORY is provisional: it is covered, but not by the schedule.
 */
export function calendarCoverage(def: Pick<CalendarDefinition, 'kind' | 'exceptions'>, source: HolidaySource | null, today: string): CalendarCoverage {
  if (def.kind !== CalendarKind.BUSINESS_HOURS || !def.exceptions.length) return { exceptionsThrough: null, officialThrough: null, provisionalYears: [], daysLeft: null, warning: false };
  const years = [...new Set(def.exceptions.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
  const provisionalYears = years.filter((y) => source?.years[String(y)] === HolidayYearStatus.STATUTORY);
  const official = years.filter((y) => !provisionalYears.includes(y));
  const exceptionsThrough = `${years[years.length - 1]}-12-31`;
  const officialThrough = official.length ? `${official[official.length - 1]}-12-31` : null;
  const daysLeft = officialThrough ? dayNumber(officialThrough) - dayNumber(today) : dayNumber(`${years[0]}-01-01`) - dayNumber(today) - 1;
  return { exceptionsThrough, officialThrough, provisionalYears, daysLeft, warning: daysLeft <= CALENDAR_COVERAGE_WARNING_DAYS };
}

export interface ExceptionChange {
  date: string;
  before: CalendarException | null;
  after: CalendarException | null;
}

/**
 * The exceptions a calendar would have with `imported` replacing its own in the given years (others kept),
 * and the dated changes an admin reviews: added, removed, changed (kind or name).
 */
export function mergeYears(current: readonly CalendarException[], imported: readonly CalendarException[], years: readonly number[]): { exceptions: CalendarException[]; changes: ExceptionChange[] } {
  const inYears = (e: CalendarException) => years.includes(Number(e.date.slice(0, 4)));
  const exceptions = [...current.filter((e) => !inYears(e)), ...imported.filter(inYears)].sort((a, b) => a.date.localeCompare(b.date));
  const before = new Map(current.filter(inYears).map((e) => [e.date, e]));
  const after = new Map(imported.filter(inYears).map((e) => [e.date, e]));
  const changes: ExceptionChange[] = [];
  for (const date of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(date) ?? null;
    const a = after.get(date) ?? null;
    if (b && a && b.kind === a.kind && (b.name ?? null) === (a.name ?? null)) continue;
    changes.push({ date, before: b && { date, kind: b.kind, name: b.name ?? null }, after: a && { date, kind: a.kind, name: a.name ?? null } });
  }
  return { exceptions, changes };
}
