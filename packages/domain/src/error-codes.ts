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
  /** Sign-in: the password was right; now the code from the authenticator app (or a recovery code). */
  TWO_FACTOR_REQUIRED: 'TWO_FACTOR_REQUIRED',
  /** Sign-in: alliance staff must set up two-step sign-in first (extensions.setupToken starts it). */
  TWO_FACTOR_SETUP_REQUIRED: 'TWO_FACTOR_SETUP_REQUIRED',
  /** Sign-in or a two-step setting: the authenticator code (or recovery code) is wrong or was already used. */
  INVALID_TWO_FACTOR_CODE: 'INVALID_TWO_FACTOR_CODE',
  /** A password reset link that is unknown, used or expired: ask for a new one. */
  RESET_LINK_INVALID: 'RESET_LINK_INVALID',
  /** Rating an order outside its window: before delivery or more than 30 days after it. */
  RATING_WINDOW_CLOSED: 'RATING_WINDOW_CLOSED',
  /** Rating an order whose other side's rating is revealed (or due to be): the double-blind is over, so rating closes. */
  RATING_CLOSED_REVEALED: 'RATING_CLOSED_REVEALED',
  /** Money back on an order line (refunds and compensations, all reopen cycles) would exceed what was paid: an admin rules with a reason. */
  MONEY_BACK_CAP_EXCEEDED: 'MONEY_BACK_CAP_EXCEEDED',
  /** Quarterly evaluation: the 7-day appeal window of a candidate has closed. */
  APPEAL_WINDOW_CLOSED: 'APPEAL_WINDOW_CLOSED',
  /** Quarterly evaluation: a candidate cannot be eliminated while its appeal window is open or an appeal waits. */
  APPEAL_PENDING: 'APPEAL_PENDING',
  /** Payments: a notify whose signature does not verify with the channel's keys. Nothing is credited. */
  PAYMENT_SIGNATURE_INVALID: 'PAYMENT_SIGNATURE_INVALID',
  /** Payments: a notify for another merchant (app id, merchant id) than the channel's. Nothing is credited. */
  PAYMENT_MERCHANT_MISMATCH: 'PAYMENT_MERCHANT_MISMATCH',
  /** Payments: a notify whose amount is not the payment's. Nothing is credited. */
  PAYMENT_AMOUNT_MISMATCH: 'PAYMENT_AMOUNT_MISMATCH',
  /** Payments: the channel is disabled, misconfigured or its gateway did not answer. */
  PAYMENT_CHANNEL_UNAVAILABLE: 'PAYMENT_CHANNEL_UNAVAILABLE',
  /** Withdrawals: more than the supplier's available payable (settled and not already requested). */
  WITHDRAWAL_EXCEEDS_AVAILABLE: 'WITHDRAWAL_EXCEEDS_AVAILABLE',
  /**
   * The change kept meeting concurrent changes to the same records (deadlocks or serialization failures,
   * retried several times) and was not saved; sending it again is safe.
   */
  CONCURRENT_CHANGE: 'CONCURRENT_CHANGE',
  // Refusals at the edge and outages: the request itself was never run.
  /** The database (or the process) cannot serve right now; retry after the Retry-After header's seconds. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** POST /graphql with a Content-Type other than application/json (or multipart where uploads are meant). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** A mutation sent with GET, or another method the route does not take. */
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  /** A live-updates socket already holds the most subscriptions one socket may (`max` in extensions). */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
