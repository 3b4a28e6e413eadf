import { LedgerAccountKind, LedgerTransactionType } from '@mengyuan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Find ledger entries: every field narrows; days are Asia/Shanghai calendar days, both ends included' })
export class LedgerSearchInput {
  @Field(() => ID, { nullable: true, description: 'Alliance staff: one organisation’s accounts' }) @IsOptional() @IsUUID('all', { message: 'must be an organisation id' }) organizationId?: string | null;
  @Field(() => LedgerAccountKind, { nullable: true }) @IsOptional() @IsIn(Object.values(LedgerAccountKind)) accountKind?: LedgerAccountKind | null;
  @Field(() => LedgerTransactionType, { nullable: true }) @IsOptional() @IsIn(Object.values(LedgerTransactionType)) type?: LedgerTransactionType | null;
  @Field(() => String, { nullable: true, description: 'The bank transfer reference or the member’s order number' }) @IsOptional() @IsString() @Length(0, 100) reference?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an order id' }) orderId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) to?: string | null;
}
