import { randomBytes } from 'node:crypto';
import { AuditEventType, ErrorCode, FINAL_STATUSES, INVITABLE_ROLES, InvitationStatus, OrganizationKind, ROLES_BY_KIND, Role } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { InvitationIssuedEvent, TeamChangedEvent } from '../auth.events';
import type { AuthPayloadDto } from '../dtos/user.dto';
import { UserInvitationEntity } from '../entities/user-invitation.entity';
import { UserEntity } from '../entities/user.entity';
import { normaliseEmail } from './auth.service';
import { SessionService } from './session.service';
import { sha256Hex, TokenService } from './token.service';
import { TwoFactorService } from './two-factor.service';
import { UserService } from './user.service';
import { Lifecycles } from '../../../common/unit-of-work/lifecycle';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

/** The role that manages an organisation's people: its owner, or the alliance's admin. */
const ADMIN_ROLE: Record<OrganizationKind, Role> = { SUPPLIER: Role.OWNER, MEMBER: Role.OWNER, ALLIANCE: Role.ADMIN };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const invitationStatus = (i: UserInvitationEntity, now: Date): InvitationStatus =>
  i.acceptedAt ? InvitationStatus.ACCEPTED : i.revokedAt ? InvitationStatus.REVOKED : i.expiresAt <= now ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;

export interface InvitationPreview {
  organizationName: string;
  organizationKind: OrganizationKind;
  email: string;
  roles: Role[];
  expiresAt: Date;
}

/**
 * Teams: an organisation's owner invites staff by e-mail with roles, disables and re-enables them and changes
 * their roles. The invitee gets the one-time link by e-mail (the owner sees it too, to pass on by hand); the
 * database keeps only the token's hash. Everyone else's users are simply not found.
 */
@Injectable()
export class TeamService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly lifecycles: Lifecycles,
    private readonly twoFactor: TwoFactorService,
    private readonly tokens: TokenService,
  ) {}

  private get invitations() {
    return this.txHost.tx.getRepository(UserInvitationEntity);
  }

  members(organizationId: string): Promise<UserEntity[]> {
    return this.txHost.tx.getRepository(UserEntity).find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  invitationsOf(organizationId: string): Promise<UserInvitationEntity[]> {
    return this.invitations.find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  /** Where an invitation's one-time link opens: the admin app for alliance staff, the portal for everyone else. */
  static acceptPath(kind: OrganizationKind, token: string): string {
    return `${kind === OrganizationKind.ALLIANCE ? '/admin/invitation' : '/invitation'}#token=${token}`;
  }

  /** Invites `email` with roles the organisation's kind allows (the link goes out by e-mail); answers the invitation and its one-time token. */
  @UnitOfWork()
  async invite(actor: UserActor, emailInput: string, roles: Role[]): Promise<{ invitation: UserInvitationEntity; token: string }> {
    const email = normaliseEmail(emailInput);
    if (!EMAIL.test(email) || email.length > 254) throw validationFailed({ email: ['must be an e-mail address'] });
    const allowed = INVITABLE_ROLES[actor.organizationKind];
    const wanted = [...new Set(roles)];
    if (!wanted.length || wanted.some((r) => !allowed.includes(r))) throw validationFailed({ roles: [`choose from ${allowed.join(', ')}`] });
    if (await this.users.emailTaken(email)) throw new AppError(ErrorCode.CONFLICT, 'This e-mail already has an account', { fields: { email: ['already has an account'] } });
    const now = this.clock.now();
    // An earlier invitation to the same address that lapsed makes way for the new one.
    await this.invitations.update({ organizationId: actor.organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
    const token = `inv_${randomBytes(32).toString('base64url')}`;
    const invitation = this.invitations.create({
      organizationId: actor.organizationId, email, roles: wanted, tokenHash: sha256Hex(token), invitedByUserId: actor.userId, createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.invitationTtlHours * 3600_000), acceptedAt: null, acceptedUserId: null, revokedAt: null,
    });
    await this.invitations.insert(invitation);
    await this.events.publish(new TeamChangedEvent(actor, AuditEventType.USER_INVITED, actor.organizationId, { type: 'user_invitation', id: invitation.id }, { email, roles: wanted, expiresAt: invitation.expiresAt.toISOString() }));
    await this.events.publish(new InvitationIssuedEvent(actor, invitation.id, actor.organizationId, email, wanted, TeamService.acceptPath(actor.organizationKind, token), invitation.expiresAt));
    return { invitation, token };
  }

  @UnitOfWork()
  async revoke(actor: UserActor, id: string): Promise<UserInvitationEntity> {
    const invitation = await this.invitations.findOne({ where: { id: assertId(id, 'Invitation'), organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw notFound('Invitation');
    if (invitationStatus(invitation, this.clock.now()) !== InvitationStatus.PENDING) return invitation;
    invitation.revokedAt = this.clock.now();
    await this.invitations.update(invitation.id, { revokedAt: invitation.revokedAt });
    await this.events.publish(new TeamChangedEvent(actor, AuditEventType.USER_INVITATION_REVOKED, actor.organizationId, { type: 'user_invitation', id: invitation.id }, { email: invitation.email }));
    return invitation;
  }

  /** An invitation that can still be accepted, or NOT_FOUND (unknown, used, revoked) / INVITATION_EXPIRED. */
  private async usable(token: string, lock: boolean): Promise<UserInvitationEntity> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: sha256Hex(token.trim()) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const status = invitation ? invitationStatus(invitation, this.clock.now()) : null;
    if (!invitation || status === InvitationStatus.ACCEPTED || status === InvitationStatus.REVOKED) throw notFound('Invitation');
    if (status === InvitationStatus.EXPIRED) throw new AppError(ErrorCode.INVITATION_EXPIRED, 'This invitation has expired; ask for a new one', { expiredAt: invitation.expiresAt.toISOString() });
    return invitation;
  }

  /** What the invitee sees before accepting: who invites it, as what. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token, false);
    const org = (await this.invitations.findOneOrFail({ where: { id: invitation.id }, relations: { organization: true } })).organization!;
    if (FINAL_STATUSES.includes(org.status)) throw notFound('Invitation');
    return { organizationName: org.name, organizationKind: org.kind, email: invitation.email, roles: invitation.roles, expiresAt: invitation.expiresAt };
  }

  /** The invitee sets its name and password: a user of the organisation, signed in. The token works once. */
  @UnitOfWork()
  async accept(token: string, displayName: string, password: string, ip: string): Promise<AuthPayloadDto | { setupToken: string }> {
    const found = await this.usable(token, false);
    // The organisation first (its users' root), then the invitation; the inviter must still be able to invite.
    await this.lifecycles.lockRoot('organization', found.organizationId);
    const invitation = await this.usable(token, true);
    const inviter = invitation.invitedByUserId ? await this.txHost.tx.getRepository(UserEntity).findOne({ where: { id: invitation.invitedByUserId } }) : null;
    const kind = (await this.invitations.findOneOrFail({ where: { id: invitation.id }, relations: { organization: true } })).organization!.kind;
    if (inviter && (inviter.disabledAt || !inviter.roles.includes(ADMIN_ROLE[kind]))) throw notFound('Invitation');
    const name = displayName.trim();
    if (name.length < 1 || name.length > 60) throw validationFailed({ displayName: ['must be 1–60 characters'] });
    if (await this.users.emailTaken(invitation.email)) throw new AppError(ErrorCode.CONFLICT, 'This e-mail already has an account', { fields: { email: ['already has an account'] } });
    const user = await this.users.create(invitation.organizationId, { email: invitation.email, displayName: name, password, roles: invitation.roles }, 'password');
    const now = this.clock.now();
    await this.invitations.update(invitation.id, { acceptedAt: now, acceptedUserId: user.id });
    await this.txHost.tx.getRepository(UserEntity).update(user.id, { lastLoginAt: now });
    const withOrg = await this.txHost.tx.getRepository(UserEntity).findOneOrFail({ where: { id: user.id }, relations: { organization: true } });
    if (FINAL_STATUSES.includes(withOrg.organization!.status)) throw notFound('Invitation');
    const actor = { kind: 'user' as const, userId: user.id, email: user.email, organizationId: user.organizationId, organizationKind: withOrg.organization!.kind,
      organizationStatus: withOrg.organization!.status, roles: user.roles, sessionFamilyId: '' };
    await this.events.publish(new TeamChangedEvent(actor, AuditEventType.USER_INVITATION_ACCEPTED, user.organizationId, { type: 'user', id: user.id }, { invitationId: invitation.id, roles: user.roles }));
    // Alliance staff set up two-step sign-in before their first session.
    if (this.twoFactor.required(withOrg.organization!.kind)) return { setupToken: await this.tokens.signSetupToken(user.id, user.sessionVersion) };
    return this.sessions.issue(withOrg, withOrg.organization!, ip);
  }

  /**
   * The organisation first (the root of its users: every team change takes it, so two owners disabling each
   * other queue and the second sees the first's change), then the user.
   */
  private async lockMember(actor: UserActor, userId: string): Promise<UserEntity> {
    const id = assertId(userId, 'User');
    await this.lifecycles.lockRoot('organization', actor.organizationId);
    this.lifecycles.lockOrder.assertRoot('user', 'organization', actor.organizationId);
    const user = await this.txHost.tx.getRepository(UserEntity).findOne({ where: { id, organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound('User');
    return user;
  }

  /** Whether someone other than `userId` still manages the organisation (an enabled owner, or alliance admin). */
  private async anotherAdmin(actor: UserActor, userId: string): Promise<boolean> {
    const role = ADMIN_ROLE[actor.organizationKind];
    const n = await this.txHost.tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.organization_id = :org AND u.id <> :userId AND u.disabled_at IS NULL AND :role = ANY(u.roles)', { org: actor.organizationId, userId, role })
      .getCount();
    return n > 0;
  }

  /** Disables (its sessions end at once) or re-enables a user of the caller's organisation. */
  @UnitOfWork()
  async setDisabled(actor: UserActor, userId: string, disabled: boolean): Promise<UserEntity> {
    const user = await this.lockMember(actor, userId);
    if (Boolean(user.disabledAt) === disabled) return user;
    const repo = this.txHost.tx.getRepository(UserEntity);
    if (disabled) {
      if (user.roles.includes(ADMIN_ROLE[actor.organizationKind]) && !(await this.anotherAdmin(actor, user.id))) {
        throw validationFailed({ userId: ['the organisation’s last owner cannot be disabled'] });
      }
      if (user.id === actor.userId) throw validationFailed({ userId: ['you cannot disable yourself'] });
      user.disabledAt = this.clock.now();
      user.sessionVersion += 1;
      await repo.update(user.id, { disabledAt: user.disabledAt, sessionVersion: user.sessionVersion });
      await this.sessions.revoke({ userId: user.id });
      await this.withdrawInvitationsOf(actor, user, 'disabled');
    } else {
      user.disabledAt = null;
      await repo.update(user.id, { disabledAt: null });
    }
    await this.events.publish(new TeamChangedEvent(actor, disabled ? AuditEventType.USER_DISABLED : AuditEventType.USER_ENABLED, actor.organizationId, { type: 'user', id: user.id }, { email: user.email }));
    return user;
  }

  /** Pending invitations a user sent are withdrawn (audited) when the user is disabled or loses the right to invite. */
  private async withdrawInvitationsOf(actor: UserActor, user: UserEntity, why: 'disabled' | 'demoted'): Promise<void> {
    const now = this.clock.now();
    const pending = await this.invitations.find({ where: { invitedByUserId: user.id, acceptedAt: IsNull(), revokedAt: IsNull() } });
    for (const invitation of pending.filter((i) => i.expiresAt > now)) {
      await this.invitations.update(invitation.id, { revokedAt: now });
      await this.events.publish(new TeamChangedEvent(actor, AuditEventType.USER_INVITATION_REVOKED, actor.organizationId, { type: 'user_invitation', id: invitation.id }, {
        email: invitation.email, inviterUserId: user.id, because: why,
      }));
    }
  }

  @UnitOfWork()
  async setRoles(actor: UserActor, userId: string, roles: Role[]): Promise<UserEntity> {
    const allowed = ROLES_BY_KIND[actor.organizationKind];
    const wanted = [...new Set(roles)];
    if (!wanted.length || wanted.some((r) => !allowed.includes(r))) throw validationFailed({ roles: [`choose from ${allowed.join(', ')}`] });
    const user = await this.lockMember(actor, userId);
    const admin = ADMIN_ROLE[actor.organizationKind];
    if (user.roles.includes(admin) && !wanted.includes(admin) && !user.disabledAt && !(await this.anotherAdmin(actor, user.id))) {
      throw validationFailed({ roles: ['the organisation’s last owner keeps the owner role'] });
    }
    const before = user.roles;
    user.roles = wanted;
    await this.txHost.tx.getRepository(UserEntity).update(user.id, { roles: wanted });
    // Someone who may no longer invite: what they invited and nobody accepted yet goes with the right.
    if (before.includes(admin) && !wanted.includes(admin)) await this.withdrawInvitationsOf(actor, user, 'demoted');
    await this.events.publish(new TeamChangedEvent(actor, AuditEventType.USER_ROLES_CHANGED, actor.organizationId, { type: 'user', id: user.id }, { email: user.email, from: before, to: wanted }));
    return user;
  }
}
