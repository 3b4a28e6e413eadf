import {
  SlaClockEventType,
  SlaClockState,
  SlaMetric,
  elapsedAt,
  isBusinessTime,
  replayClock,
  warnBeforeMs,
  type ClockEvent,
  type ClockSnapshot,
  type TicketTier,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type FindOptionsWhere } from 'typeorm';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { JobsService } from '../../jobs/jobs.service';
import { SlaBreachEntity, SlaClockEntity, SlaClockEventEntity } from '../entities/sla.entities';
import { TicketEntity } from '../entities/ticket.entity';
import { ticketFacts } from '../ticket-facts';
import { SLA_CHECK_JOB, SLA_SWEEP_JOB } from '../tickets.jobs';
import { SlaBreachedEvent, SlaClockStoppedEvent, SlaWarningEvent } from '../tickets.events';
import { SlaSettingsService } from './sla-settings.service';
import { LockOrder } from '../../../common/unit-of-work/lock-order';
import { runUnitOfWork, UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { TicketLifecycleService } from './ticket-lifecycle.service';

/** Clocks the sweep takes in one transaction (the rest wait a minute, or for their own jobs). */
const SWEEP_BATCH = 200;

export interface BreachFilter {
  supplierId?: string | null;
  ticketId?: string | null;
  level?: TicketTier | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * SLA clocks (DESIGN.md §2.8): one per ticket, cycle, level and metric, pinned to the policy and calendar
 * versions it started on. Every change appends to the clock's event log and the clock's row is the replay
 * of that log, so a recalculation is the same replay. Breaches are recorded the moment they happen: a job
 * at each clock's due instant, with a one-minute sweep (FOR UPDATE SKIP LOCKED) behind it; a unique
 * constraint keeps a breach once per clock and level however many replicas find it together.
 */
@Injectable()
export class SlaClockService implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: SlaSettingsService,
    private readonly jobs: JobsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly lifecycle: TicketLifecycleService,
    private readonly lockOrder: LockOrder,
  ) {}

  private get clocks() {
    return this.txHost.tx.getRepository(SlaClockEntity);
  }

  onModuleInit(): void {
    // Sent for a clock's due instant (a start time): checked within a second of it, not at the idle poll.
    this.jobs.define<{ clockId: string }>({ name: SLA_CHECK_JOB, handler: ({ clockId }) => this.check(clockId), maxDelaySeconds: 1, expireInSeconds: 60 });
    this.jobs.define({ name: SLA_SWEEP_JOB, cron: '* * * * *', handler: () => this.sweep() });
  }

  /** Running clocks not yet breached that are past due (the breach not yet recorded) or due within the hour (metrics). */
  async dueCounts(): Promise<{ overdue: number; dueWithinHour: number }> {
    const now = this.clock.now();
    const raw = await this.clocks
      .createQueryBuilder('c')
      .select('count(*) FILTER (WHERE c.due_at <= :now)::int', 'overdue')
      .addSelect('count(*) FILTER (WHERE c.due_at > :now)::int', 'soon')
      .where("c.state = 'RUNNING' AND c.breached_at IS NULL AND c.due_at <= :hour", { now, hour: new Date(now.getTime() + 3_600_000) })
      .getRawOne<{ overdue: number; soon: number }>();
    return { overdue: raw?.overdue ?? 0, dueWithinHour: raw?.soon ?? 0 };
  }

  /** Starts a level's clocks for the ticket's current cycle, on the policy and calendar in force now. */
  async start(ticket: TicketEntity, level: TicketTier, metrics: SlaMetric[], at: Date): Promise<void> {
    this.lockOrder.assertRoot('sla_clock', 'ticket', ticket.id);
    const policy = await this.settings.currentPolicy(level);
    const calendar = await this.settings.currentVersion(policy.calendarId);
    for (const metric of metrics) {
      const targetSeconds = metric === SlaMetric.FIRST_RESPONSE ? policy.firstResponseSeconds : policy.resolutionSeconds;
      const snapshot = replayClock(calendar.definition, targetSeconds * 1000, [{ type: 'START', at }], warnBeforeMs(targetSeconds * 1000));
      const row = this.clocks.create({
        ticketId: ticket.id, cycle: ticket.cycle, level, metric, policyId: policy.id, policyVersion: policy.version, calendarId: policy.calendarId,
        calendarVersion: calendar.version, targetSeconds, startedAt: at, warnedAt: null, breachedAt: null, ...this.columns(snapshot),
      });
      await this.clocks.insert(row);
      await this.append(row.id, 'START', at, { policyVersion: policy.version, calendarVersion: calendar.version, targetSeconds });
      await this.schedule(row.id, snapshot);
    }
  }

  /** Stops the ticket's clocks of the current cycle that match (all levels and metrics by default). */
  async stop(ticket: TicketEntity, at: Date, match: { level?: TicketTier; metric?: SlaMetric } = {}): Promise<void> {
    for (const c of await this.live(ticket, match)) await this.apply(ticket, c, 'STOP', at);
  }

  /** Waiting on the member: only the resolution clock of the supplier's tier pauses. */
  async pauseResolution(ticket: TicketEntity, at: Date): Promise<void> {
    for (const c of await this.live(ticket, { level: ticket.tier, metric: SlaMetric.RESOLUTION })) if (c.state === SlaClockState.RUNNING) await this.apply(ticket, c, 'PAUSE', at);
  }

  async resumeResolution(ticket: TicketEntity, at: Date): Promise<void> {
    for (const c of await this.live(ticket, { level: ticket.tier, metric: SlaMetric.RESOLUTION })) if (c.state === SlaClockState.PAUSED) await this.apply(ticket, c, 'RESUME', at);
  }

  /** A ticket's clocks, oldest cycle first (the current cycle only, unless all are asked for). */
  clocksOf(ticketId: string, cycle?: number): Promise<SlaClockEntity[]> {
    return this.clocks.find({ where: cycle ? { ticketId, cycle } : { ticketId }, order: { cycle: 'ASC', startedAt: 'ASC', level: 'ASC', metric: 'ASC' } });
  }

  /** The current-cycle clocks of many tickets at once (for lists). */
  async currentClocks(tickets: { id: string; cycle: number }[]): Promise<Map<string, SlaClockEntity[]>> {
    const out = new Map<string, SlaClockEntity[]>(tickets.map((t) => [t.id, []]));
    if (!tickets.length) return out;
    const rows = await this.clocks.find({ where: { ticketId: In(tickets.map((t) => t.id)) }, order: { startedAt: 'ASC', level: 'ASC', metric: 'ASC' } });
    const cycleOf = new Map(tickets.map((t) => [t.id, t.cycle]));
    for (const r of rows) if (r.cycle === cycleOf.get(r.ticketId)) out.get(r.ticketId)!.push(r);
    return out;
  }

  eventsOf(clockId: string): Promise<SlaClockEventEntity[]> {
    return this.txHost.tx.getRepository(SlaClockEventEntity).find({ where: { clockId }, order: { id: 'ASC' } });
  }

  /** Business seconds a clock has counted by now (what a countdown shows), on its pinned calendar. */
  async elapsedSecondsNow(c: SlaClockEntity): Promise<number> {
    const def = await this.settings.definition(c.calendarId, c.calendarVersion);
    return Math.floor(elapsedAt(def, { elapsedMs: Number(c.elapsedMs), runningSince: c.state === SlaClockState.RUNNING ? c.runningSince : null }, this.clock.now()) / 1000);
  }

  /** The check at a clock's warning or due instant (its job): the ticket first, then the clock. */
  @UnitOfWork()
  async check(clockId: string): Promise<'BREACHED' | 'WARNED' | null> {
    const seen = await this.clocks.findOne({ where: { id: clockId }, select: { id: true, ticketId: true } });
    if (!seen) return null;
    const ticket = await this.lifecycle.tickets.lock(seen.ticketId);
    const c = ticket && (await this.lockClocks(ticket, { id: clockId }))[0];
    return c ? this.checkLocked(ticket, c) : null;
  }

  /**
   * The safety net: every running clock past due (or warning) that no one else is checking right now. Each
   * ticket is its own unit of work, taken with SKIP LOCKED (a ticket a supplier is answering, or another
   * replica is sweeping, waits for the next minute or its own job), then its clocks.
   */
  async sweep(): Promise<{ breached: number; warned: number }> {
    const now = this.clock.now();
    const due = await this.clocks
      .createQueryBuilder('c')
      .select('c.ticket_id', 'ticketId')
      .addSelect('array_agg(c.id)', 'clockIds')
      .where(`c.state = 'RUNNING' AND ((c.breached_at IS NULL AND c.due_at < :now) OR (c.warned_at IS NULL AND c.warn_at <= :now))`, { now })
      .groupBy('c.ticket_id')
      .orderBy('min(c.due_at)', 'ASC')
      .limit(SWEEP_BATCH)
      .getRawMany<{ ticketId: string; clockIds: string[] }>();
    let breached = 0;
    let warned = 0;
    for (const { ticketId, clockIds } of due) {
      const outcomes = await runUnitOfWork(async () => {
        const ticket = await this.lifecycle.tickets.lock(ticketId, { skipLocked: true });
        if (!ticket) return [];
        const found: ('BREACHED' | 'WARNED' | null)[] = [];
        for (const c of await this.lockClocks(ticket, { id: In(clockIds) })) found.push(await this.checkLocked(ticket, c));
        return found;
      }, 'SlaClockService.sweep');
      breached += outcomes.filter((o) => o === 'BREACHED').length;
      warned += outcomes.filter((o) => o === 'WARNED').length;
    }
    return { breached, warned };
  }

  private async checkLocked(ticket: TicketEntity, c: SlaClockEntity): Promise<'BREACHED' | 'WARNED' | null> {
    if (c.state !== SlaClockState.RUNNING || !c.dueAt) return null;
    const now = this.clock.now();
    if (!c.breachedAt && now.getTime() > c.dueAt.getTime()) return (await this.breach(ticket, c, now)) ? 'BREACHED' : null;
    if (!c.warnedAt && c.warnAt && now.getTime() >= c.warnAt.getTime()) {
      // Warnings only in business hours: one that falls due at night waits for the morning's sweep.
      if (!isBusinessTime(await this.settings.definition(c.calendarId, c.calendarVersion), now)) return null;
      await this.clocks.update(c.id, { warnedAt: now });
      await this.append(c.id, 'WARN', now, {});
      await this.events.publish(new SlaWarningEvent(ticketFacts(ticket), c.metric, c.level, c.dueAt, c.id));
      return 'WARNED';
    }
    return null;
  }

  /** Records the breach once (the unique constraint decides), marks the clock, tells everyone concerned. */
  private async breach(ticket: TicketEntity, c: SlaClockEntity, now: Date): Promise<boolean> {
    const inserted = await this.txHost.tx
      .getRepository(SlaBreachEntity)
      .createQueryBuilder()
      .insert()
      .values({ clockId: c.id, ticketId: c.ticketId, level: c.level, metric: c.metric, supplierId: ticket.supplierId, dueAt: c.dueAt!, breachedAt: now })
      .orIgnore()
      .returning('id')
      .execute();
    if (!(inserted.raw as unknown[]).length) return false;
    await this.clocks.update(c.id, { breachedAt: now });
    await this.append(c.id, 'BREACH', now, { dueAt: c.dueAt!.toISOString() });
    await this.lifecycle.touch(ticket);
    await this.events.publish(new SlaBreachedEvent({ ...ticketFacts(ticket) }, c.metric, c.level, c.dueAt!, now, c.id, c.cycle));
    return true;
  }

  /**
   * Replays every clock of a ticket from its event log on its pinned calendar and target, and writes what
   * the replay says: a recalculation (e.g. after a bug fix) never trusts the stored columns.
   */
  @UnitOfWork()
  async recalculate(ticketId: string): Promise<SlaClockEntity[]> {
    const ticket = await this.lifecycle.tickets.lockOrFail(ticketId);
    const clocks = await this.lockClocks(ticket, {});
    for (const c of clocks) {
      const snapshot = await this.replay(c);
      await this.clocks.update(c.id, this.columns(snapshot));
    }
    return this.clocksOf(ticketId);
  }

  /** What a clock's event log says its state is. */
  async replay(c: SlaClockEntity, extra: ClockEvent[] = []): Promise<ClockSnapshot> {
    const def = await this.settings.definition(c.calendarId, c.calendarVersion);
    const log = (await this.eventsOf(c.id)).map((e) => ({ type: e.type, at: e.at }));
    return replayClock(def, c.targetSeconds * 1000, [...log, ...extra], warnBeforeMs(c.targetSeconds * 1000));
  }

  async breaches(filter: BreachFilter, page: { offset: number; limit: number }): Promise<Page<SlaBreachEntity>> {
    const qb = this.txHost.tx.getRepository(SlaBreachEntity).createQueryBuilder('b');
    if (filter.supplierId) qb.andWhere('b.supplier_id = :supplier', { supplier: filter.supplierId });
    if (filter.ticketId) qb.andWhere('b.ticket_id = :ticket', { ticket: filter.ticketId });
    if (filter.level) qb.andWhere('b.level = :level', { level: filter.level });
    if (filter.from) qb.andWhere('b.breached_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('b.breached_at < :to', { to: filter.to });
    const [items, totalCount] = await qb.orderBy('b.breached_at', 'DESC').addOrderBy('b.id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  private async apply(ticket: TicketEntity, c: SlaClockEntity, type: SlaClockEventType, at: Date): Promise<void> {
    const snapshot = await this.replay(c, [{ type, at }]);
    // Stopped late before its job or the sweep saw it: the breach happened all the same, and is recorded first.
    if (type === 'STOP' && snapshot.met === false && !c.breachedAt && c.dueAt) await this.breach(ticket, c, at);
    await this.append(c.id, type, at, {});
    await this.clocks.update(c.id, this.columns(snapshot));
    if (snapshot.state === SlaClockState.RUNNING) await this.schedule(c.id, snapshot);
    if (type === 'STOP') {
      await this.events.publish(
        new SlaClockStoppedEvent(ticketFacts(ticket), c.metric, c.level, snapshot.met!, Math.floor(snapshot.elapsedMs / 1000), c.targetSeconds, c.id, c.cycle),
      );
    }
  }

  /** The clocks of the ticket's current cycle still counting (running or paused). */
  private live(ticket: TicketEntity, match: { level?: TicketTier; metric?: SlaMetric }): Promise<SlaClockEntity[]> {
    return this.lockClocks(ticket, { cycle: ticket.cycle, state: In([SlaClockState.RUNNING, SlaClockState.PAUSED]), ...match });
  }

  /** A ticket's clocks locked for a change: children of the ticket, so only once the ticket is locked. */
  private lockClocks(ticket: TicketEntity, where: FindOptionsWhere<SlaClockEntity>): Promise<SlaClockEntity[]> {
    this.lockOrder.assertRoot('sla_clock', 'ticket', ticket.id);
    return this.clocks.find({ where: { ...where, ticketId: ticket.id }, order: { cycle: 'ASC', level: 'ASC', metric: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  private columns(s: ClockSnapshot): Pick<SlaClockEntity, 'state' | 'elapsedMs' | 'runningSince' | 'dueAt' | 'warnAt' | 'stoppedAt' | 'met'> {
    return { state: s.state, elapsedMs: String(s.elapsedMs), runningSince: s.runningSince, dueAt: s.dueAt, warnAt: s.warnAt, stoppedAt: s.stoppedAt, met: s.met };
  }

  private append(clockId: string, type: SlaClockEventType, at: Date, details: Record<string, unknown>) {
    return this.txHost.tx.getRepository(SlaClockEventEntity).insert({ clockId, type, at, details } as never); // jsonb details: TypeORM's partial type cannot express it
  }

  /** Jobs at the warning instant and one second past due, written with the change (whoever works the queue runs them). */
  private async schedule(clockId: string, s: ClockSnapshot): Promise<void> {
    if (s.warnAt) await this.jobs.sendInTransaction(SLA_CHECK_JOB, { clockId }, { startAfter: s.warnAt });
    if (s.dueAt) await this.jobs.sendInTransaction(SLA_CHECK_JOB, { clockId }, { startAfter: new Date(s.dueAt.getTime() + 1000) });
  }
}
