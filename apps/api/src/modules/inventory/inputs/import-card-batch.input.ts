import { MAX_INLINE_IMPORT_CODES, SampleResult } from '@mengyuan/domain';
import { Type } from 'class-transformer';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class CardCodeInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) cardNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) secret?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() expiresAt?: Date | null;
}

@InputType()
export class ImportCardBatchInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an offer id' }) offerId: string;
  @Field(() => [CardCodeInput], {
    description: `At most ${MAX_INLINE_IMPORT_CODES}. Larger batches (up to 100,000 codes): POST /offers/{offerId}/card-batches as multipart/form-data with the CSV in a part named "file"; its first line names the columns cardNumber,secret,expiresAt (or 卡号,卡密,有效期), at least one of the first two; expiresAt is ISO 8601. The answer is the CardBatch (progress: poll cardBatch(id).processed).`,
  })
  @ArrayMinSize(1) @ArrayMaxSize(MAX_INLINE_IMPORT_CODES) @ValidateNested({ each: true }) @Type(() => CardCodeInput)
  codes: CardCodeInput[];
}

@InputType()
export class SampleResultInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a card code id' }) codeId: string;
  @Field(() => SampleResult) @IsEnum(SampleResult) result: SampleResult;
}
