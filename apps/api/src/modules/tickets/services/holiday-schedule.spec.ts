import { CN_2026_EXCEPTIONS } from '@mengyuan/domain';
import { announcedYears, holidayYear, statutoryDays } from './holiday-schedule';

describe('holiday schedule from the chinese-days data package', () => {
  it('gives 2026 exactly as the State Council announced it (the preset kept by hand until now)', () => {
    const y = holidayYear(2026);
    expect(y.status).toBe('OFFICIAL');
    expect(y.exceptions).toEqual(CN_2026_EXCEPTIONS);
  });

  it('the statutory days fall inside every announced schedule since the 2025 amendment', () => {
    for (const year of announcedYears().filter((y) => y >= 2025)) {
      const official = new Set(holidayYear(year).exceptions.filter((e) => e.kind === 'HOLIDAY').map((e) => e.date));
      expect(statutoryDays(year).filter((d) => !official.has(d.date))).toEqual([]);
    }
  });

  it('a year not yet announced (2027) is provisional: the 13 statutory days, 1 January among them', () => {
    const y = holidayYear(2027);
    expect(y.status).toBe('STATUTORY');
    expect(y.exceptions).toHaveLength(13);
    expect(y.exceptions.map((e) => e.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-03']));
  });
});
