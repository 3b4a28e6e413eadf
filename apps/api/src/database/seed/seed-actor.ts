import type { EntityManager } from 'typeorm';
import type { Role } from '@mengyuan/domain';
import type { UserActor } from '../../common/actor';

/** The demo seed acts as the demo people, through the same services and rules as everyone else. */
export async function seedActor(em: EntityManager, email: string): Promise<UserActor> {
  const [u] = (await em.query(
    `SELECT u.id, u.email, u.roles, u.organization_id, o.kind, o.status FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
    [email],
  )) as { id: string; email: string; roles: Role[]; organization_id: string; kind: UserActor['organizationKind']; status: UserActor['organizationStatus'] }[];
  return { kind: 'user', userId: u.id, email: u.email, roles: u.roles, organizationId: u.organization_id, organizationKind: u.kind, organizationStatus: u.status, sessionFamilyId: '' };
}
