import { createHash } from 'node:crypto';
import { FINAL_STATUSES, type ApiKeyScope, type Role } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/actor';
import type { RequestWithActor } from '../../../common/authorize.decorator';
import { Clock } from '../../../common/clock';
import { unauthenticated } from '../../../common/errors';
import { ApiKeyService, type AuthenticatedKey } from './api-key.service';
import { CredentialCache } from './credential-cache.service';
import { TokenService } from './token.service';

interface UserRow {
  id: string;
  email: string;
  roles: Role[];
  session_version: number;
  organization_id: string;
  disabled_at: Date | null;
  kind: Actor['organizationKind'];
  status: Actor['organizationStatus'];
}

/**
 * Turns a request's credentials into an Actor. A credential that is present but wrong is an error
 * (UNAUTHENTICATED), never a silent fall back to anonymous.
 */
@Injectable()
export class ActorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
    private readonly cache: CredentialCache,
    private readonly clock: Clock,
  ) {}

  async resolve(req: RequestWithActor): Promise<Actor | null> {
    const apiKey = header(req, 'x-api-key');
    if (apiKey) {
      const cacheKey = `key:${createHash('sha256').update(apiKey).digest('base64')}`;
      let key = this.cache.get<AuthenticatedKey>(cacheKey);
      if (key) this.apiKeys.touch(key);
      else {
        key = (await this.apiKeys.authenticate(apiKey)) ?? undefined;
        if (key) this.cache.set(cacheKey, key);
      }
      if (!key) throw unauthenticated('Invalid or revoked API key');
      return {
        kind: 'apiKey',
        apiKeyId: key.id,
        organizationId: key.organizationId,
        organizationKind: key.organizationKind,
        organizationStatus: key.organizationStatus,
        scopes: key.scopes as ApiKeyScope[],
      };
    }
    const authorization = header(req, 'authorization');
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
    // A token seen before is not verified again until it expires (measured: verifying the signature was a
    // tenth of the api's CPU per order under `npm run bench`); the cache forgets it with every credential change.
    const tokenKey = `token:${match[1]}`;
    const known = this.cache.get<{ actor: Actor; expiresAtMs: number }>(tokenKey);
    if (known && known.expiresAtMs > this.clock.now().getTime()) return known.actor;
    const claims = await this.tokens.verifyAccess(match[1]);
    if (!claims) throw unauthenticated('Invalid or expired access token');
    const remember = (actor: Actor) => {
      this.cache.set(tokenKey, { actor, expiresAtMs: claims.expiresAtMs });
      return actor;
    };
    const cacheKey = `user:${claims.userId}:${claims.familyId}:${claims.sessionVersion}:${claims.organizationId}`;
    const cached = this.cache.get<Actor>(cacheKey);
    if (cached) return remember(cached);
    // Reads outside any transaction on purpose: the guard runs before the handler opens one.
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.email, u.roles, u.session_version, u.organization_id, u.disabled_at, o.kind, o.status
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1 AND EXISTS (SELECT 1 FROM refresh_tokens rt WHERE rt.family_id = $2 AND rt.revoked_at IS NULL)`,
      [claims.userId, claims.familyId],
    )) as UserRow[];
    if (!row || row.disabled_at || row.session_version !== claims.sessionVersion || row.organization_id !== claims.organizationId) {
      throw unauthenticated('This session has ended; sign in again');
    }
    if (FINAL_STATUSES.includes(row.status)) throw unauthenticated('This organisation is no longer in the alliance');
    const actor: Actor = {
      kind: 'user',
      userId: row.id,
      email: row.email,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      organizationStatus: row.status,
      roles: row.roles,
      sessionFamilyId: claims.familyId,
    };
    this.cache.set(cacheKey, actor);
    return remember(actor);
  }
}

function header(req: RequestWithActor, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
