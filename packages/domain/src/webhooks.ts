import { defineTransitions } from './state-machine';

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

/** A delivery is retried while PENDING (each failed attempt keeps it there) until it succeeds or runs out of retries; any may be replayed. */
export const webhookDeliveryLifecycle = defineTransitions<WebhookDeliveryStatus, 'SUCCEED' | 'RETRY' | 'GIVE_UP' | 'REPLAY'>({
  PENDING: { SUCCEED: 'SUCCEEDED', RETRY: 'PENDING', GIVE_UP: 'FAILED', REPLAY: 'PENDING' },
  SUCCEEDED: { REPLAY: 'PENDING' },
  FAILED: { REPLAY: 'PENDING' },
});
