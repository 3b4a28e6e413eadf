import { AuditEventType, ErrorCode, FINAL_STATUSES } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, unauthenticated, validationFailed } from '../../../common/errors';
import type { AuthPayloadDto } from '../dtos/user.dto';
import { AuthAttemptEntity } from '../entities/auth-attempt.entity';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { UserEntity } from '../entities/user.entity';
import { PasswordService, passwordProblems } from './password.service';
import { SessionService } from './session.service';
import { sha256Hex, TokenService } from './token.service';
import { invalidCode, TwoFactorService, type CodeCheck, type TwoFactorSetup } from './two-factor.service';
import { DeviceService } from './device.service';
import type { ClientDeviceInfo } from '../../../common/authorize.decorator';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';

type Rotation =
  | { kind: 'ok'; session: AuthPayloadDto }
  | { kind: 'invalid' }
  | { kind: 'reused'; familyId: string; userId: string; email: string; organizationId: string };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly twoFactor: TwoFactorService,
    private readonly tokens: TokenService,
    private readonly devices: DeviceService,
  ) {}

  async login(emailInput: string, password: string, ip: string, device: ClientDeviceInfo | null = null, code: string | null = null): Promise<AuthPayloadDto> {
    const email = normaliseEmail(emailInput);
    await this.assertNotRateLimited(email, ip);
    const user = await this.txHost.tx.getRepository(UserEntity).findOne({ where: { email }, relations: { organization: true } });
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      // Committed on its own: the failure must be counted even though the request fails.
      await this.recordFailedSignIn(email, ip, user);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'Wrong e-mail or password');
    }
    if (FINAL_STATUSES.includes(user.organization!.status)) {
      throw new AppError(ErrorCode.FORBIDDEN, 'This organisation is no longer in the alliance');
    }
    if (user.disabledAt) throw new AppError(ErrorCode.FORBIDDEN, 'This account is disabled; ask your organisation’s owner');
    if (user.totpEnabledAt) {
      if (!code?.trim()) throw new AppError(ErrorCode.TWO_FACTOR_REQUIRED, 'Enter the code from your authenticator app (or a recovery code)');
      const check = await this.checkSecondFactor(user, code.slice(0, 64));
      if (check === 'WRONG') {
        // A wrong code counts like a wrong password: six digits must not be guessed at leisure.
        await this.recordFailedSignIn(email, ip, user, 'wrong_code');
        throw invalidCode();
      }
      if (check === 'REUSED') throw invalidCode();
    } else if (this.twoFactor.required(user.organization!.kind)) {
      throw new AppError(ErrorCode.TWO_FACTOR_SETUP_REQUIRED, 'Alliance staff sign in with two-step verification: set it up first', {
        setupToken: await this.tokens.signSetupToken(user.id, user.sessionVersion),
      });
    }
    return this.signIn(user, ip, device);
  }

  @UnitOfWork()
  private checkSecondFactor(user: UserEntity, code: string): Promise<CodeCheck> {
    return this.twoFactor.check(user, code);
  }

  /** The user a two-step setup token names, if it is still good (the password was checked when it was issued). */
  private async setupUser(setupToken: string): Promise<UserEntity> {
    const claims = await this.tokens.verifySetupToken(setupToken.slice(0, 2000));
    const user = claims && (await this.txHost.tx.getRepository(UserEntity).findOne({ where: { id: claims.userId }, relations: { organization: true } }));
    if (!claims || !user || user.sessionVersion !== claims.sessionVersion || user.disabledAt || FINAL_STATUSES.includes(user.organization!.status)) {
      throw unauthenticated('This setup link has expired; sign in again');
    }
    return user;
  }

  async twoFactorStatus(userId: string): Promise<{ enabled: boolean; enabledAt: Date | null }> {
    const user = await this.txHost.tx.getRepository(UserEntity).findOneByOrFail({ id: userId });
    return { enabled: !!user.totpEnabledAt, enabledAt: user.totpEnabledAt };
  }

  /** Two-step setup before the first sign-in (alliance staff): a secret to scan. */
  async beginRequiredSetup(setupToken: string): Promise<TwoFactorSetup> {
    const user = await this.setupUser(setupToken);
    return this.twoFactor.begin(user.id);
  }

  /** ...confirmed by a first code: two-step sign-in is on, the recovery codes are shown once, and the person is signed in. */
  @UnitOfWork()
  async completeRequiredSetup(setupToken: string, code: string, ip: string, device: ClientDeviceInfo | null): Promise<{ recoveryCodes: string[]; session: AuthPayloadDto }> {
    const user = await this.setupUser(setupToken);
    const recoveryCodes = await this.twoFactor.enable(null, user.id, code.slice(0, 64));
    const enabled = await this.txHost.tx.getRepository(UserEntity).findOneOrFail({ where: { id: user.id }, relations: { organization: true } });
    return { recoveryCodes, session: await this.signIn(enabled, ip, device) };
  }

  @UnitOfWork()
  private async signIn(user: UserEntity, ip: string, device: ClientDeviceInfo | null = null): Promise<AuthPayloadDto> {
    const now = this.clock.now();
    await this.txHost.tx.getRepository(AuthAttemptEntity).insert({ email: user.email, ip, success: true, createdAt: now });
    await this.txHost.tx.getRepository(UserEntity).update(user.id, { lastLoginAt: now });
    await this.events.publish(new AuditedChange(null, AuditEventType.USER_SIGNED_IN, {
      organizationId: user.organizationId,
      subjectType: 'user',
      subjectId: user.id,
      payload: { ip },
      actor: { actorUserId: user.id, actorEmail: user.email },
    }));
    await this.devices.seen(user, ip, device);
    return this.sessions.issue(user, user.organization!, ip, undefined, device);
  }

  @UnitOfWork()
  private async recordFailedSignIn(email: string, ip: string, user: UserEntity | null, reason?: string): Promise<void> {
    await this.txHost.tx.getRepository(AuthAttemptEntity).insert({ email, ip, success: false, createdAt: this.clock.now() });
    await this.events.publish(new AuditedChange(null, AuditEventType.USER_SIGN_IN_FAILED, {
      organizationId: user?.organizationId ?? null,
      subjectType: 'user',
      subjectId: user?.id ?? null,
      payload: { ip, reason: reason ?? (user ? 'wrong_password' : 'unknown_account') },
      actor: { actorEmail: email },
    }));
  }

  /** Too many failures for this account or from this address within the window → RATE_LIMITED. */
  private async assertNotRateLimited(email: string, ip: string): Promise<void> {
    const { windowSeconds, perAccount, perIp } = this.config.loginLimits;
    const since = new Date(this.clock.now().getTime() - windowSeconds * 1000);
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM auth_attempts WHERE NOT success AND created_at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, since],
    )) as { by_account: number; by_ip: number }[];
    if (row.by_account >= perAccount || row.by_ip >= perIp) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many failed sign-ins; try again later', { retryAfterSeconds: windowSeconds });
    }
  }

  async refresh(token: string, ip: string): Promise<AuthPayloadDto> {
    const outcome = await this.rotate(token, ip);
    if (outcome.kind === 'ok') return outcome.session;
    if (outcome.kind === 'reused') await this.revokeReusedFamily(outcome, ip);
    throw unauthenticated(outcome.kind === 'reused' ? 'Refresh token already used; every session of this sign-in is ended' : 'Invalid or expired refresh token');
  }

  @UnitOfWork()
  private async rotate(token: string, ip: string): Promise<Rotation> {
    const em = this.txHost.tx;
    const current = await em.getRepository(RefreshTokenEntity).findOne({
      where: { tokenHash: sha256Hex(token) },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    if (!current || current.revokedAt || current.expiresAt <= now) return { kind: 'invalid' };
    const user = await em.getRepository(UserEntity).findOne({ where: { id: current.userId }, relations: { organization: true } });
    if (!user) return { kind: 'invalid' };
    if (current.usedAt) {
      return { kind: 'reused', familyId: current.familyId, userId: user.id, email: user.email, organizationId: user.organizationId };
    }
    if (FINAL_STATUSES.includes(user.organization!.status) || user.disabledAt) return { kind: 'invalid' };
    await em.getRepository(RefreshTokenEntity).update(current.id, { usedAt: now });
    return { kind: 'ok', session: await this.sessions.issue(user, user.organization!, ip, current.familyId, { userAgent: current.userAgent, deviceHash: current.deviceHash }) };
  }

  @UnitOfWork()
  private async revokeReusedFamily(reuse: Extract<Rotation, { kind: 'reused' }>, ip: string): Promise<void> {
    const revoked = await this.sessions.revoke({ familyId: reuse.familyId });
    await this.events.publish(new AuditedChange(null, AuditEventType.REFRESH_TOKEN_REUSED, {
      organizationId: reuse.organizationId,
      subjectType: 'user',
      subjectId: reuse.userId,
      payload: { ip, familyId: reuse.familyId, revokedTokens: revoked },
      actor: { actorUserId: reuse.userId, actorEmail: reuse.email },
    }));
  }

  @UnitOfWork()
  async logout(actor: UserActor, refreshToken: string | null | undefined, everywhere: boolean): Promise<void> {
    if (everywhere) {
      await this.sessions.revoke({ userId: actor.userId });
      await this.txHost.tx.getRepository(UserEntity).increment({ id: actor.userId }, 'sessionVersion', 1);
    } else {
      let familyId = actor.sessionFamilyId;
      if (refreshToken) {
        const token = await this.txHost.tx.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: sha256Hex(refreshToken), userId: actor.userId } });
        if (token) familyId = token.familyId;
      }
      if (familyId) await this.sessions.revoke({ familyId });
    }
    await this.events.publish(new AuditedChange(actor, AuditEventType.USER_SIGNED_OUT, {
      organizationId: actor.organizationId,
      subjectType: 'user',
      subjectId: actor.userId,
      payload: { everywhere },
    }));
  }

  /** Changes the password and ends every session, this one included: the person signs in again. */
  @UnitOfWork()
  async changePassword(actor: UserActor, currentPassword: string, newPassword: string): Promise<void> {
    const repo = this.txHost.tx.getRepository(UserEntity);
    const user = await repo.findOneOrFail({ where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The current password is wrong');
    }
    const problems = passwordProblems(newPassword);
    if (newPassword === currentPassword) problems.push('must differ from the current password');
    if (problems.length) throw validationFailed({ newPassword: problems });
    await repo.update(user.id, { passwordHash: await this.passwords.hash(newPassword), sessionVersion: user.sessionVersion + 1 });
    await this.sessions.revoke({ userId: user.id });
    await this.events.publish(new AuditedChange(actor, AuditEventType.USER_PASSWORD_CHANGED, {
      organizationId: actor.organizationId,
      subjectType: 'user',
      subjectId: user.id,
    }));
  }

  /** The daily clean-up: expired or long-revoked refresh tokens and old sign-in attempts. */
  @UnitOfWork()
  async purgeExpiredCredentials(): Promise<{ refreshTokens: number; attempts: number }> {
    const now = this.clock.now().getTime();
    const day = 24 * 3600 * 1000;
    const tokens = await this.txHost.tx.query(
      `DELETE FROM refresh_tokens WHERE expires_at < $1 OR revoked_at < $2`,
      [new Date(now), new Date(now - 7 * day)],
    );
    const attempts = await this.txHost.tx.query(`DELETE FROM auth_attempts WHERE created_at < $1`, [new Date(now - 30 * day)]);
    await this.txHost.tx.query(`DELETE FROM password_reset_requests WHERE created_at < $1`, [new Date(now - day)]);
    await this.txHost.tx.query(`DELETE FROM password_resets WHERE expires_at < $1`, [new Date(now - 7 * day)]);
    await this.twoFactor.purgeUsedSteps();
    return { refreshTokens: tokens[1] ?? 0, attempts: attempts[1] ?? 0 };
  }
}
