import { defineTransitions } from './state-machine';

export const OrganizationKind = { SUPPLIER: 'SUPPLIER', MEMBER: 'MEMBER', ALLIANCE: 'ALLIANCE' } as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

/** The four kinds of source the seed article names (卡盟货源地的核心类型). */
export const ChannelType = {
  OFFICIAL_AUTHORIZED: 'OFFICIAL_AUTHORIZED',
  AGGREGATOR: 'AGGREGATOR',
  SOURCE_DIRECT: 'SOURCE_DIRECT',
  ALLIANCE_PEER: 'ALLIANCE_PEER',
} as const;
export type ChannelType = (typeof ChannelType)[keyof typeof ChannelType];

export const OrganizationStatus = {
  APPLIED: 'APPLIED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  PROBATION: 'PROBATION',
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  TERMINATED: 'TERMINATED',
  ELIMINATED: 'ELIMINATED',
} as const;
export type OrganizationStatus = (typeof OrganizationStatus)[keyof typeof OrganizationStatus];

/** What moves an organisation along its lifecycle (DESIGN.md §2.1). */
export const OrganizationAction = {
  SUBMIT: 'SUBMIT', // the organisation itself, once its documents are in
  APPROVE: 'APPROVE',
  REJECT: 'REJECT',
  PASS_PROBATION: 'PASS_PROBATION', // automatic, or an admin after the trial orders
  SUSPEND: 'SUSPEND',
  REINSTATE: 'REINSTATE',
  TERMINATE: 'TERMINATE',
  ELIMINATE: 'ELIMINATE', // quarterly evaluation
} as const;
export type OrganizationAction = (typeof OrganizationAction)[keyof typeof OrganizationAction];

const S = OrganizationStatus;
const A = OrganizationAction;

/**
 * The lifecycle as a table: status → action → next status. APPROVE from UNDER_REVIEW depends on the kind
 * (suppliers go on probation, members straight to ACTIVE), so the table holds a function for it.
 */
export const organizationLifecycle = defineTransitions<OrganizationStatus, OrganizationAction, OrganizationKind>({
  [S.APPLIED]: { [A.SUBMIT]: S.UNDER_REVIEW, [A.TERMINATE]: S.TERMINATED },
  [S.UNDER_REVIEW]: {
    [A.APPROVE]: (kind) => (kind === OrganizationKind.SUPPLIER ? S.PROBATION : S.ACTIVE),
    [A.REJECT]: S.APPLIED,
    [A.TERMINATE]: S.TERMINATED,
  },
  [S.PROBATION]: {
    [A.PASS_PROBATION]: S.ACTIVE,
    [A.SUSPEND]: S.SUSPENDED,
    [A.TERMINATE]: S.TERMINATED,
    [A.ELIMINATE]: S.ELIMINATED,
  },
  [S.ACTIVE]: { [A.SUSPEND]: S.SUSPENDED, [A.TERMINATE]: S.TERMINATED, [A.ELIMINATE]: S.ELIMINATED },
  [S.SUSPENDED]: { [A.REINSTATE]: S.ACTIVE, [A.TERMINATE]: S.TERMINATED, [A.ELIMINATE]: S.ELIMINATED },
  [S.TERMINATED]: {},
  [S.ELIMINATED]: {},
});

/** Statuses in which an organisation's people may sign in at all. */
export const SIGN_IN_STATUSES: readonly OrganizationStatus[] = [S.APPLIED, S.UNDER_REVIEW, S.PROBATION, S.ACTIVE, S.SUSPENDED];
export const FINAL_STATUSES: readonly OrganizationStatus[] = [S.TERMINATED, S.ELIMINATED];

/** 统一社会信用代码: 18 characters from the GB 32100-2015 alphabet (no I, O, Z, S, V). */
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
/** Mainland mobile numbers. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
