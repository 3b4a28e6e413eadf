import { OrganizationKind, OrganizationStatus } from '@mengyuan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** Every field carries a class-validator decorator: the global ValidationPipe whitelists, dropping undecorated ones. */
@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true }) @IsOptional() @IsIn(Object.values(OrganizationKind)) kind?: OrganizationKind | null;
  @Field(() => OrganizationStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(OrganizationStatus)) status?: OrganizationStatus | null;
  @Field(() => String, { nullable: true, description: 'Name, credit code or contact' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
}
