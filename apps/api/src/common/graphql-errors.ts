import { ErrorCode } from '@mengyuan/domain';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { describeError, type RequestFacts } from './request-facts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './resilience/database-errors';
import { concurrentChange, isRetryable } from './unit-of-work/unit-of-work';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const MAX_REASON = 300;

export interface ErrorContext extends RequestFacts {
  log?: Pick<Logger, 'error' | 'warn'>;
}

const clip = (text: string) => (text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text);

/** Where graphql-js's printed value (a JSON-like `inspect`) ends in `rest`: the first `; ` or ` at "` outside quotes and brackets. */
function endOfValue(rest: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (depth === 0 && (rest.startsWith('; ', i) || rest.startsWith(' at "', i))) return i;
  }
  return -1;
}

/**
 * A variable that failed coercion (wrong type, out of range, null for a non-null, unknown or missing input
 * field), as the path of the field it names and the reason: graphql-js reports these only as messages,
 * `Variable "$v" got invalid value <value>[ at "<path>"]; <reason>`.
 */
export function variableProblem(message: string): { path: string; reason: string } | null {
  const head = /^Variable "\$([^"]+)" got invalid value /.exec(message);
  if (head) {
    const rest = message.slice(head[0].length);
    const end = endOfValue(rest);
    if (end < 0) return null;
    let tail = rest.slice(end);
    let at = head[1];
    const located = /^ at "([^"]+)"/.exec(tail);
    if (located) {
      at = located[1];
      tail = tail.slice(located[0].length);
    }
    const reason = tail.replace(/^; /, '');
    const field = /^Field "([^"]+)" (?:of required type "[^"]+" was not provided|is not defined by type)/.exec(reason)?.[1];
    return { path: field ? `${at}.${field}` : at, reason: clip(reason) };
  }
  const missing = /^Variable "\$([^"]+)" of (?:non-null|required) type "([^"]+)" (must not be null|was not provided)\.$/.exec(message);
  if (missing) return { path: missing[1], reason: `${missing[2]} ${missing[3]}` };
  return null;
}

/**
 * Every error a client sees: message plus `extensions.code` from the shared enum. Our own AppErrors and
 * GraphQL's parse/validation errors pass through; a lost database is SERVICE_UNAVAILABLE (retry); anything
 * else unexpected becomes INTERNAL with no detail but the request id, logged once with its stack.
 */
export function formatGraphQLError(error: GraphQLError, ctx: ErrorContext = {}): GraphQLFormattedError {
  const original = error.originalError;
  const code = error.extensions?.code as string | undefined;

  if (!error.path && error.message.startsWith('Variable "$')) {
    const problem = variableProblem(error.message);
    if (problem) {
      return { message: `Invalid value for ${problem.path}: ${problem.reason}`, locations: error.locations, extensions: { code: ErrorCode.VALIDATION_FAILED, fields: { [problem.path]: [problem.reason] } } };
    }
  }
  if (original instanceof GraphQLError && KNOWN_CODES.has(String(original.extensions?.code))) {
    return { ...error.toJSON(), message: original.message, extensions: { ...original.extensions } };
  }
  if (code && KNOWN_CODES.has(code)) return error.toJSON();
  if (original && isRetryable(original)) {
    // A deadlock or serialization failure outside any unit of work's retry: the change rolled back whole.
    ctx.log?.warn({ reqId: ctx.requestId, operationName: ctx.operationName, reason: original.message }, 'request rolled back by a concurrent change');
    const { message, extensions } = concurrentChange();
    return { message, locations: error.locations, path: error.path, extensions };
  }
  if (original && isDatabaseUnavailable(original)) {
    ctx.log?.warn({ reqId: ctx.requestId, operationName: ctx.operationName, reason: original.message }, 'request refused: the database is unavailable');
    return { message: 'The service is briefly unavailable; please retry in a moment', locations: error.locations, path: error.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }
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
    // graphql's parser says "more that N tokens" when it stops at parseOptions.maxTokens.
    const tokens = /contains more th[ae]t \d+ tokens/.test(error.message);
    const tooComplex = tokens || (/depth|complexity/i.test(error.message) && /exceed|limit|maximum/i.test(error.message));
    const extensions = tooComplex ? { code: ErrorCode.QUERY_TOO_COMPLEX, ...(tokens ? { limit: 'tokens' } : {}) } : { code: ErrorCode.VALIDATION_FAILED };
    return { message: error.message, locations: error.locations, path: error.path, extensions };
  }
  if (original instanceof GraphQLError && !error.path) {
    // A scalar's own refusal during coercion of an inline value, reported by validation.
    return { message: error.message, locations: error.locations, extensions: { code: ErrorCode.VALIDATION_FAILED } };
  }
  ctx.log?.error(
    { reqId: ctx.requestId, operationName: ctx.operationName, organizationId: ctx.organizationId, path: error.path?.join('.'), error: describeError(original) },
    'unexpected error in a resolver',
  );
  return { message: 'Internal error', locations: error.locations, path: error.path, extensions: { code: ErrorCode.INTERNAL, requestId: ctx.requestId } };
}

/** The HTTP status an error asks for (Fastify and Mercurius errors carry one), if any. */
export function httpStatusOf(error: GraphQLError): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode ?? (error.originalError as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
