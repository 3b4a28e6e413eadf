import { ErrorCode } from '@mengyuan/domain';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Every error a client sees: message plus `extensions.code` from the shared enum. Our own AppErrors and
 * GraphQL's parse/validation errors pass through; anything unexpected becomes INTERNAL with no detail
 * (the real error goes to the log).
 */
export function formatGraphQLError(error: GraphQLError, log?: Pick<Logger, 'error'>): GraphQLFormattedError {
  const original = error.originalError;
  const code = error.extensions?.code as string | undefined;

  if (original instanceof GraphQLError && KNOWN_CODES.has(String(original.extensions?.code))) {
    return { ...error.toJSON(), message: original.message, extensions: { ...original.extensions } };
  }
  if (code && KNOWN_CODES.has(code)) return error.toJSON();
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const mapped = status === 401 ? ErrorCode.UNAUTHENTICATED : status === 403 ? ErrorCode.FORBIDDEN : status === 404 ? ErrorCode.NOT_FOUND : status === 429 ? ErrorCode.RATE_LIMITED : status < 500 ? ErrorCode.BAD_REQUEST : null;
    if (mapped) return { message: original.message, locations: error.locations, path: error.path, extensions: { code: mapped } };
  }
  const frameworkCode = (original as { code?: unknown } | undefined)?.code;
  if (typeof frameworkCode === 'string' && /^(MER|FST)_ERR_/.test(frameworkCode)) {
    // Refused before execution by Fastify or Mercurius: oversized or malformed body, too deep.
    const mapped =
      frameworkCode === 'MER_ERR_GQL_QUERY_DEPTH' ? ErrorCode.QUERY_TOO_COMPLEX : httpStatusOf(error) === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST;
    return { message: original!.message, extensions: { code: mapped } };
  }
  if (!original) {
    // No underlying exception: a syntax, validation or variable-coercion error about the request itself.
    const tooComplex = /depth|complexity/i.test(error.message) && /exceed|limit|maximum/i.test(error.message);
    return { message: error.message, locations: error.locations, path: error.path, extensions: { code: tooComplex ? ErrorCode.QUERY_TOO_COMPLEX : ErrorCode.VALIDATION_FAILED } };
  }
  log?.error({ err: original, path: error.path }, 'unexpected error in a resolver');
  return { message: 'Internal error', locations: error.locations, path: error.path, extensions: { code: ErrorCode.INTERNAL } };
}

/** The HTTP status an error asks for (Fastify and Mercurius errors carry one), if any. */
export function httpStatusOf(error: GraphQLError): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode ?? (error.originalError as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
