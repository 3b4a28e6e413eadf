import { CalendarKind, mergeYears, shanghaiDate, type CalendarException, type ExceptionChange, type HolidaySource, type HolidayYearStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { validationFailed } from '../../../common/errors';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { JobsService } from '../../jobs/jobs.service';
import { EventBus } from '../../../common/events/event-bus';
import { SlaCalendarExpiringEvent } from '../tickets.events';
import { CALENDAR_COVERAGE_JOB } from '../tickets.jobs';
import { SlaCalendarEntity } from '../entities/sla.entities';
import { HOLIDAY_PACKAGE, holidayYear } from './holiday-schedule';
import { SlaSettingsService, type SlaCalendar } from './sla-settings.service';

export interface HolidayImportPreview {
  calendarId: string;
  calendarVersion: number;
  package: string;
  packageVersion: string;
  years: { year: number; status: HolidayYearStatus }[];
  changes: ExceptionChange[];
}

const MIN_YEAR = 2004;
const MAX_YEAR = 2100;

/**
 * Holiday calendars from official data (issue 18): the State Council's schedule from the chinese-days data
 * package (the statutory days alone for a year it does not have yet, marked provisional), shown to an admin
 * as the dated changes it would make and applied only as reviewed — a new calendar version like every edit,
 * refused if the calendar changed since the preview. A daily job tells the alliance's staff (in-app, and the
 * log) when a business-hours calendar is within 60 days of its exceptions running out.
 */
@Injectable()
export class HolidayImportService implements OnModuleInit {
  private readonly log = new Logger(HolidayImportService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: SlaSettingsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: CALENDAR_COVERAGE_JOB, cron: '5 9 * * *', handler: () => this.noticeCoverage() });
  }

  private years(years: number[] | null | undefined): number[] {
    const thisYear = Number(shanghaiDate(this.clock.now()).slice(0, 4));
    const list = [...new Set(years?.length ? years : [thisYear, thisYear + 1])].sort((a, b) => a - b);
    if (list.length > 3 || list.some((y) => !Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR)) {
      throw validationFailed({ years: [`up to 3 years between ${MIN_YEAR} and ${MAX_YEAR}`] });
    }
    return list;
  }

  private proposal(calendar: SlaCalendar, years: number[]) {
    if (calendar.kind !== CalendarKind.BUSINESS_HOURS) throw validationFailed({ calendarId: ['a 7×24 calendar has no holidays: import into a business-hours calendar'] });
    const imported = years.map((year) => ({ year, ...holidayYear(year) }));
    const merged = mergeYears(calendar.exceptions, imported.flatMap((y) => y.exceptions), years);
    return { imported, ...merged };
  }

  async preview(calendarId: string, years?: number[] | null): Promise<HolidayImportPreview> {
    const calendar = await this.settings.calendar(calendarId);
    const list = this.years(years);
    const p = this.proposal(calendar, list);
    return {
      calendarId: calendar.id, calendarVersion: calendar.version, package: HOLIDAY_PACKAGE.name, packageVersion: HOLIDAY_PACKAGE.version,
      years: p.imported.map(({ year, status }) => ({ year, status })), changes: p.changes,
    };
  }

  /** Applies what the admin reviewed: the same proposal again, on the same calendar version. */
  @UnitOfWork()
  async apply(actor: UserActor, calendarId: string, years: number[] | null | undefined, expectedVersion: number): Promise<SlaCalendar> {
    const calendar = await this.settings.calendar(calendarId);
    const list = this.years(years);
    const p = this.proposal(calendar, list);
    const source: HolidaySource = {
      package: HOLIDAY_PACKAGE.name, version: HOLIDAY_PACKAGE.version, importedAt: this.clock.now().toISOString(),
      years: { ...(calendar.holidaySource?.years ?? {}), ...Object.fromEntries(p.imported.map((y) => [String(y.year), y.status])) },
    };
    const exceptions: CalendarException[] = p.exceptions;
    return this.settings.updateCalendar(
      actor,
      calendar.id,
      { name: calendar.name, kind: calendar.kind, timezone: calendar.timezone, workdays: calendar.workdays, opens: calendar.opens, closes: calendar.closes, exceptions },
      { holidaySource: source, expectedVersion },
    );
  }

  /**
   * Tells the alliance's staff once per state of each business-hours calendar whose holidays run out within 60
   * days (or are provisional): an in-app notice and a warning in the log. Answers how many were told about.
   */
  @UnitOfWork()
  async noticeCoverage(): Promise<number> {
    let told = 0;
    for (const c of await this.settings.calendars()) {
      const cov = c.coverage;
      if (!cov.warning) continue;
      const state = `${cov.officialThrough ?? '-'}|${cov.provisionalYears.join(',')}`;
      if (c.coverageNoticed === state) continue;
      this.log.warn(`SLA calendar "${c.name}": holidays ${cov.officialThrough ? `announced through ${cov.officialThrough} (${cov.daysLeft} days left)` : 'not announced'}${cov.provisionalYears.length ? `; ${cov.provisionalYears.join(', ')} statutory days only` : ''} — import the State Council's schedule`);
      await this.events.publish(new SlaCalendarExpiringEvent({ calendarId: c.id, name: c.name, officialThrough: cov.officialThrough, daysLeft: cov.daysLeft, provisionalYears: cov.provisionalYears }));
      await this.txHost.tx.getRepository(SlaCalendarEntity).update(c.id, { coverageNoticed: state });
      told += 1;
    }
    return told;
  }
}
