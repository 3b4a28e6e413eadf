import type { CalendarException } from './sla';

const days = (from: string, to: string, name: string): CalendarException[] => {
  const out: CalendarException[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
    out.push({ date: d.toISOString().slice(0, 10), kind: 'HOLIDAY', name });
  }
  return out;
};
const workday = (date: string, name: string): CalendarException => ({ date, kind: 'WORKDAY', name });

/**
 * Mainland China's 2026 public holidays and make-up working days (调休), as the State Council announced
 * them: a preset the admin calendar editor offers, and the demo calendar's exceptions.
 */
export const CN_2026_EXCEPTIONS: readonly CalendarException[] = [
  ...days('2026-01-01', '2026-01-03', '元旦'),
  workday('2026-01-04', '元旦调休上班'),
  workday('2026-02-14', '春节调休上班'),
  ...days('2026-02-15', '2026-02-23', '春节'),
  workday('2026-02-28', '春节调休上班'),
  ...days('2026-04-04', '2026-04-06', '清明节'),
  ...days('2026-05-01', '2026-05-05', '劳动节'),
  workday('2026-05-09', '劳动节调休上班'),
  ...days('2026-06-19', '2026-06-21', '端午节'),
  workday('2026-09-20', '国庆节调休上班'),
  ...days('2026-09-25', '2026-09-27', '中秋节'),
  ...days('2026-10-01', '2026-10-07', '国庆节'),
  workday('2026-10-10', '国庆节调休上班'),
];
