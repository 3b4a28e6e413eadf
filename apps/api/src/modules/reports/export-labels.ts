/**
 * Every word an export shows, in the two languages of the apps (zh-CN by default, en). Enum values carry
 * their label here, so a spreadsheet never shows a raw key; a value this dictionary lacks falls back to the
 * key (the export spec checks every value of each enum has both labels).
 */
export type ExportLang = 'zh-CN' | 'en';

type Dict = Record<string, { 'zh-CN': string; en: string }>;

export const HEADERS = {
  orderNo: { 'zh-CN': '订单号', en: 'Order number' },
  clientOrderNo: { 'zh-CN': '商户订单号', en: 'Merchant order number' },
  orderId: { 'zh-CN': '订单 ID', en: 'Order id' },
  member: { 'zh-CN': '会员商户', en: 'Member' },
  skuCode: { 'zh-CN': '商品编码', en: 'SKU code' },
  skuName: { 'zh-CN': '商品名称', en: 'Product' },
  quantity: { 'zh-CN': '数量', en: 'Quantity' },
  unitPrice: { 'zh-CN': '单价', en: 'Unit price' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  status: { 'zh-CN': '状态', en: 'Status' },
  suppliers: { 'zh-CN': '货源商', en: 'Supplier' },
  failure: { 'zh-CN': '失败原因', en: 'Failure reason' },
  placedAt: { 'zh-CN': '下单时间（北京时间）', en: 'Placed (Asia/Shanghai)' },
  deliveredAt: { 'zh-CN': '交付时间（北京时间）', en: 'Delivered (Asia/Shanghai)' },
  latency: { 'zh-CN': '交付耗时（毫秒）', en: 'Delivery latency (ms)' },
  unitSettlement: { 'zh-CN': '结算单价', en: 'Settlement per unit' },
  settlement: { 'zh-CN': '结算金额', en: 'Settlement' },
  time: { 'zh-CN': '时间（北京时间）', en: 'Time (Asia/Shanghai)' },
  organization: { 'zh-CN': '组织', en: 'Organisation' },
  account: { 'zh-CN': '账户', en: 'Account' },
  type: { 'zh-CN': '类型', en: 'Type' },
  reference: { 'zh-CN': '参考号', en: 'Reference' },
  memo: { 'zh-CN': '备注', en: 'Memo' },
  balance: { 'zh-CN': '余额', en: 'Balance' },
  count: { 'zh-CN': '笔数', en: 'Count' },
  total: { 'zh-CN': '合计', en: 'Total' },
  deliveredTotal: { 'zh-CN': '已交付金额合计', en: 'Total of delivered orders' },
  settlementTotal: { 'zh-CN': '结算金额合计', en: 'Total settlement' },
  rows: { 'zh-CN': '行数', en: 'Rows' },
  truncated: { 'zh-CN': '仅导出前 {n} 行，请缩小筛选范围', en: 'Only the first {n} rows; narrow the filter for the rest' },
  statement: { 'zh-CN': '对账单', en: 'Monthly statement' },
  month: { 'zh-CN': '月份', en: 'Month' },
  openingBalance: { 'zh-CN': '期初余额', en: 'Opening balance' },
  closingBalance: { 'zh-CN': '期末余额', en: 'Closing balance' },
  netMovement: { 'zh-CN': '本期发生额', en: 'Net movement' },
  totalsByType: { 'zh-CN': '按类型汇总', en: 'Totals by type' },
  generatedAt: { 'zh-CN': '生成时间（北京时间）', en: 'Generated (Asia/Shanghai)' },
  orders: { 'zh-CN': '订单', en: 'Orders' },
  sales: { 'zh-CN': '销售明细', en: 'Sales' },
  ledgerEntries: { 'zh-CN': '账务流水', en: 'Ledger entries' },
  tickets: { 'zh-CN': '售后工单', en: 'Tickets' },
  ticketNo: { 'zh-CN': '工单号', en: 'Ticket number' },
  supplier: { 'zh-CN': '货源商', en: 'Supplier' },
  category: { 'zh-CN': '问题类型', en: 'Category' },
  level: { 'zh-CN': '处理层级', en: 'Level' },
  openedAt: { 'zh-CN': '提交时间（北京时间）', en: 'Opened (Asia/Shanghai)' },
  firstRespondedAt: { 'zh-CN': '首次响应（北京时间）', en: 'First response (Asia/Shanghai)' },
  resolvedAt: { 'zh-CN': '解决时间（北京时间）', en: 'Resolved (Asia/Shanghai)' },
  breached: { 'zh-CN': 'SLA 超时', en: 'SLA breached' },
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
  resolution: { 'zh-CN': '处理结果', en: 'Resolution' },
  description: { 'zh-CN': '问题描述', en: 'Description' },
} satisfies Dict;

export const ORDER_STATUS: Dict = {
  // The apps' words for each status (packages/ui i18n/orders.ts `ord.status`; reports.spec checks they agree).
  PENDING_REVIEW: { 'zh-CN': '风控审核中', en: 'Risk review' },
  PROCESSING: { 'zh-CN': '处理中', en: 'Processing' },
  DELIVERED: { 'zh-CN': '已发货', en: 'Delivered' },
  FAILED: { 'zh-CN': '失败', en: 'Failed' },
  CANCELLED: { 'zh-CN': '已取消', en: 'Cancelled' },
  PARTIALLY_REFUNDED: { 'zh-CN': '部分退款', en: 'Partly refunded' },
  REFUNDED: { 'zh-CN': '已退款', en: 'Refunded' },
};

export const LEDGER_TYPE: Dict = {
  DEPOSIT: { 'zh-CN': '充值入账', en: 'Deposit' },
  PAYOUT: { 'zh-CN': '结算付款', en: 'Payout' },
  ORDER: { 'zh-CN': '订单扣款', en: 'Order' },
  REFUND: { 'zh-CN': '退款', en: 'Refund' },
  HOLD: { 'zh-CN': '资金冻结', en: 'Hold' },
  RELEASE: { 'zh-CN': '冻结释放', en: 'Release' },
  COMPENSATION: { 'zh-CN': '补偿', en: 'Compensation' },
  REISSUE: { 'zh-CN': '补发', en: 'Reissue' },
  CHANNEL_PAYMENT: { 'zh-CN': '在线充值', en: 'Online top-up' },
  WITHDRAWAL_FEE: { 'zh-CN': '提现手续费', en: 'Withdrawal fee' },
  HOLDBACK: { 'zh-CN': '淘汰保留金', en: 'Elimination holdback' },
  HOLDBACK_RELEASE: { 'zh-CN': '保留金释放', en: 'Holdback released' },
};

export const ACCOUNT_KIND: Dict = {
  MEMBER_WALLET: { 'zh-CN': '预付款钱包', en: 'Wallet' },
  MEMBER_HOLD: { 'zh-CN': '冻结资金', en: 'Reserved' },
  SUPPLIER_PAYABLE: { 'zh-CN': '应付货款', en: 'Payable' },
  ALLIANCE_REVENUE: { 'zh-CN': '联盟收入', en: 'Alliance revenue' },
  ALLIANCE_CASH: { 'zh-CN': '联盟资金', en: 'Alliance cash' },
  CHANNEL_CLEARING: { 'zh-CN': '支付渠道待清算', en: 'Channel clearing' },
  CHANNEL_FEE: { 'zh-CN': '支付渠道手续费', en: 'Channel fees' },
  SUPPLIER_HOLDBACK: { 'zh-CN': '淘汰保留金', en: 'Elimination holdback' },
  SUPPLIER_RECEIVABLE: { 'zh-CN': '应收货源商款', en: 'Owed by supplier' },
};

export const FAILURE: Dict = {
  SKU_UNAVAILABLE: { 'zh-CN': '商品未在售', en: 'Not on sale' },
  INSUFFICIENT_BALANCE: { 'zh-CN': '余额不足', en: 'Insufficient balance' },
  SOLD_OUT: { 'zh-CN': '已售罄', en: 'Sold out' },
  TOPUP_FAILED: { 'zh-CN': '直充失败，已退回', en: 'Top-up failed, refunded' },
};

export const TICKET_CATEGORY: Dict = {
  INVALID_CODE: { 'zh-CN': '卡密无效', en: 'Invalid code' },
  CODE_ALREADY_USED: { 'zh-CN': '卡密已被使用', en: 'Code already used' },
  WRONG_ITEM: { 'zh-CN': '商品错发', en: 'Wrong item' },
  QUESTION: { 'zh-CN': '咨询', en: 'Question' },
  TOPUP_NOT_RECEIVED: { 'zh-CN': '充值未到账', en: 'Top-up not received' },
  LOST_ORDER: { 'zh-CN': '掉单', en: 'Lost order' },
  SYSTEM_FAULT: { 'zh-CN': '系统故障', en: 'System fault' },
};

export const TICKET_STATUS: Dict = {
  OPEN: { 'zh-CN': '待处理', en: 'Open' },
  IN_PROGRESS: { 'zh-CN': '处理中', en: 'In progress' },
  WAITING_ON_MEMBER: { 'zh-CN': '等待会员回复', en: 'Waiting on member' },
  ESCALATED: { 'zh-CN': '联盟仲裁中', en: 'Escalated' },
  RESOLVED: { 'zh-CN': '已解决', en: 'Resolved' },
  REOPENED: { 'zh-CN': '已重开', en: 'Reopened' },
  CLOSED: { 'zh-CN': '已关闭', en: 'Closed' },
};

export const TICKET_TIER: Dict = {
  L1: { 'zh-CN': 'L1 客服', en: 'L1 support' },
  L2: { 'zh-CN': 'L2 技术', en: 'L2 technical' },
  L3: { 'zh-CN': 'L3 联盟仲裁', en: 'L3 alliance arbitration' },
};

export const RESOLUTION_KIND: Dict = {
  REISSUE: { 'zh-CN': '补发', en: 'Reissue' },
  REFUND: { 'zh-CN': '退款', en: 'Refund' },
  COMPENSATION: { 'zh-CN': '赔偿', en: 'Compensation' },
  REJECTED: { 'zh-CN': '驳回', en: 'Rejected' },
};

export const label = (dict: Dict, key: string | null | undefined, lang: ExportLang): string => (key ? (dict[key]?.[lang] ?? key) : '');
export const header = (key: keyof typeof HEADERS, lang: ExportLang): string => HEADERS[key][lang];
export const langOf = (value: unknown): ExportLang => (value === 'en' ? 'en' : 'zh-CN');
