import { LOW_PRICE_FLOOR_BP, parseFen, ratioBasisPoints, yuanToFen } from '@mengyuan/domain';

/** Yuan typed by a person → fen, or null when it is not an amount with at most two decimals. */
export function parseYuan(value: string | undefined | null): bigint | null {
  if (!value || !value.trim()) return null;
  try {
    const fen = yuanToFen(value.trim());
    return fen < 0n ? null : fen;
  } catch {
    return null;
  }
}

/** The settlement price as a share of face value, in basis points (bigint, no floating point). */
export function shareOfFace(settlement: bigint | string, faceValue: string): bigint | null {
  const face = parseFen(faceValue);
  if (face === 0n) return null;
  return ratioBasisPoints(typeof settlement === 'bigint' ? settlement : parseFen(settlement), face);
}

export function isLowPrice(settlement: bigint, faceValue: string): boolean {
  const share = shareOfFace(settlement, faceValue);
  return share !== null && share < BigInt(LOW_PRICE_FLOOR_BP);
}
