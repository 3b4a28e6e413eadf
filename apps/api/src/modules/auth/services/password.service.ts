import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/** OWASP's minimum for Argon2id: m = 19 MiB, t = 2, p = 1. */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  /** Verified against when the account does not exist, so a wrong e-mail costs as long as a wrong password. */
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      this.dummyHash ??= this.hash('mengyuan-timing-equaliser');
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}

/** At least 10 characters with letters and digits; at most 128 so hashing cost stays bounded. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('must be at least 10 characters');
  if (password.length > 128) problems.push('must be at most 128 characters');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('must contain letters and digits');
  return problems;
}
