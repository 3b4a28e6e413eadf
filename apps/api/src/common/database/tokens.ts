/**
 * The database URL for session-bound connections (LISTEN, the job queue): DATABASE_DIRECT_URL when the api's
 * pool goes through a transaction-mode pooler, else the api's own database URL.
 */
export const DIRECT_DATABASE_URL = Symbol('DIRECT_DATABASE_URL');
