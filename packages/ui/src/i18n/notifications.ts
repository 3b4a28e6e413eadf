/**
 * The inbox and the bell, shared by both apps (merged into the shared resources as `notifications`; the portal
 * adds its own types on top), with the after-sales types every side receives. Rendered by type with params.
 */
export const notificationsZhCN = {
  title: '消息通知',
  bell: '消息通知',
  unreadCount: '{{count}} 条未读',
  all: '全部',
  unread: '未读',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  markedAll: '已全部标为已读',
  empty: '暂无消息',
  emptyUnread: '没有未读消息',
  open: '查看',
  title_TICKET_OPENED: '新的售后工单',
  title_TICKET_REPLIED: '工单有新回复',
  title_TICKET_ESCALATED: '工单已申请联盟仲裁',
  title_TICKET_RESOLVED: '工单已处理',
  title_TICKET_REOPENED: '工单被重新打开',
  title_SLA_WARNING: '工单即将超时',
  title_SLA_BREACHED: '工单已超时',
  body_TICKET_OPENED: '会员提交了售后工单 {{number}}（{{category}}），请在时限内响应。',
  body_TICKET_REPLIED: '工单 {{number}} 有新的回复。',
  body_TICKET_ESCALATED: '工单 {{number}} 已提交联盟仲裁：{{reason}}',
  body_TICKET_RESOLVED: '您的工单 {{number}} 已处理：{{resolution}}。如有疑问可在 7 天内重新打开。',
  body_TICKET_REOPENED: '会员重新打开了工单 {{number}}：{{reason}}',
  body_SLA_WARNING: '工单 {{number}} 的{{metric}}将于 {{dueAt}} 到期。',
  body_SLA_BREACHED: '工单 {{number}} 的{{metric}}已于 {{dueAt}} 超时，将计入售后服务评分。',
  subtitle: '工单、超时与系统消息',
  title_UNKNOWN: '系统消息',
  body_UNKNOWN: '您有一条新消息',
};

export type NotificationsResources = typeof notificationsZhCN;

export const notificationsEn: NotificationsResources = {
  title: 'Notifications',
  bell: 'Notifications',
  unreadCount: '{{count}} unread',
  all: 'All',
  unread: 'Unread',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  markedAll: 'All marked read',
  empty: 'No notifications',
  emptyUnread: 'No unread notifications',
  open: 'Open',
  title_TICKET_OPENED: 'New after-sales ticket',
  title_TICKET_REPLIED: 'New reply on a ticket',
  title_TICKET_ESCALATED: 'Ticket escalated to the alliance',
  title_TICKET_RESOLVED: 'Ticket resolved',
  title_TICKET_REOPENED: 'Ticket reopened',
  title_SLA_WARNING: 'Ticket about to pass its SLA',
  title_SLA_BREACHED: 'Ticket SLA breached',
  body_TICKET_OPENED: 'A member filed ticket {{number}} ({{category}}). Answer it within the target.',
  body_TICKET_REPLIED: 'Ticket {{number}} has a new reply.',
  body_TICKET_ESCALATED: 'Ticket {{number}} went to alliance arbitration: {{reason}}',
  body_TICKET_RESOLVED: 'Your ticket {{number}} was resolved: {{resolution}}. You may reopen it within 7 days.',
  body_TICKET_REOPENED: 'The member reopened ticket {{number}}: {{reason}}',
  body_SLA_WARNING: 'The {{metric}} target of ticket {{number}} runs out at {{dueAt}}.',
  body_SLA_BREACHED: 'Ticket {{number}} passed its {{metric}} target at {{dueAt}}; it counts in the after-sales score.',
  subtitle: 'Tickets, breaches and system notices',
  title_UNKNOWN: 'Notice',
  body_UNKNOWN: 'You have a new notice',
};

/** The subscription socket's state, shown when live updates stop. */
export const liveZhCN = {
  paused: '实时更新已暂停',
  pausedHint: '与服务器的实时连接已断开，正在自动重连；页面数据可能不是最新，可手动刷新。',
};
export const liveEn: typeof liveZhCN = {
  paused: 'Live updates paused',
  pausedHint: 'The live connection to the server dropped and is reconnecting; what you see may be out of date until then. Refresh to be sure.',
};
