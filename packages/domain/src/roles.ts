import { OrganizationKind } from './organization';

export const Role = {
  OWNER: 'OWNER',
  OPERATOR: 'OPERATOR',
  SUPPORT: 'SUPPORT', // L1 客服
  TECH: 'TECH', // L2 技术
  ADMIN: 'ADMIN', // alliance
  AUDITOR: 'AUDITOR', // alliance
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Which roles a user of each organisation kind may hold. */
export const ROLES_BY_KIND: Record<OrganizationKind, readonly Role[]> = {
  SUPPLIER: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH],
  MEMBER: [Role.OWNER, Role.OPERATOR],
  ALLIANCE: [Role.ADMIN, Role.AUDITOR],
};

/** Roles that may manage the organisation's account: API keys, people. */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = [Role.OWNER, Role.ADMIN];

/** What a machine's API key may do. */
export const ApiKeyScope = {
  CATALOG_READ: 'CATALOG_READ',
  ORDERS_READ: 'ORDERS_READ',
  ORDERS_WRITE: 'ORDERS_WRITE',
  TOPUPS_WRITE: 'TOPUPS_WRITE',
  TICKETS_WRITE: 'TICKETS_WRITE',
  WALLET_READ: 'WALLET_READ', // the balance and statement, so a merchant's system can check before it buys
} as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];
