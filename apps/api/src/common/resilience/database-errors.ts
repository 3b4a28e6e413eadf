import { ErrorCode } from '@mengyuan/domain';
import { AppError } from '../errors';

/** Seconds a client is asked to wait before retrying a request refused during an outage. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * SQLSTATEs of a database that is going away or not there yet: administrator/crash shutdown (57P01/02),
 * starting up (57P03), too many connections (53300) and the connection exceptions (class 08).
 */
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|53300|08...)$/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/**
 * What pg, pg-pool and TypeORM say when a connection is lost, cannot be had in time, or the pool is closed.
 * TypeORM releases a query runner whose connection errored, so the transaction's next statement (or its
 * COMMIT) reports a released runner: the server has rolled that transaction back.
 */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end|Driver not Connected|connection is not yet established|Query runner already released|query runner was already released/i;

/**
 * Whether an error means "the database cannot serve right now" rather than "this request is wrong": the
 * answer is then a retriable SERVICE_UNAVAILABLE, not INTERNAL. Looks through TypeORM's and Nest's wrappers.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || NETWORK_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  const inner = [e.driverError, e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => x !== error && isDatabaseUnavailable(x, depth + 1));
}

export const serviceUnavailable = () =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is briefly unavailable; please retry in a moment', { retryAfterSeconds: RETRY_AFTER_SECONDS });
