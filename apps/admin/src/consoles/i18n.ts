/** The admin console's lists, menu groups and breadcrumbs (issue 22). */
export const adminConsoleZhCN = {
  adminLists: {
    audit: {
      actor: '操作人邮箱',
      organization: '机构',
      subjectType: '对象类型',
      subjectId: '对象 ID',
      dates: '日期',
      reset: '清除筛选',
    },
    approveSelected: '批量通过',
    approveSelectedTitle: '通过所选 {{count}} 项？',
    approvedSome: '已通过 {{ok}} 项，{{failed}} 项未通过',
    approvedAll: '已通过 {{count}} 项',
    markRead: '标为已读',
  },
  adminMenu: {
    home: '首页',
    groups: { review: '审核', trade: '交易', aftersales: '售后', evaluation: '评估', finance: '财务', system: '系统' },
  },
};

export const adminConsoleEn: typeof adminConsoleZhCN = {
  adminLists: {
    audit: {
      actor: 'Actor e-mail',
      organization: 'Organisation',
      subjectType: 'Subject type',
      subjectId: 'Subject ID',
      dates: 'Dates',
      reset: 'Clear filters',
    },
    approveSelected: 'Approve selected',
    approveSelectedTitle: 'Approve the {{count}} selected?',
    approvedSome: '{{ok}} approved, {{failed}} not',
    approvedAll: '{{count}} approved',
    markRead: 'Mark as read',
  },
  adminMenu: {
    home: 'Home',
    groups: { review: 'Review', trade: 'Trading', aftersales: 'After-sales', evaluation: 'Evaluation', finance: 'Finance', system: 'System' },
  },
};
