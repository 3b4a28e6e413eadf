import {
  ACTIVE_TICKET_STATUSES,
  AUTO_CLOSE_DAYS,
  CODE_CATEGORIES,
  CodeStatus,
  OrderLineStatus,
  OrderStatus,
  OrganizationKind,
  REOPEN_DAYS,
  Role,
  SlaMetric,
  TICKET_LIMITS,
  TIER_OF_CATEGORY,
  TicketAction,
  TicketAuthorKind,
  TicketStatus,
  TicketTier,
  ticketLifecycle,
  type TicketCategory,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Brackets, In, LessThan, type SelectQueryBuilder } from 'typeorm';
import { isAlliance, type Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, forbidden, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { FileService } from '../../files/services/file.service';
import { CardCodeService } from '../../inventory/services/card-code.service';
import { JobsService } from '../../jobs/jobs.service';
import { OrderService } from '../../orders/services/order.service';
import { TicketMessageEntity } from '../entities/ticket-message.entity';
import { TicketResolutionEntity } from '../entities/ticket-resolution.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { ticketFacts } from '../ticket-facts';
import { AUTO_CLOSE_JOB } from '../tickets.jobs';
import { TicketMessagePostedEvent, TicketOpenedEvent, TicketReopenedEvent } from '../tickets.events';
import { SlaClockService } from './sla-clock.service';
import { TicketLifecycleService } from './ticket-lifecycle.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

export interface OpenTicket {
  orderId: string;
  orderLineId?: string | null;
  category: TicketCategory;
  description: string;
  codeIds?: string[] | null;
  attachmentIds?: string[] | null;
}

export interface PostMessage {
  ticketId: string;
  body: string;
  internal?: boolean | null;
  attachmentIds?: string[] | null;
  /** A supplier's answer that needs the member: the ticket waits on the member and the resolution clock pauses. */
  waitForMember?: boolean | null;
}

export interface TicketFilter {
  statuses?: TicketStatus[] | null;
  activeOnly?: boolean | null;
  category?: TicketCategory | null;
  level?: TicketTier | null;
  breachedOnly?: boolean | null;
  search?: string | null;
  orderId?: string | null;
  memberId?: string | null;
  supplierId?: string | null;
}

export type TicketSort = 'URGENCY' | 'NEWEST' | 'UPDATED';

/** What lists show beside a ticket, read in one query for a page. */
export interface TicketContext {
  clientOrderNo: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  memberName: string;
  supplierName: string;
  /** The member's price per unit, the line's units and the supplier's settlement per unit (fen). */
  unitPrice: string;
  quantity: number;
  unitSettlement: string;
}

const DAY_MS = 86_400_000;

/**
 * After-sales tickets (DESIGN.md §2.8): filed by a member on a delivered order line, answered by the supplier
 * whose line it is (its support staff for L1, tech for L2), arbitrated by the alliance once escalated (L3).
 * Every status change goes through `transition` (ticketLifecycle in packages/domain); every fact is published
 * on the event bus, where audit, notifications, webhooks, the SLA and live updates pick it up.
 */
@Injectable()
export class TicketService implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly orders: OrderService,
    private readonly codes: CardCodeService,
    private readonly files: FileService,
    private readonly clocks: SlaClockService,
    private readonly lifecycle: TicketLifecycleService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  private get tickets() {
    return this.txHost.tx.getRepository(TicketEntity);
  }

  private get messageRepo() {
    return this.txHost.tx.getRepository(TicketMessageEntity);
  }

  onModuleInit(): void {
    this.jobs.define({ name: AUTO_CLOSE_JOB, cron: '*/10 * * * *', handler: () => this.autoClose() });
  }

  // ---- who sees what

  /** Supplier staff answer their tier: support L1, tech L2; owners, operators and API keys every tier. */
  static tiersOf(actor: Actor): TicketTier[] | null {
    if (actor.kind === 'apiKey' || actor.roles.includes(Role.OWNER) || actor.roles.includes(Role.OPERATOR)) return null;
    return [...(actor.roles.includes(Role.SUPPORT) ? [TicketTier.L1] : []), ...(actor.roles.includes(Role.TECH) ? [TicketTier.L2] : [])];
  }

  static visibleTo(actor: Actor, t: Pick<TicketEntity, 'memberId' | 'supplierId' | 'tier'>): boolean {
    if (isAlliance(actor)) return true;
    if (actor.organizationKind === OrganizationKind.MEMBER) return t.memberId === actor.organizationId;
    if (t.supplierId !== actor.organizationId) return false;
    const tiers = TicketService.tiersOf(actor);
    return tiers === null || tiers.includes(t.tier);
  }

  static authorKind(actor: Actor): TicketAuthorKind {
    return isAlliance(actor) ? TicketAuthorKind.ALLIANCE : actor.organizationKind === OrganizationKind.MEMBER ? TicketAuthorKind.MEMBER : TicketAuthorKind.SUPPLIER;
  }

  /** Messages the caller may read: members the public thread, suppliers also their own internal notes, the alliance all. */
  static canRead(actor: Actor, m: Pick<TicketMessageEntity, 'internal' | 'authorOrganizationId'>): boolean {
    if (!m.internal || isAlliance(actor)) return true;
    return actor.organizationKind === OrganizationKind.SUPPLIER && m.authorOrganizationId === actor.organizationId;
  }

  /** The actions the caller may take now: the lifecycle's, narrowed to the caller's side. */
  static actionsFor(actor: Actor, t: TicketEntity, now: Date): TicketAction[] {
    const side = TicketService.authorKind(actor);
    const byside: Record<TicketAuthorKind, TicketAction[]> = {
      MEMBER: [TicketAction.MEMBER_REPLY, TicketAction.ESCALATE, TicketAction.ACCEPT, TicketAction.REOPEN],
      SUPPLIER: t.level === TicketTier.L3 ? [] : [TicketAction.RESPOND, TicketAction.ASK_MEMBER, TicketAction.ESCALATE, TicketAction.RESOLVE],
      ALLIANCE: t.level === TicketTier.L3 ? [TicketAction.RESOLVE] : [],
      SYSTEM: [],
    };
    return ticketLifecycle.actionsFrom(t.status).filter((a) => {
      if (!byside[side].includes(a)) return false;
      if (a === TicketAction.REOPEN) return !!t.resolvedAt && now.getTime() - t.resolvedAt.getTime() <= REOPEN_DAYS * DAY_MS;
      return true;
    });
  }

  async get(actor: Actor, id: string): Promise<TicketEntity> {
    const t = await this.tickets.findOne({ where: { id: assertId(id, 'Ticket') } });
    if (!t || !TicketService.visibleTo(actor, t)) throw notFound('Ticket');
    return t;
  }

  /** The ticket locked for a change by the caller (NOT_FOUND when the caller may not see it). */
  async lockFor(actor: Actor | null, id: string): Promise<TicketEntity> {
    const t = await this.lifecycle.tickets.lock(assertId(id, 'Ticket'));
    if (!t || (actor && !TicketService.visibleTo(actor, t))) throw notFound('Ticket');
    return t;
  }

  /** The one way a ticket's status changes (TicketLifecycleService: ticketLifecycle, the ticket locked first). */
  transition(actor: Actor | null, ticket: TicketEntity, action: TicketAction, changes: Partial<TicketEntity> = {}, reason: string | null = null): Promise<TicketEntity> {
    return this.lifecycle.tickets.transition(actor, ticket, action, changes, { reason });
  }

  private touch(ticket: TicketEntity, changes: Partial<TicketEntity> = {}): Promise<TicketEntity> {
    return this.lifecycle.touch(ticket, changes);
  }

  // ---- the member files

  @UnitOfWork()
  async open(actor: Actor, input: OpenTicket): Promise<TicketEntity> {
    const description = input.description.trim();
    const fields: Record<string, string[]> = {};
    if (description.length < 5) fields.description = ['describe the problem (at least 5 characters)'];
    if (description.length > TICKET_LIMITS.description) fields.description = [`at most ${TICKET_LIMITS.description} characters`];
    if (!TIER_OF_CATEGORY[input.category]) fields.category = ['is not a ticket category'];
    if (Object.keys(fields).length) throw validationFailed(fields);
    const order = await this.orders.get(actor, input.orderId);
    if (order.memberId !== actor.organizationId) throw notFound('Order');
    const lines = await this.orders.lines(order.id);
    if (!input.orderLineId && lines.length > 1) throw validationFailed({ orderLineId: ['this order has several lines: name the one concerned'] });
    const line = input.orderLineId ? lines.find((l) => l.id === input.orderLineId) : lines[0];
    if (!line) {
      if (input.orderLineId) throw notFound('Order line');
      throw invalidTransition(order.status, 'file a ticket on an order with nothing delivered (a failed order charged nothing; a failed top-up was refunded)');
    }
    if (!([OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED] as string[]).includes(order.status) || line.status === OrderLineStatus.REFUNDED) {
      throw invalidTransition(order.status, 'file a ticket');
    }
    const codeIds = [...new Set(input.codeIds ?? [])];
    const sold = await this.codes.statesOf(lines.map((l) => l.id));
    const unknown = codeIds.filter((id) => !sold.some((c) => c.id === id && c.status === CodeStatus.SOLD));
    if (unknown.length) throw validationFailed({ codeIds: ['name codes of this order that are still in use (not replaced or refunded)'] });
    if (CODE_CATEGORIES.includes(input.category) && sold.length && !codeIds.length) throw validationFailed({ codeIds: ['name the codes concerned'] });
    const attachmentIds = await this.ownFiles(actor, input.attachmentIds);

    const now = this.clock.now();
    const tier = TIER_OF_CATEGORY[input.category];
    const row = this.tickets.create({
      orderId: order.id, orderLineId: line.id, memberId: order.memberId, supplierId: line.supplierId, category: input.category, tier, level: tier,
      status: TicketStatus.OPEN, description, codeIds, cycle: 1, version: 1, openedByUserId: actor.kind === 'user' ? actor.userId : null,
      openedByApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null, openedAt: now, firstRespondedAt: null, escalatedAt: null, resolvedAt: null,
      reopenedAt: null, closedAt: null, updatedAt: now,
    });
    await this.tickets.insert(row);
    const ticket = this.lifecycle.tickets.created(await this.tickets.findOneOrFail({ where: { id: row.id } }));
    await this.insertMessage(actor, ticket, description, false, attachmentIds);
    await this.clocks.start(ticket, tier, [SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION], now);
    await this.events.publish(new TicketOpenedEvent(actor, ticketFacts(ticket)));
    // An auto-rule may have resolved it inside the publish (its handler): answer what it is now.
    return this.tickets.findOneOrFail({ where: { id: ticket.id } });
  }

  /** Files named in a message must be the author's own uploads. */
  private async ownFiles(actor: Actor, ids: string[] | null | undefined): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length > TICKET_LIMITS.attachments) throw validationFailed({ attachmentIds: [`at most ${TICKET_LIMITS.attachments} files`] });
    for (const id of unique) {
      const found = await this.files.find(actor, id).catch(() => null);
      if (!found || found.organizationId !== actor.organizationId) throw validationFailed({ attachmentIds: ['upload the files first (POST /files), then name them'] });
    }
    return unique;
  }

  private async insertMessage(actor: Actor | null, ticket: TicketEntity, body: string, internal: boolean, attachmentIds: string[], kind?: TicketAuthorKind): Promise<TicketMessageEntity> {
    const message = this.messageRepo.create({
      ticketId: ticket.id, authorKind: kind ?? (actor ? TicketService.authorKind(actor) : TicketAuthorKind.SYSTEM), authorOrganizationId: actor?.organizationId ?? null,
      authorUserId: actor?.kind === 'user' ? actor.userId : null, body, internal, attachmentIds, createdAt: this.clock.now(),
    });
    await this.messageRepo.insert(message);
    await this.events.publish(new TicketMessagePostedEvent(actor, ticketFacts(ticket), message.id, message.authorKind, internal, attachmentIds));
    return message;
  }

  /** A note the system adds to the thread (an auto-rule that could not act, say), internal to the supplier. */
  async systemNote(ticket: TicketEntity, body: string): Promise<void> {
    const message = this.messageRepo.create({
      ticketId: ticket.id, authorKind: TicketAuthorKind.SYSTEM, authorOrganizationId: ticket.supplierId, authorUserId: null, body, internal: true, attachmentIds: [], createdAt: this.clock.now(),
    });
    await this.messageRepo.insert(message);
    await this.events.publish(new TicketMessagePostedEvent(null, ticketFacts(ticket), message.id, TicketAuthorKind.SYSTEM, true, []));
  }

  // ---- the thread

  /**
   * A message in the thread. The supplier's first public answer stops the first-response clock (and moves an
   * open ticket to IN_PROGRESS, or WAITING_ON_MEMBER when it asks the member something); the member's answer
   * to a waiting ticket starts the resolution clock again; the alliance's first answer on an escalated
   * ticket stops the L3 first-response clock. Internal notes change nothing but the thread.
   */
  @UnitOfWork()
  async postMessage(actor: Actor, input: PostMessage): Promise<{ ticket: TicketEntity; message: TicketMessageEntity }> {
    const body = input.body.trim();
    if (!body.length) throw validationFailed({ body: ['write something'] });
    if (body.length > TICKET_LIMITS.message) throw validationFailed({ body: [`at most ${TICKET_LIMITS.message} characters`] });
    let ticket = await this.lockFor(actor, input.ticketId);
    const side = TicketService.authorKind(actor);
    const internal = !!input.internal;
    if (internal && side === TicketAuthorKind.MEMBER) throw validationFailed({ internal: ['members write to the whole thread'] });
    if (input.waitForMember && (internal || side !== TicketAuthorKind.SUPPLIER)) throw validationFailed({ waitForMember: ['only the supplier’s public answer can wait on the member'] });
    if (ticket.status === TicketStatus.CLOSED) throw invalidTransition(ticket.status, 'write to the thread');
    const attachmentIds = await this.ownFiles(actor, input.attachmentIds);
    const now = this.clock.now();
    const message = await this.insertMessage(actor, ticket, body, internal, attachmentIds);
    if (!internal && side === TicketAuthorKind.SUPPLIER) {
      if (!ticket.firstRespondedAt) ticket = await this.touch(ticket, { firstRespondedAt: now });
      await this.clocks.stop(ticket, now, { level: ticket.tier, metric: SlaMetric.FIRST_RESPONSE });
      if (input.waitForMember && ticketLifecycle.can(ticket.status, TicketAction.ASK_MEMBER)) {
        ticket = await this.transition(actor, ticket, TicketAction.ASK_MEMBER);
        await this.clocks.pauseResolution(ticket, now);
        return { ticket, message };
      }
      if (input.waitForMember) throw invalidTransition(ticket.status, TicketAction.ASK_MEMBER);
      if (ticketLifecycle.can(ticket.status, TicketAction.RESPOND)) return { ticket: await this.transition(actor, ticket, TicketAction.RESPOND), message };
    }
    if (!internal && side === TicketAuthorKind.ALLIANCE && ticket.level === TicketTier.L3) await this.clocks.stop(ticket, now, { level: TicketTier.L3, metric: SlaMetric.FIRST_RESPONSE });
    if (side === TicketAuthorKind.MEMBER && ticket.status === TicketStatus.WAITING_ON_MEMBER) {
      ticket = await this.transition(actor, ticket, TicketAction.MEMBER_REPLY);
      await this.clocks.resumeResolution(ticket, now);
      return { ticket, message };
    }
    return { ticket: await this.touch(ticket), message };
  }

  async messages(actor: Actor, ticket: TicketEntity, page: { offset: number; limit: number }): Promise<Page<TicketMessageEntity>> {
    const qb = this.messageRepo.createQueryBuilder('m').where('m.ticket_id = :id', { id: ticket.id });
    if (!isAlliance(actor)) {
      qb.andWhere(new Brackets((w) => w.where('NOT m.internal').orWhere(':kind = :supplier AND m.author_organization_id = :org', { kind: actor.organizationKind, supplier: OrganizationKind.SUPPLIER, org: actor.organizationId })));
    }
    const [items, totalCount] = await qb.orderBy('m.created_at', 'ASC').addOrderBy('m.id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /** One message for a live subscriber, refetched with the subscriber's permissions (null when not theirs to read). */
  async messageFor(actor: Actor, id: string): Promise<{ ticket: TicketEntity; message: TicketMessageEntity } | null> {
    const message = await this.messageRepo.findOne({ where: { id } });
    if (!message || !TicketService.canRead(actor, message)) return null;
    const ticket = await this.tickets.findOne({ where: { id: message.ticketId } });
    return ticket && TicketService.visibleTo(actor, ticket) ? { ticket, message } : null;
  }

  /** A file attached to a message the caller may read. */
  async attachment(actor: Actor, ticketId: string, fileId: string) {
    const ticket = await this.get(actor, ticketId);
    const messages = await this.messageRepo.createQueryBuilder('m').where('m.ticket_id = :t AND :f = ANY(m.attachment_ids)', { t: ticket.id, f: assertId(fileId, 'File') }).getMany();
    if (!messages.some((m) => TicketService.canRead(actor, m))) throw notFound('File');
    return this.files.readShared(fileId);
  }

  // ---- escalation, acceptance, reopening, closing

  /**
   * To alliance arbitration (L3): the L3 clocks start; the supplier's tier clocks keep running (its
   * resolution clock is the ticket's end-to-end clock, and starts again if it was waiting on the member).
   */
  @UnitOfWork()
  async escalate(actor: Actor, ticketId: string, reason: string): Promise<TicketEntity> {
    if (reason.trim().length < 5) throw validationFailed({ reason: ['say why the alliance should decide (at least 5 characters)'] });
    if (reason.trim().length > TICKET_LIMITS.reason) throw validationFailed({ reason: [`at most ${TICKET_LIMITS.reason} characters`] });
    if (isAlliance(actor)) throw forbidden('Members and suppliers escalate; the alliance arbitrates');
    let ticket = await this.lockFor(actor, ticketId);
    const now = this.clock.now();
    const wasWaiting = ticket.status === TicketStatus.WAITING_ON_MEMBER;
    ticket = await this.transition(actor, ticket, TicketAction.ESCALATE, { level: TicketTier.L3, escalatedAt: now }, reason.trim());
    if (wasWaiting) await this.clocks.resumeResolution(ticket, now);
    await this.clocks.start(ticket, TicketTier.L3, [SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION], now);
    await this.insertMessage(actor, ticket, reason.trim(), false, []);
    return ticket;
  }

  @UnitOfWork()
  async accept(actor: Actor, ticketId: string): Promise<TicketEntity> {
    const ticket = await this.lockFor(actor, ticketId);
    if (TicketService.authorKind(actor) !== TicketAuthorKind.MEMBER) throw forbidden('The member accepts a resolution');
    return this.transition(actor, ticket, TicketAction.ACCEPT, { closedAt: this.clock.now() });
  }

  /** The member reopens within REOPEN_DAYS of the resolution: a new cycle with fresh clocks, never overdue at once. */
  @UnitOfWork()
  async reopen(actor: Actor, ticketId: string, reason: string): Promise<TicketEntity> {
    if (reason.trim().length < 5) throw validationFailed({ reason: ['say what is still wrong (at least 5 characters)'] });
    let ticket = await this.lockFor(actor, ticketId);
    if (TicketService.authorKind(actor) !== TicketAuthorKind.MEMBER) throw forbidden('The member reopens a ticket');
    const now = this.clock.now();
    if (ticket.status === TicketStatus.RESOLVED && ticket.resolvedAt && now.getTime() - ticket.resolvedAt.getTime() > REOPEN_DAYS * DAY_MS) {
      throw invalidTransition(ticket.status, `reopen more than ${REOPEN_DAYS} days after the resolution`);
    }
    ticket = await this.transition(actor, ticket, TicketAction.REOPEN, { cycle: ticket.cycle + 1, level: ticket.tier, reopenedAt: now, escalatedAt: null }, reason.trim());
    await this.clocks.start(ticket, ticket.tier, [SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION], now);
    await this.insertMessage(actor, ticket, reason.trim(), false, []);
    await this.events.publish(new TicketReopenedEvent(actor, ticketFacts(ticket), reason.trim()));
    return ticket;
  }

  /** Resolved tickets the member neither accepted nor reopened close by themselves (the job, every ten minutes). */
  @UnitOfWork()
  async autoClose(): Promise<number> {
    const now = this.clock.now();
    const due = await this.lifecycle.tickets.lockWhere(
      { status: TicketStatus.RESOLVED, resolvedAt: LessThan(new Date(now.getTime() - AUTO_CLOSE_DAYS * DAY_MS)) },
      { take: 500, skipLocked: true },
    );
    for (const t of due) await this.transition(null, t, TicketAction.CLOSE, { closedAt: now });
    return due.length;
  }

  // ---- lists

  async list(actor: Actor, filter: TicketFilter, sort: TicketSort, page: { offset: number; limit: number }): Promise<Page<TicketEntity>> {
    const qb = this.tickets.createQueryBuilder('t');
    this.scope(qb, actor);
    if (filter.statuses?.length) qb.andWhere('t.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.activeOnly) qb.andWhere('t.status IN (:...active)', { active: ACTIVE_TICKET_STATUSES });
    if (filter.category) qb.andWhere('t.category = :category', { category: filter.category });
    if (filter.level) qb.andWhere('t.level = :level', { level: filter.level });
    if (filter.orderId) qb.andWhere('t.order_id = :orderId', { orderId: assertId(filter.orderId, 'Order') });
    if (filter.memberId && isAlliance(actor)) qb.andWhere('t.member_id = :memberId', { memberId: assertId(filter.memberId, 'Organization') });
    if (filter.supplierId && isAlliance(actor)) qb.andWhere('t.supplier_id = :supplierId', { supplierId: assertId(filter.supplierId, 'Organization') });
    if (filter.breachedOnly) qb.andWhere(`EXISTS (SELECT 1 FROM sla_clocks c WHERE c.ticket_id = t.id AND c.cycle = t.cycle AND c.breached_at IS NOT NULL)`);
    const search = filter.search?.trim();
    if (search) {
      const digits = /^(?:TK)?0*(\d{1,12})$/i.exec(search)?.[1];
      qb.andWhere(
        new Brackets((w) => {
          w.where(`EXISTS (SELECT 1 FROM orders o WHERE o.id = t.order_id AND o.client_order_no ILIKE :q)`, { q: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
          if (digits) w.orWhere('t.number = :n', { n: digits });
        }),
      );
    }
    if (sort === 'URGENCY') {
      // Work first, then the clock that runs out soonest; paused and finished ones after.
      qb.addSelect(`(t.status IN ('OPEN','IN_PROGRESS','WAITING_ON_MEMBER','ESCALATED','REOPENED'))`, 'active')
        .addSelect(`(SELECT min(c.due_at) FROM sla_clocks c WHERE c.ticket_id = t.id AND c.cycle = t.cycle AND c.state = 'RUNNING')`, 'next_due')
        .orderBy('active', 'DESC')
        .addOrderBy('next_due', 'ASC', 'NULLS LAST')
        .addOrderBy('t.opened_at', 'ASC');
    } else qb.orderBy(sort === 'UPDATED' ? 't.updated_at' : 't.opened_at', 'DESC');
    const [items, totalCount] = await qb.addOrderBy('t.id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /** Tickets changed since an instant, for a subscriber resuming (at most 100, oldest change first). */
  async changedSince(actor: Actor, since: Date): Promise<TicketEntity[]> {
    const qb = this.tickets.createQueryBuilder('t').where('t.updated_at > :since', { since });
    this.scope(qb, actor);
    return qb.orderBy('t.updated_at', 'ASC').take(100).getMany();
  }

  private scope(qb: SelectQueryBuilder<TicketEntity>, actor: Actor): void {
    if (isAlliance(actor)) return;
    if (actor.organizationKind === OrganizationKind.MEMBER) qb.andWhere('t.member_id = :org', { org: actor.organizationId });
    else {
      qb.andWhere('t.supplier_id = :org', { org: actor.organizationId });
      const tiers = TicketService.tiersOf(actor);
      if (tiers) qb.andWhere('t.tier IN (:...tiers)', { tiers: tiers.length ? tiers : ['none'] });
    }
  }

  /** Order number, SKU, the line's prices and the two organisations' names for a page of tickets, in one read. */
  async contexts(ids: string[]): Promise<Map<string, TicketContext>> {
    if (!ids.length) return new Map();
    const rows = await this.tickets
      .createQueryBuilder('t')
      .innerJoin('orders', 'o', 'o.id = t.order_id')
      .innerJoin('order_lines', 'l', 'l.id = t.order_line_id')
      .innerJoin('skus', 's', 's.id = o.sku_id')
      .innerJoin('organizations', 'm', 'm.id = t.member_id')
      .innerJoin('organizations', 'sp', 'sp.id = t.supplier_id')
      .select(['t.id AS id', 'o.client_order_no AS "clientOrderNo"', 's.id AS "skuId"', 's.code AS "skuCode"', 's.name AS "skuName"', 'm.name AS "memberName"', 'sp.name AS "supplierName"',
        'o.unit_price AS "unitPrice"', 'l.quantity AS "quantity"', 'l.unit_settlement AS "unitSettlement"'])
      .where('t.id IN (:...ids)', { ids })
      .getRawMany<TicketContext & { id: string }>();
    return new Map(rows.map(({ id, ...c }) => [id, c]));
  }

  resolutionsOf(ticketId: string): Promise<TicketResolutionEntity[]> {
    return this.txHost.tx.getRepository(TicketResolutionEntity).find({ where: { ticketId }, order: { createdAt: 'ASC' } });
  }

  async latestResolutions(ticketIds: string[]): Promise<Map<string, TicketResolutionEntity>> {
    if (!ticketIds.length) return new Map();
    const rows = await this.txHost.tx.getRepository(TicketResolutionEntity).find({ where: { ticketId: In(ticketIds) }, order: { createdAt: 'ASC' } });
    return new Map(rows.map((r) => [r.ticketId, r]));
  }
}
