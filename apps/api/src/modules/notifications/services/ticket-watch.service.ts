import { NotificationType, OrganizationKind, Role, TIER_ROLES } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { runUnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RecipientService } from '../../auth/services/recipient.service';
import { JobsService } from '../../jobs/jobs.service';
import { TicketMessagePostedEvent, TicketOpenedEvent, TicketReopenedEvent, TicketResolvedEvent, TicketStatusChangedEvent, type TicketFacts } from '../../tickets/tickets.events';
import { NoticeTicketWatchEntity } from '../entities/notice.entities';
import { NoticeService, type Audience } from './notice.service';

export const ESCALATE_JOB = 'notices.escalate-breach';

interface EscalationJob {
  ticketId: string;
  clockId: string;
  metric: string;
  dueAt: string;
  breachedAt: string;
  params: Record<string, unknown>;
}

const DONE = new Set(['RESOLVED', 'CLOSED']);

/**
 * Who handles a ticket at its supplier (the last of its people to answer or move it: the assignee) and when they
 * last acted, kept from the tickets' own events: an SLA warning goes to the assignee (or the tier's staff), a
 * breach to the owner too, and a breach nobody answers within NOTICE_ESCALATE_AFTER_MINUTES to the alliance.
 */
@Injectable()
export class TicketWatchService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly recipients: RecipientService,
    private readonly notices: NoticeService,
    private readonly jobs: JobsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.txHost.tx.getRepository(NoticeTicketWatchEntity);
  }

  onModuleInit(): void {
    this.jobs.define<EscalationJob>({ name: ESCALATE_JOB, handler: (data) => this.escalate(data) });
    const on = this.events.onTransaction.bind(this.events);
    on(TicketOpenedEvent, 'notifications.watch-opened', (e) => this.touch(e.ticket, {}));
    on(TicketMessagePostedEvent, 'notifications.watch-message', (e) => {
      if (e.authorKind !== 'SUPPLIER' || e.internal) return;
      const userId = e.actor?.kind === 'user' ? e.actor.userId : null;
      return this.touch(e.ticket, { activity: true, ...(userId ? { assignee: userId } : {}) });
    });
    on(TicketStatusChangedEvent, 'notifications.watch-status', (e) => {
      const bySupplier = e.actor?.organizationId === e.ticket.supplierId;
      const userId = bySupplier && e.actor?.kind === 'user' ? e.actor.userId : null;
      return this.touch(e.ticket, { activity: bySupplier, done: DONE.has(e.ticket.status), ...(userId ? { assignee: userId } : {}) });
    });
    on(TicketResolvedEvent, 'notifications.watch-resolved', (e) => this.touch(e.ticket, { done: true, activity: e.actor?.organizationId === e.ticket.supplierId }));
    on(TicketReopenedEvent, 'notifications.watch-reopened', (e) => this.touch(e.ticket, { done: false }));
  }

  private async touch(t: TicketFacts, change: { assignee?: string; activity?: boolean; done?: boolean }): Promise<void> {
    const now = this.clock.now();
    await this.txHost.tx.query(
      `INSERT INTO notice_ticket_watches (ticket_id, supplier_id, assignee_user_id, last_supplier_activity_at, done, updated_at)
       VALUES ($1, $2, $3, $4, coalesce($5, false), $6)
       ON CONFLICT (ticket_id) DO UPDATE SET
         assignee_user_id = coalesce(EXCLUDED.assignee_user_id, notice_ticket_watches.assignee_user_id),
         last_supplier_activity_at = coalesce(EXCLUDED.last_supplier_activity_at, notice_ticket_watches.last_supplier_activity_at),
         done = coalesce($5, notice_ticket_watches.done),
         updated_at = EXCLUDED.updated_at`,
      [t.id, t.supplierId, change.assignee ?? null, change.activity ? now : null, change.done ?? null, now],
    );
  }

  /** The ticket's assignee, if it has one still at work. */
  async assignee(t: TicketFacts): Promise<Audience> {
    const watch = await this.repo.findOneBy({ ticketId: t.id });
    const people = watch?.assigneeUserId ? await this.recipients.ofUsers([watch.assigneeUserId]) : [];
    return { userIds: people.filter((p) => p.organizationId === t.supplierId).map((p) => p.userId) };
  }

  /** Who answers the ticket at the supplier: its assignee, else the staff of its tier, else the owner and operators. */
  async handlers(t: TicketFacts): Promise<Audience> {
    const assigned = await this.assignee(t);
    if ('userIds' in assigned && assigned.userIds.length) return assigned;
    const tierRole = t.tier === 'L1' || t.tier === 'L2' ? TIER_ROLES[t.tier] : null;
    if (tierRole && (await this.recipients.ofOrganization(t.supplierId, [tierRole])).length) return { organizationId: t.supplierId, roles: [tierRole] };
    return { organizationId: t.supplierId, roles: [Role.OWNER, Role.OPERATOR] };
  }

  /** After a breach, the alliance hears of it if the supplier still has not acted by then (written with the breach). */
  async scheduleEscalation(t: TicketFacts, clockId: string, metric: string, dueAt: Date, breachedAt: Date): Promise<void> {
    const startAfter = new Date(breachedAt.getTime() + this.config.notices.escalateAfterMinutes * 60_000);
    const data: EscalationJob = { ticketId: t.id, clockId, metric, dueAt: dueAt.toISOString(), breachedAt: breachedAt.toISOString(), params: { ticketId: t.id, number: t.number, category: t.category, tier: t.tier, orderId: t.orderId } };
    await this.jobs.sendInTransaction(ESCALATE_JOB, data, { startAfter, retryLimit: 5, retryDelay: 30, retryBackoff: true });
  }

  /** The escalation job: tells the alliance's admins, once per clock, unless the supplier acted or the ticket is done. */
  async escalate(job: EscalationJob): Promise<'ESCALATED' | 'ANSWERED'> {
    return runUnitOfWork(async () => {
      const watch = await this.repo.findOneBy({ ticketId: job.ticketId });
      const breachedAt = new Date(job.breachedAt);
      if (watch && (watch.done || (watch.lastSupplierActivityAt && watch.lastSupplierActivityAt > breachedAt))) return 'ANSWERED' as const;
      await this.notices.send({
        kind: NotificationType.SLA_ESCALATED, to: { organizationKind: OrganizationKind.ALLIANCE, roles: [Role.ADMIN] },
        params: { ...job.params, metric: job.metric, dueAt: job.dueAt, breachedAt: job.breachedAt }, key: `sla-escalated:${job.clockId}`,
      });
      return 'ESCALATED' as const;
    }, 'TicketWatchService.escalate');
  }
}
