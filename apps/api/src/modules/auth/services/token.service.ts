import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock';

/** The only algorithm accepted: a token saying anything else (including "none") is refused. */
const ALGORITHM = 'HS256';
/** How long a password-checked person has to set up two-step sign-in. */
const SETUP_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  userId: string;
  organizationId: string;
  sessionVersion: number;
  familyId: string;
}

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async signAccess(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const exp = now + this.config.jwt.accessTtlSeconds;
    const token = await new SignJWT({ org: claims.organizationId, sv: claims.sessionVersion, fam: claims.familyId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(this.config.jwt.issuer)
      .setAudience(this.config.jwt.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.config.jwt.secret);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Verified claims and when they expire, or null for any token that is malformed, forged, expired or not ours. */
  async verifyAccess(token: string): Promise<(AccessClaims & { expiresAtMs: number }) | null> {
    try {
      const { payload } = await jwtVerify(token, this.config.jwt.secret, {
        algorithms: [ALGORITHM],
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string' || typeof payload.sv !== 'number' || typeof payload.fam !== 'string') {
        return null;
      }
      return { userId: payload.sub, organizationId: payload.org, sessionVersion: payload.sv, familyId: payload.fam, expiresAtMs: payload.exp! * 1000 };
    } catch (err) {
      if (err instanceof joseErrors.JOSEError) return null;
      throw err;
    }
  }

  /**
   * A short-lived token that lets a person who signed in with the right password, and must set up two-step
   * sign-in before anything else, do just that (its own audience: it is no access token).
   */
  async signSetupToken(userId: string, sessionVersion: number): Promise<string> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT({ sv: sessionVersion })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.config.jwt.issuer)
      .setAudience(`${this.config.jwt.audience}:two-factor-setup`)
      .setIssuedAt(now)
      .setExpirationTime(now + SETUP_TOKEN_TTL_SECONDS)
      .sign(this.config.jwt.secret);
  }

  async verifySetupToken(token: string): Promise<{ userId: string; sessionVersion: number } | null> {
    try {
      const { payload } = await jwtVerify(token, this.config.jwt.secret, {
        algorithms: [ALGORITHM],
        issuer: this.config.jwt.issuer,
        audience: `${this.config.jwt.audience}:two-factor-setup`,
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sv !== 'number') return null;
      return { userId: payload.sub, sessionVersion: payload.sv };
    } catch (err) {
      if (err instanceof joseErrors.JOSEError) return null;
      throw err;
    }
  }

  /** A new opaque refresh token: 256 random bits; the database keeps only its SHA-256. */
  newRefreshToken(): { token: string; hash: string; familyId: string } {
    const token = `rt_${randomBytes(32).toString('base64url')}`;
    return { token, hash: sha256Hex(token), familyId: randomUUID() };
  }
}
