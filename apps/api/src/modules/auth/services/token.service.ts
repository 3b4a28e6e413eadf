import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock';

/** The only algorithm accepted: a token saying anything else (including "none") is refused. */
const ALGORITHM = 'HS256';

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

  /** Verified claims, or null for any token that is malformed, forged, expired or not ours. */
  async verifyAccess(token: string): Promise<AccessClaims | null> {
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
      return { userId: payload.sub, organizationId: payload.org, sessionVersion: payload.sv, familyId: payload.fam };
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
