import { ALWAYS_CALENDAR, type CalendarDefinition, type OrganizationKind } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';

export type CalendarOf = (organizationKind: OrganizationKind) => Promise<CalendarDefinition>;

/**
 * An organisation's business calendar (the one its SLA counts on), for whoever must respect its hours, e.g. notices
 * held in quiet hours. The module that owns calendars (tickets) registers how to find it; until it does, every
 * hour is a business hour.
 */
@Injectable()
export class BusinessCalendars {
  private resolver: CalendarOf | null = null;

  provide(resolver: CalendarOf): void {
    this.resolver = resolver;
  }

  of(organizationKind: OrganizationKind): Promise<CalendarDefinition> {
    return this.resolver ? this.resolver(organizationKind) : Promise.resolve(ALWAYS_CALENDAR);
  }
}
