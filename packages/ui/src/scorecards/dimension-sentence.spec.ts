import i18next from 'i18next';
import { sharedEn, sharedZhCN } from '../i18n/resources';
import { dimensionSentence, type DimensionRow } from './dimension-table';

async function tFor(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { 'zh-CN': { translation: sharedZhCN }, en: { translation: sharedEn } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const row = (over: Partial<DimensionRow>): DimensionRow => ({ dimension: 'AUTHENTICITY', formulaId: 'x', formulaVersion: 1, value: 70, numerator: 3, denominator: 3, normalised: 100, prior: 66.3, priorWeight: 20, evidence: [], ...over });

describe('each scorecard dimension in one plain sentence (issue 22)', () => {
  it('says what counted and that few orders keep the score near the alliance average', async () => {
    expect(dimensionSentence(await tFor('en'), row({}))).toBe('3 of 3 deliveries clean; with few records the score stays near the alliance average 66.3');
    expect(dimensionSentence(await tFor('zh-CN'), row({}))).toBe('3 / 3 笔交付无问题；记录还少，得分仍接近联盟平均 66.3 分');
  });

  it('follows its own record once there is enough, and says so when there is nothing yet', async () => {
    const en = await tFor('en');
    expect(dimensionSentence(en, row({ numerator: 277, denominator: 279 }))).toBe('277 of 279 deliveries clean; enough records for the score to follow its own record');
    expect(dimensionSentence(en, row({ numerator: 0, denominator: 0 }))).toBe('nothing to count yet, so the score is the alliance average 66.3');
  });

  it('counts a rating once, not once per rated aspect, with its mean out of 100', async () => {
    const evidence = ['A', 'B'].map((k) => ({ dimension: 'REPUTATION', measure: `RATINGS_${k}_COUNT`, value: 30 }));
    expect(dimensionSentence(await tFor('en'), row({ dimension: 'REPUTATION', numerator: 54, denominator: 60, normalised: 90, evidence }))).toBe(
      '30 ratings averaging 90.0 of 100; enough records for the score to follow its own record',
    );
  });

  it('says nothing where the numbers are private', async () => {
    expect(dimensionSentence(await tFor('en'), row({ numerator: null, denominator: null }))).toBeNull();
  });
});
