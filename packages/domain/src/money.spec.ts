import { fenToYuan, formatFen, parseFen, ratioBasisPoints, yuanToFen } from './money';

describe('money', () => {
  it('parses fen strings without floating point', () => {
    expect(parseFen('9007199254740993')).toBe(9007199254740993n);
    expect(parseFen(' -42 ')).toBe(-42n);
    expect(() => parseFen('1.5')).toThrow(RangeError);
    expect(() => parseFen(0.1 + 0.2)).toThrow(RangeError);
    expect(() => parseFen('1e3')).toThrow(RangeError);
  });

  it('converts yuan with at most two decimals', () => {
    expect(yuanToFen('95')).toBe(9500n);
    expect(yuanToFen('0.1')).toBe(10n);
    expect(yuanToFen('-12.34')).toBe(-1234n);
    expect(() => yuanToFen('1.234')).toThrow(RangeError);
    expect(fenToYuan(5n)).toBe('0.05');
    expect(fenToYuan('-1234')).toBe('-12.34');
  });

  it('formats for screens', () => {
    expect(formatFen(123456789n)).toBe('¥1,234,567.89');
    expect(formatFen(-5n)).toBe('-¥0.05');
  });

  it('computes basis points with half-away-from-zero rounding', () => {
    expect(ratioBasisPoints(8000n, 9500n)).toBe(8421n); // the article's 80-vs-95 black-card signal
    expect(ratioBasisPoints(1n, 3n)).toBe(3333n);
    expect(ratioBasisPoints(2n, 3n)).toBe(6667n);
    expect(ratioBasisPoints(-2n, 3n)).toBe(-6667n);
  });
});
