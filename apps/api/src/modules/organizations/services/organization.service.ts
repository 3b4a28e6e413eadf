import { AuditEventType, ErrorCode, OrganizationKind, OrganizationStatus, organizationLifecycle, type OrganizationAction } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { AppError, assertId, invalidTransition, notFound } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page, PageInput } from '../../../common/pagination';
import { pageOf } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { AuditService } from '../../audit/audit.service';
import type { AuthPayloadDto } from '../../auth/dtos/user.dto';
import { SessionService } from '../../auth/services/session.service';
import { UserService } from '../../auth/services/user.service';
import { OrganizationEntity } from '../entities/organization.entity';
import type { OrganizationFilter } from '../inputs/organization-filter.input';
import type { RegisterOrganizationInput } from '../inputs/register-organization.input';
import { OrganizationStatusChangedEvent } from '../organizations.events';
import type { Organization } from '../organization.types';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  private get repo() {
    return this.txHost.tx.getRepository(OrganizationEntity);
  }

  /** Self-registration of a supplier or member: the organisation in APPLIED, its owner signed in. */
  @Transactional()
  async register(input: RegisterOrganizationInput, ip: string): Promise<AuthPayloadDto> {
    const conflicts: Record<string, string[]> = {};
    if (await this.users.emailTaken(input.ownerEmail)) conflicts.ownerEmail = ['is already registered'];
    if (await this.repo.existsBy({ unifiedSocialCreditCode: input.unifiedSocialCreditCode })) conflicts.unifiedSocialCreditCode = ['is already registered'];
    if (Object.keys(conflicts).length) {
      throw new AppError(ErrorCode.CONFLICT, `Already registered: ${Object.keys(conflicts).join(', ')}`, { fields: conflicts });
    }
    const org = await this.repo.save(
      this.repo.create({
        name: input.name.trim(),
        kind: input.kind,
        channelType: input.kind === OrganizationKind.SUPPLIER ? input.channelType! : null,
        status: OrganizationStatus.APPLIED,
        unifiedSocialCreditCode: input.unifiedSocialCreditCode,
        contactName: input.contactName.trim(),
        contactPhone: input.contactPhone,
      }),
    );
    const user = await this.users.createOwner(org.id, { email: input.ownerEmail, displayName: input.ownerDisplayName, password: input.ownerPassword });
    await this.audit.record({
      type: AuditEventType.ORGANIZATION_REGISTERED,
      actorUserId: user.id,
      actorEmail: user.email,
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { name: org.name, kind: org.kind, channelType: org.channelType, status: org.status, ip },
    });
    return this.sessions.issue(user, org, ip);
  }

  /** The caller's own organisation, or any for alliance staff; anything else is NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Organization> {
    const orgId = assertId(id, 'Organization');
    if (!isAlliance(actor) && orgId !== actor.organizationId) throw notFound('Organization');
    const org = await this.repo.findOne({ where: { id: orgId } });
    if (!org) throw notFound('Organization');
    return org;
  }

  /** Locks an organisation row for a decision in the caller's transaction. */
  lock(id: string): Promise<Organization | null> {
    return this.repo.findOne({ where: { id: assertId(id, 'Organization') }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The one way an organisation's status changes: checked against organizationLifecycle (packages/domain),
   * written only if nobody moved it meanwhile, published as OrganizationStatusChangedEvent (audit chain,
   * the organisation's inbox). The caller has checked who may take the action.
   */
  async transition(actor: Actor | null, org: Organization, action: OrganizationAction, reason: string | null): Promise<Organization> {
    const next = nextStatus(organizationLifecycle, org.status, action, org.kind);
    const moved = await this.repo.update({ id: org.id, status: org.status }, { status: next, statusReason: reason });
    if (!moved.affected) throw invalidTransition(org.status, action);
    const updated = { ...org, status: next, statusReason: reason };
    await this.events.publish(new OrganizationStatusChangedEvent(actor, updated, org.status, action, reason));
    return updated;
  }

  /** Company details, while the application is still being prepared. */
  @Transactional()
  async updateProfile(actor: UserActor, changes: { name: string; contactName: string; contactPhone: string }): Promise<Organization> {
    const org = (await this.lock(actor.organizationId))!;
    if (org.status !== OrganizationStatus.APPLIED) throw invalidTransition(org.status, 'edit company details');
    const after = { name: changes.name.trim(), contactName: changes.contactName.trim(), contactPhone: changes.contactPhone };
    await this.repo.update(org.id, after);
    await this.audit.record({
      type: AuditEventType.ORGANIZATION_PROFILE_UPDATED,
      ...auditActor(actor),
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { before: { name: org.name, contactName: org.contactName, contactPhone: org.contactPhone }, after },
    });
    return { ...org, ...after };
  }

  /** Organisations waiting for an audit decision, longest-waiting first. */
  underReview(limit = 200): Promise<Organization[]> {
    return this.repo.find({ where: { status: OrganizationStatus.UNDER_REVIEW }, order: { updatedAt: 'ASC' }, take: limit });
  }

  async list(filter: OrganizationFilter | null | undefined, page: PageInput | null | undefined): Promise<Page<Organization>> {
    const { offset, limit } = pageOf(page);
    const qb = this.repo.createQueryBuilder('o');
    if (filter?.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter?.status) qb.andWhere('o.status = :status', { status: filter.status });
    const search = filter?.search?.trim();
    if (search) {
      qb.andWhere('(o.name ILIKE :q OR o.unified_social_credit_code ILIKE :q OR o.contact_name ILIKE :q)', {
        q: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [items, totalCount] = await qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id').skip(offset).take(limit).getManyAndCount();
    return { items, totalCount };
  }
}
