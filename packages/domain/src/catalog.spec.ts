import { normaliseCode, offerLifecycle, sampleSize } from './catalog';

describe('catalog rules', () => {
  it('samples 10 % of a batch, at least one', () => {
    expect(sampleSize(1)).toBe(1);
    expect(sampleSize(9)).toBe(1);
    expect(sampleSize(11)).toBe(2);
    expect(sampleSize(100_000)).toBe(10_000);
    expect(sampleSize(0)).toBe(0);
  });

  it('fingerprints codes regardless of case, spaces, dashes and full-width characters', () => {
    expect(normaliseCode(' ab-12 34 ', 'x y')).toBe(normaliseCode('AB1234', 'XY'));
    expect(normaliseCode('ＡＢ１２', null)).toBe(normaliseCode('ab12', ''));
    expect(normaliseCode('A', 'B')).not.toBe(normaliseCode('AB', ''));
  });

  it('lets a supplier pause and resume a live offer but not approve its own', () => {
    expect(offerLifecycle.next('LIVE', 'PAUSE')).toBe('PAUSED');
    expect(offerLifecycle.next('PAUSED', 'RESUME')).toBe('LIVE');
    expect(offerLifecycle.next('PENDING_REVIEW', 'RESUME')).toBeNull();
  });
});
