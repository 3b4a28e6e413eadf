/** Strings of the member wallet and the supplier payable (merged into the portal's resources). */
export const walletZhCN = {
  wallet: {
    title: '钱包',
    subtitle: '预付钱包：采购订单从余额中实时扣款',
    balance: '可用余额',
    topUpTitle: '如何充值',
    topUp: '请通过对公银行转账向联盟账户汇款，并在附言中注明贵司名称。联盟财务核对到账后为您登记入账，余额随即更新；每笔充值都记录在账本和审计链中。',
    statement: '收支明细',
    statementCount: '共 {{count}} 笔',
    time: '时间',
    type: '类型',
    amount: '金额',
    reference: '参考号',
    order: '订单',
    transaction: '交易号',
    empty: '暂无收支记录。联盟登记您的第一笔充值后将显示在这里',
    viewOrder: '查看订单',
  },
  payable: {
    title: '结算',
    subtitle: '联盟应付您的货款：每笔发货按结算价计入，联盟付款后扣减',
    balance: '待结算货款',
    howTitle: '如何结算',
    how: '联盟按结算周期通过银行转账向您付款，付款登记后在此显示为「结算付款」。如对金额有疑问，请联系联盟财务并提供交易号。',
    empty: '暂无结算记录。您的货源发货后，货款将记入这里',
  },
};

export type WalletResources = typeof walletZhCN;

export const walletEn: WalletResources = {
  wallet: {
    title: 'Wallet',
    subtitle: 'Your prepaid wallet: orders are paid from the balance at once',
    balance: 'Available balance',
    topUpTitle: 'How to top up',
    topUp: 'Transfer money from your company bank account to the alliance\'s account, naming your company in the memo. Alliance finance records it once it arrives and your balance updates; every deposit is kept in the ledger and the audit chain.',
    statement: 'Statement',
    statementCount: '{{count}} entries',
    time: 'Time',
    type: 'Type',
    amount: 'Amount',
    reference: 'Reference',
    order: 'Order',
    transaction: 'Transaction',
    empty: 'No entries yet. Your first deposit appears here once the alliance records it',
    viewOrder: 'View order',
  },
  payable: {
    title: 'Payable',
    subtitle: 'What the alliance owes you: each delivery adds its settlement price, each payout takes it off',
    balance: 'Owed to you',
    howTitle: 'How you are paid',
    how: 'The alliance pays you by bank transfer each settlement period; recorded payouts show here as "Payout". For questions about an amount, contact alliance finance with the transaction number.',
    empty: 'No entries yet. Deliveries from your offers are credited here',
  },
};
