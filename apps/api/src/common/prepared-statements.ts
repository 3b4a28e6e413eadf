/**
 * Whether statements on hot paths may be named prepared statements (parsed and planned once per connection).
 * Off behind a transaction-mode pooler (DATABASE_DIRECT_URL set): a statement prepared on one server connection
 * does not exist on the next one PgBouncer hands out (PgBouncer 1.18, Debian 12's, cannot track them).
 * Set once at start-up, for the whole process.
 */
export const preparedStatements = { enabled: true };

/** A query config with the statement's name when naming is on. */
export function maybeNamed<T extends { text: string; values: unknown[] }>(name: string, query: T): T & { name?: string } {
  return preparedStatements.enabled ? { ...query, name } : query;
}
