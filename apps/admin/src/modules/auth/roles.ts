import { Landing, Role } from '@mengyuan/domain';
import type { UserFieldsFragment } from '@mengyuan/graphql';
import { useAuth } from '@mengyuan/ui';

/** The route of each alliance landing (`me.landing`, decided by packages/domain landingFor). */
const HOME: Partial<Record<Landing, string>> = {
  [Landing.ADMIN_DASHBOARD]: '/dashboard',
  [Landing.REVIEW_QUEUE]: '/review',
};

export function homeOf(user: Pick<UserFieldsFragment, 'landing'> | null | undefined): string {
  return (user && HOME[user.landing as Landing]) ?? '/review';
}

/** Where the signed-in person's work is. */
export function useHome(): string {
  return homeOf(useAuth().user);
}

/**
 * Whether the signed-in person may take the alliance's administrative actions (finance, catalog edits, risk
 * decisions, SLA settings, arbitration). Auditors read and review; the api refuses them the rest, so the UI
 * does not offer it.
 */
export function useIsAdmin(): boolean {
  const { user } = useAuth();
  return !!user?.roles.includes(Role.ADMIN);
}
