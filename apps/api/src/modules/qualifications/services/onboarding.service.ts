import {
  AuditEventType,
  ErrorCode,
  NotificationType,
  OrganizationAction,
  OrganizationKind,
  Role,
  organizationLifecycle,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { auditActor, type UserActor } from '../../../common/actor';
import { AppError, forbidden, invalidTransition, notFound } from '../../../common/errors';
import { AuditService } from '../../audit/audit.service';
import { NotificationService } from '../../notifications/services/notification.service';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import type { DecideOrganizationInput, UpdateOrganizationProfileInput } from '../inputs/qualification.inputs';
import { QualificationService } from './qualification.service';

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
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly qualifications: QualificationService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  private lockOrganization(id: string): Promise<OrganizationEntity | null> {
    return this.txHost.tx.getRepository(OrganizationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Company details, while the application is still being prepared. */
  @Transactional()
  async updateProfile(actor: UserActor, input: UpdateOrganizationProfileInput): Promise<OrganizationEntity> {
    const org = (await this.lockOrganization(actor.organizationId))!;
    if (org.status !== 'APPLIED') throw invalidTransition(org.status, 'edit company details');
    const changes = { name: input.name.trim(), contactName: input.contactName.trim(), contactPhone: input.contactPhone };
    await this.txHost.tx.getRepository(OrganizationEntity).update(org.id, changes);
    await this.audit.record({
      type: AuditEventType.ORGANIZATION_PROFILE_UPDATED,
      ...auditActor(actor),
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { before: { name: org.name, contactName: org.contactName, contactPhone: org.contactPhone }, after: changes },
    });
    return { ...org, ...changes };
  }

  /** APPLIED → UNDER_REVIEW once the documents its kind needs are in (pending or approved, unexpired). */
  @Transactional()
  async submitForReview(actor: UserActor): Promise<OrganizationEntity> {
    const org = (await this.lockOrganization(actor.organizationId))!;
    const next = organizationLifecycle.next(org.status, OrganizationAction.SUBMIT, org.kind);
    if (!next) throw invalidTransition(org.status, OrganizationAction.SUBMIT);
    const missing = await this.qualifications.missing(org, false);
    if (missing.length) throw missingDocumentsError(missing);
    await this.txHost.tx.getRepository(OrganizationEntity).update(org.id, { status: next, statusReason: null });
    await this.audit.record({
      type: AuditEventType.ORGANIZATION_SUBMITTED,
      ...auditActor(actor),
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { from: org.status, to: next },
    });
    return { ...org, status: next, statusReason: null };
  }

  /** An alliance decision on an organisation's lifecycle, with its reason, in the audit chain. */
  @Transactional()
  async decide(actor: UserActor, input: DecideOrganizationInput): Promise<OrganizationEntity> {
    const allowed = actor.roles.includes(Role.ADMIN) ? ADMIN_ACTIONS : AUDITOR_ACTIONS;
    if (!allowed.includes(input.action)) throw forbidden(`You may not ${input.action} organisations`);
    const org = await this.lockOrganization(input.id);
    if (!org) throw notFound('Organization');
    if (org.kind === OrganizationKind.ALLIANCE) throw invalidTransition(org.status, input.action);
    const next = organizationLifecycle.next(org.status, input.action, org.kind);
    if (!next) throw invalidTransition(org.status, input.action);
    if (input.action === OrganizationAction.APPROVE) {
      const missing = await this.qualifications.missing(org, true);
      if (missing.length) throw missingDocumentsError(missing);
    }
    const reason = input.reason.trim();
    await this.txHost.tx.getRepository(OrganizationEntity).update(org.id, { status: next, statusReason: reason });
    await this.audit.record({
      type: AuditEventType.ORGANIZATION_DECIDED,
      ...auditActor(actor),
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { action: input.action, from: org.status, to: next, reason },
    });
    await this.notifications.notifyOrganization(org.id, NotificationType.ORGANIZATION_DECIDED, { action: input.action, from: org.status, to: next, reason });
    return { ...org, status: next, statusReason: reason };
  }
}
