import { Category, DeliveryMode, OfferStatus } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { MoneyScalar } from '../../../common/money.scalar';

@InputType()
export class CreateSkuInput {
  @Field({ description: 'Upper-case letters, digits, - and _; unique' }) @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'must be 2–40 upper-case letters, digits, - or _' }) code: string;
  @Field() @IsString() @Length(2, 100, { message: 'must be 2–100 characters' }) name: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a brand id' }) brandId: string;
  @Field(() => Category) @IsIn(Object.values(Category)) category: Category;
  @Field(() => MoneyScalar) @IsString() faceValue: string;
  @Field(() => DeliveryMode) @IsIn(Object.values(DeliveryMode)) deliveryMode: DeliveryMode;
  @Field(() => MoneyScalar, { description: 'The first unified price; later changes go through scheduleUnifiedPrice' }) @IsString() unifiedPrice: string;
}

@InputType()
export class UpdateSkuInput {
  @Field() @IsString() @Length(2, 100, { message: 'must be 2–100 characters' }) name: string;
  @Field(() => Category) @IsIn(Object.values(Category)) category: Category;
}

@InputType()
export class SchedulePriceInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a SKU id' }) skuId: string;
  @Field(() => MoneyScalar) @IsString() price: string;
  @Field(() => GraphQLISODateTime) @IsDate() effectiveAt: Date;
  @Field() @IsString() @Length(2, 500, { message: 'must be 2–500 characters' }) reason: string;
  @Field({ defaultValue: false, description: 'Take effect sooner than the 24 h notice (admins only; the reason is recorded)' }) @IsBoolean() shortenNotice: boolean;
}

@InputType()
export class CatalogFilter {
  @Field(() => Category, { nullable: true }) @IsOptional() @IsIn(Object.values(Category)) category?: Category | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') brandId?: string | null;
  @Field(() => String, { nullable: true, description: 'SKU code or name' }) @IsOptional() @IsString() @Length(0, 100) search?: string | null;
  @Field({ defaultValue: false, description: 'Alliance staff: include delisted SKUs' }) @IsOptional() @IsBoolean() includeDelisted: boolean;
}

@InputType()
export class CreateOfferInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a SKU id' }) skuId: string;
  @Field(() => MoneyScalar) @IsString() settlementPrice: string;
  @Field(() => Int, { defaultValue: 10, description: 'Card offers: tell me when sellable codes fall to this' }) @IsInt() @Min(0) @Max(1_000_000) lowStockThreshold: number;
  @Field(() => Int, { nullable: true, description: 'Direct top-up offers: at most this many tasks open at once (empty: no limit)' }) @IsOptional() @IsInt() @Min(1) @Max(100_000) capacity?: number | null;
}

@InputType()
export class UpdateOfferInput {
  @Field(() => MoneyScalar, { nullable: true, description: 'A new price is scheduled with the alliance\'s notice (24 h), not applied at once' }) @IsOptional() @IsString() settlementPrice?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the new settlement price applies (default: after the full notice); earlier needs settlementPriceReason' })
  @IsOptional() @IsDate() settlementEffectiveAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the price changes with less than the full notice (then unannounced in price stability)' })
  @IsOptional() @IsString() @Length(0, 500, { message: 'must be at most 500 characters' }) settlementPriceReason?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) lowStockThreshold?: number | null;
  @Field(() => Int, { nullable: true, description: 'Direct top-up offers: open tasks at most; null removes the limit, absent leaves it' }) @IsOptional() @IsInt() @Min(1) @Max(100_000) capacity?: number | null;
}

@InputType()
export class OfferFilter {
  @Field(() => OfferStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(OfferStatus)) status?: OfferStatus | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') skuId?: string | null;
  @Field({ defaultValue: false, description: 'Only offers flagged for a low settlement price' }) @IsOptional() @IsBoolean() lowPriceOnly: boolean;
}
