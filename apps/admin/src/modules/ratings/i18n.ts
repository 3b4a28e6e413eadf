/** Strings of the rating removal requests page (评价删除申请), merged into the console's resources as `ratingRemovals`. */
export const ratingRemovalsZhCN = {
  ratingRemovals: {
    nav: '评价删除申请',
    title: '评价删除申请',
    subtitle: '被评价方申请删除的违规评价：批准后评价被隐藏（不删除，记录进入审计链），驳回则保持原样',
    status: { PENDING: '待处理', APPROVED: '已批准', REJECTED: '已驳回' },
    filter: '状态',
    requestedAt: '申请时间',
    rating: '评价',
    reason: '申请理由',
    decision: '处理结果',
    approve: '批准删除',
    reject: '驳回',
    approveTitle: '批准删除该评价',
    rejectTitle: '驳回删除申请',
    note: '处理理由（将记入审计链）',
    decided: '已处理',
    empty: '暂无删除申请',
    scores: '评分',
    comment: '评价内容',
    side: { MEMBER_TO_SUPPLIER: '会员 → 货源商', SUPPLIER_TO_MEMBER: '货源商 → 会员' },
  },
};

export type RatingRemovalsResources = typeof ratingRemovalsZhCN;

export const ratingRemovalsEn: RatingRemovalsResources = {
  ratingRemovals: {
    nav: 'Rating removals',
    title: 'Rating removal requests',
    subtitle: 'Ratings their rated side asked to remove as abusive: approving hides the rating (kept, recorded in the audit chain); rejecting leaves it as it is',
    status: { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected' },
    filter: 'Status',
    requestedAt: 'Requested',
    rating: 'Rating',
    reason: 'Reason given',
    decision: 'Decision',
    approve: 'Approve removal',
    reject: 'Reject',
    approveTitle: 'Approve removing this rating',
    rejectTitle: 'Reject the removal request',
    note: 'Reason for the decision (recorded in the audit chain)',
    decided: 'Decided',
    empty: 'No removal requests',
    scores: 'Scores',
    comment: 'Comment',
    side: { MEMBER_TO_SUPPLIER: 'Member → supplier', SUPPLIER_TO_MEMBER: 'Supplier → member' },
  },
};
