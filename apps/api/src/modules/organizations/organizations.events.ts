import { AuditEventType, OrganizationAction, type OrganizationStatus } from '@mengyuan/domain';
import type { Actor } from '../../common/actor';
import { DomainEvent, type AuditRecord } from '../../common/events/domain-event';
import type { Organization } from './organization.types';

/** An organisation moved along its lifecycle (OrganizationService.transition). */
export class OrganizationStatusChangedEvent extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly organization: Organization,
    readonly from: OrganizationStatus,
    readonly action: OrganizationAction,
    readonly reason: string | null,
  ) {
    super(actor);
  }

  /** Submitting is the organisation's own step; everything else is a decision about it. */
  get decided(): boolean {
    return this.action !== OrganizationAction.SUBMIT;
  }

  get type(): string {
    return this.decided ? AuditEventType.ORGANIZATION_DECIDED : AuditEventType.ORGANIZATION_SUBMITTED;
  }

  override audit(): AuditRecord {
    const to = this.organization.status;
    const payload = this.decided ? { action: this.action, from: this.from, to, reason: this.reason } : { from: this.from, to };
    return { organizationId: this.organization.id, subjectType: 'organization', subjectId: this.organization.id, payload };
  }
}
