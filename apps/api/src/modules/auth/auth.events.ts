import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

/**
 * A change to an organisation's team: an invitation sent, revoked or accepted, a user disabled, enabled or
 * given other roles (type: user.invited, user.disabled, …). Every one is in the audit chain.
 */
export class TeamChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly type: string,
    readonly organizationId: string,
    readonly subject: { type: 'user' | 'user_invitation'; id: string },
    readonly payload: Record<string, unknown>,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.organizationId, subjectType: this.subject.type, subjectId: this.subject.id, payload: this.payload };
  }
}

/**
 * Someone asked for a password reset link for an account that exists (the notices module e-mails it). The link
 * carries the one-time token: it is never audited, and what keeps it on its way is encrypted.
 */
export class PasswordResetRequestedEvent extends DomainEvent {
  readonly type = 'user.password_reset_requested';
  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly email: string,
    readonly displayName: string,
    readonly resetPath: string,
    readonly expiresAt: Date,
    readonly ip: string,
  ) {
    super(null);
  }

  override audit(): AuditRecord {
    return { organizationId: this.organizationId, subjectType: 'user', subjectId: this.userId, payload: { ip: this.ip, expiresAt: this.expiresAt.toISOString() }, actor: { actorEmail: this.email } };
  }
}

/** An invitation was issued with its one-time link (the team change itself is audited by TeamChangedEvent). */
export class InvitationIssuedEvent extends DomainEvent {
  readonly type = 'user.invitation_issued';
  constructor(
    actor: Actor,
    readonly invitationId: string,
    readonly organizationId: string,
    readonly email: string,
    readonly roles: string[],
    readonly acceptPath: string,
    readonly expiresAt: Date,
  ) {
    super(actor);
  }
}

/** A user signed in from a device not seen before (the user is told by e-mail). */
export class NewDeviceSignInEvent extends DomainEvent {
  readonly type = 'user.new_device';
  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly email: string,
    readonly ip: string,
    readonly userAgent: string | null,
    readonly at: Date,
  ) {
    super(null);
  }

  override audit(): AuditRecord {
    return { organizationId: this.organizationId, subjectType: 'user', subjectId: this.userId, payload: { ip: this.ip, userAgent: this.userAgent }, actor: { actorUserId: this.userId, actorEmail: this.email } };
  }
}

/** Two-step sign-in turned on or off, or new recovery codes made (the user is told by e-mail). */
export class TwoFactorChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly type: string,
    readonly userId: string,
    readonly organizationId: string,
    readonly email: string,
    readonly change: 'ENABLED' | 'DISABLED' | 'RECOVERY_CODES' | 'RECOVERY_CODE_USED',
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.organizationId, subjectType: 'user', subjectId: this.userId, payload: { change: this.change }, actor: { actorUserId: this.userId, actorEmail: this.email } };
  }
}
