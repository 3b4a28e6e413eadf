import { DateTime, IANAZone } from 'luxon';
import { isCalendarDate } from './dates';

/**
 * SLA clock maths (DESIGN.md §2.8), pure and shared: business time between two instants on a calendar, the
 * instant a clock reaches its target, and a clock's state replayed from its event log. Time zones and
 * calendar days are luxon's; nothing here does time-zone arithmetic by hand. Durations are milliseconds.
 */

export const SlaMetric = { FIRST_RESPONSE: 'FIRST_RESPONSE', RESOLUTION: 'RESOLUTION' } as const;
export type SlaMetric = (typeof SlaMetric)[keyof typeof SlaMetric];

export const SlaClockState = { RUNNING: 'RUNNING', PAUSED: 'PAUSED', STOPPED: 'STOPPED' } as const;
export type SlaClockState = (typeof SlaClockState)[keyof typeof SlaClockState];

/** What the append-only clock event log records. Only START, PAUSE, RESUME and STOP move the clock. */
export const SlaClockEventType = { START: 'START', PAUSE: 'PAUSE', RESUME: 'RESUME', STOP: 'STOP', WARN: 'WARN', BREACH: 'BREACH' } as const;
export type SlaClockEventType = (typeof SlaClockEventType)[keyof typeof SlaClockEventType];

/** ALWAYS: 7×24. BUSINESS_HOURS: working days between opens and closes in the calendar's time zone. */
export const CalendarKind = { ALWAYS: 'ALWAYS', BUSINESS_HOURS: 'BUSINESS_HOURS' } as const;
export type CalendarKind = (typeof CalendarKind)[keyof typeof CalendarKind];

/** A dated exception: a public holiday on a working day, or a make-up working day (调休) on a weekend. */
export const CalendarExceptionKind = { HOLIDAY: 'HOLIDAY', WORKDAY: 'WORKDAY' } as const;
export type CalendarExceptionKind = (typeof CalendarExceptionKind)[keyof typeof CalendarExceptionKind];

export interface CalendarException {
  /** YYYY-MM-DD in the calendar's time zone. */
  date: string;
  kind: CalendarExceptionKind;
  name?: string | null;
}

/** One version of a calendar, as clocks pin it. */
export interface CalendarDefinition {
  kind: CalendarKind;
  /** IANA zone, e.g. Asia/Shanghai. */
  timezone: string;
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workdays: number[];
  /** HH:mm, opening and closing time of a working day (closes after opens). */
  opens: string;
  closes: string;
  exceptions: CalendarException[];
}

export const SHANGHAI_ZONE = 'Asia/Shanghai';

export const ALWAYS_CALENDAR: CalendarDefinition = { kind: 'ALWAYS', timezone: SHANGHAI_ZONE, workdays: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00', exceptions: [] };

/** Targets per tier (seconds): the article's 10 minutes / 1 hour, and the design's resolution times. */
export const DEFAULT_SLA_TARGETS = {
  L1: { firstResponseSeconds: 10 * 60, resolutionSeconds: 2 * 3600 },
  L2: { firstResponseSeconds: 3600, resolutionSeconds: 24 * 3600 },
  L3: { firstResponseSeconds: 4 * 3600, resolutionSeconds: 72 * 3600 },
} as const;

/** A warning goes out when this share of the target is left (and never outside business hours). */
export const SLA_WARN_BP = 2000;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Field-by-field problems with a calendar definition (empty when it is valid). */
export function calendarProblems(def: CalendarDefinition): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (field: string, message: string) => (out[field] ??= []).push(message);
  if (!IANAZone.isValidZone(def.timezone)) add('timezone', 'is not a known time zone');
  if (def.kind === CalendarKind.BUSINESS_HOURS) {
    if (!HHMM.test(def.opens)) add('opens', 'must be HH:mm');
    if (!HHMM.test(def.closes)) add('closes', 'must be HH:mm');
    if (HHMM.test(def.opens) && HHMM.test(def.closes) && minutesOf(def.closes) <= minutesOf(def.opens)) add('closes', 'must be after the opening time');
    if (!def.workdays.length || def.workdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) add('workdays', 'choose working days among 1 (Monday) to 7 (Sunday)');
  }
  const seen = new Set<string>();
  for (const e of def.exceptions) {
    if (!isCalendarDate(e.date)) add('exceptions', `${e.date} is not a date (YYYY-MM-DD)`);
    else if (seen.has(e.date)) add('exceptions', `${e.date} is listed twice`);
    seen.add(e.date);
  }
  return out;
}

interface Compiled {
  def: CalendarDefinition;
  exceptions: Map<string, CalendarExceptionKind>;
  opens: number;
  closes: number;
}

const compiledCache = new WeakMap<CalendarDefinition, Compiled>();

function compile(def: CalendarDefinition): Compiled {
  let c = compiledCache.get(def);
  if (!c) {
    c = { def, exceptions: new Map(def.exceptions.map((e) => [e.date, e.kind])), opens: minutesOf(def.opens), closes: minutesOf(def.closes) };
    compiledCache.set(def, c);
  }
  return c;
}

/** Whether a local calendar day is a working day: a dated exception wins over the weekday rule. */
export function isWorkingDay(def: CalendarDefinition, date: string): boolean {
  const c = compile(def);
  const exception = c.exceptions.get(date);
  if (exception) return exception === CalendarExceptionKind.WORKDAY;
  return def.workdays.includes(DateTime.fromISO(date, { zone: def.timezone }).weekday);
}

/** The working window of the local day starting at `day` (start of day in the zone), as epoch ms. */
function windowOf(c: Compiled, day: DateTime): [number, number] | null {
  if (!isWorkingDay(c.def, day.toISODate()!)) return null;
  return [day.plus({ minutes: c.opens }).toMillis(), day.plus({ minutes: c.closes }).toMillis()];
}

/** No calendar is searched further than this for working time (a calendar without any is refused). */
const MAX_DAYS = 3700;

/** Business milliseconds between two instants (0 when `to` is not after `from`). */
export function businessMillisBetween(def: CalendarDefinition, from: Date, to: Date): number {
  const [a, b] = [from.getTime(), to.getTime()];
  if (b <= a) return 0;
  if (def.kind === CalendarKind.ALWAYS) return b - a;
  const c = compile(def);
  let total = 0;
  for (let day = DateTime.fromMillis(a, { zone: def.timezone }).startOf('day'); day.toMillis() < b; day = day.plus({ days: 1 })) {
    const w = windowOf(c, day);
    if (w) total += Math.max(0, Math.min(w[1], b) - Math.max(w[0], a));
  }
  return total;
}

/** The instant at which `millis` of business time have passed since `from`. */
export function addBusinessMillis(def: CalendarDefinition, from: Date, millis: number): Date {
  const start = from.getTime();
  if (millis <= 0) return new Date(start);
  if (def.kind === CalendarKind.ALWAYS) return new Date(start + millis);
  const c = compile(def);
  let remaining = millis;
  let day = DateTime.fromMillis(start, { zone: def.timezone }).startOf('day');
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 })) {
    const w = windowOf(c, day);
    if (!w) continue;
    const s = Math.max(w[0], start);
    if (s >= w[1]) continue;
    if (remaining <= w[1] - s) return new Date(s + remaining);
    remaining -= w[1] - s;
  }
  throw new RangeError('the calendar has no working time in the next ten years');
}

/**
 * The first instant at or after `at` that is business time (`at` itself when it is): when a notice held in quiet
 * hours goes out.
 */
export function nextBusinessTime(def: CalendarDefinition, at: Date): Date {
  if (def.kind === CalendarKind.ALWAYS) return at;
  const c = compile(def);
  const t = at.getTime();
  let day = DateTime.fromMillis(t, { zone: def.timezone }).startOf('day');
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 })) {
    const w = windowOf(c, day);
    if (w && t < w[1]) return new Date(Math.max(w[0], t));
  }
  throw new RangeError('the calendar has no working time in the next ten years');
}

/** Whether an instant falls in business time (warnings are sent only then). */
export function isBusinessTime(def: CalendarDefinition, at: Date): boolean {
  if (def.kind === CalendarKind.ALWAYS) return true;
  const c = compile(def);
  const w = windowOf(c, DateTime.fromMillis(at.getTime(), { zone: def.timezone }).startOf('day'));
  return !!w && at.getTime() >= w[0] && at.getTime() < w[1];
}

export interface ClockEvent {
  type: SlaClockEventType;
  at: Date;
}

/** A clock's derived state: what the clock row stores, and what a replay of its events recomputes. */
export interface ClockSnapshot {
  state: SlaClockState;
  /** Business ms counted up to `runningSince` (running) or to the pause/stop. */
  elapsedMs: number;
  runningSince: Date | null;
  /** When a running clock reaches its target: the last instant still within it. */
  dueAt: Date | null;
  /** When a running clock has `warnBeforeMs` left (null once past, or when not running). */
  warnAt: Date | null;
  stoppedAt: Date | null;
  /** Stopped within the target (null while not stopped). */
  met: boolean | null;
}

/**
 * Replays a clock's event log on its pinned calendar and target: the one way a clock's state is computed,
 * whether for a live change (replay of the log so far plus the new event) or a recalculation.
 */
export function replayClock(def: CalendarDefinition, targetMs: number, events: readonly ClockEvent[], warnBeforeMs = 0): ClockSnapshot {
  let state: SlaClockState | null = null;
  let elapsedMs = 0;
  let runningSince: Date | null = null;
  let stoppedAt: Date | null = null;
  for (const e of events) {
    switch (e.type) {
      case 'START':
        if (state === null) [state, runningSince] = [SlaClockState.RUNNING, e.at];
        break;
      case 'PAUSE':
        if (state === SlaClockState.RUNNING) {
          elapsedMs += businessMillisBetween(def, runningSince!, e.at);
          [state, runningSince] = [SlaClockState.PAUSED, null];
        }
        break;
      case 'RESUME':
        if (state === SlaClockState.PAUSED) [state, runningSince] = [SlaClockState.RUNNING, e.at];
        break;
      case 'STOP':
        if (state === SlaClockState.RUNNING) elapsedMs += businessMillisBetween(def, runningSince!, e.at);
        if (state === SlaClockState.RUNNING || state === SlaClockState.PAUSED) [state, runningSince, stoppedAt] = [SlaClockState.STOPPED, null, e.at];
        break;
      default:
        break; // WARN and BREACH record what happened; they do not move the clock
    }
  }
  if (state === null) throw new RangeError('a clock starts with a START event');
  const running = state === SlaClockState.RUNNING;
  const left = targetMs - elapsedMs;
  return {
    state,
    elapsedMs,
    runningSince,
    dueAt: running ? addBusinessMillis(def, runningSince!, Math.max(0, left)) : null,
    warnAt: running && warnBeforeMs > 0 && left > warnBeforeMs ? addBusinessMillis(def, runningSince!, left - warnBeforeMs) : null,
    stoppedAt,
    met: state === SlaClockState.STOPPED ? elapsedMs <= targetMs : null,
  };
}

/** Business ms a clock has counted by `now` (its stored elapsed time plus the running stretch). */
export function elapsedAt(def: CalendarDefinition, snapshot: Pick<ClockSnapshot, 'elapsedMs' | 'runningSince'>, now: Date): number {
  return snapshot.elapsedMs + (snapshot.runningSince ? businessMillisBetween(def, snapshot.runningSince, now) : 0);
}

/** How long before the target a warning goes out. */
export const warnBeforeMs = (targetMs: number) => Math.max(60_000, Math.floor((targetMs * SLA_WARN_BP) / 10_000));
