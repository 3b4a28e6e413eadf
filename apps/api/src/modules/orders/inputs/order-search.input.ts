import { OrderStatus } from '@mengyuan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Find orders: every field narrows; days are Asia/Shanghai calendar days, both ends included' })
export class OrderSearchInput {
  @Field(() => String, { nullable: true, description: 'The order number, or at least its first 4 characters' }) @IsOptional() @IsString() @Length(0, 36) orderNo?: string | null;
  @Field(() => String, { nullable: true, description: 'The member’s own order number, or its beginning (members and alliance staff)' }) @IsOptional() @IsString() @Length(0, 64) clientOrderNo?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a SKU id' }) skuId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Orders a supplier delivered (members and alliance staff)' }) @IsOptional() @IsUUID('all', { message: 'must be an organisation id' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Alliance staff: one member’s orders' }) @IsOptional() @IsUUID('all', { message: 'must be an organisation id' }) memberId?: string | null;
  @Field(() => OrderStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(OrderStatus)) status?: OrderStatus | null;
  @Field(() => String, { nullable: true, description: 'Placed on or after this day (YYYY-MM-DD)' }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Placed on or before this day (YYYY-MM-DD)' }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) to?: string | null;
}

@InputType({ description: 'Find a supplier’s sales (its order lines)' })
export class SaleSearchInput {
  @Field(() => String, { nullable: true, description: 'The order number, or at least its first 4 characters' }) @IsOptional() @IsString() @Length(0, 36) orderNo?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a SKU id' }) skuId?: string | null;
  @Field(() => OrderStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(OrderStatus)) status?: OrderStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) to?: string | null;
}
