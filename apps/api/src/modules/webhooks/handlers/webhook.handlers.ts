import { OrganizationKind, WebhookEvent } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { PriceScheduledEvent } from '../../catalog/catalog.events';
import { OrderDeliveredEvent, OrderFailedEvent, OrderRefundedEvent, TopupTaskChangedEvent, type OrderFacts } from '../../orders/orders.events';
import { DocumentExpiringEvent } from '../../qualifications/qualifications.events';
import { SlaBreachedEvent, TicketMessagePostedEvent, TicketOpenedEvent, TicketResolvedEvent, TicketStatusChangedEvent, type TicketFacts } from '../../tickets/tickets.events';
import { WebhookService } from '../services/webhook.service';

const ticketData = (t: TicketFacts) => ({ ticketId: t.id, number: t.number, orderId: t.orderId, orderLineId: t.orderLineId, category: t.category, tier: t.tier, level: t.level, status: t.status, cycle: t.cycle });

const orderData = (o: OrderFacts) => ({ orderId: o.id, clientOrderNo: o.clientOrderNo, skuId: o.skuId, quantity: o.quantity, total: o.total, status: o.status });

/**
 * Which domain events machines hear of (DESIGN.md §2.11), as deliveries written and queued in the
 * transaction of the change. The codes themselves never travel in a webhook: they are fetched with
 * revealOrderCodes.
 */
@Injectable()
export class WebhookHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly webhooks: WebhookService,
  ) {}

  onModuleInit(): void {
    const on = this.events.onTransaction.bind(this.events);
    on(OrderDeliveredEvent, 'webhooks.order-delivered', (e) =>
      this.webhooks.emit(e.order.memberId, WebhookEvent.ORDER_DELIVERED, { ...orderData(e.order), ...(e.details.reference ? { reference: e.details.reference } : {}) }),
    );
    on(OrderFailedEvent, 'webhooks.order-failed', async (e) => {
      await this.webhooks.emit(e.order.memberId, WebhookEvent.ORDER_FAILED, { ...orderData(e.order), code: e.order.failureCode });
      // A direct top-up that failed at every source gave the reserved amount back.
      if (e.details.refunded) await this.webhooks.emit(e.order.memberId, WebhookEvent.ORDER_REFUNDED, { ...orderData(e.order), amount: e.details.refunded, reason: e.order.failureCode });
    });
    on(OrderRefundedEvent, 'webhooks.order-refunded', (e) =>
      this.webhooks.emit(e.order.memberId, WebhookEvent.ORDER_REFUNDED, { ...orderData(e.order), amount: e.details.amount, reason: e.details.reason }),
    );
    on(TopupTaskChangedEvent, 'webhooks.topup-task-created', async (e) => {
      if (e.from !== null) return;
      const t = e.task;
      await this.webhooks.emit(t.supplierId, WebhookEvent.TOPUP_TASK_CREATED, { taskId: t.id, orderId: t.orderId, rechargeAccount: t.rechargeAccount, quantity: t.quantity, deadlineAt: t.deadlineAt.toISOString() });
    });
    // ticket.updated to both sides' systems (a resolution's money in `resolution`), never internal notes.
    const ticketUpdated = async (t: TicketFacts, change: Record<string, unknown>) => {
      await this.webhooks.emit(t.memberId, WebhookEvent.TICKET_UPDATED, { ...ticketData(t), ...change });
      await this.webhooks.emit(t.supplierId, WebhookEvent.TICKET_UPDATED, { ...ticketData(t), ...change });
    };
    on(TicketOpenedEvent, 'webhooks.ticket-opened', (e) => ticketUpdated(e.ticket, { change: 'opened', codeIds: e.ticket.codeIds }));
    on(TicketStatusChangedEvent, 'webhooks.ticket-status', (e) => ticketUpdated(e.ticket, { change: 'status', from: e.from, action: e.action }));
    on(TicketResolvedEvent, 'webhooks.ticket-resolved', (e) => ticketUpdated(e.ticket, { change: 'resolved', resolution: { kind: e.resolution, fault: e.fault, upheld: e.upheld, amount: e.amount } }));
    on(TicketMessagePostedEvent, 'webhooks.ticket-message', async (e) => {
      if (!e.internal) await ticketUpdated(e.ticket, { change: 'message', messageId: e.messageId, authorKind: e.authorKind });
    });
    on(SlaBreachedEvent, 'webhooks.ticket-sla-breached', async (e) => {
      if (e.responsible !== 'SUPPLIER') return;
      await this.webhooks.emit(e.ticket.supplierId, WebhookEvent.TICKET_SLA_BREACHED, { ...ticketData(e.ticket), metric: e.metric, clockLevel: e.tier, dueAt: e.dueAt.toISOString(), breachedAt: e.breachedAt.toISOString() });
    });
    on(PriceScheduledEvent, 'webhooks.price-scheduled', (e) => {
      const { skuId, skuCode, skuName, oldPrice, newPrice, effectiveAt } = e.notice;
      return this.webhooks.emitToKind(OrganizationKind.MEMBER, WebhookEvent.PRICE_SCHEDULED, { skuId, skuCode, skuName, oldPrice, newPrice, effectiveAt });
    });
    on(DocumentExpiringEvent, 'webhooks.document-expiring', (e) => {
      const d = e.document;
      return this.webhooks.emit(d.organizationId, WebhookEvent.DOCUMENT_EXPIRING, { documentId: d.id, documentType: d.type, number: d.number, validTo: d.validTo, days: e.days });
    });
  }
}
