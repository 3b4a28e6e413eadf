import { defineTransitions } from './state-machine';

/** What a member's complaint is about (DESIGN.md §2.8); the category sets the tier. */
export const TicketCategory = {
  INVALID_CODE: 'INVALID_CODE', // 卡密无效
  CODE_ALREADY_USED: 'CODE_ALREADY_USED', // 已被使用
  WRONG_ITEM: 'WRONG_ITEM', // 商品错发
  QUESTION: 'QUESTION', // 咨询
  TOPUP_NOT_RECEIVED: 'TOPUP_NOT_RECEIVED', // 充值未到账
  LOST_ORDER: 'LOST_ORDER', // 掉单
  SYSTEM_FAULT: 'SYSTEM_FAULT', // 系统故障
} as const;
export type TicketCategory = (typeof TicketCategory)[keyof typeof TicketCategory];

/** Service tiers: L1 客服 support, L2 技术 tech (the supplier's), L3 联盟仲裁 alliance arbitration (by escalation only). */
export const TicketTier = { L1: 'L1', L2: 'L2', L3: 'L3' } as const;
export type TicketTier = (typeof TicketTier)[keyof typeof TicketTier];

/** The category → tier map, shared by the api and the apps. */
export const TIER_OF_CATEGORY: Record<TicketCategory, TicketTier> = {
  INVALID_CODE: 'L1',
  CODE_ALREADY_USED: 'L1',
  WRONG_ITEM: 'L1',
  QUESTION: 'L1',
  TOPUP_NOT_RECEIVED: 'L2',
  LOST_ORDER: 'L2',
  SYSTEM_FAULT: 'L2',
};

/** Categories about particular card codes: the member names the codes concerned. */
export const CODE_CATEGORIES: readonly TicketCategory[] = ['INVALID_CODE', 'CODE_ALREADY_USED'];

/** Which supplier role answers a tier (the owner and operators answer every tier). */
export const ROLE_OF_TIER = { L1: 'SUPPORT', L2: 'TECH' } as const;

export const TicketStatus = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  WAITING_ON_MEMBER: 'WAITING_ON_MEMBER', // the resolution clock pauses
  ESCALATED: 'ESCALATED', // with the alliance (L3)
  RESOLVED: 'RESOLVED',
  REOPENED: 'REOPENED',
  CLOSED: 'CLOSED',
} as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

export const TicketAction = {
  RESPOND: 'RESPOND', // the supplier's first answer
  ASK_MEMBER: 'ASK_MEMBER', // waiting on the member: the resolution clock pauses
  MEMBER_REPLY: 'MEMBER_REPLY', // the member answered: the clock runs again
  ESCALATE: 'ESCALATE', // to alliance arbitration (L3)
  RESOLVE: 'RESOLVE',
  ACCEPT: 'ACCEPT', // the member accepts the resolution
  REOPEN: 'REOPEN', // the member reopens within REOPEN_DAYS of the resolution
  CLOSE: 'CLOSE', // closed by itself AUTO_CLOSE_DAYS after the resolution
} as const;
export type TicketAction = (typeof TicketAction)[keyof typeof TicketAction];

const T = TicketStatus;
/** A ticket's lifecycle (DESIGN.md §2.8): enforced by the api's TicketService.transition, read by the apps. */
export const ticketLifecycle = defineTransitions<TicketStatus, TicketAction>({
  [T.OPEN]: { RESPOND: T.IN_PROGRESS, ASK_MEMBER: T.WAITING_ON_MEMBER, ESCALATE: T.ESCALATED, RESOLVE: T.RESOLVED },
  [T.IN_PROGRESS]: { ASK_MEMBER: T.WAITING_ON_MEMBER, ESCALATE: T.ESCALATED, RESOLVE: T.RESOLVED },
  [T.WAITING_ON_MEMBER]: { MEMBER_REPLY: T.IN_PROGRESS, ESCALATE: T.ESCALATED, RESOLVE: T.RESOLVED },
  [T.ESCALATED]: { RESOLVE: T.RESOLVED },
  [T.RESOLVED]: { ACCEPT: T.CLOSED, REOPEN: T.REOPENED, CLOSE: T.CLOSED },
  [T.REOPENED]: { RESPOND: T.IN_PROGRESS, ASK_MEMBER: T.WAITING_ON_MEMBER, ESCALATE: T.ESCALATED, RESOLVE: T.RESOLVED },
  [T.CLOSED]: {},
});

/** Statuses in which a ticket still needs work (the queue's "open" filter). */
export const ACTIVE_TICKET_STATUSES: readonly TicketStatus[] = [T.OPEN, T.IN_PROGRESS, T.WAITING_ON_MEMBER, T.ESCALATED, T.REOPENED];

/** A member may reopen a resolved ticket within this many days; after as many days it closes by itself. */
export const REOPEN_DAYS = 7;
export const AUTO_CLOSE_DAYS = 7;

export const ResolutionKind = {
  REISSUE: 'REISSUE', // 补发: a replacement code, from the same offer or a backup one
  REFUND: 'REFUND', // 退款: full or partial, to the wallet
  COMPENSATION: 'COMPENSATION', // 赔偿: an extra credit
  REJECTED: 'REJECTED', // 驳回: with a reason
} as const;
export type ResolutionKind = (typeof ResolutionKind)[keyof typeof ResolutionKind];

/** Who carried the loss a resolution put right. */
export const Fault = { SUPPLIER: 'SUPPLIER', MEMBER: 'MEMBER', NONE: 'NONE' } as const;
export type Fault = (typeof Fault)[keyof typeof Fault];

/** The side an L3 ruling goes against. */
export const RulingAgainst = { MEMBER: 'MEMBER', SUPPLIER: 'SUPPLIER' } as const;
export type RulingAgainst = (typeof RulingAgainst)[keyof typeof RulingAgainst];

/** Who wrote a message in a ticket's thread. */
export const TicketAuthorKind = { MEMBER: 'MEMBER', SUPPLIER: 'SUPPLIER', ALLIANCE: 'ALLIANCE', SYSTEM: 'SYSTEM' } as const;
export type TicketAuthorKind = (typeof TicketAuthorKind)[keyof typeof TicketAuthorKind];

/** Resolutions a supplier may turn on as automatic rules (e.g. reissue at once on INVALID_CODE, up to N a day). */
export const AUTO_RESOLUTIONS: readonly ResolutionKind[] = ['REISSUE', 'REFUND'];

/** Ticket text limits, shared with the apps' forms. */
export const TICKET_LIMITS = { description: 4000, message: 4000, attachments: 5, reason: 1000 } as const;
