import { Category } from '@mengyuan/domain';

/**
 * Every word the shop protocols send that a person reads (the shop's admin sees refusals and category names),
 * in the apps' two languages: zh-CN unless the request's Accept-Language prefers English.
 */
export type ShopLang = 'zh-CN' | 'en';
type Words = { 'zh-CN': string; en: string };

export const CATEGORY_WORDS: Record<Category, Words> = {
  [Category.GAME_TOPUP]: { 'zh-CN': '游戏充值', en: 'Game top-ups' },
  [Category.VIDEO_MEMBERSHIP]: { 'zh-CN': '视频会员', en: 'Video memberships' },
  [Category.TELECOM_RECHARGE]: { 'zh-CN': '话费流量', en: 'Phone credit and data' },
  [Category.EDU_COURSE]: { 'zh-CN': '教育课程', en: 'Courses' },
  [Category.OTHER]: { 'zh-CN': '其他', en: 'Other' },
};

/** The field a direct top-up needs from the buyer. */
export const ACCOUNT_FIELD: Words = { 'zh-CN': '充值账号', en: 'Account to top up' };

export const REFUSAL_WORDS = {
  missingHeaders: { 'zh-CN': '缺少签名请求头', en: 'Missing signature headers' },
  badTimestamp: { 'zh-CN': '时间戳格式错误', en: 'The timestamp is not unix seconds' },
  staleTimestamp: { 'zh-CN': '时间戳与服务器时间相差超过 60 秒', en: 'The timestamp is more than 60 s from the server’s clock' },
  keyUnknown: { 'zh-CN': 'API 密钥不存在或已吊销', en: 'Unknown or revoked API key' },
  notMember: { 'zh-CN': '该密钥所属组织不是在盟的会员商户', en: 'The key’s organisation is not an active member' },
  scopeMissing: { 'zh-CN': '该 API 密钥没有下单权限（ORDERS_WRITE）', en: 'This API key lacks the ORDERS_WRITE scope' },
  badSignature: { 'zh-CN': '签名校验失败', en: 'Signature verification failed' },
  replayed: { 'zh-CN': '重复的已签名请求（重放），请重新签名', en: 'This signed request was already received (a replay); sign it again' },
  badRequest: { 'zh-CN': '请求参数错误', en: 'Invalid request parameters' },
  invalidCallback: { 'zh-CN': '回调地址须为公网 http(s) 地址', en: 'The callback URL must be a public http(s) address' },
  goodsNotFound: { 'zh-CN': '商品不存在', en: 'No such product' },
  goodsUnavailable: { 'zh-CN': '商品已下架', en: 'The product is not on sale' },
  soldOut: { 'zh-CN': '库存不足', en: 'Sold out' },
  topupFailed: { 'zh-CN': '暂无货源可完成直充，款项已退回钱包', en: 'No source could do this top-up; the amount went back to the wallet' },
  balance: { 'zh-CN': '钱包余额不足', en: 'The wallet balance is not enough for this order' },
  orderNotFound: { 'zh-CN': '订单不存在', en: 'No such order' },
  conflict: { 'zh-CN': '该订单号已用于另一笔不同的订单', en: 'This order number was already used for a different order' },
  review: { 'zh-CN': '订单待联盟审核，款项已冻结', en: 'The order is held for review by the alliance; its amount is reserved' },
  rateLimited: { 'zh-CN': '下单过于频繁，请稍后重试', en: 'Too many orders a minute; slow down and retry' },
  realName: { 'zh-CN': '未完成法人实名认证的会员单笔金额受限', en: 'Members without a verified legal representative have an order cap' },
  cancelNotAllowed: { 'zh-CN': '卡密订单即时交付，不能取消', en: 'Card orders deliver at once and cannot be cancelled' },
  internal: { 'zh-CN': '服务暂不可用，请重试', en: 'Unavailable; try again' },
} satisfies Record<string, Words>;
export type RefusalWord = keyof typeof REFUSAL_WORDS;

export function shopLang(acceptLanguage: string | string[] | undefined): ShopLang {
  const v = (Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage)?.trim().toLowerCase() ?? '';
  return v.startsWith('en') ? 'en' : 'zh-CN';
}
