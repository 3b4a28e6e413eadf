import i18next from 'i18next';
import { formatClock, formatDuration, formatMilliseconds } from './duration';
import { sharedEn, sharedZhCN } from './i18n/resources';

async function tFor(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { 'zh-CN': { translation: sharedZhCN }, en: { translation: sharedEn } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('formatDuration', () => {
  it('says minutes and seconds in each language', async () => {
    expect(formatDuration(await tFor('zh-CN'), 133_000)).toBe('2 分钟 13 秒');
    expect(formatDuration(await tFor('en'), 133_000)).toBe('2 min 13 s');
  });

  it('keeps the two largest units and drops a zero second one', async () => {
    const zh = await tFor('zh-CN');
    const en = await tFor('en');
    expect(formatDuration(zh, 3_900_000 + 42_000)).toBe('1 小时 5 分钟');
    expect(formatDuration(en, 3_600_000)).toBe('1 h');
    expect(formatDuration(en, 45_400)).toBe('45 s');
    expect(formatDuration(en, 2 * 86_400_000 + 3 * 3_600_000)).toBe('2 d 3 h');
  });

  it('never says zero seconds', async () => {
    expect(formatDuration(await tFor('zh-CN'), 420)).toBe('不到 1 秒');
    expect(formatDuration(await tFor('en'), 0)).toBe('under 1 s');
  });
});

describe('formatMilliseconds and formatClock', () => {
  it('shows server time with the precision it has', () => {
    expect(formatMilliseconds(0.8412)).toBe('0.84 ms');
    expect(formatMilliseconds(12.46)).toBe('12.5 ms');
    expect(formatMilliseconds(1204.4)).toBe('1,204 ms');
  });

  it('shows a countdown clock', () => {
    expect(formatClock(545_000)).toBe('9:05');
    expect(formatClock(-3_723_000)).toBe('1:02:03');
  });
});
