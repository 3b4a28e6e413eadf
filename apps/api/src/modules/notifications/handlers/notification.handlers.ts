import { AuditEventType, BatchStatus, NotificationType, OfferPauseReason, OrganizationKind, RATING_SEAL_DAYS, Role } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { SubjectNames } from '../../../common/subject-names';
import { InvitationIssuedEvent, NewDeviceSignInEvent, PasswordResetRequestedEvent, TwoFactorChangedEvent } from '../../auth/auth.events';
import { OfferLowStockEvent, OfferStatusChangedEvent, PriceScheduledEvent } from '../../catalog/catalog.events';
import { BatchStatusChangedEvent } from '../../inventory/inventory.events';
import { SkuBuyersToTellEvent } from '../../orders/orders.events';
import { OrganizationStatusChangedEvent } from '../../organizations/organizations.events';
import { DocumentExpiredEvent, DocumentExpiringEvent, DocumentReviewedEvent } from '../../qualifications/qualifications.events';
import { RatingRevealedEvent, RatingSubmittedEvent } from '../../ratings/ratings.events';
import { EvaluationCandidateChangedEvent } from '../../scorecards/scorecards.events';
import { SlaBreachedEvent, SlaCalendarExpiringEvent, SlaWarningEvent, TicketMessagePostedEvent, TicketOpenedEvent, TicketReopenedEvent, TicketResolvedEvent, TicketStatusChangedEvent, type TicketFacts } from '../../tickets/tickets.events';
import { NoticeService } from '../services/notice.service';
import { TicketWatchService } from '../services/ticket-watch.service';

const ticketParams = (t: TicketFacts) => ({ ticketId: t.id, number: t.number, category: t.category, tier: t.tier, level: t.level, status: t.status, orderId: t.orderId });
const DAY_MS = 86_400_000;

/**
 * Every deadline and decision of the design as a notice (DESIGN.md §2.11), written in the transaction of the change
 * that caused it: the inbox, e-mail and robots as each person's and organisation's preferences say. No module's
 * path changes for it: these are handlers of the events the modules publish anyway.
 */
@Injectable()
export class NotificationHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly notices: NoticeService,
    private readonly watches: TicketWatchService,
    private readonly names: SubjectNames,
  ) {}

  /** The product an offer sells, named by the catalog (older notices without it read "one of your offers"). */
  private async skuOf(offerId: string): Promise<{ skuName?: string }> {
    const skuName = (await this.names.of('offer_product', [offerId])).get(offerId);
    return skuName ? { skuName } : {};
  }

  private async nameOf(kind: string, id: string): Promise<string | null> {
    return (await this.names.of(kind, [id])).get(id) ?? null;
  }

  onModuleInit(): void {
    const on = this.events.onTransaction.bind(this.events);
    on(OfferStatusChangedEvent, 'notifications.offer', async (e) => {
      if (e.reviewed) {
        const sku = await this.skuOf(e.offer.id);
        await this.notices.send({ kind: NotificationType.OFFER_REVIEWED, to: { organizationId: e.offer.supplierId }, params: { offerId: e.offer.id, ...sku, decision: e.action, note: e.details.note ?? null } });
      } else if (e.offer.pauseReason === OfferPauseReason.AUTHORIZATION_EXPIRED) {
        const sku = await this.skuOf(e.offer.id);
        await this.notices.send({ kind: NotificationType.OFFER_PAUSED, to: { organizationId: e.offer.supplierId }, params: { offerId: e.offer.id, ...sku, reason: OfferPauseReason.AUTHORIZATION_EXPIRED } });
      }
    });
    on(OfferLowStockEvent, 'notifications.low-stock', async (e) => {
      const sku = await this.skuOf(e.offerId);
      await this.notices.send({ kind: NotificationType.LOW_STOCK, to: { organizationId: e.supplierId }, params: { offerId: e.offerId, ...sku, stock: e.stock, threshold: e.threshold } });
    });
    on(BatchStatusChangedEvent, 'notifications.batch', async (e) => {
      if (e.from !== BatchStatus.QUARANTINED) return;
      const sku = await this.skuOf(e.batch.offerId);
      await this.notices.send({ kind: NotificationType.BATCH_DECIDED, to: { organizationId: e.batch.supplierId }, params: { batchId: e.batch.id, offerId: e.batch.offerId, ...sku, status: e.batch.status, sampleInvalid: e.details.sampleInvalid ?? 0 } });
    });
    // Price changes with their effective time: every member of the alliance, and its robots.
    on(PriceScheduledEvent, 'notifications.price', (e) => {
      const { changeId, skuId, skuCode, skuName, oldPrice, newPrice, effectiveAt } = e.notice;
      return this.notices.send({ kind: NotificationType.PRICE_SCHEDULED, to: { organizationKind: OrganizationKind.MEMBER }, params: { skuId, skuCode, skuName, oldPrice, newPrice, effectiveAt }, key: `price:${changeId}` });
    });
    // A supplier's settlement-price change: the SKU's recent buyers hear that one is coming and when (not whose, nor the price).
    on(SkuBuyersToTellEvent, 'notifications.settlement-price', (e) => {
      const { changeId, skuId, skuCode, skuName, effectiveAt, noticeShortened } = e.notice;
      return this.notices.send({
        kind: NotificationType.SETTLEMENT_PRICE_SCHEDULED, to: e.memberIds.map((organizationId) => ({ organizationId })),
        params: { skuId, skuCode, skuName, effectiveAt, noticeShortened }, key: `settlement-price:${changeId}`,
      });
    });
    on(OrganizationStatusChangedEvent, 'notifications.organization', async (e) => {
      if (!e.decided) return;
      await this.notices.send({ kind: NotificationType.ORGANIZATION_DECIDED, to: { organizationId: e.organization.id }, params: { action: e.action, from: e.from, to: e.organization.status, reason: e.reason } });
    });
    on(SlaCalendarExpiringEvent, 'notifications.sla-calendar', (e) =>
      this.notices.send({ kind: NotificationType.SLA_CALENDAR_EXPIRING, to: { organizationKind: OrganizationKind.ALLIANCE }, params: { ...e.calendar }, key: `sla-calendar:${e.calendar.calendarId}:${e.calendar.officialThrough ?? '-'}` }),
    );
    on(DocumentReviewedEvent, 'notifications.document-reviewed', (e) => {
      const d = e.document;
      return this.notices.send({ kind: NotificationType.DOCUMENT_REVIEWED, to: { organizationId: d.organizationId }, params: { documentId: d.id, documentType: d.type, number: d.number, decision: e.decision, note: e.note } });
    });
    on(DocumentExpiringEvent, 'notifications.document-expiring', (e) => {
      const d = e.document;
      return this.notices.send({ kind: NotificationType.DOCUMENT_EXPIRING, to: { organizationId: d.organizationId }, params: { documentId: d.id, documentType: d.type, number: d.number, validTo: d.validTo, days: e.days }, key: `document-expiring:${d.id}:${e.days}` });
    });
    on(DocumentExpiredEvent, 'notifications.document-expired', (e) => {
      const d = e.document;
      return this.notices.send({ kind: NotificationType.DOCUMENT_EXPIRED, to: { organizationId: d.organizationId }, params: { documentId: d.id, documentType: d.type, number: d.number, validTo: d.validTo }, key: `document-expired:${d.id}` });
    });

    // ---- After-sales: one notice per person per ticket per change; the SLA escalates assignee → owner → alliance.
    const ticket = (t: TicketFacts) => `ticket:${t.id}`;
    on(TicketOpenedEvent, 'notifications.ticket-opened', (e) =>
      this.notices.send({ kind: NotificationType.TICKET_OPENED, to: { organizationId: e.ticket.supplierId }, params: ticketParams(e.ticket), subject: ticket(e.ticket) }),
    );
    on(TicketMessagePostedEvent, 'notifications.ticket-replied', async (e) => {
      if (e.internal || e.authorKind === 'SYSTEM') return;
      const p = { ...ticketParams(e.ticket), authorKind: e.authorKind };
      if (e.authorKind !== 'MEMBER') await this.notices.send({ kind: NotificationType.TICKET_REPLIED, to: { organizationId: e.ticket.memberId }, params: p, subject: ticket(e.ticket) });
      if (e.authorKind !== 'SUPPLIER') {
        // The supplier's inbox shows it; by e-mail it reaches whoever handles the ticket (the assignee, or its tier's staff).
        await this.notices.send({ kind: NotificationType.TICKET_REPLIED, to: { organizationId: e.ticket.supplierId }, params: p, subject: ticket(e.ticket), channels: ['IN_APP', 'ROBOT'] });
        await this.notices.send({ kind: NotificationType.TICKET_REPLIED, to: await this.watches.handlers(e.ticket), params: p, subject: ticket(e.ticket), channels: ['EMAIL'] });
      }
    });
    on(TicketStatusChangedEvent, 'notifications.ticket-escalated', async (e) => {
      if (e.action !== 'ESCALATE') return;
      const p = { ...ticketParams(e.ticket), reason: e.reason };
      await this.notices.send({ kind: NotificationType.TICKET_ESCALATED, to: { organizationKind: OrganizationKind.ALLIANCE }, params: p, subject: ticket(e.ticket) });
      await this.notices.send({ kind: NotificationType.TICKET_ESCALATED, to: { organizationId: e.actor?.organizationId === e.ticket.memberId ? e.ticket.supplierId : e.ticket.memberId }, params: p, subject: ticket(e.ticket) });
    });
    on(TicketResolvedEvent, 'notifications.ticket-resolved', (e) =>
      this.notices.send({ kind: NotificationType.TICKET_RESOLVED, to: { organizationId: e.ticket.memberId }, params: { ...ticketParams(e.ticket), resolution: e.resolution, amount: e.amount, auto: e.auto }, subject: ticket(e.ticket) }),
    );
    on(TicketReopenedEvent, 'notifications.ticket-reopened', async (e) => {
      const p = { ...ticketParams(e.ticket), reason: e.reason };
      await this.notices.send({ kind: NotificationType.TICKET_REOPENED, to: { organizationId: e.ticket.supplierId }, params: p, subject: ticket(e.ticket), channels: ['IN_APP', 'ROBOT'] });
      await this.notices.send({ kind: NotificationType.TICKET_REOPENED, to: await this.watches.handlers(e.ticket), params: p, subject: ticket(e.ticket), channels: ['EMAIL'] });
    });
    on(SlaWarningEvent, 'notifications.sla-warning', async (e) => {
      const p = { ...ticketParams(e.ticket), metric: e.metric, clockLevel: e.tier, dueAt: e.dueAt.toISOString() };
      const notice = { kind: NotificationType.SLA_WARNING, params: p, deadline: e.dueAt, key: `sla-warning:${e.clockId}` };
      if (e.tier === 'L3') return this.notices.send({ ...notice, to: { organizationKind: OrganizationKind.ALLIANCE, roles: [Role.ADMIN] } });
      // The supplier's inbox and robots show it; by e-mail it reaches whoever handles the ticket (the assignee, else
      // its tier's staff) in business hours, and never after the deadline.
      await this.notices.send({ ...notice, to: { organizationId: e.ticket.supplierId }, channels: ['IN_APP', 'ROBOT'] });
      await this.notices.send({ ...notice, to: await this.watches.handlers(e.ticket), channels: ['EMAIL'] });
    });
    on(SlaBreachedEvent, 'notifications.sla-breached', async (e) => {
      const p = { ...ticketParams(e.ticket), metric: e.metric, clockLevel: e.tier, dueAt: e.dueAt.toISOString(), breachedAt: e.breachedAt.toISOString() };
      const key = `sla-breached:${e.clockId}`;
      if (e.responsible === 'SUPPLIER') {
        // Everyone at the supplier sees it in the inbox; the owner (and the assignee) hears it at once, quiet hours or not.
        await this.notices.send({ kind: NotificationType.SLA_BREACHED, to: { organizationId: e.ticket.supplierId }, params: p, key, channels: ['IN_APP'] });
        await this.notices.send({ kind: NotificationType.SLA_BREACHED, to: [{ organizationId: e.ticket.supplierId, roles: [Role.OWNER] }, await this.watches.assignee(e.ticket)], params: p, key, channels: ['EMAIL', 'ROBOT'] });
        await this.notices.send({ kind: NotificationType.SLA_BREACHED, to: { organizationKind: OrganizationKind.ALLIANCE }, params: p, key, channels: ['IN_APP'] });
        // Still unanswered after a while, the alliance hears of it (a job checks then).
        await this.watches.scheduleEscalation(e.ticket, e.clockId, e.metric, e.dueAt, e.breachedAt);
      } else {
        await this.notices.send({ kind: NotificationType.SLA_BREACHED, to: { organizationKind: OrganizationKind.ALLIANCE }, params: p, key });
      }
    });

    // ---- Quarterly evaluation: the candidate with its appeal deadline, the appeal to the alliance, the decisions back.
    on(EvaluationCandidateChangedEvent, 'notifications.evaluation', async (e) => {
      const supplier = { organizationId: e.organizationId };
      const base = { candidateId: e.candidateId, runId: e.runId, action: e.action, reason: e.reason };
      switch (e.action) {
        case 'NOMINATE':
          return this.notices.send({ kind: NotificationType.ELIMINATION_CANDIDATE, to: supplier, params: { ...base, ...e.details }, key: `candidate:${e.candidateId}` });
        case 'APPEAL':
          return this.notices.send({
            kind: NotificationType.APPEAL_FILED, to: { organizationKind: OrganizationKind.ALLIANCE, roles: [Role.ADMIN] },
            params: { ...base, organizationId: e.organizationId, organizationName: await this.nameOf('organization', e.organizationId) }, key: `appeal:${e.candidateId}`,
          });
        case 'GRANT_APPEAL':
        case 'REJECT_APPEAL':
          return this.notices.send({ kind: NotificationType.APPEAL_DECIDED, to: supplier, params: { ...base, decision: e.action === 'GRANT_APPEAL' ? 'GRANT' : 'REJECT' }, key: `appeal-decided:${e.candidateId}` });
        case 'KEEP':
        case 'ELIMINATE': {
          // Eliminated: what was paid out, and the holdback kept for the complaint window and when it is released (issue 18 §3).
          const { payableSettled, holdback, holdbackReleaseAt } = e.details as { payableSettled?: string; holdback?: string; holdbackReleaseAt?: string };
          const money = e.action === 'ELIMINATE' ? { payableSettled, holdback, holdbackReleaseAt } : {};
          return this.notices.send({ kind: NotificationType.CANDIDATE_DECIDED, to: supplier, params: { ...base, ...money }, key: `candidate-decided:${e.candidateId}` });
        }
      }
    });

    // ---- Ratings: rate back before the seal runs out; a rating of you is visible.
    on(RatingSubmittedEvent, 'notifications.rating-requested', async (e) => {
      const r = e.rating;
      await this.notices.send({
        kind: NotificationType.RATING_REQUESTED, to: { organizationId: r.ratedId, roles: [Role.OWNER, Role.OPERATOR] },
        params: { orderId: r.orderId, orderNo: await this.nameOf('order', r.orderId), side: r.side, revealsAt: new Date(r.createdAt.getTime() + RATING_SEAL_DAYS * DAY_MS).toISOString() },
        key: `rating-requested:${r.orderId}:${r.ratedId}`,
      });
    });
    on(RatingRevealedEvent, 'notifications.rating-revealed', async (e) => {
      const r = e.rating;
      // Both sides have rated (or the seal ran out): asking the rated side to rate is moot now.
      await this.notices.retract(`rating-requested:${r.orderId}:${r.raterId}`);
      await this.notices.send({
        kind: NotificationType.RATING_REVEALED, to: { organizationId: r.ratedId, roles: [Role.OWNER, Role.OPERATOR] },
        params: { orderId: r.orderId, orderNo: await this.nameOf('order', r.orderId), side: r.side }, key: `rating-revealed:${r.id}`,
      });
    });

    // ---- Money confirmed: a top-up credited, a payout sent (the ledger's audited changes).
    on(AuditedChange, 'notifications.money', async (e) => {
      if (e.type !== AuditEventType.WALLET_DEPOSITED && e.type !== AuditEventType.SUPPLIER_PAID_OUT) return;
      const record = e.audit();
      if (!record.organizationId) return;
      const kind = e.type === AuditEventType.WALLET_DEPOSITED ? NotificationType.TOPUP_CONFIRMED : NotificationType.PAYOUT_CONFIRMED;
      await this.notices.send({
        kind, to: { organizationId: record.organizationId, roles: [Role.OWNER, Role.OPERATOR] },
        params: { amount: record.payload?.amount, reference: record.payload?.reference, transactionId: record.subjectId }, key: `${kind}:${record.subjectId}`,
      });
    });

    // ---- Accounts: invitations, password resets, new devices and two-step changes, by e-mail at once.
    on(InvitationIssuedEvent, 'notifications.invitation', async (e) =>
      this.notices.send({
        kind: NotificationType.INVITATION, to: { address: e.email, organizationId: e.organizationId },
        params: { organizationName: await this.nameOf('organization', e.organizationId), roles: e.roles, expiresAt: e.expiresAt.toISOString() },
        secret: { path: e.acceptPath }, key: `invitation:${e.invitationId}`, channels: ['EMAIL'],
      }),
    );
    on(PasswordResetRequestedEvent, 'notifications.password-reset', (e) =>
      this.notices.send({
        kind: NotificationType.PASSWORD_RESET, to: { address: e.email, organizationId: e.organizationId },
        params: { email: e.email, expiresAt: e.expiresAt.toISOString() }, secret: { path: e.resetPath }, channels: ['EMAIL'],
      }),
    );
    on(NewDeviceSignInEvent, 'notifications.new-device', (e) =>
      this.notices.send({ kind: NotificationType.NEW_DEVICE_SIGN_IN, to: { userIds: [e.userId] }, params: { ip: e.ip, userAgent: e.userAgent, at: e.at.toISOString() }, channels: ['IN_APP', 'EMAIL'] }),
    );
    on(TwoFactorChangedEvent, 'notifications.two-factor', (e) =>
      this.notices.send({ kind: NotificationType.TWO_FACTOR_CHANGED, to: { userIds: [e.userId] }, params: { change: e.change }, channels: ['IN_APP', 'EMAIL'] }),
    );
  }
}
