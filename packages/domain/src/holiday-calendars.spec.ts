import { CN_2026_EXCEPTIONS } from './cn-holidays';
import { calendarCoverage, mergeYears } from './holiday-calendars';

describe('holiday calendars: coverage and the reviewed merge', () => {
  const def = { kind: 'BUSINESS_HOURS' as const, exceptions: [...CN_2026_EXCEPTIONS] };

  it('warns 60 days before the exceptions run out, and counts a statutory-only year as provisional', () => {
    expect(calendarCoverage(def, null, '2026-10-01')).toMatchObject({ officialThrough: '2026-12-31', daysLeft: 91, warning: false });
    expect(calendarCoverage(def, null, '2026-11-01')).toMatchObject({ daysLeft: 60, warning: true });
    expect(calendarCoverage(def, null, '2027-01-02')).toMatchObject({ daysLeft: -2, warning: true });
    const with2027 = { ...def, exceptions: [...def.exceptions, { date: '2027-01-01', kind: 'HOLIDAY' as const, name: '元旦' }] };
    const source = { package: 'chinese-days', version: '1.5.7', importedAt: '2026-12-06T00:00:00Z', years: { '2026': 'OFFICIAL' as const, '2027': 'STATUTORY' as const } };
    expect(calendarCoverage(with2027, source, '2026-12-06')).toMatchObject({ exceptionsThrough: '2027-12-31', officialThrough: '2026-12-31', provisionalYears: [2027], warning: true });
    expect(calendarCoverage(with2027, { ...source, years: { '2026': 'OFFICIAL', '2027': 'OFFICIAL' } }, '2026-12-06')).toMatchObject({ officialThrough: '2027-12-31', warning: false });
    expect(calendarCoverage({ kind: 'ALWAYS', exceptions: [] }, null, '2026-12-06')).toMatchObject({ warning: false, daysLeft: null });
  });

  it('replaces only the imported years and lists each dated change', () => {
    const current = [{ date: '2026-10-01', kind: 'HOLIDAY' as const, name: '国庆节' }, { date: '2027-01-01', kind: 'WORKDAY' as const, name: 'typo' }, { date: '2027-03-01', kind: 'HOLIDAY' as const, name: '公司日' }];
    const imported = [{ date: '2027-01-01', kind: 'HOLIDAY' as const, name: '元旦' }, { date: '2027-02-05', kind: 'HOLIDAY' as const, name: '春节' }];
    const r = mergeYears(current, imported, [2027]);
    expect(r.exceptions.map((e) => e.date)).toEqual(['2026-10-01', '2027-01-01', '2027-02-05']);
    expect(r.changes).toEqual([
      { date: '2027-01-01', before: { date: '2027-01-01', kind: 'WORKDAY', name: 'typo' }, after: { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' } },
      { date: '2027-02-05', before: null, after: { date: '2027-02-05', kind: 'HOLIDAY', name: '春节' } },
      { date: '2027-03-01', before: { date: '2027-03-01', kind: 'HOLIDAY', name: '公司日' }, after: null },
    ]);
    expect(mergeYears(imported, imported, [2027]).changes).toEqual([]);
  });
});
