/** Order, wallet and ledger terms shared by both apps (DESIGN.md §2.5, §2.6): merged into the shared resources as `ord`. */
export const ordersZhCN = {
  status: {
    PENDING_REVIEW: '风控审核中',
    PROCESSING: '处理中',
    DELIVERED: '已发货',
    FAILED: '失败',
    CANCELLED: '已取消',
    PARTIALLY_REFUNDED: '部分退款',
    REFUNDED: '已退款',
  },
  txType: { DEPOSIT: '充值', PAYOUT: '结算付款', ORDER: '订单', REFUND: '退款', HOLD: '风控冻结', RELEASE: '冻结退回', COMPENSATION: '售后赔偿', REISSUE: '补发结算' },
  attempt: { DELIVERED: '已发货', NO_STOCK: '无库存', UNAVAILABLE: '不可用', FAILED: '失败' },
  latency: '{{ms}} ms',
};

export type OrdersResources = typeof ordersZhCN;

export const ordersEn: OrdersResources = {
  status: {
    PENDING_REVIEW: 'Risk review',
    PROCESSING: 'Processing',
    DELIVERED: 'Delivered',
    FAILED: 'Failed',
    CANCELLED: 'Cancelled',
    PARTIALLY_REFUNDED: 'Partly refunded',
    REFUNDED: 'Refunded',
  },
  txType: { DEPOSIT: 'Deposit', PAYOUT: 'Payout', ORDER: 'Order', REFUND: 'Refund', HOLD: 'Risk hold', RELEASE: 'Hold released', COMPENSATION: 'Compensation', REISSUE: 'Reissue settlement' },
  attempt: { DELIVERED: 'Delivered', NO_STOCK: 'No stock', UNAVAILABLE: 'Unavailable', FAILED: 'Failed' },
  latency: '{{ms}} ms',
};
