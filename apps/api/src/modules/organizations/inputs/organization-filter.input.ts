import { OrganizationKind, OrganizationStatus } from '@mengyuan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true }) kind?: OrganizationKind | null;
  @Field(() => OrganizationStatus, { nullable: true }) status?: OrganizationStatus | null;
  @Field(() => String, { nullable: true, description: 'Name, credit code or contact' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
}
