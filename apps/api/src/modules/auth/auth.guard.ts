import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../../common/errors';
import { AUTHORIZE_KEY, PUBLIC_KEY, requestOf, type AuthorizeRule } from '../../common/authorize.decorator';
import { ActorService } from './services/actor.service';

/** Runs on every GraphQL field and route: resolves the caller, then applies the handler's @Authorize rule. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = requestOf(ctx);
    req.actor ??= (await this.actors.resolve(req)) ?? undefined;
    const actor = req.actor;
    if (!actor) throw unauthenticated();

    const rule = this.reflector.getAllAndOverride<AuthorizeRule | undefined>(AUTHORIZE_KEY, targets) ?? {};
    if (rule.kinds && !rule.kinds.includes(actor.organizationKind)) throw forbidden();
    if (actor.kind === 'apiKey') {
      if (!rule.apiKeyScopes?.some((s) => actor.scopes.includes(s))) throw forbidden('This API key may not do this');
      return true;
    }
    if (rule.roles && !rule.roles.some((r) => actor.roles.includes(r))) throw forbidden();
    return true;
  }
}
