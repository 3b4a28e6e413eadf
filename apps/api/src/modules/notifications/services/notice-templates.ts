import { formatFen, SHANGHAI_ZONE, type NotificationType } from '@mengyuan/domain';
import { DateTime } from 'luxon';

/** One notice in both languages the product speaks, with where it is acted on. */
export interface RenderedNotice {
  zh: { title: string; body: string };
  en: { title: string; body: string };
  /** A path inside the recipient's app (the portal, or the admin app under /admin for alliance staff), or null. */
  path: string | null;
}

type P = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const time = (v: unknown) => (v ? DateTime.fromISO(s(v) || '', { zone: SHANGHAI_ZONE }).toFormat('yyyy-MM-dd HH:mm') : '');
const money = (v: unknown) => (v === null || v === undefined || v === '' ? '' : formatFen(s(v)));

const CATEGORY: Record<string, [string, string]> = {
  INVALID_CODE: ['卡密无效', 'invalid code'], CODE_ALREADY_USED: ['卡密已被使用', 'code already used'], WRONG_ITEM: ['商品错发', 'wrong item'],
  QUESTION: ['咨询', 'question'], TOPUP_NOT_RECEIVED: ['充值未到账', 'top-up not received'], LOST_ORDER: ['掉单', 'lost order'], SYSTEM_FAULT: ['系统故障', 'system fault'],
};
const METRIC: Record<string, [string, string]> = { FIRST_RESPONSE: ['首次响应', 'first response'], RESOLUTION: ['解决', 'resolution'] };
const DOCUMENT: Record<string, [string, string]> = {
  BUSINESS_LICENSE: ['营业执照', 'business licence'], INDUSTRY_LICENSE: ['行业许可证', 'industry licence'], PRODUCT_AUTHORIZATION: ['产品授权书', 'product authorisation'], LEGAL_REP_ID: ['法人实名', 'legal representative ID'],
};
const RESOLUTION: Record<string, [string, string]> = { REISSUE: ['补发', 'reissued'], REFUND: ['退款', 'refunded'], COMPENSATION: ['补偿', 'compensated'], REJECTED: ['驳回', 'rejected'] };
const DECISION: Record<string, [string, string]> = {
  KEEP: ['保留', 'kept'], ELIMINATE: ['淘汰', 'eliminated'], GRANT_APPEAL: ['申诉成立，保留', 'appeal granted: kept'], REJECT_APPEAL: ['申诉驳回', 'appeal rejected'],
  GRANT: ['申诉成立', 'granted'], REJECT: ['驳回', 'rejected'], APPROVE: ['通过', 'approved'],
};
const label = (map: Record<string, [string, string]>, v: unknown, lang: 0 | 1) => map[s(v)]?.[lang] ?? s(v);

const ticket = (p: P) => (s(p.number).startsWith('TK') ? s(p.number) : `TK${s(p.number).padStart(6, '0')}`);
const ticketPath = (p: P) => (p.ticketId ? `/tickets/${s(p.ticketId)}` : null);

/**
 * The words of every notice kind (the apps' inbox renders the same kinds through their own i18n). Times are in
 * Asia/Shanghai, money is ¥ with two decimals, enums are words.
 */
const TEMPLATES: Record<NotificationType, (p: P) => RenderedNotice> = {
  DOCUMENT_EXPIRING: (p) => ({
    zh: { title: '资质即将到期', body: `您的${label(DOCUMENT, p.documentType, 0)}（${s(p.number)}）将于 ${s(p.validTo)} 到期（还剩 ${s(p.days)} 天），请及时上传新证件。` },
    en: { title: 'A document expires soon', body: `Your ${label(DOCUMENT, p.documentType, 1)} (${s(p.number)}) expires on ${s(p.validTo)} (${s(p.days)} days left). Upload the new one in time.` },
    path: '/documents',
  }),
  DOCUMENT_EXPIRED: (p) => ({
    zh: { title: '资质已过期', body: `您的${label(DOCUMENT, p.documentType, 0)}（${s(p.number)}）已于 ${s(p.validTo)} 过期，依赖它的货源已暂停。` },
    en: { title: 'A document expired', body: `Your ${label(DOCUMENT, p.documentType, 1)} (${s(p.number)}) expired on ${s(p.validTo)}; offers depending on it are paused.` },
    path: '/documents',
  }),
  DOCUMENT_REVIEWED: (p) => ({
    zh: { title: '资质审核结果', body: `您的${label(DOCUMENT, p.documentType, 0)}审核结果：${s(p.status) === 'APPROVED' ? '通过' : '未通过'}。${s(p.note)}` },
    en: { title: 'Document reviewed', body: `Your ${label(DOCUMENT, p.documentType, 1)} was ${s(p.status) === 'APPROVED' ? 'approved' : 'rejected'}. ${s(p.note)}` },
    path: '/documents',
  }),
  ORGANIZATION_DECIDED: (p) => ({
    zh: { title: '联盟审核决定', body: `联盟对贵机构的决定：${s(p.action)}（状态 ${s(p.to)}）。${p.reason ? `原因：${s(p.reason)}` : ''}` },
    en: { title: 'Alliance decision', body: `The alliance decided: ${s(p.action)} (now ${s(p.to)}). ${p.reason ? `Reason: ${s(p.reason)}` : ''}` },
    path: '/',
  }),
  PRICE_SCHEDULED: (p) => ({
    zh: { title: '统一供货价调整通知', body: `${s(p.skuName)} 的统一供货价将从 ${money(p.oldPrice)} 调整为 ${money(p.newPrice)}，生效时间 ${time(p.effectiveAt)}。` },
    en: { title: 'Unified price change', body: `The unified price of ${s(p.skuName)} changes from ${money(p.oldPrice)} to ${money(p.newPrice)} at ${time(p.effectiveAt)}.` },
    path: '/catalog',
  }),
  SETTLEMENT_PRICE_SCHEDULED: (p) => ({
    zh: { title: '结算价调整预告', body: `${s(p.skuName)}（${s(p.skuCode)}）的一个货源将于 ${time(p.effectiveAt)} 调整结算价${p.noticeShortened ? '（提前告知不足，已说明原因）' : ''}。您的采购价仍按统一供货价。` },
    en: { title: 'Source price change announced', body: `A source of ${s(p.skuName)} (${s(p.skuCode)}) changes its settlement price at ${time(p.effectiveAt)}${p.noticeShortened ? ' (at short notice, with a reason)' : ''}. You still pay the unified price.` },
    path: '/catalog',
  }),
  OFFER_REVIEWED: (p) => ({
    zh: { title: '货源审核结果', body: `货源 ${s(p.skuName)} 审核结果：${label(DECISION, p.decision, 0)}。${s(p.note)}` },
    en: { title: 'Offer reviewed', body: `Your offer of ${s(p.skuName)} was ${label(DECISION, p.decision, 1)}. ${s(p.note)}` },
    path: '/offers',
  }),
  OFFER_PAUSED: (p) => ({
    zh: { title: '货源已暂停', body: `货源 ${s(p.skuName)} 因产品授权书过期已暂停销售。` },
    en: { title: 'Offer paused', body: `Your offer of ${s(p.skuName)} is paused: its product authorisation expired.` },
    path: '/offers',
  }),
  BATCH_DECIDED: (p) => ({
    zh: { title: '卡密批次抽检结果', body: `${s(p.skuName)} 的卡密批次抽检结果：${s(p.status) === 'SELLABLE' ? '通过，可售' : '未通过'}。` },
    en: { title: 'Card batch sample result', body: `The card batch of ${s(p.skuName)} ${s(p.status) === 'SELLABLE' ? 'passed its sample check' : 'failed its sample check'}.` },
    path: p.offerId ? `/offers/${s(p.offerId)}` : '/offers',
  }),
  LOW_STOCK: (p) => ({
    zh: { title: '库存不足', body: `${s(p.skuName)} 的可售库存只剩 ${s(p.stock)}（提醒阈值 ${s(p.threshold)}）。` },
    en: { title: 'Low stock', body: `${s(p.skuName)} has ${s(p.stock)} codes left to sell (threshold ${s(p.threshold)}).` },
    path: p.offerId ? `/offers/${s(p.offerId)}` : '/offers',
  }),
  TICKET_OPENED: (p) => ({
    zh: { title: '新的售后工单', body: `会员提交了售后工单 ${ticket(p)}（${label(CATEGORY, p.category, 0)}），请在时限内响应。` },
    en: { title: 'New after-sales ticket', body: `A member filed ticket ${ticket(p)} (${label(CATEGORY, p.category, 1)}). Answer it within the target.` },
    path: ticketPath(p),
  }),
  TICKET_REPLIED: (p) => ({
    zh: { title: '工单有新回复', body: `工单 ${ticket(p)} 有新的回复。` },
    en: { title: 'New reply on a ticket', body: `Ticket ${ticket(p)} has a new reply.` },
    path: ticketPath(p),
  }),
  TICKET_ESCALATED: (p) => ({
    zh: { title: '工单已申请联盟仲裁', body: `工单 ${ticket(p)} 已提交联盟仲裁：${s(p.reason)}` },
    en: { title: 'Ticket escalated to the alliance', body: `Ticket ${ticket(p)} went to alliance arbitration: ${s(p.reason)}` },
    path: ticketPath(p),
  }),
  TICKET_RESOLVED: (p) => ({
    zh: { title: '工单已处理', body: `您的工单 ${ticket(p)} 已处理：${label(RESOLUTION, p.resolution, 0)}。如有疑问可在 7 天内重新打开。` },
    en: { title: 'Ticket resolved', body: `Your ticket ${ticket(p)} was resolved: ${label(RESOLUTION, p.resolution, 1)}. You may reopen it within 7 days.` },
    path: ticketPath(p),
  }),
  TICKET_REOPENED: (p) => ({
    zh: { title: '工单被重新打开', body: `会员重新打开了工单 ${ticket(p)}：${s(p.reason)}` },
    en: { title: 'Ticket reopened', body: `The member reopened ticket ${ticket(p)}: ${s(p.reason)}` },
    path: ticketPath(p),
  }),
  SLA_WARNING: (p) => ({
    zh: { title: '工单即将超时', body: `工单 ${ticket(p)} 的${label(METRIC, p.metric, 0)}时限将于 ${time(p.dueAt)} 到期，请尽快处理。` },
    en: { title: 'Ticket about to pass its SLA', body: `The ${label(METRIC, p.metric, 1)} target of ticket ${ticket(p)} runs out at ${time(p.dueAt)}. Please act now.` },
    path: ticketPath(p),
  }),
  SLA_BREACHED: (p) => ({
    zh: { title: '工单已超时', body: `工单 ${ticket(p)} 的${label(METRIC, p.metric, 0)}已于 ${time(p.dueAt)} 超时，将计入售后服务评分。` },
    en: { title: 'Ticket SLA breached', body: `Ticket ${ticket(p)} passed its ${label(METRIC, p.metric, 1)} target at ${time(p.dueAt)}; it counts in the after-sales score.` },
    path: ticketPath(p),
  }),
  SLA_ESCALATED: (p) => ({
    zh: { title: '超时工单无人响应', body: `工单 ${ticket(p)} 的${label(METRIC, p.metric, 0)}已于 ${time(p.dueAt)} 超时，货源商至今未处理，请联盟介入。` },
    en: { title: 'Breached ticket still unanswered', body: `Ticket ${ticket(p)} passed its ${label(METRIC, p.metric, 1)} target at ${time(p.dueAt)} and the supplier has not acted since. The alliance should step in.` },
    path: ticketPath(p),
  }),
  ELIMINATION_CANDIDATE: (p) => ({
    zh: { title: '季度评估：淘汰候选', body: `贵机构在 ${s(p.quarter)} 季度评估中总分 ${s(p.total)}，低于 ${s(p.threshold)} 分，已列为淘汰候选。如有异议，请在 ${time(p.appealDeadline)} 前提交申诉。` },
    en: { title: 'Quarterly evaluation: elimination candidate', body: `Your total in the ${s(p.quarter)} evaluation is ${s(p.total)}, below ${s(p.threshold)}: you are an elimination candidate. You may appeal until ${time(p.appealDeadline)}.` },
    path: '/my-scorecard',
  }),
  CANDIDATE_DECIDED: (p) => ({
    zh: {
      title: '季度评估决定',
      body: `联盟对淘汰候选的决定：${label(DECISION, p.action, 0)}。${p.reason ? `原因：${s(p.reason)}` : ''}${
        p.holdback ? `应付款已结算 ${money(p.payableSettled)}；投诉期保留金 ${money(p.holdback)}，期间成立的投诉从中扣款，余额于 ${time(p.holdbackReleaseAt)} 结算。` : ''}`,
    },
    en: {
      title: 'Evaluation decision',
      body: `The alliance decided your candidacy: ${label(DECISION, p.action, 1)}. ${p.reason ? `Reason: ${s(p.reason)}` : ''}${
        p.holdback ? ` ${money(p.payableSettled)} of your payable was paid out; ${money(p.holdback)} is held for the complaint window: complaints upheld within it are charged to it, and the rest is paid out at ${time(p.holdbackReleaseAt)}.` : ''}`,
    },
    path: '/my-scorecard',
  }),
  APPEAL_FILED: (p) => ({
    zh: { title: '新的淘汰申诉', body: `${s(p.organizationName)} 对季度评估提交了申诉：${s(p.reason)}` },
    en: { title: 'New elimination appeal', body: `${s(p.organizationName)} appealed its quarterly evaluation: ${s(p.reason)}` },
    path: p.runId ? `/evaluations/${s(p.runId)}` : '/evaluations',
  }),
  APPEAL_DECIDED: (p) => ({
    zh: { title: '申诉结果', body: `您的淘汰申诉结果：${label(DECISION, p.decision, 0)}。${p.reason ? `说明：${s(p.reason)}` : ''}` },
    en: { title: 'Appeal decided', body: `Your appeal was ${label(DECISION, p.decision, 1)}. ${p.reason ? `Note: ${s(p.reason)}` : ''}` },
    path: '/my-scorecard',
  }),
  RATING_REQUESTED: (p) => ({
    zh: { title: '对方已评价，请您评价', body: `订单 ${s(p.orderNo)} 的对方已完成评价。双方都评价后（或 ${time(p.revealsAt)} 后）评价将公开。` },
    en: { title: 'The other side rated: your turn', body: `The other side rated order ${s(p.orderNo)}. Ratings are revealed once both sides rated (or at ${time(p.revealsAt)}).` },
    path: '/ratings',
  }),
  RATING_REVEALED: (p) => ({
    zh: { title: '评价已公开', body: `订单 ${s(p.orderNo)} 对贵机构的评价已公开。` },
    en: { title: 'A rating was revealed', body: `The rating of your organisation on order ${s(p.orderNo)} is now visible.` },
    path: '/ratings',
  }),
  TOPUP_CONFIRMED: (p) => ({
    zh: { title: '充值已到账', body: `${money(p.amount)} 已充入您的钱包（${p.number ? `充值申请 ${s(p.number)}` : `参考号 ${s(p.reference)}`}）。` },
    en: { title: 'Top-up received', body: `${money(p.amount)} was credited to your wallet (${p.number ? `top-up request ${s(p.number)}` : `reference ${s(p.reference)}`}).` },
    path: '/wallet',
  }),
  PAYOUT_CONFIRMED: (p) => ({
    zh: { title: '结算款已支付', body: `联盟已向贵机构支付 ${money(p.amount)}（参考号 ${s(p.reference)}）。` },
    en: { title: 'Payout sent', body: `The alliance paid you ${money(p.amount)} (reference ${s(p.reference)}).` },
    path: '/payable',
  }),
  TOPUP_REQUESTED: (p) => ({
    zh: { title: '新的银行转账充值', body: `会员提交了一笔 ${money(p.amount)} 的银行转账充值（${s(p.number)}）${p.duplicate ? '，转账参考号与已有申请重复，请核对' : ''}，等待财务确认。` },
    en: { title: 'New bank-transfer top-up', body: `A member reported a ${money(p.amount)} bank transfer (${s(p.number)})${p.duplicate ? '; its reference repeats an earlier request, check it' : ''}: waiting for finance.` },
    path: '/finance/topups',
  }),
  TOPUP_REJECTED: (p) => ({
    zh: { title: '充值申请被驳回', body: `您的 ${money(p.amount)} 充值申请（${s(p.number)}）被驳回：${s(p.reason)}` },
    en: { title: 'Top-up rejected', body: `Your ${money(p.amount)} top-up request (${s(p.number)}) was rejected: ${s(p.reason)}` },
    path: '/wallet',
  }),
  PAYMENT_CREDITED: (p) => ({
    zh: { title: '在线充值已到账', body: `通过${s(p.channel)}支付的 ${money(p.amount)} 已充入您的钱包${p.late ? '（支付通知晚于有效期到达，已照常入账）' : ''}。` },
    en: { title: 'Online top-up credited', body: `${money(p.amount)} paid through ${s(p.channel)} was credited to your wallet${p.late ? ' (the notice came after the payment window; credited all the same)' : ''}.` },
    path: '/wallet',
  }),
  WITHDRAWAL_REQUESTED: (p) => ({
    zh: { title: '新的提现申请', body: `货源商申请提现 ${money(p.amount)}（${s(p.number)}），等待财务付款。` },
    en: { title: 'New withdrawal request', body: `A supplier asked to withdraw ${money(p.amount)} (${s(p.number)}): waiting for finance.` },
    path: '/finance/withdrawals',
  }),
  WITHDRAWAL_PAID: (p) => ({
    zh: { title: '提现已付款', body: `您的提现（${s(p.number)}）${money(p.amount)} 已付款，转账参考号 ${s(p.reference)}。` },
    en: { title: 'Withdrawal paid', body: `Your withdrawal (${s(p.number)}) of ${money(p.amount)} was paid, transfer reference ${s(p.reference)}.` },
    path: '/withdrawals',
  }),
  WITHDRAWAL_REJECTED: (p) => ({
    zh: { title: '提现申请被驳回', body: `您的提现申请（${s(p.number)}）${money(p.amount)} 被驳回：${s(p.reason)}` },
    en: { title: 'Withdrawal rejected', body: `Your withdrawal request (${s(p.number)}) of ${money(p.amount)} was rejected: ${s(p.reason)}` },
    path: '/withdrawals',
  }),
  RECONCILIATION_DIFFERENCES: (p) => ({
    zh: { title: '渠道对账发现差异', body: `${s(p.channel)} ${s(p.day)} 的对账发现 ${s(p.differences)} 处差异，请核对。` },
    en: { title: 'Reconciliation found differences', body: `${s(p.channel)} on ${s(p.day)}: ${s(p.differences)} differences to check.` },
    path: '/finance/reconciliation',
  }),
  SLA_CALENDAR_EXPIRING: (p) => ({
    zh: { title: '节假日日历即将用完', body: `工作日历「${s(p.name)}」的官方节假日安排${p.officialThrough ? `只到 ${s(p.officialThrough)}` : '尚未导入'}，请导入国务院公布的最新安排。` },
    en: { title: 'A holiday calendar runs out soon', body: `The business calendar "${s(p.name)}" has official holidays ${p.officialThrough ? `only through ${s(p.officialThrough)}` : 'not yet imported'}: import the State Council's latest schedule.` },
    path: '/sla',
  }),
  INVITATION: (p) => ({
    zh: { title: `邀请您加入 ${s(p.organizationName)}`, body: `${s(p.organizationName)} 邀请您加入盟源。请在 ${time(p.expiresAt)} 前打开链接设置姓名和密码：` },
    en: { title: `You are invited to ${s(p.organizationName)}`, body: `${s(p.organizationName)} invites you to Mengyuan. Open the link before ${time(p.expiresAt)} to set your name and password:` },
    path: null,
  }),
  PASSWORD_RESET: (p) => ({
    zh: { title: '重置密码', body: `有人为您的账号 ${s(p.email)} 申请了重置密码。如是您本人，请在 ${time(p.expiresAt)} 前打开下方链接（仅可使用一次）；如不是，请忽略本邮件，您的密码不会改变。` },
    en: { title: 'Reset your password', body: `Someone asked to reset the password of ${s(p.email)}. If it was you, open the link below before ${time(p.expiresAt)} (it works once); if not, ignore this e-mail and your password stays as it is.` },
    path: null,
  }),
  NEW_DEVICE_SIGN_IN: (p) => ({
    zh: { title: '新设备登录提醒', body: `您的账号于 ${time(p.at)} 在新设备上登录（IP ${s(p.ip)}，${s(p.userAgent) || '未知浏览器'}）。如不是您本人，请立即修改密码并在“账号设置 → 登录会话”中退出该会话。` },
    en: { title: 'Sign-in from a new device', body: `Your account signed in from a new device at ${time(p.at)} (IP ${s(p.ip)}, ${s(p.userAgent) || 'unknown browser'}). If it was not you, change your password now and sign that session out under Settings → Sessions.` },
    path: '/settings?tab=sessions',
  }),
  TWO_FACTOR_CHANGED: (p) => {
    const change = s(p.change);
    const zh = change === 'ENABLED' ? '已开启两步验证' : change === 'DISABLED' ? '已关闭两步验证' : change === 'RECOVERY_CODE_USED' ? '使用了一个恢复码登录' : '生成了新的恢复码';
    const en = change === 'ENABLED' ? 'two-step sign-in was turned on' : change === 'DISABLED' ? 'two-step sign-in was turned off' : change === 'RECOVERY_CODE_USED' ? 'a recovery code was used to sign in' : 'new recovery codes were made';
    return {
      zh: { title: '账号安全变更', body: `您的账号${zh}。如不是您本人操作，请立即修改密码。` },
      en: { title: 'Account security changed', body: `On your account, ${en}. If this was not you, change your password now.` },
      path: '/settings?tab=security',
    };
  },
};

export function renderNotice(kind: NotificationType, params: P): RenderedNotice {
  return TEMPLATES[kind](params);
}
