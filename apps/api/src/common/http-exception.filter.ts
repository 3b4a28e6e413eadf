import { ErrorCode } from '@mengyuan/domain';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError } from './errors';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
};

/**
 * Plain HTTP routes (/files) answer errors in the same shape as GraphQL: `{ errors: [{ message,
 * extensions: { code } }] }` with a matching status. GraphQL errors are left to GraphQL.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status = 500;
    let body: { message: string; extensions: Record<string, unknown> } = { message: 'Internal error', extensions: { code: ErrorCode.INTERNAL } };
    if (exception instanceof AppError) {
      status = STATUS[exception.code] ?? 400;
      body = { message: exception.message, extensions: { ...exception.extensions } };
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const code = status === 404 ? ErrorCode.NOT_FOUND : status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
      body = { message: status < 500 ? exception.message : 'Internal error', extensions: { code } };
    } else {
      reply.log.error({ err: exception }, 'unexpected error in a route');
    }
    return reply.status(status).send({ errors: [body] });
  }
}
