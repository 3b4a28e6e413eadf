import { NotificationInbox, renderTicketNotification, ticketOfNotification } from '@mengyuan/ui';

/** 消息通知: the alliance's inbox (escalations, breaches), each notification opening its ticket. */
export default function NotificationsPage() {
  return (
    <NotificationInbox
      render={(t, n) => renderTicketNotification(t, n) ?? { title: t('notifications.title_UNKNOWN'), body: t('notifications.body_UNKNOWN') }}
      link={(n) => {
        const id = ticketOfNotification(n);
        return id ? `/tickets/${id}` : '/tickets';
      }}
    />
  );
}
