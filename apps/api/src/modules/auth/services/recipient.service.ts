import type { OrganizationKind, Role } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { UserEntity } from '../entities/user.entity';

/** Someone a notice can reach: an enabled user, with the organisation it belongs to. */
export interface Recipient {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  email: string;
  displayName: string;
  roles: Role[];
}

/** Who can be told things: the people of an organisation (or of every organisation of a kind), by role. */
@Injectable()
export class RecipientService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query() {
    return this.txHost.tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin('u.organization', 'o')
      .select(['u.id AS "userId"', 'u.organization_id AS "organizationId"', 'o.kind AS "organizationKind"', 'u.email AS email', 'u.display_name AS "displayName"', 'u.roles AS roles'])
      .where('u.disabled_at IS NULL')
      .orderBy('u.created_at', 'ASC');
  }

  /** The enabled people of an organisation, optionally only those holding one of `roles`. */
  ofOrganization(organizationId: string, roles?: readonly Role[]): Promise<Recipient[]> {
    const q = this.query().andWhere('u.organization_id = :organizationId', { organizationId });
    if (roles?.length) q.andWhere('u.roles && :roles::text[]', { roles: [...roles] });
    return q.getRawMany<Recipient>();
  }

  /** The enabled people of every organisation of a kind that is in the alliance. */
  ofKind(kind: OrganizationKind, roles?: readonly Role[]): Promise<Recipient[]> {
    const q = this.query().andWhere('o.kind = :kind AND o.status IN (:...statuses)', { kind, statuses: ['PROBATION', 'ACTIVE', 'SUSPENDED'] });
    if (roles?.length) q.andWhere('u.roles && :roles::text[]', { roles: [...roles] });
    return q.getRawMany<Recipient>();
  }

  async ofUsers(userIds: readonly string[]): Promise<Recipient[]> {
    if (!userIds.length) return [];
    return this.query().andWhere('u.id IN (:...ids)', { ids: [...new Set(userIds)] }).getRawMany<Recipient>();
  }
}
