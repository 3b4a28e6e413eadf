import { AppealDecision, AppealStatus, CandidateDecision, OrganizationStatus } from '@mengyuan/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

@InputType({ description: 'Whole percentages 0–100 adding up to 100' })
export class ScoreWeightsInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(100) compliance: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) authenticity: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) afterSales: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) priceStability: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) reputation: number;
}

@InputType()
export class ScorecardFilterInput {
  @Field(() => String, { nullable: true, description: 'Name or unified social credit code contains' })
  @IsOptional() @IsString() @Length(0, 100) search?: string | null;
  @Field(() => OrganizationStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(OrganizationStatus)) status?: OrganizationStatus | null;
}

@InputType()
export class DecideCandidateInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a candidate id' }) candidateId: string;
  @Field(() => CandidateDecision) @IsIn(Object.values(CandidateDecision)) decision: CandidateDecision;
  @Field({ description: 'Why (required for both decisions; goes in the audit chain)' }) @IsString() @Length(2, 1000, { message: 'must be 2–1000 characters' }) reason: string;
}

@InputType()
export class AppealEvaluationInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a candidate id' }) candidateId: string;
  @Field() @IsString() @Length(10, 2000, { message: 'must be 10–2000 characters' }) reason: string;
  @Field(() => [ID], { description: 'Evidence rows of the run (EvaluationCandidate.dimensions.evidence.id) the appeal disputes' })
  @IsArray() @ArrayMaxSize(50) @Matches(/^\d{1,18}$/, { each: true, message: 'must be evidence row ids' }) evidenceRowIds: string[];
}

@InputType()
export class DecideAppealInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an appeal id' }) appealId: string;
  @Field(() => AppealDecision, { description: 'GRANT keeps the supplier; REJECT returns the candidate to the admin' }) @IsIn(Object.values(AppealDecision)) decision: AppealDecision;
  @Field() @IsString() @Length(2, 1000, { message: 'must be 2–1000 characters' }) reason: string;
}

@InputType()
export class AppealFilterInput {
  @Field(() => AppealStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(AppealStatus)) status?: AppealStatus | null;
}
