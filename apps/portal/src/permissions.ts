import { Role, type OrganizationKind } from '@mengyuan/domain';
import { useAuth } from '@mengyuan/ui';

/**
 * What the signed-in person may do in the portal, read from their roles (packages/domain roles.ts and the api's
 * @Authorize rules). The api stays the gate; this only keeps actions a role may not take off the screen.
 */
export interface PortalPermissions {
  kind: OrganizationKind | null;
  /** Owner of the organisation: people, API keys, webhooks. */
  owner: boolean;
  /** Owners and operators: money (wallet, payable, statements), dashboards, orders and sales exports. */
  money: boolean;
  /** Suppliers' people who answer tickets: owner, operator, support (客服), tech (技术). */
  tickets: boolean;
}

export function permissionsOf(kind: OrganizationKind | null, roles: readonly Role[]): PortalPermissions {
  const has = (r: Role) => roles.includes(r);
  return {
    kind,
    owner: has(Role.OWNER),
    money: has(Role.OWNER) || has(Role.OPERATOR),
    tickets: kind === 'MEMBER' || has(Role.OWNER) || has(Role.OPERATOR) || has(Role.SUPPORT) || has(Role.TECH),
  };
}

export function usePermissions(): PortalPermissions {
  const { user } = useAuth();
  return permissionsOf(user?.organization.kind ?? null, user?.roles ?? []);
}
