import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';
import { formatDateTime } from '../components/date-time';

type Params = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The after-sales notification types: both apps render them the same way and link them to the ticket. */
export const TICKET_NOTIFICATION_TYPES: ReadonlySet<string> = new Set(['TICKET_OPENED', 'TICKET_REPLIED', 'TICKET_ESCALATED', 'TICKET_RESOLVED', 'TICKET_REOPENED', 'SLA_WARNING', 'SLA_BREACHED']);

/** Title and body of an after-sales notification (enums translated, times in Beijing); null for other types. */
export function renderTicketNotification(t: TFunction, n: Pick<NotificationFieldsFragment, 'type' | 'params'>): { title: string; body: string } | null {
  if (!TICKET_NOTIFICATION_TYPES.has(n.type)) return null;
  const p = (n.params ?? {}) as Params;
  const values = {
    number: str(p.number),
    category: p.category ? t(`tk.category.${str(p.category)}`, { defaultValue: str(p.category) }) : '',
    resolution: p.resolution
      ? t(`tk.resolution.${str(p.resolution)}`, {
          defaultValue: str(p.resolution),
        })
      : '',
    metric: p.metric ? t(`tk.metric.${str(p.metric)}`, { defaultValue: str(p.metric) }) : '',
    dueAt: p.dueAt ? formatDateTime(str(p.dueAt), 'YYYY-MM-DD HH:mm') : '',
    reason: str(p.reason) || t('common.none'),
  };
  return {
    title: t(`notifications.title_${n.type}`, values),
    body: t(`notifications.body_${n.type}`, values),
  };
}

/** The ticket an after-sales notification is about (null for other types). */
export function ticketOfNotification(n: Pick<NotificationFieldsFragment, 'type' | 'params'>): string | null {
  if (!TICKET_NOTIFICATION_TYPES.has(n.type)) return null;
  const id = ((n.params ?? {}) as Params).ticketId;
  return typeof id === 'string' ? id : null;
}
