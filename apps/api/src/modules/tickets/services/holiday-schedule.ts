import { HolidayYearStatus, type CalendarException } from '@mengyuan/domain';
import { getSolarDateFromLunar, getSolarTerms } from 'chinese-days';
// The State Council's announced schedules, as the chinese-days package keeps them (updated from gov.cn each year).
import schedule from 'chinese-days/dist/chinese-days.json';
import { version as packageVersion } from 'chinese-days/package.json';

export const HOLIDAY_PACKAGE = { name: 'chinese-days', version: packageVersion as string };

interface ScheduleJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data = schedule as unknown as ScheduleJson;
/** The festivals' names as the law writes them (the package shortens some). */
const LAW_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
/** "Spring Festival,春节,4": the Chinese name is the second field. */
const chineseName = (entry: string) => {
  const name = entry.split(',')[1]?.trim() || entry;
  return LAW_NAMES[name] ?? name;
};

/** Years the package has an announced schedule for. */
export function announcedYears(): number[] {
  return [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The statutory days of a year by the law as amended in 2024 (in force from 2025): 元旦 1 January; 春节 the
 * eve and the first three days of the lunar year; 清明节 on the Qingming solar term; 劳动节 1–2 May; 端午节
 * 5/5 and 中秋节 8/15 of the lunar calendar; 国庆节 1–3 October. Lunar dates and solar terms from the same
 * package. What the State Council adds each year (bridging days off, make-up working days) is not here.
 */
export function statutoryDays(year: number): CalendarException[] {
  const lunar = (md: string) => getSolarDateFromLunar(`${year}-${md}`).date;
  const newYear = lunar('01-01');
  const qingming = getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === '清明')?.date;
  if (!qingming) throw new Error(`no Qingming solar term found in ${year}`);
  const h = (date: string, name: string): CalendarException => ({ date, kind: 'HOLIDAY', name });
  return [
    h(`${year}-01-01`, '元旦'),
    ...[-1, 0, 1, 2].map((n) => h(plusDays(newYear, n), '春节')),
    h(qingming, '清明节'),
    h(`${year}-05-01`, '劳动节'),
    h(`${year}-05-02`, '劳动节'),
    h(lunar('05-05'), '端午节'),
    h(lunar('08-15'), '中秋节'),
    ...[1, 2, 3].map((d) => h(`${year}-10-0${d}`, '国庆节')),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** A year's exceptions: the announced schedule when the package has it, else the statutory days (provisional). */
export function holidayYear(year: number): { status: HolidayYearStatus; exceptions: CalendarException[] } {
  const prefix = `${year}-`;
  const holidays = Object.entries(data.holidays).filter(([d]) => d.startsWith(prefix));
  if (!holidays.length) return { status: HolidayYearStatus.STATUTORY, exceptions: statutoryDays(year) };
  const workdays = Object.entries(data.workdays).filter(([d]) => d.startsWith(prefix));
  return {
    status: HolidayYearStatus.OFFICIAL,
    exceptions: [
      ...holidays.map(([date, v]): CalendarException => ({ date, kind: 'HOLIDAY', name: chineseName(v) })),
      ...workdays.map(([date, v]): CalendarException => ({ date, kind: 'WORKDAY', name: `${chineseName(v)}调休上班` })),
    ].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
