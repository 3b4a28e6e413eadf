import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
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

/**
 * A hot statement that is a transaction on its own (no transaction around it), as a named prepared statement on
 * a connection borrowed from the pool for it alone: neither a query runner nor a plan per call.
 */
export async function hotStatement<T extends QueryResultRow>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<{ rows: T[]; rowCount: number }> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<T>(maybeNamed(name, { text, values }));
  return { rows: result.rows, rowCount: result.rowCount ?? 0 };
}
