import { DocumentType, MOBILE_PATTERN, OrganizationAction, ReviewDecision, VerificationMethod } from '@mengyuan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '../../../common/money.scalar';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class SubmitDocumentInput {
  @Field(() => DocumentType) @IsIn(Object.values(DocumentType)) type: DocumentType;
  @Field({ description: 'The licence or certificate number' }) @IsString() @Length(2, 60, { message: 'must be 2–60 characters' }) number: string;
  @Field({ description: 'Who issued it' }) @IsString() @Length(2, 100, { message: 'must be 2–100 characters' }) issuer: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: 'must be a date YYYY-MM-DD' }) validFrom: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: 'must be a date YYYY-MM-DD' }) validTo: string;
  @Field(() => ID, { nullable: true, description: 'Required for PRODUCT_AUTHORIZATION: the brand it authorises' })
  @IsOptional() @IsUUID('all', { message: 'must be a brand id' }) brandId?: string | null;
  @Field(() => ID, { description: 'From POST /files' }) @IsUUID('all', { message: 'must be an uploaded file id' }) fileId: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'Registered capital on a business licence (fen); an official channel needs at least ¥10,000,000' })
  @IsOptional() @IsString() registeredCapital?: string | null;
  @Field(() => ID, { nullable: true, description: 'The rejected or expiring document this one replaces' })
  @IsOptional() @IsUUID('all', { message: 'must be a document id' }) replacesId?: string | null;
}

@InputType()
export class ReviewDocumentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a document id' }) id: string;
  @Field(() => ReviewDecision) @IsIn(Object.values(ReviewDecision)) decision: ReviewDecision;
  @Field(() => VerificationMethod, { nullable: true, description: 'Required to approve' })
  @IsOptional() @IsIn(Object.values(VerificationMethod)) verificationMethod?: VerificationMethod | null;
  @Field(() => String, { nullable: true, description: 'Required to reject: what to fix' })
  @IsOptional() @IsString() @Length(0, 500) note?: string | null;
}

@InputType()
export class DecideOrganizationInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an organisation id' }) id: string;
  @Field(() => OrganizationAction) @IsIn(Object.values(OrganizationAction)) action: OrganizationAction;
  @Field({ description: 'Why: shown to the organisation and kept in the audit chain' }) @IsString() @Length(2, 500, { message: 'must be 2–500 characters' }) reason: string;
}

@InputType()
export class UpdateOrganizationProfileInput {
  @Field() @IsString() @Length(2, 100, { message: 'must be 2–100 characters' }) name: string;
  @Field() @IsString() @Length(2, 50, { message: 'must be 2–50 characters' }) contactName: string;
  @Field() @Matches(MOBILE_PATTERN, { message: 'must be a mainland mobile number' }) contactPhone: string;
}
