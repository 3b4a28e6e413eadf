import { MAX_INLINE_IMPORT_CODES } from '@mengyuan/domain';
import { Type } from 'class-transformer';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class CardCodeInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) cardNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) secret?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() expiresAt?: Date | null;
}

@InputType()
export class ImportCardBatchInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an offer id' }) offerId: string;
  @Field(() => [CardCodeInput], { description: `At most ${MAX_INLINE_IMPORT_CODES}; larger batches: POST /offers/{offerId}/card-batches (CSV)` })
  @ArrayMinSize(1) @ArrayMaxSize(MAX_INLINE_IMPORT_CODES) @ValidateNested({ each: true }) @Type(() => CardCodeInput)
  codes: CardCodeInput[];
}
