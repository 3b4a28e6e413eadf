import type { ApiKeyScope, OrganizationKind, Role } from '@mengyuan/domain';
import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor';

export const PUBLIC_KEY = 'mengyuan:public';
export const AUTHORIZE_KEY = 'mengyuan:authorize';

export interface AuthorizeRule {
  /** The person must hold one of these roles. */
  roles?: Role[];
  /** The caller's organisation must be of one of these kinds. */
  kinds?: OrganizationKind[];
  /** API keys are refused unless this names a scope the key holds. */
  apiKeyScopes?: ApiKeyScope[];
}

/** No sign-in needed (registration, login, token refresh). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Everything not @Public needs a caller; this narrows who. */
export const Authorize = (rule: AuthorizeRule) => SetMetadata(AUTHORIZE_KEY, rule);

/** The request object, whether the handler is a GraphQL resolver or a plain route. */
export function requestOf(ctx: ExecutionContext): RequestWithActor {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<{ req: RequestWithActor }>().req;
  return ctx.switchToHttp().getRequest<RequestWithActor>();
}

export interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  ip: string;
  actor?: Actor;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = requestOf(ctx).actor;
  if (!actor) throw new Error('CurrentActor used on a handler without an authenticated caller');
  return actor;
});

/** The caller's IP (Fastify honours X-Forwarded-For only when trustProxy is configured). */
export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string => requestOf(ctx).ip);

/** What a request says of the device it comes from: the browser's user agent and the apps' device id (X-Device-Id). */
export interface ClientDeviceInfo {
  userAgent: string | null;
  deviceId: string | null;
}

export const ClientDevice = createParamDecorator((_: unknown, ctx: ExecutionContext): ClientDeviceInfo => {
  const headers = requestOf(ctx).headers;
  const one = (name: string) => {
    const v = headers[name];
    const s = Array.isArray(v) ? v[0] : v;
    return s ? s.slice(0, 300) : null;
  };
  return { userAgent: one('user-agent'), deviceId: one('x-device-id') };
});
