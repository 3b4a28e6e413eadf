import { ChannelType, MOBILE_PATTERN, OrganizationKind, USCC_PATTERN } from '@mengyuan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';

@InputType()
export class RegisterOrganizationInput {
  @Field(() => OrganizationKind, { description: 'SUPPLIER or MEMBER' })
  @IsIn([OrganizationKind.SUPPLIER, OrganizationKind.MEMBER], { message: 'must be SUPPLIER or MEMBER' })
  kind: OrganizationKind;

  @Field() @IsString() @Length(2, 100, { message: 'must be 2–100 characters' }) name: string;

  @Field(() => ChannelType, { nullable: true, description: 'Required for suppliers' })
  @ValidateIf((o: RegisterOrganizationInput) => o.kind === OrganizationKind.SUPPLIER || o.channelType != null)
  @IsIn(Object.values(ChannelType), { message: 'suppliers must name their channel type' })
  channelType?: ChannelType | null;

  @Field({ description: '统一社会信用代码, 18 characters' })
  @Matches(USCC_PATTERN, { message: 'must be an 18-character unified social credit code' })
  unifiedSocialCreditCode: string;

  @Field() @IsString() @Length(2, 50, { message: 'must be 2–50 characters' }) contactName: string;
  @Field() @Matches(MOBILE_PATTERN, { message: 'must be a mainland mobile number' }) contactPhone: string;
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) ownerEmail: string;
  @Field() @IsString() ownerPassword: string;
  @Field() @IsString() @Length(1, 50, { message: 'must be 1–50 characters' }) ownerDisplayName: string;
}
