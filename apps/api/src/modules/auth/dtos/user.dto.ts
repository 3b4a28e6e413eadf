import { Landing, Role, landingFor } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(Landing, { name: 'Landing' });
import { OrganizationDto } from '../../organizations/dtos/organization.dto';
import type { Organization } from '../../organizations/organization.types';
import type { UserEntity } from '../entities/user.entity';

@ObjectType('User')
export class UserDto {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [Role]) roles: Role[];
  @Field(() => OrganizationDto) organization: OrganizationDto;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => Landing, { description: 'Where this person’s work is: the page the apps open after sign-in' }) landing: Landing;
  @Field({ description: 'Two-step sign-in (TOTP) is on' }) twoFactorEnabled: boolean;

  static from(user: UserEntity, organization: Organization): UserDto {
    return Object.assign(new UserDto(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organization: OrganizationDto.from(organization),
      createdAt: user.createdAt,
      landing: landingFor(organization.kind, organization.status, user.roles),
      twoFactorEnabled: !!user.totpEnabledAt,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadDto {
  @Field() accessToken: string;
  @Field(() => GraphQLISODateTime) accessTokenExpiresAt: Date;
  @Field({ description: 'Single use: each refresh returns a new one; presenting a used one ends the session family' })
  refreshToken: string;
  @Field(() => UserDto) user: UserDto;
}
