import { ChannelType, OrganizationAction, OrganizationKind, OrganizationStatus, organizationLifecycle } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import '../../../common/graphql-types';
import { Paginated } from '../../../common/pagination';
import type { Organization } from '../organization.types';

@ObjectType('Organization')
export class OrganizationDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field(() => ChannelType, { nullable: true }) channelType: ChannelType | null;
  @Field(() => OrganizationStatus) status: OrganizationStatus;
  @Field({ description: '统一社会信用代码' }) unifiedSocialCreditCode: string;
  @Field() contactName: string;
  @Field() contactPhone: string;
  @Field(() => String, { nullable: true, description: 'Why the last lifecycle decision was taken' }) statusReason: string | null;
  @Field(() => [OrganizationAction], { description: 'Lifecycle actions possible from the current status' }) possibleActions: OrganizationAction[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;

  static from(e: Organization): OrganizationDto {
    return Object.assign(new OrganizationDto(), {
      id: e.id,
      name: e.name,
      kind: e.kind,
      channelType: e.channelType,
      status: e.status,
      unifiedSocialCreditCode: e.unifiedSocialCreditCode,
      contactName: e.contactName,
      contactPhone: e.contactPhone,
      statusReason: e.statusReason,
      possibleActions: e.kind === OrganizationKind.ALLIANCE ? [] : organizationLifecycle.actionsFrom(e.status),
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType()
export class OrganizationPage extends Paginated(OrganizationDto, 'OrganizationPage') {}
