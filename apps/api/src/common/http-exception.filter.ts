import { ErrorCode } from '@mengyuan/domain';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppError } from './errors';
import { describeError, requestFacts } from './request-facts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './resilience/database-errors';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.METHOD_NOT_ALLOWED]: 405,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * What a resolver's exception is handed back to GraphQL as. GraphQL takes a filter's answer for the field's value
 * unless it is an Error of this realm: anything else thrown (a library's string or object, or a socket error created
 * in another realm, as node's own are under a test runner's VM context) would be answered as data with null fields.
 * It is wrapped, keeping it as the cause the error formatter classifies (a lost connection stays SERVICE_UNAVAILABLE).
 */
export function asThrowable(exception: unknown): Error {
  if (exception instanceof Error) return exception;
  const message = (exception as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : String(exception), { cause: exception });
}

/**
 * Plain HTTP routes (/files) answer errors in the same shape as GraphQL: `{ errors: [{ message,
 * extensions: { code } }] }` with a matching status. GraphQL errors are left to GraphQL.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly log?: Pick<Logger, 'error'>) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return asThrowable(exception);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const facts = requestFacts(request);
    let status = 500;
    let body: { message: string; extensions: Record<string, unknown> } = { message: 'Internal error', extensions: { code: ErrorCode.INTERNAL, requestId: facts.requestId } };
    if (exception instanceof AppError) {
      status = STATUS[exception.code] ?? 400;
      body = { message: exception.message, extensions: { ...exception.extensions } };
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      status = exception.getStatus();
      const code = status === 404 ? ErrorCode.NOT_FOUND : status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : status === 415 ? ErrorCode.UNSUPPORTED_MEDIA_TYPE : ErrorCode.BAD_REQUEST;
      body = { message: exception.message, extensions: { code } };
    } else if (isDatabaseUnavailable(exception)) {
      status = 503;
      body = { message: 'The service is briefly unavailable; please retry in a moment', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS } };
    } else {
      this.log?.error({ reqId: facts.requestId, organizationId: facts.organizationId, route: request.routeOptions?.url, error: describeError(exception) }, 'unexpected error in a route');
    }
    if (status === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.status(status).send({ errors: [body] });
  }
}
