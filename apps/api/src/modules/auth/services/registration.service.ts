import { AuditEventType, ErrorCode } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import { AppError } from '../../../common/errors';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { OrganizationService } from '../../organizations/services/organization.service';
import type { AuthPayloadDto } from '../dtos/user.dto';
import type { RegisterOrganizationInput } from '../inputs/register-organization.input';
import { SessionService } from './session.service';
import { UserService } from './user.service';

/**
 * Self-registration of a supplier or member: the organisation (the organisations module's) in APPLIED, its
 * owner, signed in. Here in auth, above the organisations, so the organisations never call auth.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly events: EventBus,
  ) {}

  @UnitOfWork()
  async register(input: RegisterOrganizationInput, ip: string): Promise<AuthPayloadDto> {
    const conflicts: Record<string, string[]> = {};
    if (await this.users.emailTaken(input.ownerEmail)) conflicts.ownerEmail = ['is already registered'];
    if (await this.organizations.isRegistered(input.unifiedSocialCreditCode)) conflicts.unifiedSocialCreditCode = ['is already registered'];
    if (Object.keys(conflicts).length) {
      throw new AppError(ErrorCode.CONFLICT, `Already registered: ${Object.keys(conflicts).join(', ')}`, { fields: conflicts });
    }
    const org = await this.organizations.create(input);
    const user = await this.users.createOwner(org.id, { email: input.ownerEmail, displayName: input.ownerDisplayName, password: input.ownerPassword });
    await this.events.publish(new AuditedChange(null, AuditEventType.ORGANIZATION_REGISTERED, {
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { name: org.name, kind: org.kind, channelType: org.channelType, status: org.status, ip },
      actor: { actorUserId: user.id, actorEmail: user.email },
    }));
    return this.sessions.issue(user, org, ip);
  }
}
