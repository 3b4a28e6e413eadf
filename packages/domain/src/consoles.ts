import { addDays, daysBetween } from './dates';
import { OrganizationKind, OrganizationStatus } from './organization';
import { Role } from './roles';

/** Where a person's work is: the page each role lands on after signing in (DESIGN.md §2.12). */
export const Landing = {
  /** Registration not yet approved: finish the application. */
  ONBOARDING: 'ONBOARDING',
  ADMIN_DASHBOARD: 'ADMIN_DASHBOARD',
  /** An auditor's work: organisations, documents, offers and batches waiting for review. */
  REVIEW_QUEUE: 'REVIEW_QUEUE',
  SUPPLIER_DASHBOARD: 'SUPPLIER_DASHBOARD',
  /** Supplier support (客服) and tech (技术) staff answer tickets. */
  TICKETS: 'TICKETS',
  MEMBER_DASHBOARD: 'MEMBER_DASHBOARD',
} as const;
export type Landing = (typeof Landing)[keyof typeof Landing];

const WORKING: readonly OrganizationStatus[] = [OrganizationStatus.ACTIVE, OrganizationStatus.PROBATION, OrganizationStatus.SUSPENDED];

/** The one rule of where a person lands; the api answers it as `me.landing`, the apps route by it. */
export function landingFor(kind: OrganizationKind, status: OrganizationStatus, roles: readonly Role[]): Landing {
  if (kind === OrganizationKind.ALLIANCE) return roles.includes(Role.ADMIN) ? Landing.ADMIN_DASHBOARD : Landing.REVIEW_QUEUE;
  if (!WORKING.includes(status)) return Landing.ONBOARDING;
  if (kind === OrganizationKind.MEMBER) return Landing.MEMBER_DASHBOARD;
  return roles.includes(Role.OWNER) || roles.includes(Role.OPERATOR) ? Landing.SUPPLIER_DASHBOARD : Landing.TICKETS;
}

/** Roles an owner may give by invitation (the owner role itself is given by changing an existing user's roles). */
export const INVITABLE_ROLES: Record<OrganizationKind, readonly Role[]> = {
  SUPPLIER: [Role.OPERATOR, Role.SUPPORT, Role.TECH],
  MEMBER: [Role.OPERATOR],
  ALLIANCE: [Role.ADMIN, Role.AUDITOR],
};

/** An invitation's state, derived from its timestamps. */
export const InvitationStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

/** Invitations are valid this long unless configured otherwise (INVITATION_TTL_HOURS). */
export const INVITATION_TTL_HOURS = 7 * 24;

/** Dashboards and statements count days and months in the alliance's time zone (UTC+8, no daylight saving). */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The instant a Shanghai calendar day (YYYY-MM-DD) starts. */
export function shanghaiDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS);
}

/**
 * The period a dashboard compares with: the same days one week earlier, or as many whole weeks earlier as
 * the range is long, so weekdays line up and the two periods never overlap (周同比).
 */
export function comparisonRange(from: string, to: string): { from: string; to: string } {
  const shift = Math.ceil((daysBetween(from, to) + 1) / 7) * 7;
  return { from: addDays(from, -shift), to: addDays(to, -shift) };
}

/** A month (YYYY-MM) as the instants it starts and ends in Asia/Shanghai. */
export function shanghaiMonth(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: shanghaiDayStart(`${month}-01`), end: shanghaiDayStart(`${next}-01`) };
}

/**
 * Delivery latency histogram: bucket 0 holds ≤ 1 ms, bucket k holds (2^((k-1)/2), 2^(k/2)] ms, the last one
 * everything above. Buckets grow by √2, so a percentile read from them is within that factor's half either side.
 */
export const LATENCY_BUCKETS = 48;

export function latencyBucket(ms: number): number {
  if (!(ms > 1)) return 0;
  return Math.min(LATENCY_BUCKETS - 1, Math.ceil(2 * Math.log2(ms) - 1e-9));
}

/** The p-quantile (0 < p ≤ 1) of a latency histogram, interpolated geometrically inside its bucket; null when empty. */
export function latencyQuantile(buckets: readonly number[], p: number): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (let k = 0; k < buckets.length; k++) {
    const n = buckets[k];
    if (!n) continue;
    if (seen + n >= rank) {
      const upper = 2 ** (k / 2);
      if (k === 0) return upper * ((rank - seen) / n);
      const lower = 2 ** ((k - 1) / 2);
      if (k === LATENCY_BUCKETS - 1) return lower;
      return lower * (upper / lower) ** ((rank - seen) / n);
    }
    seen += n;
  }
  return null;
}
