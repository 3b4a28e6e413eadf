import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock';
import { CredentialCache } from './credential-cache.service';
import type { Organization } from '../../organizations/organization.types';
import { AuthPayloadDto, UserDto } from '../dtos/user.dto';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import type { UserEntity } from '../entities/user.entity';
import { sha256Hex, TokenService } from './token.service';
import type { ClientDeviceInfo } from '../../../common/authorize.decorator';

/** One device, as a stable hash: the apps' device id, else the browser's user agent. */
export const deviceHashOf = (device: ClientDeviceInfo | null | undefined): string => sha256Hex(`device:${device?.deviceId || device?.userAgent || 'unknown'}`);

/** Issues an access token and the first (or next) refresh token of a family, inside the caller's transaction. */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tokens: TokenService,
    private readonly credentials: CredentialCache,
    private readonly clock: Clock,
  ) {}

  async issue(user: UserEntity, organization: Organization, ip: string | null, familyId?: string, device?: (Partial<ClientDeviceInfo> & { deviceHash?: string | null }) | null): Promise<AuthPayloadDto> {
    const refresh = this.tokens.newRefreshToken();
    const family = familyId ?? refresh.familyId;
    const now = this.clock.now();
    await this.txHost.tx.getRepository(RefreshTokenEntity).insert({
      userId: user.id,
      familyId: family,
      tokenHash: refresh.hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTtlSeconds * 1000),
      createdIp: ip,
      userAgent: device?.userAgent ?? null,
      deviceHash: device ? (device.deviceHash ?? deviceHashOf({ userAgent: device.userAgent ?? null, deviceId: device.deviceId ?? null })) : null,
    });
    const access = await this.tokens.signAccess({
      userId: user.id,
      organizationId: organization.id,
      sessionVersion: user.sessionVersion,
      familyId: family,
    });
    return Object.assign(new AuthPayloadDto(), {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      user: UserDto.from(user, organization),
    });
  }

  /**
   * The user's signed-in sessions (one per refresh-token family still alive): when each began, was last active
   * (a refresh rotates the token, at least every access-token lifetime while in use), from where and on what.
   */
  async list(userId: string): Promise<{ familyId: string; startedAt: Date; lastActiveAt: Date; ip: string | null; userAgent: string | null }[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT family_id, min(created_at) AS started_at, max(created_at) AS last_active_at,
              (array_agg(created_ip ORDER BY created_at DESC))[1] AS ip, (array_agg(user_agent ORDER BY created_at DESC))[1] AS user_agent
         FROM refresh_tokens
        WHERE user_id = $1 AND revoked_at IS NULL
        GROUP BY family_id
       HAVING bool_or(used_at IS NULL AND expires_at > $2)
        ORDER BY max(created_at) DESC
        LIMIT 100`,
      [userId, this.clock.now()],
    )) as { family_id: string; started_at: Date; last_active_at: Date; ip: string | null; user_agent: string | null }[];
    return rows.map((r) => ({ familyId: r.family_id, startedAt: r.started_at, lastActiveAt: r.last_active_at, ip: r.ip, userAgent: r.user_agent }));
  }

  /** The device a family signed in from, carried over to its next refresh token. */
  async deviceOf(familyId: string): Promise<{ userAgent: string | null; deviceHash: string | null } | null> {
    const row = await this.txHost.tx.getRepository(RefreshTokenEntity).findOne({ where: { familyId }, order: { createdAt: 'ASC' }, select: { userAgent: true, deviceHash: true } });
    return row ? { userAgent: row.userAgent, deviceHash: row.deviceHash } : null;
  }

  /** Ends sessions: one family, or every family of the user. */
  async revoke(where: { familyId: string } | { userId: string }): Promise<number> {
    const qb = this.txHost.tx
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: this.clock.now() })
      .where('revoked_at IS NULL');
    if ('familyId' in where) qb.andWhere('family_id = :familyId', where);
    else qb.andWhere('user_id = :userId', where);
    const result = await qb.execute();
    this.credentials.forgetOnCommit('familyId' in where ? { families: [where.familyId] } : { users: [where.userId] });
    return result.affected ?? 0;
  }
}
