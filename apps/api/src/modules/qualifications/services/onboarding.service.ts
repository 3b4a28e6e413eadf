import { ErrorCode, OrganizationAction, OrganizationKind, Role, organizationLifecycle } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../../common/actor';
import { AppError, forbidden, invalidTransition, notFound } from '../../../common/errors';
import type { Organization } from '../../organizations/organization.types';
import { OrganizationService } from '../../organizations/services/organization.service';
import type { DecideOrganizationInput, UpdateOrganizationProfileInput } from '../inputs/qualification.inputs';
import { QualificationService } from './qualification.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

/** What an alliance admin may decide here; ELIMINATE belongs to the quarterly evaluation, SUBMIT to the organisation. */
const ADMIN_ACTIONS: readonly OrganizationAction[] = [
  OrganizationAction.APPROVE,
  OrganizationAction.REJECT,
  OrganizationAction.PASS_PROBATION,
  OrganizationAction.SUSPEND,
  OrganizationAction.REINSTATE,
  OrganizationAction.TERMINATE,
];
/** Auditors review applications; suspending or ending membership is an admin's call. */
const AUDITOR_ACTIONS: readonly OrganizationAction[] = [OrganizationAction.APPROVE, OrganizationAction.REJECT];

export const missingDocumentsError = (missing: string[]) =>
  new AppError(ErrorCode.MISSING_DOCUMENTS, `Required documents missing: ${missing.join(', ')}`, { missing });

@Injectable()
export class OnboardingService {
  constructor(
    private readonly qualifications: QualificationService,
    private readonly organizations: OrganizationService,
  ) {}

  /** Company details, while the application is still being prepared. */
  updateProfile(actor: UserActor, input: UpdateOrganizationProfileInput): Promise<Organization> {
    return this.organizations.updateProfile(actor, input);
  }

  /** APPLIED → UNDER_REVIEW once the documents its kind needs are in (pending or approved, unexpired). */
  @UnitOfWork()
  async submitForReview(actor: UserActor): Promise<Organization> {
    const org = (await this.organizations.lock(actor.organizationId))!;
    if (!organizationLifecycle.can(org.status, OrganizationAction.SUBMIT)) throw invalidTransition(org.status, OrganizationAction.SUBMIT);
    const missing = await this.qualifications.missing(org, false);
    if (missing.length) throw missingDocumentsError(missing);
    return this.organizations.transition(actor, org, OrganizationAction.SUBMIT, null);
  }

  /** An alliance decision on an organisation's lifecycle, with its reason, in the audit chain. */
  @UnitOfWork()
  async decide(actor: UserActor, input: DecideOrganizationInput): Promise<Organization> {
    const allowed = actor.roles.includes(Role.ADMIN) ? ADMIN_ACTIONS : AUDITOR_ACTIONS;
    if (!allowed.includes(input.action)) throw forbidden(`You may not ${input.action} organisations`);
    const org = await this.organizations.lock(input.id);
    if (!org) throw notFound('Organization');
    if (org.kind === OrganizationKind.ALLIANCE || !organizationLifecycle.can(org.status, input.action)) throw invalidTransition(org.status, input.action);
    if (input.action === OrganizationAction.APPROVE) {
      const missing = await this.qualifications.missing(org, true);
      if (missing.length) throw missingDocumentsError(missing);
    }
    return this.organizations.transition(actor, org, input.action, input.reason.trim());
  }
}
