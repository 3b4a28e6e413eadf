import { AuditEventType, CalendarKind, ErrorCode, TicketTier, calendarCoverage, calendarProblems, shanghaiDate, type CalendarCoverage, type CalendarDefinition, type CalendarException, type HolidaySource } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { SlaCalendarEntity, SlaCalendarExceptionEntity, SlaCalendarVersionEntity, SlaPolicyEntity } from '../entities/sla.entities';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';

export interface CalendarInput {
  name: string;
  kind: CalendarKind;
  timezone: string;
  workdays: number[];
  opens: string;
  closes: string;
  exceptions: CalendarException[];
}

export interface PolicyInput {
  tier: TicketTier;
  firstResponseSeconds: number;
  resolutionSeconds: number;
  calendarId: string;
  note?: string | null;
}

export interface SlaCalendar extends SlaCalendarEntity {
  exceptions: (CalendarException & { name: string | null })[];
  /** How far its holidays reach today (Asia/Shanghai); admins are warned 60 days ahead. */
  coverage: CalendarCoverage;
}

/**
 * SLA policies and calendars (admin-editable). Both are versioned: an edit writes a new version and clocks
 * already running keep the version they started on, so an edit never rewrites a running clock.
 */
@Injectable()
export class SlaSettingsService {
  /** Calendar versions never change once written: cached for good, per process. */
  private readonly definitions = new Map<string, CalendarDefinition>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get em() {
    return this.txHost.tx;
  }

  /** The definition a clock counts on: its calendar at its pinned version. */
  async definition(calendarId: string, version: number): Promise<CalendarDefinition> {
    const key = `${calendarId}:${version}`;
    const cached = this.definitions.get(key);
    if (cached) return cached;
    const row = await this.em.getRepository(SlaCalendarVersionEntity).findOneOrFail({ where: { calendarId, version } });
    this.definitions.set(key, row.definition);
    return row.definition;
  }

  /** The policies in force (the highest version of each tier), L1 to L3. */
  async currentPolicies(): Promise<SlaPolicyEntity[]> {
    return this.em
      .getRepository(SlaPolicyEntity)
      .createQueryBuilder('p')
      .distinctOn(['p.tier'])
      .orderBy('p.tier', 'ASC')
      .addOrderBy('p.version', 'DESC')
      .getMany();
  }

  async currentPolicy(tier: TicketTier): Promise<SlaPolicyEntity> {
    return this.em.getRepository(SlaPolicyEntity).findOneOrFail({ where: { tier }, order: { version: 'DESC' } });
  }

  policyHistory(tier: TicketTier): Promise<SlaPolicyEntity[]> {
    return this.em.getRepository(SlaPolicyEntity).find({ where: { tier }, order: { version: 'DESC' } });
  }

  /** A new version of a tier's targets: clocks started from now on use it; running clocks keep theirs. */
  @UnitOfWork()
  async updatePolicy(actor: UserActor, input: PolicyInput): Promise<SlaPolicyEntity> {
    const fields: Record<string, string[]> = {};
    if (!Number.isInteger(input.firstResponseSeconds) || input.firstResponseSeconds < 60) fields.firstResponseSeconds = ['must be at least 60 seconds'];
    if (!Number.isInteger(input.resolutionSeconds) || input.resolutionSeconds < input.firstResponseSeconds) fields.resolutionSeconds = ['must be at least the first-response target'];
    if (input.resolutionSeconds > 90 * 24 * 3600) fields.resolutionSeconds = ['must be at most 90 days'];
    if (Object.keys(fields).length) throw validationFailed(fields);
    await this.calendar(input.calendarId);
    // One edit at a time per tier: the version is the next after the highest.
    await this.em.query('SELECT pg_advisory_xact_lock(727201, hashtext($1))', [input.tier]);
    const current = await this.currentPolicy(input.tier);
    const repo = this.em.getRepository(SlaPolicyEntity);
    const policy = repo.create({
      tier: input.tier, version: current.version + 1, firstResponseSeconds: input.firstResponseSeconds, resolutionSeconds: input.resolutionSeconds,
      calendarId: input.calendarId, note: input.note?.trim() || null, createdByUserId: actor.userId, createdAt: this.clock.now(),
    });
    await repo.insert(policy);
    await this.events.publish(new AuditedChange(actor, AuditEventType.SLA_POLICY_CHANGED, {
      organizationId: actor.organizationId,
      subjectType: 'sla_policy',
      subjectId: policy.id,
      payload: { tier: policy.tier, version: policy.version, firstResponseSeconds: policy.firstResponseSeconds, resolutionSeconds: policy.resolutionSeconds, calendarId: policy.calendarId, note: policy.note },
    }));
    return policy;
  }

  async calendars(): Promise<SlaCalendar[]> {
    const rows = await this.em.getRepository(SlaCalendarEntity).find({ order: { createdAt: 'ASC', name: 'ASC' } });
    const exceptions = await this.em.getRepository(SlaCalendarExceptionEntity).find({ order: { date: 'ASC' } });
    const today = shanghaiDate(this.clock.now());
    return rows.map((c) => {
      const own = exceptions.filter((e) => e.calendarId === c.id).map(({ date, kind, name }) => ({ date, kind, name: name ?? null }));
      return { ...c, exceptions: own, coverage: calendarCoverage({ kind: c.kind, exceptions: own }, c.holidaySource, today) };
    });
  }

  async calendar(id: string): Promise<SlaCalendar> {
    const found = (await this.calendars()).find((c) => c.id === assertId(id, 'Calendar'));
    if (!found) throw notFound('Calendar');
    return found;
  }

  /** The calendar's current version, as clocks starting now pin it. */
  async currentVersion(calendarId: string): Promise<{ version: number; definition: CalendarDefinition }> {
    const { version } = await this.em.getRepository(SlaCalendarEntity).findOneOrFail({ where: { id: calendarId }, select: { id: true, version: true } });
    return { version, definition: await this.definition(calendarId, version) };
  }

  @UnitOfWork()
  async createCalendar(actor: UserActor | null, input: CalendarInput): Promise<SlaCalendar> {
    const def = this.check(input);
    const now = this.clock.now();
    const repo = this.em.getRepository(SlaCalendarEntity);
    if (await repo.existsBy({ name: input.name.trim() })) throw validationFailed({ name: ['another calendar has this name'] });
    const row = repo.create({ name: input.name.trim(), kind: def.kind, timezone: def.timezone, workdays: def.workdays, opens: def.opens, closes: def.closes, version: 1, createdAt: now, updatedAt: now });
    await repo.insert(row);
    await this.writeVersion(actor, row, def);
    return this.calendar(row.id);
  }

  /**
   * Replaces a calendar's hours and exceptions: a new version (clocks already running keep theirs). An import
   * names its source; an edit by hand of an imported year makes that year the admin's (no longer provisional).
   */
  @UnitOfWork()
  async updateCalendar(actor: UserActor, id: string, input: CalendarInput, options: { holidaySource?: HolidaySource; expectedVersion?: number } = {}): Promise<SlaCalendar> {
    const def = this.check(input);
    const repo = this.em.getRepository(SlaCalendarEntity);
    const row = await repo.findOne({ where: { id: assertId(id, 'Calendar') }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound('Calendar');
    if (options.expectedVersion !== undefined && row.version !== options.expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, `The calendar was edited since (version ${row.version}, not ${options.expectedVersion}): review the changes again`);
    }
    const before = (await this.em.getRepository(SlaCalendarExceptionEntity).find({ where: { calendarId: row.id } })).map(({ date, kind, name }) => ({ date, kind, name: name ?? null }));
    const holidaySource = options.holidaySource ?? withoutEditedYears(row.holidaySource, before, def.exceptions);
    if (await repo.createQueryBuilder('c').where('c.name = :name AND c.id <> :id', { name: input.name.trim(), id: row.id }).getExists()) {
      throw validationFailed({ name: ['another calendar has this name'] });
    }
    Object.assign(row, { name: input.name.trim(), kind: def.kind, timezone: def.timezone, workdays: def.workdays, opens: def.opens, closes: def.closes, version: row.version + 1, updatedAt: this.clock.now(), holidaySource });
    await repo.update(row.id, { name: row.name, kind: row.kind, timezone: row.timezone, workdays: row.workdays, opens: row.opens, closes: row.closes, version: row.version, updatedAt: row.updatedAt, holidaySource: holidaySource as never });
    await this.em.getRepository(SlaCalendarExceptionEntity).delete({ calendarId: row.id });
    await this.writeVersion(actor, row, def, options.holidaySource ? { source: options.holidaySource } : {});
    return this.calendar(row.id);
  }

  private check(input: CalendarInput): CalendarDefinition {
    const def: CalendarDefinition = {
      kind: input.kind,
      timezone: input.timezone.trim(),
      workdays: [...new Set(input.workdays)].sort(),
      opens: input.kind === CalendarKind.ALWAYS ? '00:00' : input.opens,
      closes: input.kind === CalendarKind.ALWAYS ? '24:00' : input.closes,
      exceptions: [...input.exceptions].map((e) => ({ date: e.date, kind: e.kind, name: e.name?.trim() || null })).sort((a, b) => a.date.localeCompare(b.date)),
    };
    const problems = calendarProblems(def);
    if (input.name.trim().length < 2) problems.name = ['give the calendar a name'];
    if (Object.keys(problems).length) throw validationFailed(problems);
    return def;
  }

  private async writeVersion(actor: UserActor | null, row: SlaCalendarEntity, def: CalendarDefinition, extra: Record<string, unknown> = {}): Promise<void> {
    if (def.exceptions.length) {
      await this.em.getRepository(SlaCalendarExceptionEntity).insert(def.exceptions.map((e) => ({ calendarId: row.id, date: e.date, kind: e.kind, name: e.name ?? null })));
    }
    await this.em.getRepository(SlaCalendarVersionEntity).insert({ calendarId: row.id, version: row.version, definition: def, createdByUserId: actor?.userId ?? null, createdAt: this.clock.now() } as never); // jsonb definition: TypeORM's partial type cannot express it
    await this.events.publish(new AuditedChange(actor, AuditEventType.SLA_CALENDAR_CHANGED, {
      organizationId: actor?.organizationId ?? null,
      subjectType: 'sla_calendar',
      subjectId: row.id,
      payload: { name: row.name, version: row.version, kind: def.kind, workdays: def.workdays, opens: def.opens, closes: def.closes, exceptions: def.exceptions.length, ...extra },
    }));
  }
}

/** An imported year whose exceptions an admin then edited by hand is the admin's: no longer marked provisional. */
function withoutEditedYears(source: HolidaySource | null, before: CalendarException[], after: CalendarException[]): HolidaySource | null {
  if (!source) return null;
  const key = (list: CalendarException[], year: string) => JSON.stringify(list.filter((e) => e.date.startsWith(`${year}-`)).map((e) => [e.date, e.kind, e.name ?? null]).sort());
  const years = Object.fromEntries(Object.entries(source.years).filter(([year]) => key(before, year) === key(after, year)));
  return Object.keys(years).length ? { ...source, years } : null;
}
