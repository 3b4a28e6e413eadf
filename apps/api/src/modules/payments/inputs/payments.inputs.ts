import { PaymentChannelKind, PaymentMode, PaymentStatus, SettlementCycle, TopupRequestStatus, WithdrawalStatus } from '@mengyuan/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { JSONScalar } from '../../../common/json.scalar';
import { MoneyScalar } from '../../../common/money.scalar';

@InputType()
export class SaveBankAccountInput {
  @Field(() => ID, { nullable: true, description: 'Omitted: a new account' }) @IsOptional() @IsUUID() id?: string;
  @Field() @IsString() @MaxLength(100) bankName: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) branch?: string;
  @Field() @IsString() @MaxLength(100) accountName: string;
  @Field() @IsString() @MaxLength(40) accountNo: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean = true;
}

@InputType()
export class RequestTopupInput {
  @Field(() => MoneyScalar) @IsString() amount: string;
  @Field({ description: 'The bank transfer’s reference (流水号) as the bank shows it' }) @IsString() @MaxLength(64) transferReference: string;
  @Field(() => ID, { nullable: true, description: 'Which of the alliance’s accounts it was sent to' }) @IsOptional() @IsUUID() bankAccountId?: string;
  @Field(() => ID, { nullable: true, description: 'The receipt, uploaded first with POST /files (image or PDF)' }) @IsOptional() @IsUUID() receiptFileId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}

@InputType()
export class TopupRequestFilterInput {
  @Field(() => TopupRequestStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(TopupRequestStatus)) status?: TopupRequestStatus;
  @Field(() => ID, { nullable: true, description: 'Alliance staff: one member' }) @IsOptional() @IsUUID() memberId?: string;
  @Field({ nullable: true, description: 'Only requests whose transfer reference was used before' }) @IsOptional() @IsBoolean() duplicatesOnly?: boolean;
}

@InputType()
export class SavePaymentChannelInput {
  @Field(() => ID, { nullable: true, description: 'Omitted: a new channel' }) @IsOptional() @IsUUID() id?: string;
  @Field(() => PaymentChannelKind) @IsIn(Object.values(PaymentChannelKind)) kind: PaymentChannelKind;
  @Field() @IsString() @MaxLength(60) name: string;
  @Field() @IsBoolean() enabled: boolean;
  @Field(() => PaymentMode) @IsIn(Object.values(PaymentMode)) mode: PaymentMode;
  @Field() @IsString() @MaxLength(64) merchantId: string;
  @Field() @IsString() @MaxLength(300) gatewayUrl: string;
  @Field(() => JSONScalar, { description: 'Non-secret settings (see PaymentChannel.settings)' }) @IsObject() settings: Record<string, string>;
  @Field(() => JSONScalar, { nullable: true, description: 'Keys to set (see PaymentChannel.secretsSet); those left out stay as they are, "" removes one' }) @IsOptional() @IsObject() secrets?: Record<string, string>;
  @Field(() => Int) @IsInt() feeRateBp: number;
  @Field(() => MoneyScalar) @IsString() feeFixed: string;
  @Field(() => Int, { defaultValue: 15 }) @IsInt() windowMinutes: number = 15;
}

@InputType()
export class CreatePaymentInput {
  @Field(() => ID) @IsUUID() channelId: string;
  @Field(() => MoneyScalar) @IsString() amount: string;
}

@InputType()
export class PaymentFilterInput {
  @Field(() => PaymentStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(PaymentStatus)) status?: PaymentStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() memberId?: string;
  @Field({ nullable: true, description: 'Only payments credited by a late notify' }) @IsOptional() @IsBoolean() late?: boolean;
}

@InputType()
export class SetSettlementPolicyInput {
  @Field(() => ID, { nullable: true, description: 'A supplier; omitted: the alliance’s default' }) @IsOptional() @IsUUID() organizationId?: string;
  @Field(() => SettlementCycle) @IsIn(Object.values(SettlementCycle)) cycle: SettlementCycle;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() withdrawalFeeRateBp: number = 0;
  @Field(() => MoneyScalar, { defaultValue: '0' }) @IsString() withdrawalFeeFixed: string = '0';
}

@InputType()
export class RequestWithdrawalInput {
  @Field(() => MoneyScalar) @IsString() amount: string;
  @Field() @IsString() @MaxLength(100) payeeBank: string;
  @Field() @IsString() @MaxLength(100) payeeAccountName: string;
  @Field() @IsString() @MaxLength(40) payeeAccountNo: string;
}

@InputType()
export class WithdrawalFilterInput {
  @Field(() => WithdrawalStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(WithdrawalStatus)) status?: WithdrawalStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() supplierId?: string;
}

@InputType()
export class ReconciliationFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() channelId?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsString() @MaxLength(10) day?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() withDifferences?: boolean;
}
