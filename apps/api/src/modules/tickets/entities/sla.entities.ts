import type { CalendarDefinition, CalendarExceptionKind, HolidaySource, CalendarKind, SlaClockEventType, SlaClockState, SlaMetric, TicketTier } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A working calendar's editable head; every edit bumps its version and snapshots it (SlaCalendarVersionEntity). */
@Entity('sla_calendars')
export class SlaCalendarEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') kind: CalendarKind;
  @Column('text') timezone: string;
  @Column('int', { array: true }) workdays: number[];
  @Column('text') opens: string;
  @Column('text') closes: string;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  /** Where its holidays were imported from (package, version, per year OFFICIAL or STATUTORY); null: entered by hand. */
  @Column('jsonb', { name: 'holiday_source', nullable: true }) holidaySource: HolidaySource | null;
  /** The coverage state admins were last told of (officialThrough|provisional years), so each is told once. */
  @Column('text', { name: 'coverage_noticed', nullable: true }) coverageNoticed: string | null;
}

@Entity('sla_calendar_exceptions')
export class SlaCalendarExceptionEntity {
  @PrimaryColumn('uuid', { name: 'calendar_id' }) calendarId: string;
  @PrimaryColumn('date') date: string;
  @Column('text') kind: CalendarExceptionKind;
  @Column('text', { nullable: true }) name: string | null;
}

/** An immutable snapshot of a calendar: what clocks started on that version keep counting on. */
@Entity('sla_calendar_versions')
export class SlaCalendarVersionEntity {
  @PrimaryColumn('uuid', { name: 'calendar_id' }) calendarId: string;
  @PrimaryColumn('int') version: number;
  @Column('jsonb') definition: CalendarDefinition;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** Targets for a tier: one immutable row per version; new clocks take the highest. */
@Entity('sla_policies')
export class SlaPolicyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') tier: TicketTier;
  @Column('int') version: number;
  @Column('int', { name: 'first_response_seconds' }) firstResponseSeconds: number;
  @Column('int', { name: 'resolution_seconds' }) resolutionSeconds: number;
  @Column('uuid', { name: 'calendar_id' }) calendarId: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** One SLA clock (ticket × cycle × level × metric): its derived state, recomputable by replaying its events. */
@Entity('sla_clocks')
export class SlaClockEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'ticket_id' }) ticketId: string;
  @Column('int') cycle: number;
  @Column('text') level: TicketTier;
  @Column('text') metric: SlaMetric;
  @Column('uuid', { name: 'policy_id' }) policyId: string;
  @Column('int', { name: 'policy_version' }) policyVersion: number;
  @Column('uuid', { name: 'calendar_id' }) calendarId: string;
  @Column('int', { name: 'calendar_version' }) calendarVersion: number;
  @Column('int', { name: 'target_seconds' }) targetSeconds: number;
  @Column('text') state: SlaClockState;
  @Column('bigint', { name: 'elapsed_ms' }) elapsedMs: string;
  @Column('timestamptz', { name: 'running_since', nullable: true }) runningSince: Date | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt: Date | null;
  @Column('timestamptz', { name: 'warn_at', nullable: true }) warnAt: Date | null;
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
  @Column('timestamptz', { name: 'stopped_at', nullable: true }) stoppedAt: Date | null;
  @Column('boolean', { nullable: true }) met: boolean | null;
  @Column('timestamptz', { name: 'warned_at', nullable: true }) warnedAt: Date | null;
  @Column('timestamptz', { name: 'breached_at', nullable: true }) breachedAt: Date | null;
}

/** The append-only log a clock is replayed from. */
@Entity('sla_clock_events')
export class SlaClockEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'clock_id' }) clockId: string;
  @Column('text') type: SlaClockEventType;
  @Column('timestamptz') at: Date;
  @Column('jsonb') details: Record<string, unknown>;
}

@Entity('sla_breaches')
export class SlaBreachEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'clock_id' }) clockId: string;
  @Column('uuid', { name: 'ticket_id' }) ticketId: string;
  @Column('text') level: TicketTier;
  @Column('text') metric: SlaMetric;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  @Column('timestamptz', { name: 'breached_at' }) breachedAt: Date;
}
