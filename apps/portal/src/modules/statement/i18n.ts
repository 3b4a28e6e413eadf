/** Strings of the monthly statement page (merged into the portal's resources as `stmt`). */
export const statementZhCN = {
  stmt: {
    nav: '对账单',
    subtitle: '{{name}} · {{month}}',
    hint: '按月核对账户余额与每一笔收支',
    period: '统计区间',
    reconciles: '已与账本核对一致',
    doesNotReconcile: '与账本不一致',
    count: '{{count}} 笔',
    noLines: '本月没有收支',
  },
};

export const statementEn: typeof statementZhCN = {
  stmt: {
    nav: 'Statements',
    subtitle: '{{name}} · {{month}}',
    hint: 'A month of your account, balance to balance, line by line',
    period: 'Period',
    reconciles: 'Reconciles with the ledger',
    doesNotReconcile: 'Does not reconcile',
    count: '{{count}} entries',
    noLines: 'No entries this month',
  },
};
