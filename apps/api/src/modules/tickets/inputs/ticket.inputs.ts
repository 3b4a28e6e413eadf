import { CalendarExceptionKind, CalendarKind, ResolutionKind, RulingAgainst, TicketCategory, TicketStatus, TicketTier } from '@mengyuan/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { MoneyScalar } from '../../../common/money.scalar';

@InputType()
export class OpenTicketInput {
  @Field(() => ID) @IsUUID() orderId: string;
  @Field(() => ID, { nullable: true, description: 'Needed only when the order has several lines (after a reissue from a backup offer)' }) @IsOptional() @IsUUID() orderLineId?: string;
  @Field(() => TicketCategory) @IsIn(Object.values(TicketCategory)) category: TicketCategory;
  @Field() @IsString() @MaxLength(4000) description: string;
  @Field(() => [ID], { nullable: true, description: 'The codes concerned (required for INVALID_CODE and CODE_ALREADY_USED on card orders)' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) codeIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Files uploaded first with POST /files (at most 5)' }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

@InputType()
export class PostTicketMessageInput {
  @Field(() => ID) @IsUUID() ticketId: string;
  @Field() @IsString() @MaxLength(4000) body: string;
  @Field({ defaultValue: false, description: 'An internal note (suppliers and the alliance): never shown to the member' }) @IsOptional() @IsBoolean() internal: boolean = false;
  @Field({ defaultValue: false, description: 'The supplier needs the member’s answer: WAITING_ON_MEMBER, the resolution clock pauses' }) @IsOptional() @IsBoolean() waitForMember: boolean = false;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

@InputType()
export class ResolveTicketInput {
  @Field(() => ID) @IsUUID() ticketId: string;
  @Field(() => ResolutionKind) @IsIn(Object.values(ResolutionKind)) kind: ResolutionKind;
  @Field(() => MoneyScalar, { nullable: true, description: 'REFUND: fen (omitted: the rest of the line’s value); COMPENSATION: fen' }) @IsOptional() amount?: string;
  @Field(() => [ID], { nullable: true, description: 'REISSUE: the codes to replace (the ticket’s by default)' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) codeIds?: string[];
  @Field({ nullable: true, description: 'Required to reject; shown to the member' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

@InputType()
export class ArbitrateTicketInput extends ResolveTicketInput {
  @Field(() => RulingAgainst) @IsIn(Object.values(RulingAgainst)) against: RulingAgainst;
  @Field({ defaultValue: false, description: 'Rule money back beyond what was paid on the line (refunds and compensations, all cycles): the ruling’s reason is audited' })
  @IsOptional() @IsBoolean() exceedMoneyBackCap: boolean = false;
}

@InputType()
export class TicketFilterInput {
  @Field(() => [TicketStatus], { nullable: true }) @IsOptional() @IsArray() @IsIn(Object.values(TicketStatus), { each: true }) statuses?: TicketStatus[];
  @Field({ nullable: true, description: 'Only tickets that still need work' }) @IsOptional() @IsBoolean() activeOnly?: boolean;
  @Field(() => TicketCategory, { nullable: true }) @IsOptional() @IsIn(Object.values(TicketCategory)) category?: TicketCategory;
  @Field(() => TicketTier, { nullable: true }) @IsOptional() @IsIn(Object.values(TicketTier)) level?: TicketTier;
  @Field({ nullable: true, description: 'Only tickets whose current cycle has a breached clock' }) @IsOptional() @IsBoolean() breachedOnly?: boolean;
  @Field({ nullable: true, description: 'A ticket number (TK000123) or part of the member’s order number' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() orderId?: string;
  @Field(() => ID, { nullable: true, description: 'Alliance staff only' }) @IsOptional() @IsUUID() memberId?: string;
  @Field(() => ID, { nullable: true, description: 'Alliance staff only' }) @IsOptional() @IsUUID() supplierId?: string;
}

@InputType()
export class SlaBreachFilterInput {
  @Field(() => ID, { nullable: true, description: 'Alliance staff only (a supplier sees its own)' }) @IsOptional() @IsUUID() supplierId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ticketId?: string;
  @Field(() => TicketTier, { nullable: true }) @IsOptional() @IsIn(Object.values(TicketTier)) level?: TicketTier;
  @Field({ nullable: true }) @IsOptional() from?: Date;
  @Field({ nullable: true }) @IsOptional() to?: Date;
}

@InputType()
export class UpdateSlaPolicyInput {
  @Field(() => TicketTier) @IsIn(Object.values(TicketTier)) tier: TicketTier;
  @Field(() => Int) @IsInt() firstResponseSeconds: number;
  @Field(() => Int) @IsInt() resolutionSeconds: number;
  @Field(() => ID) @IsUUID() calendarId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}

@InputType()
export class CalendarExceptionInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsString() date: string;
  @Field(() => CalendarExceptionKind) @IsIn(Object.values(CalendarExceptionKind)) kind: CalendarExceptionKind;
  @Field({ nullable: true, description: 'e.g. 春节, 国庆节调休上班' }) @IsOptional() @IsString() @MaxLength(100) name?: string;
}

@InputType()
export class SlaCalendarInput {
  @Field() @IsString() @MaxLength(100) name: string;
  @Field(() => CalendarKind) @IsIn(Object.values(CalendarKind)) kind: CalendarKind;
  @Field({ defaultValue: 'Asia/Shanghai' }) @IsString() timezone: string = 'Asia/Shanghai';
  @Field(() => [Int], { defaultValue: [1, 2, 3, 4, 5], description: 'ISO weekdays: 1 Monday … 7 Sunday' }) @IsArray() @IsInt({ each: true }) workdays: number[] = [1, 2, 3, 4, 5];
  @Field({ defaultValue: '09:00' }) @IsString() opens: string = '09:00';
  @Field({ defaultValue: '18:00' }) @IsString() closes: string = '18:00';
  @Field(() => [CalendarExceptionInput], { defaultValue: [] }) @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => CalendarExceptionInput) exceptions: CalendarExceptionInput[] = [];
}

@InputType()
export class TicketAutoRuleInput {
  @Field(() => TicketCategory) @IsIn(Object.values(TicketCategory)) category: TicketCategory;
  @Field(() => ResolutionKind, { description: 'REISSUE or REFUND' }) @IsIn(Object.values(ResolutionKind)) resolution: ResolutionKind;
  @Field(() => Int, { description: 'At most this many a day (Asia/Shanghai)' }) @IsInt() dailyLimit: number;
  @Field() @IsBoolean() enabled: boolean;
}
