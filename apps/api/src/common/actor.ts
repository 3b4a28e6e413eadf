import type { ApiKeyScope, OrganizationKind, OrganizationStatus, Role } from '@mengyuan/domain';

/** Who is calling: a signed-in person, or a machine with an API key. Every resolver scopes by organizationId. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      email: string;
      organizationId: string;
      organizationKind: OrganizationKind;
      organizationStatus: OrganizationStatus;
      roles: Role[];
      /** The refresh-token family of this sign-in: revoking it ends the session at once. */
      sessionFamilyId: string;
    }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      organizationId: string;
      organizationKind: OrganizationKind;
      organizationStatus: OrganizationStatus;
      scopes: ApiKeyScope[];
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** What an audit record says of whoever acted. */
export function auditActor(actor: Actor | null | undefined) {
  if (!actor) return {};
  return actor.kind === 'user'
    ? { actorUserId: actor.userId, actorEmail: actor.email }
    : { actorApiKeyId: actor.apiKeyId };
}

export const isAlliance = (actor: Actor) => actor.organizationKind === 'ALLIANCE';
