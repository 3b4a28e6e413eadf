import { dockedPrice } from './docking';

describe('dockedPrice', () => {
  it('applies the markup and rounds up, never under the upstream’s cost', () => {
    expect(dockedPrice(9000n, 0, 'FEN')).toBe(9000n);
    expect(dockedPrice(9050n, 200, 'JIAO')).toBe(9240n); // 9231 → 9240
    expect(dockedPrice(9050n, 200, 'FEN')).toBe(9231n);
    expect(dockedPrice(9001n, 0, 'YUAN')).toBe(9100n);
    expect(dockedPrice(1n, 1, 'FEN')).toBe(2n); // 1.0001 fen rounds up
    expect(dockedPrice(10000n, -500, 'FEN')).toBe(9500n);
  });
});
