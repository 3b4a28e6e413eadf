/**
 * Money is integer fen (分). In code it is a bigint; on the wire and in JSON a decimal string of fen.
 * Nothing here ever passes through a floating-point number.
 */
export type Fen = bigint;

const FEN_PATTERN = /^-?\d+$/;
const YUAN_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** Parses a string (or safe integer) of fen. Throws on anything else. */
export function parseFen(value: string | number | bigint): Fen {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer number of fen: ${value}`);
    return BigInt(value);
  }
  const s = value.trim();
  if (!FEN_PATTERN.test(s)) throw new RangeError(`not an integer number of fen: "${value}"`);
  return BigInt(s);
}

/** "12.34" (yuan, at most two decimals) → 1234n fen. */
export function yuanToFen(yuan: string): Fen {
  const m = YUAN_PATTERN.exec(yuan.trim());
  if (!m) throw new RangeError(`not an amount of yuan with at most two decimals: "${yuan}"`);
  const [, sign, whole, frac = ''] = m;
  const fen = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return sign ? -fen : fen;
}

/** 1234n → "12.34" (no currency sign, no grouping). */
export function fenToYuan(fen: Fen | string): string {
  const v = typeof fen === 'bigint' ? fen : parseFen(fen);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const whole = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/** 123456n → "¥1,234.56": how every screen shows money. */
export function formatFen(fen: Fen | string, symbol = '¥'): string {
  const [whole, frac] = fenToYuan(fen).split('.');
  const neg = whole.startsWith('-');
  const digits = neg ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${symbol}${grouped}.${frac}`;
}

/** Fraction of a money amount in basis points, rounded half away from zero: percent moves, price floors. */
export function ratioBasisPoints(numerator: Fen, denominator: Fen): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const scaled = numerator * 10000n;
  const q = scaled / denominator;
  const r = scaled % denominator;
  const neg = scaled < 0n !== denominator < 0n;
  const twice = (r < 0n ? -r : r) * 2n;
  const den = denominator < 0n ? -denominator : denominator;
  return twice >= den ? q + (neg ? -1n : 1n) : q;
}
