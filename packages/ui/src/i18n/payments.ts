/**
 * Money in and out (issue 20): the labels both apps show for payments, top-up requests, withdrawals and
 * reconciliation (merged into the shared resources as `pay`).
 */
export const paymentsZhCN = {
  channelKind: { EPAY: '易支付', ALIPAY: '支付宝', WECHAT_PAY: '微信支付' },
  mode: { QR: '扫码支付', PAGE: '跳转支付页' },
  paymentStatus: { CREATED: '待支付', PAID: '已到账', EXPIRED: '已过期', FAILED: '创建失败' },
  topupStatus: { PENDING: '待财务确认', CONFIRMED: '已入账', REJECTED: '已驳回', CANCELLED: '已撤回' },
  withdrawalStatus: { REQUESTED: '待付款', PAID: '已付款', REJECTED: '已驳回', CANCELLED: '已撤回' },
  cycle: { T1: 'T+1（次日结算）', T7: 'T+7（七日结算）' },
  reconStatus: { MATCHED: '一致', MISSING_IN_LEDGER: '账本缺失', MISSING_IN_CHANNEL: '渠道缺失', AMOUNT_MISMATCH: '金额不符', FEE_MISMATCH: '手续费不符' },
  runStatus: { OK: '全部一致', DIFFERENCES: '存在差异', FAILED: '对账单获取失败' },
  notifyOutcome: {
    CREDITED: '已入账', CREDITED_LATE: '逾期到账，已入账并标记', DUPLICATE: '重复通知，未重复入账', BAD_SIGNATURE: '签名无效，已拒绝', WRONG_MERCHANT: '非本商户通知，已拒绝',
    WRONG_AMOUNT: '金额不符，已拒绝', UNKNOWN_PAYMENT: '无对应支付单，已拒绝', NOT_PAID: '渠道显示未支付',
  },
  late: '逾期到账',
  duplicate: '流水号重复',
  fee: '手续费',
  net: '实付',
};

export type PaymentsResources = typeof paymentsZhCN;

export const paymentsEn: PaymentsResources = {
  channelKind: { EPAY: 'Epay (易支付)', ALIPAY: 'Alipay', WECHAT_PAY: 'WeChat Pay' },
  mode: { QR: 'Scan a QR code', PAGE: 'Open the payment page' },
  paymentStatus: { CREATED: 'Awaiting payment', PAID: 'Credited', EXPIRED: 'Expired', FAILED: 'Not created' },
  topupStatus: { PENDING: 'Awaiting finance', CONFIRMED: 'Credited', REJECTED: 'Rejected', CANCELLED: 'Withdrawn' },
  withdrawalStatus: { REQUESTED: 'Awaiting payment', PAID: 'Paid', REJECTED: 'Rejected', CANCELLED: 'Withdrawn' },
  cycle: { T1: 'T+1 (next day)', T7: 'T+7 (after a week)' },
  reconStatus: { MATCHED: 'Matched', MISSING_IN_LEDGER: 'Missing in ledger', MISSING_IN_CHANNEL: 'Missing at channel', AMOUNT_MISMATCH: 'Amount differs', FEE_MISMATCH: 'Fee differs' },
  runStatus: { OK: 'All matched', DIFFERENCES: 'Differences', FAILED: 'Statement unavailable' },
  notifyOutcome: {
    CREDITED: 'Credited', CREDITED_LATE: 'Late: credited and flagged', DUPLICATE: 'Duplicate: not credited again', BAD_SIGNATURE: 'Bad signature: refused', WRONG_MERCHANT: 'Another merchant’s: refused',
    WRONG_AMOUNT: 'Wrong amount: refused', UNKNOWN_PAYMENT: 'Unknown payment: refused', NOT_PAID: 'Not paid at the channel',
  },
  late: 'Late notify',
  duplicate: 'Reference used before',
  fee: 'Fee',
  net: 'Net',
};

/** A withdrawal's payout statement (结算单), shown alike to the supplier and to finance. */
export const payoutZhCN = {
  title: '结算单 {{number}}',
  titlePlain: '结算单',
  period: '结算期间',
  beginning: '开始',
  opening: '期初结余',
  movements: '本期变动',
  carriedForward: '结转下期',
  withdrawn: '本次提现',
  fee: '提现手续费',
  net: '实际到账',
  reference: '银行流水号',
  sums: '期初结余 + 本期变动 − 结转下期 = 本次提现；本次提现 − 手续费 = 实际到账，精确到分。',
  type: '类型',
  count: '笔数',
  total: '合计',
  time: '时间',
  order: '订单 / 参考号',
  amount: '金额',
  noLines: '本期没有变动',
};

export const payoutEn: typeof payoutZhCN = {
  title: 'Payout statement {{number}}',
  titlePlain: 'Payout statement',
  period: 'Period',
  beginning: 'the start',
  opening: 'Brought forward',
  movements: 'Movements',
  carriedForward: 'Carried forward',
  withdrawn: 'Withdrawn',
  fee: 'Withdrawal fee',
  net: 'Transferred',
  reference: 'Bank reference',
  sums: 'Brought forward + movements − carried forward = withdrawn; withdrawn − fee = transferred, to the fen.',
  type: 'Type',
  count: 'Lines',
  total: 'Total',
  time: 'Time',
  order: 'Order / reference',
  amount: 'Amount',
  noLines: 'No movements in this period',
};
