import { Role } from '@mengyuan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, Length } from 'class-validator';

@InputType()
export class InviteUserInput {
  @Field() @IsString() @Length(3, 254, { message: 'must be an e-mail address' }) email: string;
  @Field(() => [Role], { description: 'Suppliers: OPERATOR, SUPPORT (客服), TECH (技术); members: OPERATOR; alliance: ADMIN, AUDITOR' })
  @ArrayMinSize(1, { message: 'choose at least one role' }) @ArrayMaxSize(6) @IsIn(Object.values(Role), { each: true }) roles: Role[];
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 200, { message: 'is not an invitation token' }) token: string;
  @Field() @IsString() @Length(1, 60) displayName: string;
  @Field({ description: 'At least 10 characters with letters and digits' }) @IsString() @Length(1, 256) password: string;
}
