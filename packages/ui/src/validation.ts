import { USCC_PATTERN } from '@mengyuan/domain';

export { MOBILE_PATTERN, USCC_PATTERN } from '@mengyuan/domain';

/** 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, last one a check digit. */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(code: string): boolean {
  const c = code.trim().toUpperCase();
  return USCC_PATTERN.test(c) && usccCheckChar(c.slice(0, 17)) === c[17];
}

/** At least 10 characters with at least one letter and one digit. */
export function isAcceptablePassword(password: string): boolean {
  return password.length >= 10 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
