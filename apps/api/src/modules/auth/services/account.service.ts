import { randomBytes } from 'node:crypto';
import { AuditEventType, ErrorCode, FINAL_STATUSES, OrganizationKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, notFound, validationFailed } from '../../../common/errors';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { PasswordResetRequestedEvent } from '../auth.events';
import { PasswordResetEntity, PasswordResetRequestEntity } from '../entities/account-security.entities';
import { UserEntity } from '../entities/user.entity';
import { normaliseEmail } from './auth.service';
import { PasswordService, passwordProblems } from './password.service';
import { SessionService } from './session.service';
import { sha256Hex } from './token.service';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const resetLinkInvalid = () => new AppError(ErrorCode.RESET_LINK_INVALID, 'This reset link is unknown, used or expired; ask for a new one');

/**
 * Accounts people can recover and watch over: a forgotten password reset through a one-time, expiring link sent
 * by e-mail (the same answer whether or not the address has an account, and rate limited per address and per
 * network address), and their signed-in sessions, each of which they may end.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get resets() {
    return this.txHost.tx.getRepository(PasswordResetEntity);
  }

  /**
   * Sends a reset link if the address has an account that may sign in. Answers the same either way; too many
   * requests for one address or from one network address in the window answer RATE_LIMITED (for any address).
   */
  @UnitOfWork()
  async requestReset(emailInput: string, ip: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    if (!EMAIL.test(email) || email.length > 254) throw validationFailed({ email: ['must be an e-mail address'] });
    const { windowSeconds, perAccount, perIp } = this.config.passwordReset;
    const now = this.clock.now();
    // One request at a time per address, so two at once cannot both slip under the limit.
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(727301, hashtext($1))', [email]);
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM password_reset_requests WHERE created_at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, new Date(now.getTime() - windowSeconds * 1000)],
    )) as { by_account: number; by_ip: number }[];
    if (row.by_account >= perAccount || row.by_ip >= perIp) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many reset requests; try again later', { retryAfterSeconds: windowSeconds });
    }
    await this.txHost.tx.getRepository(PasswordResetRequestEntity).insert({ email, ip, createdAt: now });
    const user = await this.txHost.tx.getRepository(UserEntity).findOne({ where: { email }, relations: { organization: true } });
    if (!user || user.disabledAt || FINAL_STATUSES.includes(user.organization!.status)) return;
    // A new link replaces any earlier one still unused.
    await this.resets.update({ userId: user.id, usedAt: IsNull() }, { usedAt: now });
    const token = `pr_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(now.getTime() + this.config.passwordReset.ttlMinutes * 60_000);
    await this.resets.insert({ userId: user.id, tokenHash: sha256Hex(token), createdAt: now, expiresAt, usedAt: null, requestedIp: ip });
    const app = user.organization!.kind === OrganizationKind.ALLIANCE ? '/admin/reset-password' : '/reset-password';
    await this.events.publish(new PasswordResetRequestedEvent(user.id, user.organizationId, user.email, user.displayName, `${app}#token=${token}`, expiresAt, ip));
  }

  private async usable(token: string, lock: boolean): Promise<PasswordResetEntity> {
    const reset = await this.resets.findOne({
      where: { tokenHash: sha256Hex(token.trim().slice(0, 200)), usedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!reset) throw resetLinkInvalid();
    return reset;
  }

  /** What the reset page shows before a new password is chosen: whose, and until when. */
  async preview(token: string): Promise<{ email: string; expiresAt: Date }> {
    const reset = await this.usable(token, false);
    const user = await this.txHost.tx.getRepository(UserEntity).findOneByOrFail({ id: reset.userId });
    return { email: user.email, expiresAt: reset.expiresAt };
  }

  /** Sets the new password once: the link stops working and every session of the account ends. */
  @UnitOfWork()
  async reset(token: string, newPassword: string, ip: string): Promise<void> {
    const found = await this.usable(token, false);
    const user = await this.txHost.tx.getRepository(UserEntity).findOneOrFail({ where: { id: found.userId }, lock: { mode: 'pessimistic_write' } });
    const reset = await this.usable(token, true);
    const problems = passwordProblems(newPassword);
    if (problems.length) throw validationFailed({ newPassword: problems });
    const now = this.clock.now();
    await this.txHost.tx.getRepository(UserEntity).update(user.id, { passwordHash: await this.passwords.hash(newPassword), sessionVersion: user.sessionVersion + 1 });
    await this.resets.update({ userId: user.id, usedAt: IsNull() }, { usedAt: now });
    await this.sessions.revoke({ userId: user.id });
    await this.events.publish(new AuditedChange(null, AuditEventType.USER_PASSWORD_RESET, {
      organizationId: user.organizationId, subjectType: 'user', subjectId: user.id, payload: { ip, resetId: reset.id }, actor: { actorUserId: user.id, actorEmail: user.email },
    }));
  }

  sessionsOf(userId: string) {
    return this.sessions.list(userId);
  }

  /** Ends one of the caller's own sessions (a stolen one, say): its tokens stop working at once on every replica. */
  @UnitOfWork()
  async endSession(actor: UserActor, familyId: string): Promise<void> {
    const mine = (await this.sessions.list(actor.userId)).some((s) => s.familyId === familyId);
    if (!mine) throw notFound('Session');
    await this.sessions.revoke({ familyId });
    await this.events.publish(new AuditedChange(actor, AuditEventType.USER_SESSION_REVOKED, {
      organizationId: actor.organizationId, subjectType: 'user', subjectId: actor.userId, payload: { familyId, current: familyId === actor.sessionFamilyId },
    }));
  }
}
