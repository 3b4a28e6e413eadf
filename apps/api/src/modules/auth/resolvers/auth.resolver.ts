import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, ClientDevice, ClientIp, CurrentActor, Public, type ClientDeviceInfo } from '../../../common/authorize.decorator';
import { forbidden } from '../../../common/errors';
import { AuthPayloadDto, UserDto } from '../dtos/user.dto';
import { AuthService } from '../services/auth.service';
import { UserQueryService } from '../services/user-query.service';

/** Every user operation below refuses API keys (no apiKeyScopes): machines have no person behind them. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserQueryService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadDto, {
    description: 'Signs in. With two-step sign-in on, the first answer is TWO_FACTOR_REQUIRED: send again with totpCode (a code from the app, or a recovery code). Alliance staff without it get TWO_FACTOR_SETUP_REQUIRED with extensions.setupToken. Errors: INVALID_CREDENTIALS, INVALID_TWO_FACTOR_CODE, RATE_LIMITED, FORBIDDEN',
  })
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @ClientIp() ip: string,
    @ClientDevice() device: ClientDeviceInfo,
    @Args('totpCode', { type: () => String, nullable: true }) totpCode?: string | null,
  ): Promise<AuthPayloadDto> {
    return this.auth.login(email.slice(0, 320), password.slice(0, 256), ip, device, totpCode ?? null);
  }

  @Public()
  @Mutation(() => AuthPayloadDto)
  refreshToken(@Args('refreshToken') refreshToken: string, @ClientIp() ip: string): Promise<AuthPayloadDto> {
    return this.auth.refresh(refreshToken, ip);
  }

  @Authorize({})
  @Mutation(() => Boolean, { description: "Ends this sign-in's sessions, or with everywhere: true every session of the user" })
  async logout(
    @CurrentActor() actor: Actor,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null,
    @Args('everywhere', { type: () => Boolean, defaultValue: false }) everywhere: boolean,
  ): Promise<boolean> {
    if (actor.kind !== 'user') throw forbidden();
    await this.auth.logout(actor, refreshToken, everywhere);
    return true;
  }

  @Authorize({})
  @Mutation(() => Boolean, { description: 'Ends every session, this one included: sign in again with the new password' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    if (actor.kind !== 'user') throw forbidden();
    await this.auth.changePassword(actor, currentPassword.slice(0, 256), newPassword);
    return true;
  }

  @Authorize({})
  @Query(() => UserDto)
  me(@CurrentActor() actor: Actor): Promise<UserDto> {
    if (actor.kind !== 'user') throw forbidden('An API key has no user');
    return this.users.get(actor.userId);
  }
}

