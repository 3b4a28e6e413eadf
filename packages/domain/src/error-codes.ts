/**
 * Machine-readable codes carried in `extensions.code` of every GraphQL error.
 * Clients branch on these, never on message text.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL: 'INTERNAL',
  // Business failures of later features share the same enum.
  MISSING_DOCUMENTS: 'MISSING_DOCUMENTS',
  AUTHORIZATION_REQUIRED: 'AUTHORIZATION_REQUIRED',
  SOLD_OUT: 'SOLD_OUT',
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  IDEMPOTENCY_CONFLICT: 'IDEMPOTENCY_CONFLICT',
  SKU_UNAVAILABLE: 'SKU_UNAVAILABLE',
  QUANTITY_OUT_OF_RANGE: 'QUANTITY_OUT_OF_RANGE',
  RISK_REVIEW: 'RISK_REVIEW',
  REAL_NAME_REQUIRED: 'REAL_NAME_REQUIRED',
  TOPUP_FAILED: 'TOPUP_FAILED',
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  /** Rating an order outside its window: before delivery or more than 30 days after it. */
  RATING_WINDOW_CLOSED: 'RATING_WINDOW_CLOSED',
  /** Quarterly evaluation: the 7-day appeal window of a candidate has closed. */
  APPEAL_WINDOW_CLOSED: 'APPEAL_WINDOW_CLOSED',
  /** Quarterly evaluation: a candidate cannot be eliminated while its appeal window is open or an appeal waits. */
  APPEAL_PENDING: 'APPEAL_PENDING',
  // Refusals at the edge and outages: the request itself was never run.
  /** The database (or the process) cannot serve right now; retry after the Retry-After header's seconds. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** POST /graphql with a Content-Type other than application/json (or multipart where uploads are meant). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** A mutation sent with GET, or another method the route does not take. */
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
