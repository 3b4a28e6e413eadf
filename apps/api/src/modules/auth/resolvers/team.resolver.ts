import { ACCOUNT_ADMIN_ROLES, ErrorCode, Role } from '@mengyuan/domain';
import { AppError } from '../../../common/errors';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../../../common/actor';
import { Authorize, ClientIp, CurrentActor, Public } from '../../../common/authorize.decorator';
import { Clock } from '../../../common/clock';
import { CreatedInvitationDto, InvitationDto, InvitationPreviewDto, TeamMemberDto } from '../dtos/team.dto';
import { AuthPayloadDto } from '../dtos/user.dto';
import { AcceptInvitationInput, InviteUserInput } from '../inputs/team.inputs';
import { TeamService } from '../services/team.service';

/** The organisation's owner (the alliance's admin for alliance staff) manages its people; API keys cannot. */
@Resolver()
export class TeamResolver {
  constructor(
    private readonly teams: TeamService,
    private readonly clock: Clock,
  ) {}

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Query(() => [TeamMemberDto], { description: 'The users of the caller’s organisation, with their last sign-in' })
  async teamMembers(@CurrentActor() actor: UserActor): Promise<TeamMemberDto[]> {
    return (await this.teams.members(actor.organizationId)).map(TeamMemberDto.from);
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Query(() => [InvitationDto], { description: 'The organisation’s invitations, newest first (at most 200)' })
  async invitations(@CurrentActor() actor: UserActor): Promise<InvitationDto[]> {
    const now = this.clock.now();
    return (await this.teams.invitationsOf(actor.organizationId)).map((i) => InvitationDto.from(i, now));
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => CreatedInvitationDto, {
    description: 'Invites someone by e-mail with roles: the one-time link is e-mailed to them (and answered here as acceptPath, to pass on by hand). It expires after INVITATION_TTL_HOURS (default 7 days). Errors: CONFLICT (the address has an account or an open invitation), VALIDATION_FAILED',
  })
  async inviteUser(@CurrentActor() actor: UserActor, @Args('input') input: InviteUserInput): Promise<CreatedInvitationDto> {
    const { invitation, token } = await this.teams.invite(actor, input.email, input.roles);
    return { invitation: InvitationDto.from(invitation, this.clock.now()), token, acceptPath: TeamService.acceptPath(actor.organizationKind, token) };
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => InvitationDto, { description: 'Withdraws a pending invitation: its link stops working' })
  async revokeInvitation(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<InvitationDto> {
    return InvitationDto.from(await this.teams.revoke(actor, id), this.clock.now());
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => TeamMemberDto, { description: 'Disables a user (its sessions end at once) or enables it again. The last owner cannot be disabled, nor can you disable yourself' })
  async setUserDisabled(@CurrentActor() actor: UserActor, @Args('userId', { type: () => ID }) userId: string, @Args('disabled') disabled: boolean): Promise<TeamMemberDto> {
    return TeamMemberDto.from(await this.teams.setDisabled(actor, userId, disabled));
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => TeamMemberDto, { description: 'Gives a user other roles (those of the organisation’s kind); the last owner keeps the owner role' })
  async setUserRoles(@CurrentActor() actor: UserActor, @Args('userId', { type: () => ID }) userId: string, @Args('roles', { type: () => [Role] }) roles: Role[]): Promise<TeamMemberDto> {
    return TeamMemberDto.from(await this.teams.setRoles(actor, userId, roles));
  }

  @Public()
  @Query(() => InvitationPreviewDto, { description: 'An invitation by its token, before accepting. Errors: NOT_FOUND (unknown, used or withdrawn), INVITATION_EXPIRED' })
  invitation(@Args('token') token: string): Promise<InvitationPreviewDto> {
    return this.teams.preview(token.slice(0, 200));
  }

  @Public()
  @Mutation(() => AuthPayloadDto, {
    description: 'Accepts an invitation: sets the name and password and signs in. The token works once. Alliance staff (when two-step sign-in is required) get TWO_FACTOR_SETUP_REQUIRED with extensions.setupToken instead, the account made. Errors: NOT_FOUND, INVITATION_EXPIRED, VALIDATION_FAILED, CONFLICT',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @ClientIp() ip: string): Promise<AuthPayloadDto> {
    const accepted = await this.teams.accept(input.token, input.displayName, input.password, ip);
    if ('setupToken' in accepted) throw new AppError(ErrorCode.TWO_FACTOR_SETUP_REQUIRED, 'Your account is ready: set up two-step sign-in to start', { setupToken: accepted.setupToken });
    return accepted;
  }
}
