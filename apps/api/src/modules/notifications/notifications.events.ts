import { DomainEvent } from '../../common/events/domain-event';

/** Notifications written to people's inboxes (live updates push them to the bell once committed). Not audited. */
export class NotificationsCreatedEvent extends DomainEvent {
  readonly type = 'notification.created';
  constructor(readonly notifications: { id: string; userId: string }[]) {
    super(null);
  }
}
