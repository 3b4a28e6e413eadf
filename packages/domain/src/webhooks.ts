/** Events sent to merchant and supplier systems (DESIGN.md §2.11), signed per the Standard Webhooks spec. */
export const WebhookEvent = {
  ORDER_DELIVERED: 'order.delivered',
  ORDER_FAILED: 'order.failed',
  ORDER_REFUNDED: 'order.refunded',
  TOPUP_TASK_CREATED: 'topup.task_created',
  PRICE_SCHEDULED: 'price.scheduled',
  DOCUMENT_EXPIRING: 'document.expiring',
  TICKET_UPDATED: 'ticket.updated',
  TICKET_SLA_BREACHED: 'ticket.sla_breached',
} as const;
export type WebhookEvent = (typeof WebhookEvent)[keyof typeof WebhookEvent];

export const WebhookDeliveryStatus = { PENDING: 'PENDING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];
