import { yuanToFen } from '@mengyuan/domain';

/** Yuan typed by a person → fen (bigint), or null when it is not a non-negative amount with at most two decimals. */
export function parseYuan(value: string | undefined | null): bigint | null {
  if (!value || !value.trim()) return null;
  try {
    const fen = yuanToFen(value.trim());
    return fen < 0n ? null : fen;
  } catch {
    return null;
  }
}
