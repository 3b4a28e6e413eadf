import { WebhookEvent } from '@mengyuan/domain';

/** The events an organisation of this kind can receive (DESIGN.md §2.11). */
export function eventsFor(kind: string | undefined): WebhookEvent[] {
  if (kind === 'SUPPLIER') return [WebhookEvent.TOPUP_TASK_CREATED, WebhookEvent.TICKET_UPDATED, WebhookEvent.TICKET_SLA_BREACHED];
  return [WebhookEvent.ORDER_DELIVERED, WebhookEvent.ORDER_FAILED, WebhookEvent.ORDER_REFUNDED, WebhookEvent.PRICE_SCHEDULED, WebhookEvent.TICKET_UPDATED];
}

/** The i18n key of an event name ('order.delivered' → 'order_delivered': dots separate i18n keys). */
export const eventKey = (event: string) => event.replace(/\./g, '_');

/** The server's reasons for refusing a URL, to their i18n keys. */
const URL_PROBLEMS: Record<string, string> = {
  'is not a URL': 'notUrl',
  'must be http(s)': 'scheme',
  'must not carry credentials': 'credentials',
  'does not resolve': 'unresolved',
  'resolves to a private or loopback address': 'private',
};

export function urlProblemKey(message: string): string | undefined {
  const key = URL_PROBLEMS[message.trim()];
  return key ? `webhooks.urlProblem.${key}` : undefined;
}
