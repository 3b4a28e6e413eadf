import { BatchStatus, NotificationType, OfferPauseReason, OrganizationKind } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { OfferLowStockEvent, OfferStatusChangedEvent, PriceScheduledEvent } from '../../catalog/catalog.events';
import { BatchStatusChangedEvent } from '../../inventory/inventory.events';
import { OrganizationStatusChangedEvent } from '../../organizations/organizations.events';
import { DocumentExpiredEvent, DocumentExpiringEvent } from '../../qualifications/qualifications.events';
import { SlaBreachedEvent, SlaWarningEvent, TicketMessagePostedEvent, TicketOpenedEvent, TicketReopenedEvent, TicketResolvedEvent, TicketStatusChangedEvent, type TicketFacts } from '../../tickets/tickets.events';
import { NotificationService } from '../services/notification.service';
import { SubjectNames } from '../../../common/subject-names';

const ticketParams = (t: TicketFacts) => ({ ticketId: t.id, number: t.number, category: t.category, tier: t.tier, level: t.level, status: t.status, orderId: t.orderId });

/** People hear of what concerns them in their inbox, written in the transaction of the change. */
@Injectable()
export class NotificationHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly inbox: NotificationService,
    private readonly names: SubjectNames,
  ) {}

  /** The product an offer sells, named by the catalog (older notices without it read "one of your offers"). */
  private async skuOf(offerId: string): Promise<{ skuName?: string }> {
    const skuName = (await this.names.of('offer_product', [offerId])).get(offerId);
    return skuName ? { skuName } : {};
  }

  onModuleInit(): void {
    const on = this.events.onTransaction.bind(this.events);
    on(OfferStatusChangedEvent, 'notifications.offer', async (e) => {
      if (e.reviewed) {
        const sku = await this.skuOf(e.offer.id);
        await this.inbox.notifyOrganization(e.offer.supplierId, NotificationType.OFFER_REVIEWED, { offerId: e.offer.id, ...sku, decision: e.action, note: e.details.note ?? null });
      } else if (e.offer.pauseReason === OfferPauseReason.AUTHORIZATION_EXPIRED) {
        const sku = await this.skuOf(e.offer.id);
        await this.inbox.notifyOrganization(e.offer.supplierId, NotificationType.OFFER_PAUSED, { offerId: e.offer.id, ...sku, reason: OfferPauseReason.AUTHORIZATION_EXPIRED });
      }
    });
    on(OfferLowStockEvent, 'notifications.low-stock', async (e) => {
      const sku = await this.skuOf(e.offerId);
      await this.inbox.notifyOrganization(e.supplierId, NotificationType.LOW_STOCK, { offerId: e.offerId, ...sku, stock: e.stock, threshold: e.threshold });
    });
    on(BatchStatusChangedEvent, 'notifications.batch', async (e) => {
      if (e.from !== BatchStatus.QUARANTINED) return;
      const sku = await this.skuOf(e.batch.offerId);
      await this.inbox.notifyOrganization(e.batch.supplierId, NotificationType.BATCH_DECIDED, { batchId: e.batch.id, offerId: e.batch.offerId, ...sku, status: e.batch.status, sampleInvalid: e.details.sampleInvalid ?? 0 });
    });
    on(PriceScheduledEvent, 'notifications.price', (e) => {
      const { skuId, skuCode, skuName, oldPrice, newPrice, effectiveAt } = e.notice;
      return this.inbox.notifyKind(OrganizationKind.MEMBER, NotificationType.PRICE_SCHEDULED, { skuId, skuCode, skuName, oldPrice, newPrice, effectiveAt });
    });
    on(OrganizationStatusChangedEvent, 'notifications.organization', async (e) => {
      if (!e.decided) return;
      await this.inbox.notifyOrganization(e.organization.id, NotificationType.ORGANIZATION_DECIDED, { action: e.action, from: e.from, to: e.organization.status, reason: e.reason });
    });
    on(DocumentExpiringEvent, 'notifications.document-expiring', (e) => {
      const d = e.document;
      return this.inbox.notifyOrganization(d.organizationId, NotificationType.DOCUMENT_EXPIRING, { documentId: d.id, documentType: d.type, number: d.number, validTo: d.validTo, days: e.days });
    });
    // After-sales: the other side hears of each step; the alliance of escalations and breaches.
    on(TicketOpenedEvent, 'notifications.ticket-opened', (e) => this.inbox.notifyOrganization(e.ticket.supplierId, NotificationType.TICKET_OPENED, ticketParams(e.ticket)));
    on(TicketMessagePostedEvent, 'notifications.ticket-replied', async (e) => {
      if (e.internal || e.authorKind === 'SYSTEM') return;
      const p = { ...ticketParams(e.ticket), authorKind: e.authorKind };
      if (e.authorKind !== 'MEMBER') await this.inbox.notifyOrganization(e.ticket.memberId, NotificationType.TICKET_REPLIED, p);
      if (e.authorKind !== 'SUPPLIER') await this.inbox.notifyOrganization(e.ticket.supplierId, NotificationType.TICKET_REPLIED, p);
    });
    on(TicketStatusChangedEvent, 'notifications.ticket-escalated', async (e) => {
      if (e.action !== 'ESCALATE') return;
      const p = { ...ticketParams(e.ticket), reason: e.reason };
      await this.inbox.notifyKind(OrganizationKind.ALLIANCE, NotificationType.TICKET_ESCALATED, p);
      await this.inbox.notifyOrganization(e.actor?.organizationId === e.ticket.memberId ? e.ticket.supplierId : e.ticket.memberId, NotificationType.TICKET_ESCALATED, p);
    });
    on(TicketResolvedEvent, 'notifications.ticket-resolved', (e) =>
      this.inbox.notifyOrganization(e.ticket.memberId, NotificationType.TICKET_RESOLVED, { ...ticketParams(e.ticket), resolution: e.resolution, amount: e.amount, auto: e.auto }),
    );
    on(TicketReopenedEvent, 'notifications.ticket-reopened', (e) => this.inbox.notifyOrganization(e.ticket.supplierId, NotificationType.TICKET_REOPENED, { ...ticketParams(e.ticket), reason: e.reason }));
    on(SlaWarningEvent, 'notifications.sla-warning', (e) => {
      const p = { ...ticketParams(e.ticket), metric: e.metric, clockLevel: e.tier, dueAt: e.dueAt.toISOString() };
      return e.tier === 'L3' ? this.inbox.notifyKind(OrganizationKind.ALLIANCE, NotificationType.SLA_WARNING, p) : this.inbox.notifyOrganization(e.ticket.supplierId, NotificationType.SLA_WARNING, p);
    });
    on(SlaBreachedEvent, 'notifications.sla-breached', async (e) => {
      const p = { ...ticketParams(e.ticket), metric: e.metric, clockLevel: e.tier, dueAt: e.dueAt.toISOString(), breachedAt: e.breachedAt.toISOString() };
      if (e.tier !== 'L3') await this.inbox.notifyOrganization(e.ticket.supplierId, NotificationType.SLA_BREACHED, p);
      await this.inbox.notifyKind(OrganizationKind.ALLIANCE, NotificationType.SLA_BREACHED, p);
    });
    on(DocumentExpiredEvent, 'notifications.document-expired', (e) => {
      const d = e.document;
      return this.inbox.notifyOrganization(d.organizationId, NotificationType.DOCUMENT_EXPIRED, { documentId: d.id, documentType: d.type, number: d.number, validTo: d.validTo });
    });
  }
}
