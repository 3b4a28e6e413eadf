import { ApiKeyScope, OrganizationKind, Role, TicketTier, type CalendarExceptionKind } from '@mengyuan/domain';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { assertId } from '../../../common/errors';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { HolidayImportPreviewDto, HolidaySourceDto, SlaBreachDto, SlaBreachPage, SlaCalendarDto, SlaClockDto, SlaPolicyDto, TicketAutoRuleDto } from '../dtos/ticket.dto';
import { SlaBreachFilterInput, SlaCalendarInput, TicketAutoRuleInput, UpdateSlaPolicyInput } from '../inputs/ticket.inputs';
import { SlaClockService } from '../services/sla-clock.service';
import { HolidayImportService } from '../services/holiday-import.service';
import { SlaSettingsService, type SlaCalendar } from '../services/sla-settings.service';
import { TicketResolutionService } from '../services/ticket-resolution.service';
import { TicketViewService } from '../services/ticket-view.service';
import { TicketService } from '../services/ticket.service';
import { ticketNumber } from '../ticket-facts';

const calendarDto = (c: SlaCalendar): SlaCalendarDto => ({ ...c, holidaySource: HolidaySourceDto.from(c.holidaySource) });

const ADMIN = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] };
const STAFF = { roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN, Role.AUDITOR] };

/** SLA policies, calendars and breaches (the alliance's), and suppliers' auto-resolution rules. */
@Resolver()
export class SlaResolver {
  constructor(
    private readonly settings: SlaSettingsService,
    private readonly clocks: SlaClockService,
    private readonly tickets: TicketService,
    private readonly resolutions: TicketResolutionService,
    private readonly views: TicketViewService,
    private readonly holidays: HolidayImportService,
  ) {}

  @Authorize(STAFF)
  @Query(() => [SlaPolicyDto], { description: 'The targets in force per tier (the highest version of each)' })
  slaPolicies(): Promise<SlaPolicyDto[]> {
    return this.settings.currentPolicies();
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE] })
  @Query(() => [SlaPolicyDto], { description: 'Every version of a tier’s targets, newest first' })
  slaPolicyHistory(@Args('tier', { type: () => TicketTier }) tier: TicketTier): Promise<SlaPolicyDto[]> {
    return this.settings.policyHistory(tier);
  }

  @Authorize(ADMIN)
  @Mutation(() => SlaPolicyDto, { description: 'A new version of a tier’s targets and calendar: new clocks use it, running clocks keep theirs' })
  updateSlaPolicy(@CurrentActor() actor: UserActor, @Args('input') input: UpdateSlaPolicyInput): Promise<SlaPolicyDto> {
    return this.settings.updatePolicy(actor, input);
  }

  @Authorize(STAFF)
  @Query(() => [SlaCalendarDto], { description: 'Working calendars: 7×24, or business hours with holidays and make-up working days (调休)' })
  async slaCalendars(): Promise<SlaCalendarDto[]> {
    return (await this.settings.calendars()).map(calendarDto);
  }

  @Authorize(ADMIN)
  @Query(() => HolidayImportPreviewDto, {
    description: 'What importing the State Council’s holidays (the chinese-days data package; a year it does not have yet gets the statutory days, provisional) would change in a business-hours calendar: review it, then apply. years: default this year and next',
  })
  async slaHolidayImportPreview(@Args('calendarId', { type: () => ID }) calendarId: string, @Args('years', { type: () => [Int], nullable: true }) years?: number[] | null): Promise<HolidayImportPreviewDto> {
    const p = await this.holidays.preview(calendarId, years);
    const ex = (e: { date: string; kind: CalendarExceptionKind; name?: string | null } | null) => e && { date: e.date, kind: e.kind, name: e.name ?? null };
    return { ...p, changes: p.changes.map((c) => ({ date: c.date, before: ex(c.before), after: ex(c.after) })) };
  }

  @Authorize(ADMIN)
  @Mutation(() => SlaCalendarDto, { description: 'Applies the reviewed import as a new calendar version; CONFLICT if the calendar changed since the preview (expectedVersion)' })
  async applySlaHolidayImport(
    @CurrentActor() actor: UserActor,
    @Args('calendarId', { type: () => ID }) calendarId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('years', { type: () => [Int], nullable: true }) years?: number[] | null,
  ): Promise<SlaCalendarDto> {
    return calendarDto(await this.holidays.apply(actor, calendarId, years, expectedVersion));
  }

  @Authorize(ADMIN)
  @Mutation(() => SlaCalendarDto)
  async createSlaCalendar(@CurrentActor() actor: UserActor, @Args('input') input: SlaCalendarInput): Promise<SlaCalendarDto> {
    return calendarDto(await this.settings.createCalendar(actor, input));
  }

  @Authorize(ADMIN)
  @Mutation(() => SlaCalendarDto, { description: 'Replaces the hours and the dated exceptions: a new version (running clocks keep the one they started on)' })
  async updateSlaCalendar(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: SlaCalendarInput): Promise<SlaCalendarDto> {
    return calendarDto(await this.settings.updateCalendar(actor, id, input));
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE, OrganizationKind.SUPPLIER], ...STAFF, apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] })
  @Query(() => SlaBreachPage, { description: 'SLA breaches, newest first: all for alliance staff, a supplier’s own otherwise', complexity: pageComplexity })
  async slaBreaches(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => SlaBreachFilterInput, nullable: true }) filter?: SlaBreachFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<SlaBreachPage> {
    const supplierId = isAlliance(actor) ? (filter?.supplierId ? assertId(filter.supplierId, 'Organization') : null) : actor.organizationId;
    const result = await this.clocks.breaches({ ...filter, supplierId }, pageOf(page));
    const contexts = await this.tickets.contexts([...new Set(result.items.map((b) => b.ticketId))]);
    const rows = await Promise.all(result.items.map(async (b) => ({ b, t: await this.tickets.get(actor, b.ticketId).catch(() => null) })));
    return {
      totalCount: result.totalCount,
      items: rows.map(({ b, t }) =>
        Object.assign(new SlaBreachDto(), {
          id: b.id, ticketId: b.ticketId, ticketNumber: t ? ticketNumber(t.number) : '', clockId: b.clockId, level: b.level, metric: b.metric, supplierId: b.supplierId,
          supplierName: contexts.get(b.ticketId)?.supplierName ?? '', category: t?.category, dueAt: b.dueAt, breachedAt: b.breachedAt,
        }),
      ),
    };
  }

  @Authorize(ADMIN)
  @Mutation(() => [SlaClockDto], { description: 'Replays every clock of a ticket from its event log and rewrites what the replay says' })
  async recalculateTicketClocks(@CurrentActor() actor: UserActor, @Args('ticketId', { type: () => ID }) ticketId: string): Promise<SlaClockDto[]> {
    const ticket = await this.tickets.get(actor, ticketId);
    return Promise.all((await this.clocks.recalculate(ticket.id)).map((c) => this.views.clockDto(c)));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH] })
  @Query(() => [TicketAutoRuleDto], { description: 'The supplier’s auto-resolution rules' })
  ticketAutoRules(@CurrentActor() actor: UserActor): Promise<TicketAutoRuleDto[]> {
    return this.resolutions.rules(actor.organizationId);
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] })
  @Mutation(() => TicketAutoRuleDto, { description: 'Opts in (or out): resolve new tickets of a category at once, up to dailyLimit a day, at the supplier’s cost' })
  setTicketAutoRule(@CurrentActor() actor: UserActor, @Args('input') input: TicketAutoRuleInput): Promise<TicketAutoRuleDto> {
    return this.resolutions.setRule(actor, input);
  }
}
