import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { PoolClient, QueryResultRow } from 'pg';
import { maybeNamed } from './prepared-statements';

/**
 * A statement on a measured hot path, run on the current transaction's connection as a named prepared
 * statement: PostgreSQL parses and plans it once per connection instead of on every call (unnamed behind a
 * transaction-mode pooler: see preparedStatements).
 */
export async function hotQuery<T extends QueryResultRow>(txHost: TransactionHost<TransactionalAdapterTypeOrm>, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = txHost.tx.queryRunner as unknown as { databaseConnection?: PoolClient; connect(): Promise<PoolClient> } | undefined;
  if (!runner) throw new Error(`${name} must run inside a transaction`);
  const client = runner.databaseConnection ?? (await runner.connect());
  return (await client.query<T>(maybeNamed(name, { text, values }))).rows;
}
