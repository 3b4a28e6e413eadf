import { RatingRemovalStatus, RatingStatus } from '@mengyuan/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

@InputType({ description: '1–5 per dimension of the caller’s side: a member scores authenticity, afterSales, speed, overall; a supplier conduct, fairness, overall' })
export class RatingScoresInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() authenticity?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() afterSales?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() speed?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() conduct?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() fairness?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() overall?: number | null;
}

@InputType()
export class RateOrderInput {
  @Field(() => ID) @IsString() orderId: string;
  @Field(() => RatingScoresInput) @ValidateNested() @Type(() => RatingScoresInput) scores: RatingScoresInput;
  @Field(() => String, { nullable: true, description: 'At most 500 characters' }) @IsOptional() @IsString() @MaxLength(2000) comment?: string | null;
}

@InputType()
export class RatingFilterInput {
  @Field(() => RatingStatus, { nullable: true }) @IsOptional() @IsEnum(RatingStatus) status?: RatingStatus | null;
  @Field(() => ID, { nullable: true, description: 'Alliance staff: the organisation rated' }) @IsOptional() @IsUUID() organizationId?: string | null;
}

@InputType()
export class RatingRemovalFilterInput {
  @Field(() => RatingRemovalStatus, { nullable: true }) @IsOptional() @IsEnum(RatingRemovalStatus) status?: RatingRemovalStatus | null;
}

@InputType()
export class DecideRatingRemovalInput {
  @Field(() => ID) @IsString() requestId: string;
  @Field() @IsBoolean() approve: boolean;
  @Field({ description: 'The reason, recorded in the audit chain' }) @IsString() @MaxLength(2000) note: string;
}
