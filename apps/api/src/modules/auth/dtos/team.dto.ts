import { InvitationStatus, OrganizationKind, Role } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { UserInvitationEntity } from '../entities/user-invitation.entity';
import type { UserEntity } from '../entities/user.entity';
import { invitationStatus } from '../services/team.service';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('TeamMember', { description: 'A user of the organisation as its owner manages it' })
export class TeamMemberDto {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [Role]) roles: Role[];
  @Field() disabled: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) disabledAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The last successful sign-in' }) lastSignInAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(u: UserEntity): TeamMemberDto {
    return Object.assign(new TeamMemberDto(), {
      id: u.id, email: u.email, displayName: u.displayName, roles: u.roles, disabled: Boolean(u.disabledAt), disabledAt: u.disabledAt, lastSignInAt: u.lastLoginAt, createdAt: u.createdAt,
    });
  }
}

@ObjectType('Invitation')
export class InvitationDto {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => [Role]) roles: Role[];
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;

  static from(i: UserInvitationEntity, now: Date): InvitationDto {
    return Object.assign(new InvitationDto(), {
      id: i.id, email: i.email, roles: i.roles, status: invitationStatus(i, now), createdAt: i.createdAt, expiresAt: i.expiresAt, acceptedAt: i.acceptedAt, revokedAt: i.revokedAt,
    });
  }
}

@ObjectType('CreatedInvitation', {
  description:
    'There is no mail server: pass the link on yourself. The token is shown this once (only its hash is stored) and works once, until it expires.',
})
export class CreatedInvitationDto {
  @Field(() => InvitationDto) invitation: InvitationDto;
  @Field({ description: 'The one-time invitation token' }) token: string;
  @Field({ description: 'Where the invitee accepts, relative to the site: /invitation#token=… (portal) or /admin/invitation#token=… (alliance staff)' })
  acceptPath: string;
}

@ObjectType('InvitationPreview', { description: 'What an invitee sees before accepting' })
export class InvitationPreviewDto {
  @Field() organizationName: string;
  @Field(() => OrganizationKind) organizationKind: OrganizationKind;
  @Field() email: string;
  @Field(() => [Role]) roles: Role[];
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}
