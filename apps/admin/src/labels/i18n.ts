/**
 * Labels of every event type the api publishes (the audit log's and the domain events') and of the enums no
 * other module labels yet, in zh-CN and en; labels.spec.ts fails when one is missing.
 * Event keys are the type with every non-alphanumeric character as `_` (order.delivered → order_delivered).
 */
export const labelsZhCN = {
  eventType: {
    organization_registered: '机构注册', organization_decided: '机构审核决定', user_signed_in: '用户登录', user_sign_in_failed: '登录失败', user_signed_out: '用户退出',
    user_password_changed: '修改密码', user_refresh_token_reused: '刷新令牌被重复使用', api_key_created: '创建 API 密钥', api_key_revoked: '吊销 API 密钥', file_uploaded: '上传文件',
    document_submitted: '提交资质', document_reviewed: '资质审核', document_expired: '资质过期', document_expiring: '资质即将过期', organization_submitted_for_review: '提交入驻审核',
    organization_profile_updated: '修改企业信息', brand_created: '登记品牌', sku_created: '创建商品', sku_updated: '修改商品', price_scheduled: '安排统一价调整', price_applied: '统一价生效',
    price_cancelled: '取消统一价调整', offer_created: '创建货源', offer_reviewed: '货源审核', offer_status_changed: '货源状态变更', offer_price_changed: '货源结算价变更', offer_low_stock: '货源库存不足',
    card_batch_imported: '导入卡密批次', card_batch_quarantined: '隔离卡密批次', card_batch_decided: '卡密批次处理决定', card_code_sample_revealed: '抽样查看卡密', card_code_sample_recorded: '记录抽样结果',
    card_code_sold: '卡密售出', card_code_replaced: '更换卡密', card_code_voided: '作废卡密', risk_event_raised: '触发风控事件', risk_event_decided: '风控事件处理', wallet_deposited: '钱包充值',
    supplier_paid_out: '货源商结算付款', order_placed: '下单', order_delivered: '订单交付', order_failed: '订单失败', order_held: '订单风控冻结', order_refunded: '订单退款', order_reviewed: '冻结订单审核',
    order_codes_revealed: '查看订单卡密', order_status_changed: '订单状态变更', order_line_status_changed: '订单行状态变更', topup_task_created: '创建直充任务', topup_task_changed: '直充任务状态变更',
    webhook_endpoint_created: '创建 Webhook 地址', webhook_endpoint_disabled: '停用 Webhook 地址', ticket_opened: '提交工单', ticket_status_changed: '工单状态变更', ticket_message_posted: '工单回复',
    ticket_resolved: '工单处理结果', ticket_reopened: '工单重新打开', ticket_arbitration_ruled: '联盟仲裁裁决', ticket_sla_clock_stopped: 'SLA 计时停止', ticket_sla_warning: 'SLA 即将超时',
    ticket_sla_breached: 'SLA 超时', sla_policy_changed: '修改 SLA 策略', sla_calendar_changed: '修改工作日历', ticket_auto_rule_changed: '修改自动处理规则', user_invited: '邀请成员',
    user_invitation_revoked: '撤回邀请', user_invitation_accepted: '接受邀请', user_disabled: '停用成员', user_enabled: '启用成员', user_roles_changed: '修改成员角色', stock_changed: '库存变化',
    notification_created: '发送通知', rating_submitted: '提交评价', rating_revealed: '评价公开', rating_hidden: '评价隐藏',
    rating_replied: '回复评价', rating_removal_requested: '申请删除评价', rating_removal_decided: '评价删除申请处理', card_code_frozen: '冻结卡密',
    offer_settlement_price_changed: '货源结算价调整', scorecard_weights_changed: '修改评分权重', evaluation_run_frozen: '季度评估定格', evaluation_candidate_changed: '淘汰候选状态变更',
    probation_judged: '试单期判定',
  },
  enums: {
    ApiKeyScope: { CATALOG_READ: '读取商品目录', ORDERS_READ: '读取订单', ORDERS_WRITE: '下单', TICKETS_WRITE: '提交工单', TOPUPS_WRITE: '处理直充', WALLET_READ: '读取钱包与对账单' },
    CodeStatus: { AVAILABLE: '可售', IMPORTING: '导入中', QUARANTINED: '已隔离', REJECTED: '已驳回', REPLACED: '已更换', SOLD: '已售出', VOIDED: '已作废', FROZEN: '已冻结' },
    RatingStatus: { SEALED: '未公开', REVEALED: '已公开', HIDDEN: '已隐藏' },
    NotificationType: {
      BATCH_DECIDED: '卡密批次处理结果', DOCUMENT_EXPIRED: '资质已过期', DOCUMENT_EXPIRING: '资质即将过期', DOCUMENT_REVIEWED: '资质审核结果', LOW_STOCK: '库存不足', OFFER_PAUSED: '货源已暂停',
      OFFER_REVIEWED: '货源审核结果', ORGANIZATION_DECIDED: '入驻审核结果', PRICE_SCHEDULED: '统一价调整通知', SLA_BREACHED: 'SLA 超时', SLA_WARNING: 'SLA 即将超时', TICKET_ESCALATED: '工单升级至联盟仲裁',
      TICKET_OPENED: '新工单', TICKET_REOPENED: '工单重新打开', TICKET_REPLIED: '工单有新回复', TICKET_RESOLVED: '工单已处理',
    },
    OfferAction: { APPROVE: '审核通过', DELIST: '下架', FLAG: '标记待查', PAUSE: '暂停', REJECT: '驳回', RESUME: '恢复供货' },
    RiskEventType: { BLACK_CARD_SUSPECTED: '疑似黑卡', LARGE_ORDER: '大额订单', LOW_PRICE_OFFER: '货源低价异常', SHARED_DEVICE: '多账号共用设备' },
    SampleResult: { INVALID: '无效', VALID: '有效' },
    TopupAction: { CLAIM: '领取', COMPLETE: '完成充值', EXPIRE: '超时', FAIL: '充值失败' },
    WebhookDeliveryStatus: { FAILED: '投递失败', PENDING: '待投递', SUCCEEDED: '投递成功' },
  },
};

export type LabelsResources = typeof labelsZhCN;

export const labelsEn: LabelsResources = {
  eventType: {
    organization_registered: 'Organisation registered', organization_decided: 'Organisation decision', user_signed_in: 'Signed in', user_sign_in_failed: 'Sign-in failed', user_signed_out: 'Signed out',
    user_password_changed: 'Password changed', user_refresh_token_reused: 'Refresh token reused', api_key_created: 'API key created', api_key_revoked: 'API key revoked', file_uploaded: 'File uploaded',
    document_submitted: 'Document submitted', document_reviewed: 'Document reviewed', document_expired: 'Document expired', document_expiring: 'Document expiring', organization_submitted_for_review: 'Submitted for review',
    organization_profile_updated: 'Company details changed', brand_created: 'Brand registered', sku_created: 'Product created', sku_updated: 'Product changed', price_scheduled: 'Unified price change scheduled', price_applied: 'Unified price applied',
    price_cancelled: 'Unified price change cancelled', offer_created: 'Offer created', offer_reviewed: 'Offer reviewed', offer_status_changed: 'Offer status changed', offer_price_changed: 'Offer settlement price changed', offer_low_stock: 'Offer low on stock',
    card_batch_imported: 'Card batch imported', card_batch_quarantined: 'Card batch quarantined', card_batch_decided: 'Card batch decision', card_code_sample_revealed: 'Sample code revealed', card_code_sample_recorded: 'Sample result recorded',
    card_code_sold: 'Card code sold', card_code_replaced: 'Card codes replaced', card_code_voided: 'Card codes voided', risk_event_raised: 'Risk event raised', risk_event_decided: 'Risk event decided', wallet_deposited: 'Wallet credited',
    supplier_paid_out: 'Supplier paid out', order_placed: 'Order placed', order_delivered: 'Order delivered', order_failed: 'Order failed', order_held: 'Order held for review', order_refunded: 'Order refunded', order_reviewed: 'Held order reviewed',
    order_codes_revealed: 'Order codes revealed', order_status_changed: 'Order status changed', order_line_status_changed: 'Order line status changed', topup_task_created: 'Top-up task created', topup_task_changed: 'Top-up task changed',
    webhook_endpoint_created: 'Webhook endpoint created', webhook_endpoint_disabled: 'Webhook endpoint disabled', ticket_opened: 'Ticket opened', ticket_status_changed: 'Ticket status changed', ticket_message_posted: 'Ticket reply',
    ticket_resolved: 'Ticket resolved', ticket_reopened: 'Ticket reopened', ticket_arbitration_ruled: 'Alliance arbitration ruling', ticket_sla_clock_stopped: 'SLA clock stopped', ticket_sla_warning: 'SLA about to breach',
    ticket_sla_breached: 'SLA breached', sla_policy_changed: 'SLA policy changed', sla_calendar_changed: 'Working calendar changed', ticket_auto_rule_changed: 'Auto-resolution rule changed', user_invited: 'Person invited',
    user_invitation_revoked: 'Invitation revoked', user_invitation_accepted: 'Invitation accepted', user_disabled: 'Person disabled', user_enabled: 'Person enabled', user_roles_changed: 'Roles changed', stock_changed: 'Stock changed',
    notification_created: 'Notification sent', rating_submitted: 'Rating submitted', rating_revealed: 'Rating revealed', rating_hidden: 'Rating hidden',
    rating_replied: 'Rating replied to', rating_removal_requested: 'Rating removal requested', rating_removal_decided: 'Rating removal decided', card_code_frozen: 'Card codes frozen',
    offer_settlement_price_changed: 'Offer settlement price changed', scorecard_weights_changed: 'Score weights changed', evaluation_run_frozen: 'Quarterly evaluation frozen',
    evaluation_candidate_changed: 'Elimination candidate changed', probation_judged: 'Probation judged',
  },
  enums: {
    ApiKeyScope: { CATALOG_READ: 'Read the catalog', ORDERS_READ: 'Read orders', ORDERS_WRITE: 'Place orders', TICKETS_WRITE: 'File tickets', TOPUPS_WRITE: 'Work direct top-ups', WALLET_READ: 'Read wallet and statements' },
    CodeStatus: { AVAILABLE: 'Available', IMPORTING: 'Importing', QUARANTINED: 'Quarantined', REJECTED: 'Rejected', REPLACED: 'Replaced', SOLD: 'Sold', VOIDED: 'Voided', FROZEN: 'Frozen' },
    RatingStatus: { SEALED: 'Sealed', REVEALED: 'Revealed', HIDDEN: 'Hidden' },
    NotificationType: {
      BATCH_DECIDED: 'Card batch decision', DOCUMENT_EXPIRED: 'Document expired', DOCUMENT_EXPIRING: 'Document expiring', DOCUMENT_REVIEWED: 'Document reviewed', LOW_STOCK: 'Low stock', OFFER_PAUSED: 'Offer paused',
      OFFER_REVIEWED: 'Offer reviewed', ORGANIZATION_DECIDED: 'Application decided', PRICE_SCHEDULED: 'Unified price change', SLA_BREACHED: 'SLA breached', SLA_WARNING: 'SLA about to breach', TICKET_ESCALATED: 'Ticket escalated to the alliance',
      TICKET_OPENED: 'New ticket', TICKET_REOPENED: 'Ticket reopened', TICKET_REPLIED: 'New reply on a ticket', TICKET_RESOLVED: 'Ticket resolved',
    },
    OfferAction: { APPROVE: 'Approve', DELIST: 'Delist', FLAG: 'Flag for checking', PAUSE: 'Pause', REJECT: 'Reject', RESUME: 'Resume' },
    RiskEventType: { BLACK_CARD_SUSPECTED: 'Suspected stolen codes', LARGE_ORDER: 'Large order', LOW_PRICE_OFFER: 'Offer priced suspiciously low', SHARED_DEVICE: 'Device shared by accounts' },
    SampleResult: { INVALID: 'Invalid', VALID: 'Valid' },
    TopupAction: { CLAIM: 'Claim', COMPLETE: 'Complete', EXPIRE: 'Expire', FAIL: 'Fail' },
    WebhookDeliveryStatus: { FAILED: 'Failed', PENDING: 'Pending', SUCCEEDED: 'Delivered' },
  },
};
