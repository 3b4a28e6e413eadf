import { AuditEventType, OrganizationKind, OrganizationStatus, organizationLifecycle, type ChannelType, type OrganizationAction } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { assertId, invalidTransition, notFound } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page, PageInput } from '../../../common/pagination';
import { pageOf } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { OrganizationEntity } from '../entities/organization.entity';
import type { OrganizationFilter } from '../inputs/organization-filter.input';
import { OrganizationStatusChangedEvent } from '../organizations.events';
import type { Organization } from '../organization.types';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<OrganizationEntity, OrganizationStatus, OrganizationAction, OrganizationKind>({
      aggregate: 'organization', label: 'Organization', entity: OrganizationEntity, machine: organizationLifecycle, context: (o) => o.kind,
      events: ({ actor, after, from, action, reason }) => new OrganizationStatusChangedEvent(actor, after, from, action, reason),
    });
  }

  private readonly lifecycle: Lifecycle<OrganizationEntity, OrganizationStatus, OrganizationAction, OrganizationKind>;

  private get repo() {
    return this.txHost.tx.getRepository(OrganizationEntity);
  }

  /** Whether an organisation with this unified social credit code is registered already. */
  isRegistered(unifiedSocialCreditCode: string): Promise<boolean> {
    return this.repo.existsBy({ unifiedSocialCreditCode });
  }

  /**
   * A self-registered supplier or member, in APPLIED. Its owner, the audit record and the owner's first
   * session are the auth module's (RegistrationService), which sits above the organisations.
   */
  async create(input: { kind: OrganizationKind; name: string; channelType?: ChannelType | null; unifiedSocialCreditCode: string; contactName: string; contactPhone: string }): Promise<Organization> {
    return this.lifecycle.created(await this.repo.save(
      this.repo.create({
        name: input.name.trim(),
        kind: input.kind,
        channelType: input.kind === OrganizationKind.SUPPLIER ? input.channelType! : null,
        status: OrganizationStatus.APPLIED,
        unifiedSocialCreditCode: input.unifiedSocialCreditCode,
        contactName: input.contactName.trim(),
        contactPhone: input.contactPhone,
      }),
    ));
  }

  /** The caller's own organisation, or any for alliance staff; anything else is NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Organization> {
    const orgId = assertId(id, 'Organization');
    if (!isAlliance(actor) && orgId !== actor.organizationId) throw notFound('Organization');
    const org = await this.repo.findOne({ where: { id: orgId } });
    if (!org) throw notFound('Organization');
    return org;
  }

  /**
   * Locks an organisation row (the root of its users, invitations and, for an elimination, its unsold codes)
   * for a decision in the caller's unit of work.
   */
  lock(id: string): Promise<Organization | null> {
    return this.lifecycle.lock(assertId(id, 'Organization'));
  }

  /**
   * The one way an organisation's status changes: checked against organizationLifecycle (packages/domain),
   * written only if nobody moved it meanwhile, published as OrganizationStatusChangedEvent (audit chain,
   * the organisation's inbox). The caller has locked it and checked who may take the action.
   */
  transition(actor: Actor | null, org: Organization, action: OrganizationAction, reason: string | null): Promise<Organization> {
    return this.lifecycle.transition(actor, org as OrganizationEntity, action, { statusReason: reason }, { reason });
  }

  /** Company details, while the application is still being prepared. */
  @UnitOfWork()
  async updateProfile(actor: UserActor, changes: { name: string; contactName: string; contactPhone: string }): Promise<Organization> {
    const org = (await this.lock(actor.organizationId))!;
    if (org.status !== OrganizationStatus.APPLIED) throw invalidTransition(org.status, 'edit company details');
    const after = { name: changes.name.trim(), contactName: changes.contactName.trim(), contactPhone: changes.contactPhone };
    await this.repo.update(org.id, after);
    await this.events.publish(new AuditedChange(actor, AuditEventType.ORGANIZATION_PROFILE_UPDATED, {
      organizationId: org.id,
      subjectType: 'organization',
      subjectId: org.id,
      payload: { before: { name: org.name, contactName: org.contactName, contactPhone: org.contactPhone }, after },
    }));
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
