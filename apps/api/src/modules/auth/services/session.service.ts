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
import { TokenService } from './token.service';

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

  async issue(user: UserEntity, organization: Organization, ip: string | null, familyId?: string): Promise<AuthPayloadDto> {
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
    this.credentials.forgetOnCommit();
    return result.affected ?? 0;
  }
}
