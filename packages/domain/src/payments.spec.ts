import { channelFee, settlementCutoffDay } from './payments';

describe('channelFee', () => {
  it('rounds the rate half up to the fen and adds the fixed fee', () => {
    expect(channelFee(10_000n, 60, 0n)).toBe(60n); // ¥100 at 0.60 % = ¥0.60
    expect(channelFee(12_345n, 60, 0n)).toBe(74n); // 74.07 → 74
    expect(channelFee(250n, 60, 0n)).toBe(2n); // 1.5 → 2 (half up)
    expect(channelFee(249n, 60, 0n)).toBe(1n); // 1.494 → 1
    expect(channelFee(10_000n, 100, 30n)).toBe(130n);
  });

  it('is never more than the amount, never negative, and zero on nothing', () => {
    expect(channelFee(50n, 0, 100n)).toBe(50n);
    expect(channelFee(0n, 60, 30n)).toBe(0n);
    expect(() => channelFee(100n, 0.5, 0n)).toThrow(RangeError);
  });
});

describe('settlementCutoffDay', () => {
  it('settles yesterday and older under T+1, a week and older under T+7', () => {
    expect(settlementCutoffDay('2026-03-10', 'T1')).toBe('2026-03-10');
    expect(settlementCutoffDay('2026-03-10', 'T7')).toBe('2026-03-04');
    expect(settlementCutoffDay('2026-03-01', 'T7')).toBe('2026-02-23');
  });
});
