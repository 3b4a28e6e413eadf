import {
  CalendarExceptionKind,
  CodeStatus,
  CalendarKind,
  HolidayYearStatus,
  type HolidaySource,
  Fault,
  ResolutionKind,
  RulingAgainst,
  SlaClockState,
  SlaMetric,
  TicketAction,
  TicketAuthorKind,
  TicketCategory,
  TicketStatus,
  TicketTier,
} from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';

registerEnumType(TicketCategory, { name: 'TicketCategory', description: 'L1 客服: INVALID_CODE, CODE_ALREADY_USED, WRONG_ITEM, QUESTION; L2 技术: TOPUP_NOT_RECEIVED, LOST_ORDER, SYSTEM_FAULT' });
registerEnumType(TicketTier, { name: 'TicketTier', description: 'L1 客服 support, L2 技术 tech, L3 联盟仲裁 alliance arbitration' });
registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(TicketAction, { name: 'TicketAction' });
registerEnumType(ResolutionKind, { name: 'ResolutionKind' });
registerEnumType(Fault, { name: 'Fault' });
registerEnumType(RulingAgainst, { name: 'RulingAgainst' });
registerEnumType(TicketAuthorKind, { name: 'TicketAuthorKind' });
registerEnumType(SlaMetric, { name: 'SlaMetric' });
registerEnumType(SlaClockState, { name: 'SlaClockState' });
registerEnumType(CalendarKind, { name: 'CalendarKind', description: 'ALWAYS: 7×24; BUSINESS_HOURS: working days between opens and closes' });
registerEnumType(CalendarExceptionKind, { name: 'CalendarExceptionKind', description: 'HOLIDAY: a day off; WORKDAY: a make-up working day (调休)' });
registerEnumType(HolidayYearStatus, { name: 'HolidayYearStatus', description: 'OFFICIAL: the State Council’s announced schedule; STATUTORY: only the law’s statutory days, the schedule not yet in the data (provisional)' });

@ObjectType('SlaClock', { description: 'One SLA clock of a ticket: a countdown to dueAt while RUNNING (shown paused while PAUSED)' })
export class SlaClockDto {
  @Field(() => ID) id: string;
  @Field(() => Int) cycle: number;
  @Field(() => TicketTier, { description: 'Whose clock: L1/L2 the supplier, L3 the alliance' }) level: TicketTier;
  @Field(() => SlaMetric) metric: SlaMetric;
  @Field(() => SlaClockState) state: SlaClockState;
  @Field() paused: boolean;
  @Field(() => Int) targetSeconds: number;
  @Field(() => Int, { description: 'Business seconds counted so far (as of the answer)' }) elapsedSeconds: number;
  @Field(() => Int, { description: 'Business seconds left (negative once past the target)' }) remainingSeconds: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a running clock reaches its target; null while paused or stopped' }) dueAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) runningSince: Date | null;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) stoppedAt: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Stopped within the target' }) met: boolean | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) warnedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) breachedAt: Date | null;
  @Field(() => Int) policyVersion: number;
  @Field(() => ID) calendarId: string;
  @Field(() => Int) calendarVersion: number;
}

@ObjectType('TicketResolution')
export class TicketResolutionDto {
  @Field(() => ID) id: string;
  @Field(() => Int) cycle: number;
  @Field(() => ResolutionKind) kind: ResolutionKind;
  @Field(() => Fault) fault: Fault;
  @Field({ description: 'The complaint held' }) upheld: boolean;
  @Field(() => MoneyScalar, { description: 'Fen to the member (REFUND, COMPENSATION)' }) amount: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field({ description: 'Made by the supplier’s auto-resolution rule' }) auto: boolean;
  @Field(() => RulingAgainst, { nullable: true, description: 'An L3 ruling: the side it went against' }) against: RulingAgainst | null;
  @Field(() => [ID]) replacedCodeIds: string[];
  @Field(() => [ID], { description: 'REISSUE: the new codes (the member reveals them with revealOrderCodes)' }) replacementCodeIds: string[];
  @Field(() => Boolean, { description: 'REISSUE: the replacement came from a backup offer' }) fromBackupOffer: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('TicketAttachment')
export class TicketAttachmentDto {
  @Field(() => ID) fileId: string;
  @Field({ description: 'GET with the caller’s credentials' }) url: string;
}

@ObjectType('TicketMessage')
export class TicketMessageDto {
  @Field(() => ID) id: string;
  @Field(() => ID) ticketId: string;
  @Field(() => TicketAuthorKind) authorKind: TicketAuthorKind;
  @Field({ description: 'The author is the caller’s own organisation' }) mine: boolean;
  @Field() body: string;
  @Field({ description: 'An internal note: never shown to the member' }) internal: boolean;
  @Field(() => [TicketAttachmentDto]) attachments: TicketAttachmentDto[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class TicketMessagePage extends Paginated(TicketMessageDto, 'TicketMessagePage') {}

@ObjectType('Ticket', { description: 'An after-sales ticket (售后工单) on an order line' })
export class TicketDto {
  @Field(() => ID) id: string;
  @Field({ description: 'TK000123' }) number: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID) orderLineId: string;
  @Field() clientOrderNo: string;
  @Field(() => ID) skuId: string;
  @Field() skuCode: string;
  @Field() skuName: string;
  @Field(() => ID) memberId: string;
  @Field() memberName: string;
  @Field(() => ID) supplierId: string;
  @Field() supplierName: string;
  @Field(() => MoneyScalar, { description: 'What the member paid per unit of the line: a refund gives back at most unitPrice × quantity' }) unitPrice: string;
  @Field(() => Int, { description: 'Units on the order line' }) quantity: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'The supplier’s settlement per unit, what a refund charges back to it pro rata (suppliers and the alliance; null for members)' }) unitSettlement: string | null;
  @Field(() => TicketCategory) category: TicketCategory;
  @Field(() => TicketTier, { description: 'The supplier tier the category sets' }) tier: TicketTier;
  @Field(() => TicketTier, { description: 'Who has it now (L3 once escalated)' }) level: TicketTier;
  @Field(() => TicketStatus) status: TicketStatus;
  @Field() description: string;
  @Field(() => [ID], { description: 'The codes concerned' }) codeIds: string[];
  @Field(() => Int, { description: '1, and one more per reopen' }) cycle: number;
  @Field(() => Int, { description: 'Moves with every change: live updates carry it, subscriptions resume from it' }) version: number;
  @Field(() => GraphQLISODateTime) openedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) firstRespondedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) escalatedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reopenedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  @Field(() => [SlaClockDto], { description: 'The current cycle’s clocks' }) clocks: SlaClockDto[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The soonest due instant of a running clock: the queue’s urgency' }) nextDueAt: Date | null;
  @Field({ description: 'A clock of the current cycle has breached' }) breached: boolean;
  @Field(() => TicketResolutionDto, { nullable: true, description: 'The latest resolution' }) resolution: TicketResolutionDto | null;
  @Field(() => [TicketAction], { description: 'What the caller may do now (from the lifecycle table)' }) allowedActions: TicketAction[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A resolved ticket may be reopened until then' }) reopenableUntil: Date | null;
}

@ObjectType()
export class TicketPage extends Paginated(TicketDto, 'TicketPage') {}

@ObjectType('SlaBreach')
export class SlaBreachDto {
  @Field(() => ID) id: string;
  @Field(() => ID) ticketId: string;
  @Field() ticketNumber: string;
  @Field(() => ID) clockId: string;
  @Field(() => TicketTier) level: TicketTier;
  @Field(() => SlaMetric) metric: SlaMetric;
  @Field(() => ID) supplierId: string;
  @Field() supplierName: string;
  @Field(() => TicketCategory) category: TicketCategory;
  @Field(() => GraphQLISODateTime) dueAt: Date;
  @Field(() => GraphQLISODateTime) breachedAt: Date;
}

@ObjectType()
export class SlaBreachPage extends Paginated(SlaBreachDto, 'SlaBreachPage') {}

@ObjectType('SlaPolicy', { description: 'Targets of a tier; every edit is a new version (running clocks keep theirs)' })
export class SlaPolicyDto {
  @Field(() => ID) id: string;
  @Field(() => TicketTier) tier: TicketTier;
  @Field(() => Int) version: number;
  @Field(() => Int) firstResponseSeconds: number;
  @Field(() => Int) resolutionSeconds: number;
  @Field(() => ID) calendarId: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('CalendarException')
export class CalendarExceptionDto {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => CalendarExceptionKind) kind: CalendarExceptionKind;
  @Field(() => String, { nullable: true }) name: string | null;
}

@ObjectType('HolidayYear')
export class HolidayYearDto {
  @Field(() => Int) year: number;
  @Field(() => HolidayYearStatus) status: HolidayYearStatus;
}

@ObjectType('HolidaySource', { description: 'Where a calendar’s holidays were imported from' })
export class HolidaySourceDto {
  @Field({ description: 'The npm data package' }) package: string;
  @Field() version: string;
  @Field(() => GraphQLISODateTime) importedAt: Date;
  @Field(() => [HolidayYearDto]) years: HolidayYearDto[];

  static from(s: HolidaySource | null): HolidaySourceDto | null {
    return s && { package: s.package, version: s.version, importedAt: new Date(s.importedAt), years: Object.entries(s.years).map(([year, status]) => ({ year: Number(year), status })) };
  }
}

@ObjectType('CalendarCoverage', { description: 'How far a business-hours calendar’s holidays reach; admins are warned 60 days before they run out' })
export class CalendarCoverageDto {
  @Field(() => String, { nullable: true, description: 'The last day of the last year with dated exceptions' }) exceptionsThrough: string | null;
  @Field(() => String, { nullable: true, description: 'The last day covered by an announced schedule (or exceptions entered by hand)' }) officialThrough: string | null;
  @Field(() => [Int], { description: 'Years with the statutory days only, awaiting the State Council’s schedule' }) provisionalYears: number[];
  @Field(() => Int, { nullable: true, description: 'Days from today (Asia/Shanghai) to officialThrough; negative once past' }) daysLeft: number | null;
  @Field({ description: 'Within 60 days of running out, or past it' }) warning: boolean;
}

@ObjectType('CalendarExceptionChange', { description: 'One dated change an import would make: added (no before), removed (no after), or changed' })
export class CalendarExceptionChangeDto {
  @Field() date: string;
  @Field(() => CalendarExceptionDto, { nullable: true }) before: CalendarExceptionDto | null;
  @Field(() => CalendarExceptionDto, { nullable: true }) after: CalendarExceptionDto | null;
}

@ObjectType('HolidayImportPreview', { description: 'What importing the official holidays into a calendar would change, to review before applying' })
export class HolidayImportPreviewDto {
  @Field(() => ID) calendarId: string;
  @Field(() => Int, { description: 'The calendar version the changes are against: applying needs it still current' }) calendarVersion: number;
  @Field() package: string;
  @Field() packageVersion: string;
  @Field(() => [HolidayYearDto]) years: HolidayYearDto[];
  @Field(() => [CalendarExceptionChangeDto]) changes: CalendarExceptionChangeDto[];
}

@ObjectType('SlaCalendar')
export class SlaCalendarDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => CalendarKind) kind: CalendarKind;
  @Field() timezone: string;
  @Field(() => [Int], { description: 'ISO weekdays: 1 Monday … 7 Sunday' }) workdays: number[];
  @Field({ description: 'HH:mm' }) opens: string;
  @Field({ description: 'HH:mm' }) closes: string;
  @Field(() => Int) version: number;
  @Field(() => [CalendarExceptionDto]) exceptions: CalendarExceptionDto[];
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  @Field(() => CalendarCoverageDto) coverage: CalendarCoverageDto;
  @Field(() => HolidaySourceDto, { nullable: true, description: 'null: holidays entered by hand' }) holidaySource: HolidaySourceDto | null;
}

@ObjectType('TicketAutoRule')
export class TicketAutoRuleDto {
  @Field(() => ID) id: string;
  @Field(() => TicketCategory) category: TicketCategory;
  @Field(() => ResolutionKind) resolution: ResolutionKind;
  @Field(() => Int) dailyLimit: number;
  @Field() enabled: boolean;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('ReportedCode', { description: 'A code the ticket names, as the supplier and the alliance need to recognise it (never the whole secret)' })
export class ReportedCodeDto {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) cardNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The secret’s last 4 characters' }) secretTail: string | null;
  @Field(() => CodeStatus, { description: 'SOLD, or REPLACED / VOIDED after a resolution' }) status: CodeStatus;
}
