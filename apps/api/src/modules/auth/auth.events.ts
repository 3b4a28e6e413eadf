import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';

/**
 * A change to an organisation's team: an invitation sent, revoked or accepted, a user disabled, enabled or
 * given other roles (type: user.invited, user.disabled, …). Every one is in the audit chain.
 */
export class TeamChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly type: string,
    readonly organizationId: string,
    readonly subject: { type: 'user' | 'user_invitation'; id: string },
    readonly payload: Record<string, unknown>,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return { organizationId: this.organizationId, subjectType: this.subject.type, subjectId: this.subject.id, payload: this.payload };
  }
}
