import type { Actor } from './actor';

/** What the logs say about a request: enough to find it, never its variables (they may hold secrets or codes). */
export interface RequestFacts {
  requestId?: string;
  operationName?: string;
  organizationId?: string;
}

/** The GraphQL operation's name, kept on the raw request for the request log (pino-http reads the raw one). */
export const OPERATION_NAME = 'operationName';

interface RequestLike {
  id?: unknown;
  actor?: Actor;
  raw?: { [OPERATION_NAME]?: string };
}

export function requestFacts(request: unknown): RequestFacts {
  const req = (request ?? {}) as RequestLike;
  return {
    requestId: typeof req.id === 'string' ? req.id : undefined,
    operationName: req.raw?.[OPERATION_NAME],
    organizationId: req.actor?.organizationId,
  };
}

/**
 * An error for the log (under `error`, not pino's `err`): type, message, code, stack and causes. Not pino's
 * error serialiser, which copies every property: TypeORM's QueryFailedError carries the statement's
 * parameters (passwords, card codes).
 */
export function describeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; query?: unknown };
  return {
    // TypeORM's errors keep their class name only in the stack's first line.
    type: /^(\w+)/.exec(e.stack ?? '')?.[1] ?? e.name,
    message: e.message,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.query === 'string' ? { query: e.query.slice(0, 500) } : {}),
    stack: e.stack,
    ...(e.cause !== undefined && depth < 3 ? { cause: describeError(e.cause, depth + 1) } : {}),
  };
}
