import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuthPayloadDto } from './user.dto';

@ObjectType('TwoFactorSetup', { description: 'A new TOTP secret: show otpauthUri as a QR code (or the secret to type in), then confirm with a first code' })
export class TwoFactorSetupDto {
  @Field() secret: string;
  @Field() otpauthUri: string;
}

@ObjectType('TwoFactorStatus')
export class TwoFactorStatusDto {
  @Field() enabled: boolean;
  @Field({ description: 'This person may not turn it off (alliance staff)' }) required: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) enabledAt: Date | null;
  @Field(() => Int) recoveryCodesLeft: number;
}

@ObjectType('TwoFactorEnrolment', { description: 'Two-step sign-in set up at sign-in: the recovery codes (shown once) and the session' })
export class TwoFactorEnrolmentDto {
  @Field(() => [String]) recoveryCodes: string[];
  @Field(() => AuthPayloadDto) session: AuthPayloadDto;
}

@ObjectType('PasswordResetLink')
export class PasswordResetLinkDto {
  @Field() email: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}

@ObjectType('UserSession', { description: 'One signed-in session (a device or browser), as its owner sees it' })
export class UserSessionDto {
  @Field(() => ID) id: string;
  @Field({ description: 'The session making this request' }) current: boolean;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'Last sign-in or token refresh' }) lastActiveAt: Date;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field(() => String, { nullable: true }) userAgent: string | null;
}
