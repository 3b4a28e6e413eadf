import type { TFunction } from 'i18next';
import { NotificationInbox, accountNotificationLink, paymentNotificationLink, renderAccountNotification, renderPaymentNotification, renderTicketNotification, ticketOfNotification } from '@mengyuan/ui';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';

/** A calendar whose holidays run out (or are provisional): what the alliance's staff are told. */
function renderCalendarNotification(t: TFunction, n: NotificationFieldsFragment) {
  if (n.type !== 'SLA_CALENDAR_EXPIRING') return null;
  const p = n.params as { name: string; officialThrough: string | null; daysLeft: number | null; provisionalYears: number[] };
  const runs = p.officialThrough
    ? p.daysLeft !== null && p.daysLeft < 0
      ? t('adminTickets.sla.holidays.ranOut', { date: p.officialThrough })
      : t('adminTickets.sla.holidays.runsOut', { date: p.officialThrough, days: p.daysLeft })
    : t('adminTickets.sla.holidays.noneAnnounced');
  const provisional = p.provisionalYears?.length ? ` ${t('adminTickets.sla.holidays.provisional', { years: p.provisionalYears.join(t('adminTickets.sla.holidays.sep')) })}` : '';
  return { title: t('notifications.title_SLA_CALENDAR_EXPIRING', { name: p.name }), body: `${runs}${provisional}` };
}

/** 消息通知: the alliance's inbox (escalations, breaches, calendars running out), each notification opening what it is about. */
export default function NotificationsPage() {
  return (
    <NotificationInbox
      render={(t, n) => renderTicketNotification(t, n) ?? renderPaymentNotification(t, n) ?? renderCalendarNotification(t, n) ?? renderAccountNotification(t, n) ?? { title: t('notifications.title_UNKNOWN'), body: t('notifications.body_UNKNOWN') }}
      link={(n) => {
        if (n.type === 'SLA_CALENDAR_EXPIRING') return '/sla?tab=calendars';
        const id = ticketOfNotification(n);
        return id ? `/tickets/${id}` : (paymentNotificationLink(n, 'admin') ?? accountNotificationLink(n, true) ?? '/tickets');
      }}
    />
  );
}
