import { randomBytes } from 'node:crypto';
import { AuditEventType, ErrorCode, OrganizationKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { Secret, TOTP } from 'otpauth';
import { IsNull } from 'typeorm';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { CodeCipher } from '../../../common/crypto/code-cipher';
import { AppError, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { TwoFactorChangedEvent } from '../auth.events';
import { RecoveryCodeEntity, TotpUsedStepEntity } from '../entities/account-security.entities';
import { UserEntity } from '../entities/user.entity';
import { PasswordService } from './password.service';
import { sha256Hex } from './token.service';

const PERIOD_SECONDS = 30;
const RECOVERY_CODES = 10;
/** Recovery codes: 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const normaliseRecovery = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface TwoFactorSetup {
  secret: string;
  otpauthUri: string;
}

/** What a code typed at sign-in turned out to be. */
export type CodeCheck = 'TOTP' | 'RECOVERY' | 'WRONG' | 'REUSED';

/**
 * Two-step sign-in with time-based one-time passwords (RFC 6238, the otpauth library; any authenticator app):
 * a secret shown once as a QR code and confirmed with a first code, required for alliance staff and optional for
 * others; ten one-time recovery codes for a lost phone. Each code is accepted once (its time step is recorded),
 * one step of clock drift either way is forgiven, and the secret is encrypted at rest with the user's id bound in.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: CodeCipher,
    private readonly passwords: PasswordService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get users() {
    return this.txHost.tx.getRepository(UserEntity);
  }

  /** Whether this person must use two-step sign-in (alliance staff, unless turned off by configuration). */
  required(organizationKind: OrganizationKind): boolean {
    return organizationKind === OrganizationKind.ALLIANCE && this.config.twoFactor.requiredForAlliance;
  }

  private totp(email: string, secret: string): TOTP {
    return new TOTP({ issuer: this.config.twoFactor.issuer, label: email, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
  }

  private seal(userId: string, secret: string): { ciphertext: Buffer; nonce: Buffer } {
    return this.cipher.encrypt(`totp:${userId}`, { secret });
  }

  private open(userId: string, ciphertext: Buffer, nonce: Buffer): string {
    return this.cipher.decrypt(`totp:${userId}`, ciphertext, nonce).secret!;
  }

  private async withSecrets(userId: string): Promise<UserEntity> {
    return this.users
      .createQueryBuilder('u')
      .addSelect(['u.totpSecretCiphertext', 'u.totpSecretNonce', 'u.totpPendingCiphertext', 'u.totpPendingNonce'])
      .where('u.id = :id', { id: userId })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }

  /** A new secret to scan (it replaces one not confirmed yet); two-step sign-in starts once a first code confirms it. */
  @UnitOfWork()
  async begin(userId: string): Promise<TwoFactorSetup> {
    const user = await this.withSecrets(userId);
    if (user.totpEnabledAt) throw new AppError(ErrorCode.CONFLICT, 'Two-step sign-in is already on');
    const secret = new Secret({ size: 20 }).base32;
    const sealed = this.seal(user.id, secret);
    await this.users.update(user.id, { totpPendingCiphertext: sealed.ciphertext, totpPendingNonce: sealed.nonce });
    return { secret, otpauthUri: this.totp(user.email, secret).toString() };
  }

  /** Confirms the secret being set up with a code from the app: two-step sign-in is on; answers the recovery codes (shown once). */
  @UnitOfWork()
  async enable(actor: UserActor | null, userId: string, code: string): Promise<string[]> {
    const user = await this.withSecrets(userId);
    if (user.totpEnabledAt) throw new AppError(ErrorCode.CONFLICT, 'Two-step sign-in is already on');
    if (!user.totpPendingCiphertext || !user.totpPendingNonce) throw validationFailed({ code: ['start the setup first'] });
    const secret = this.open(user.id, user.totpPendingCiphertext, user.totpPendingNonce);
    if ((await this.checkTotp(user, secret, code)) !== 'TOTP') throw invalidCode();
    await this.users.update(user.id, {
      totpSecretCiphertext: user.totpPendingCiphertext, totpSecretNonce: user.totpPendingNonce, totpEnabledAt: this.clock.now(),
      totpPendingCiphertext: null, totpPendingNonce: null,
    });
    const codes = await this.newRecoveryCodes(user.id);
    await this.events.publish(new TwoFactorChangedEvent(actor, AuditEventType.USER_TWO_FACTOR_ENABLED, user.id, user.organizationId, user.email, 'ENABLED'));
    return codes;
  }

  /** Turns two-step sign-in off (not for alliance staff, who must keep it): the password and a current code. */
  @UnitOfWork()
  async disable(actor: UserActor, password: string, code: string): Promise<void> {
    if (this.required(actor.organizationKind)) throw new AppError(ErrorCode.FORBIDDEN, 'Alliance staff must keep two-step sign-in on');
    const user = await this.withSecrets(actor.userId);
    if (!user.totpEnabledAt) return;
    if (!(await this.passwords.verify(user.passwordHash, password))) throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The password is wrong');
    const check = await this.check(user, code);
    if (check !== 'TOTP' && check !== 'RECOVERY') throw invalidCode();
    await this.users.update(user.id, { totpSecretCiphertext: null, totpSecretNonce: null, totpEnabledAt: null, totpPendingCiphertext: null, totpPendingNonce: null });
    await this.txHost.tx.getRepository(RecoveryCodeEntity).update({ userId: user.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
    await this.events.publish(new TwoFactorChangedEvent(actor, AuditEventType.USER_TWO_FACTOR_DISABLED, user.id, user.organizationId, user.email, 'DISABLED'));
  }

  /** New recovery codes (the old ones stop working), with a current code from the app. */
  @UnitOfWork()
  async regenerateRecoveryCodes(actor: UserActor, code: string): Promise<string[]> {
    const user = await this.withSecrets(actor.userId);
    if (!user.totpEnabledAt) throw validationFailed({ code: ['two-step sign-in is off'] });
    if ((await this.check(user, code)) !== 'TOTP') throw invalidCode();
    const codes = await this.newRecoveryCodes(user.id);
    await this.events.publish(new TwoFactorChangedEvent(actor, AuditEventType.USER_RECOVERY_CODES_REGENERATED, user.id, user.organizationId, user.email, 'RECOVERY_CODES'));
    return codes;
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    return this.txHost.tx.getRepository(RecoveryCodeEntity).countBy({ userId, usedAt: IsNull() });
  }

  /**
   * Checks a code typed at sign-in (inside the sign-in's unit of work): a current TOTP code not used before, or an
   * unused recovery code (then spent, and the user told).
   */
  async check(user: UserEntity, code: string): Promise<CodeCheck> {
    const secrets = user.totpSecretCiphertext ? user : await this.withSecrets(user.id);
    if (!secrets.totpSecretCiphertext || !secrets.totpSecretNonce) return 'WRONG';
    const typed = code.trim();
    if (/^\d{6}$/.test(typed.replace(/\s/g, ''))) return this.checkTotp(secrets, this.open(secrets.id, secrets.totpSecretCiphertext, secrets.totpSecretNonce), typed.replace(/\s/g, ''));
    const recovery = normaliseRecovery(typed);
    if (recovery.length !== 10) return 'WRONG';
    const spent = await this.txHost.tx.getRepository(RecoveryCodeEntity)
      .createQueryBuilder()
      .update()
      .set({ usedAt: this.clock.now() })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', { userId: secrets.id, hash: sha256Hex(`recovery:${recovery}`) })
      .execute();
    if (!spent.affected) return 'WRONG';
    await this.events.publish(new TwoFactorChangedEvent(null, AuditEventType.USER_RECOVERY_CODE_USED, secrets.id, secrets.organizationId, secrets.email, 'RECOVERY_CODE_USED'));
    return 'RECOVERY';
  }

  /** A TOTP code of the step now (or one step either side), accepted only if that step was not used before. */
  private async checkTotp(user: UserEntity, secret: string, code: string): Promise<CodeCheck> {
    const now = this.clock.now().getTime();
    const delta = this.totp(user.email, secret).validate({ token: code, timestamp: now, window: 1 });
    if (delta === null) return 'WRONG';
    const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
    const taken = await this.txHost.tx.getRepository(TotpUsedStepEntity)
      .createQueryBuilder()
      .insert()
      .values({ userId: user.id, step: String(step), usedAt: new Date(now) })
      .orIgnore()
      .returning(['step'])
      .execute();
    return (taken.raw as unknown[]).length ? 'TOTP' : 'REUSED';
  }

  private async newRecoveryCodes(userId: string): Promise<string[]> {
    const repo = this.txHost.tx.getRepository(RecoveryCodeEntity);
    const now = this.clock.now();
    await repo.update({ userId, usedAt: IsNull() }, { usedAt: now });
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const bytes = randomBytes(10);
      const raw = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await repo.insert(codes.map((c) => ({ userId, codeHash: sha256Hex(`recovery:${normaliseRecovery(c)}`), createdAt: now, usedAt: null })));
    return codes;
  }

  /** Seeds a known secret (the demo's alliance staff, so the demo can sign in with a documented secret). */
  async enableWithSecret(userId: string, secret: string): Promise<void> {
    const sealed = this.seal(userId, secret);
    await this.users.update(userId, { totpSecretCiphertext: sealed.ciphertext, totpSecretNonce: sealed.nonce, totpEnabledAt: this.clock.now() });
  }

  /** Old used steps are no use to anyone (a step older than the drift window can never be typed again). */
  async purgeUsedSteps(): Promise<number> {
    const result = await this.txHost.tx.getRepository(TotpUsedStepEntity)
      .createQueryBuilder()
      .delete()
      .where('used_at < :before', { before: new Date(this.clock.now().getTime() - 24 * 3600_000) })
      .execute();
    return result.affected ?? 0;
  }
}

export const invalidCode = () => new AppError(ErrorCode.INVALID_TWO_FACTOR_CODE, 'The code is wrong or was already used; wait for the next one');

/** The codes an authenticator shows for a secret at an instant (tests and the demo's helper compute them the same way). */
export function totpCodeAt(secret: string, at: Date): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}
