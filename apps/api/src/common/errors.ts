import { ErrorCode } from '@mengyuan/domain';
import { GraphQLError } from 'graphql';

/**
 * A failure the client can branch on: a GraphQL error with a machine-readable `extensions.code` from the
 * shared enum. Anything thrown that is not an AppError reaches clients only as INTERNAL, without detail.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new AppError(ErrorCode.UNAUTHENTICATED, message);

/** Bad input: names each field and what is wrong with it. */
export const validationFailed = (fields: Record<string, string[]>, message?: string) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    message ?? `Invalid input: ${Object.entries(fields).map(([f, m]) => `${f}: ${m.join('; ')}`).join(', ')}`,
    { fields },
  );

export const invalidTransition = (from: string, action: string) =>
  new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} from status ${from}`, { from, action });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an object, so it is simply not found. */
export function assertId(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id.toLowerCase();
}
