/** Strings of the supplier's sales page (销售记录), merged into the portal's resources as `sales`. */
export const salesZhCN = {
  sales: {
    nav: '销售记录',
    title: '销售记录',
    subtitle: '您的货源已发货的订单行，按统一供货价售出、按结算价与您结算',
    placedAt: '下单时间',
    deliveredAt: '发货时间',
    product: '商品',
    quantity: '数量',
    unitSettlement: '结算单价',
    settlement: '结算金额',
    status: '订单状态',
    orderStatus: { DELIVERED: '已发货', PARTIALLY_REFUNDED: '部分退款', REFUNDED: '已退款' },
    orderNo: '订单号',
    pageTotal: '本页结算合计',
    empty: '还没有销售记录。货源上架并通过审核后，会员购买即会在此显示。',
    goOffers: '管理我的货源',
  },
};

export type SalesResources = typeof salesZhCN;

export const salesEn: SalesResources = {
  sales: {
    nav: 'Sales',
    title: 'Sales',
    subtitle: 'Order lines your offers delivered: sold at the unified price, settled with you at your settlement price',
    placedAt: 'Ordered',
    deliveredAt: 'Delivered',
    product: 'Product',
    quantity: 'Qty',
    unitSettlement: 'Unit settlement',
    settlement: 'Settlement',
    status: 'Order status',
    orderStatus: { DELIVERED: 'Delivered', PARTIALLY_REFUNDED: 'Partly refunded', REFUNDED: 'Refunded' },
    orderNo: 'Order number',
    pageTotal: 'Settlement on this page',
    empty: "No sales yet. Once your offers are live and approved, members' purchases show up here.",
    goOffers: 'Manage my offers',
  },
};
