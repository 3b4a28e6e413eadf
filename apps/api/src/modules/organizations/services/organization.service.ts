import { AuditEventType, OrganizationKind, OrganizationStatus, Role } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { isAlliance, type Actor } from '../../../common/actor';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { ErrorCode } from '@mengyuan/domain';
import type { Page, PageInput } from '../../../common/pagination';
import { pageOf } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import type { AuthPayloadDto } from '../../auth/dtos/user.dto';
import { UserEntity } from '../../auth/entities/user.entity';
import { normaliseEmail } from '../../auth/services/auth.service';
import { PasswordService, passwordProblems } from '../../auth/services/password.service';
import { SessionService } from '../../auth/services/session.service';
import { OrganizationEntity } from '../entities/organization.entity';
import type { OrganizationFilter } from '../inputs/organization-filter.input';
import type { RegisterOrganizationInput } from '../inputs/register-organization.input';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Self-registration of a supplier or member: the organisation in APPLIED, its owner signed in. */
  @Transactional()
  async register(input: RegisterOrganizationInput, ip: string): Promise<AuthPayloadDto> {
    const problems = passwordProblems(input.ownerPassword);
    if (problems.length) throw validationFailed({ ownerPassword: problems });
    const email = normaliseEmail(input.ownerEmail);
    const em = this.txHost.tx;
    const taken = await em.query(
      `SELECT (SELECT count(*) FROM users WHERE email = $1)::int AS emails,
              (SELECT count(*) FROM organizations WHERE unified_social_credit_code = $2)::int AS codes`,
      [email, input.unifiedSocialCreditCode],
    );
    const conflicts: Record<string, string[]> = {};
    if (taken[0].emails) conflicts.ownerEmail = ['is already registered'];
    if (taken[0].codes) conflicts.unifiedSocialCreditCode = ['is already registered'];
    if (Object.keys(conflicts).length) {
      throw new AppError(ErrorCode.CONFLICT, `Already registered: ${Object.keys(conflicts).join(', ')}`, { fields: conflicts });
    }
    const org = await em.getRepository(OrganizationEntity).save(
      em.getRepository(OrganizationEntity).create({
        name: input.name.trim(),
        kind: input.kind,
        channelType: input.kind === OrganizationKind.SUPPLIER ? input.channelType! : null,
        status: OrganizationStatus.APPLIED,
        unifiedSocialCreditCode: input.unifiedSocialCreditCode,
        contactName: input.contactName.trim(),
        contactPhone: input.contactPhone,
      }),
    );
    const user = await em.getRepository(UserEntity).save(
      em.getRepository(UserEntity).create({
        organizationId: org.id,
        email,
        displayName: input.ownerDisplayName.trim(),
        passwordHash: await this.passwords.hash(input.ownerPassword),
        roles: [Role.OWNER],
        sessionVersion: 0,
        lastLoginAt: null,
      }),
    );
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
  async get(actor: Actor, id: string): Promise<OrganizationEntity> {
    const orgId = assertId(id, 'Organization');
    if (!isAlliance(actor) && orgId !== actor.organizationId) throw notFound('Organization');
    const org = await this.txHost.tx.getRepository(OrganizationEntity).findOne({ where: { id: orgId } });
    if (!org) throw notFound('Organization');
    return org;
  }

  /** Organisations waiting for an audit decision, longest-waiting first. */
  underReview(limit = 200): Promise<OrganizationEntity[]> {
    return this.txHost.tx.getRepository(OrganizationEntity).find({ where: { status: OrganizationStatus.UNDER_REVIEW }, order: { updatedAt: 'ASC' }, take: limit });
  }

  async list(filter: OrganizationFilter | null | undefined, page: PageInput | null | undefined): Promise<Page<OrganizationEntity>> {
    const { offset, limit } = pageOf(page);
    const qb = this.txHost.tx.getRepository(OrganizationEntity).createQueryBuilder('o');
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
