import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, ClientDevice, ClientIp, CurrentActor, Public, type ClientDeviceInfo } from '../../../common/authorize.decorator';
import { forbidden } from '../../../common/errors';
import { PasswordResetLinkDto, TwoFactorEnrolmentDto, TwoFactorSetupDto, TwoFactorStatusDto, UserSessionDto } from '../dtos/account.dto';
import { AccountService } from '../services/account.service';
import { AuthService } from '../services/auth.service';
import { TwoFactorService } from '../services/two-factor.service';

const person = (actor: Actor): UserActor => {
  if (actor.kind !== 'user') throw forbidden('An API key has no account');
  return actor;
};

/** A person's own account: password reset by e-mail, two-step sign-in, sessions. API keys are refused. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly auth: AuthService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'E-mails a one-time link to set a new password (valid PASSWORD_RESET_TTL_MINUTES) if the address has an account. Answers true whether or not it has. Errors: RATE_LIMITED, VALIDATION_FAILED',
  })
  async requestPasswordReset(@Args('email') email: string, @ClientIp() ip: string): Promise<boolean> {
    await this.accounts.requestReset(email.slice(0, 320), ip);
    return true;
  }

  @Public()
  @Query(() => PasswordResetLinkDto, { description: 'A reset link before it is used. Errors: RESET_LINK_INVALID (unknown, used or expired)' })
  passwordResetLink(@Args('token') token: string): Promise<PasswordResetLinkDto> {
    return this.accounts.preview(token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the e-mailed link (once); every session of the account ends. Errors: RESET_LINK_INVALID, VALIDATION_FAILED' })
  async resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string, @ClientIp() ip: string): Promise<boolean> {
    await this.accounts.reset(token, newPassword.slice(0, 256), ip);
    return true;
  }

  @Public()
  @Mutation(() => TwoFactorSetupDto, { description: 'Alliance staff at their first sign-in: a secret to scan, with the setupToken from TWO_FACTOR_SETUP_REQUIRED' })
  startRequiredTwoFactorSetup(@Args('setupToken') setupToken: string): Promise<TwoFactorSetupDto> {
    return this.auth.beginRequiredSetup(setupToken);
  }

  @Public()
  @Mutation(() => TwoFactorEnrolmentDto, { description: 'Confirms the secret with a first code: two-step sign-in is on and the person is signed in. Errors: INVALID_TWO_FACTOR_CODE, UNAUTHENTICATED (setup token expired)' })
  completeRequiredTwoFactorSetup(
    @Args('setupToken') setupToken: string,
    @Args('code') code: string,
    @ClientIp() ip: string,
    @ClientDevice() device: ClientDeviceInfo,
  ): Promise<TwoFactorEnrolmentDto> {
    return this.auth.completeRequiredSetup(setupToken, code, ip, device);
  }

  @Authorize({})
  @Query(() => TwoFactorStatusDto)
  async twoFactorStatus(@CurrentActor() actor: Actor): Promise<TwoFactorStatusDto> {
    const me = person(actor);
    const status = await this.auth.twoFactorStatus(me.userId);
    return { ...status, required: this.twoFactor.required(me.organizationKind), recoveryCodesLeft: await this.twoFactor.recoveryCodesLeft(me.userId) };
  }

  @Authorize({})
  @Mutation(() => TwoFactorSetupDto, { description: 'Starts turning two-step sign-in on: a secret to scan, confirmed by enableTwoFactor' })
  startTwoFactorSetup(@CurrentActor() actor: Actor): Promise<TwoFactorSetupDto> {
    return this.twoFactor.begin(person(actor).userId);
  }

  @Authorize({})
  @Mutation(() => [String], { description: 'Confirms the secret with a code from the app; answers ten one-time recovery codes, shown only now. Errors: INVALID_TWO_FACTOR_CODE' })
  enableTwoFactor(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<string[]> {
    const me = person(actor);
    return this.twoFactor.enable(me, me.userId, code.slice(0, 64));
  }

  @Authorize({})
  @Mutation(() => Boolean, { description: 'Turns two-step sign-in off with the password and a code (alliance staff may not). Errors: INVALID_CREDENTIALS, INVALID_TWO_FACTOR_CODE, FORBIDDEN' })
  async disableTwoFactor(@CurrentActor() actor: Actor, @Args('password') password: string, @Args('code') code: string): Promise<boolean> {
    await this.twoFactor.disable(person(actor), password.slice(0, 256), code.slice(0, 64));
    return true;
  }

  @Authorize({})
  @Mutation(() => [String], { description: 'New recovery codes (the old ones stop working), with a current code. Errors: INVALID_TWO_FACTOR_CODE' })
  regenerateRecoveryCodes(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<string[]> {
    return this.twoFactor.regenerateRecoveryCodes(person(actor), code.slice(0, 64));
  }

  @Authorize({})
  @Query(() => [UserSessionDto], { description: 'The caller’s signed-in sessions, most recently active first' })
  async mySessions(@CurrentActor() actor: Actor): Promise<UserSessionDto[]> {
    const me = person(actor);
    return (await this.accounts.sessionsOf(me.userId)).map((s) => ({ id: s.familyId, current: s.familyId === me.sessionFamilyId, startedAt: s.startedAt, lastActiveAt: s.lastActiveAt, ip: s.ip, userAgent: s.userAgent }));
  }

  @Authorize({})
  @Mutation(() => Boolean, { description: 'Signs one of the caller’s sessions out: its tokens stop working at once. Errors: NOT_FOUND' })
  async endSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.accounts.endSession(person(actor), id);
    return true;
  }
}
