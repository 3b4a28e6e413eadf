import { Injectable, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import { carryToNextStatement } from '../database/pipelined-pg';
import { maybeNamed } from '../prepared-statements';
import { frameSlot, TransactionFrames } from '../unit-of-work/frames';

interface Write {
  sql: string;
  params: unknown[];
}

/** Rows for one table, inserted in the order they were queued. */
interface Rows {
  table: string;
  columns: [name: string, type: string][];
  values: unknown[][];
}

interface Pending {
  writes: Write[];
  rows: Map<string, Rows>;
}

/** What a frame (the transaction, or a savepoint inside it) has queued; a released savepoint's joins its parent's. */
const PENDING = frameSlot<Pending>(
  'a deferred write',
  () => ({ writes: [], rows: new Map() }),
  (into, from) => {
    into.writes.push(...from.writes);
    for (const [key, entry] of from.rows) {
      const target = into.rows.get(key);
      if (!target) into.rows.set(key, entry);
      else entry.values.forEach((column, i) => target.values[i].push(...column));
    }
  },
);

/**
 * Writes that must commit with the current transaction but need not run before it ends (audit outbox rows,
 * webhook deliveries, stock deltas): queued by handlers on hot paths and sent together, as one statement of
 * data-modifying CTEs, just before COMMIT. A transaction that rolls back sends none of them, nor does a
 * savepoint that rolls back send what was queued inside it; a failing one fails the commit, so the change and
 * its records still commit or roll back together.
 */
@Injectable()
export class DeferredWrites implements OnModuleInit {
  constructor(private readonly frames: TransactionFrames) {}

  onModuleInit(): void {
    this.frames.listen({ beforeCommit: (qr, read) => this.flush(qr, read(PENDING)) });
  }

  /**
   * Queues one INSERT or UPDATE (no RETURNING; its parameters are $1…$n of its own) to run just before the
   * current transaction commits. Only inside a transaction; the owning module writes only its own tables.
   */
  defer(sql: string, params: unknown[]): void {
    this.pending().writes.push({ sql, params });
  }

  /**
   * Queues one row for `table` (columns as [name, PostgreSQL type]); a table's rows are inserted together,
   * in the order they were queued (serial ids follow it).
   */
  deferRow(table: string, columns: [name: string, type: string][], values: unknown[]): void {
    const rows = this.pending().rows;
    const key = `${table}(${columns.map((c) => c.join(' ')).join(',')})`;
    let entry = rows.get(key);
    if (!entry) rows.set(key, (entry = { table, columns, values: columns.map(() => []) }));
    values.forEach((v, i) => entry.values[i].push(v));
  }

  private pending(): Pending {
    return this.frames.current(PENDING);
  }

  private async flush(qr: QueryRunner, pending: Pending | undefined): Promise<void> {
    if (!pending) return;
    const params: unknown[] = [];
    const parts = pending.writes.map((w) => {
      const offset = params.length;
      params.push(...w.params);
      return w.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    });
    for (const { table, columns, values } of pending.rows.values()) {
      const arrays = columns.map(([, type], i) => (params.push(values[i]), `$${params.length}::${type}[]`));
      const names = columns.map(([name]) => name).join(', ');
      parts.push(`INSERT INTO ${table} (${names}) SELECT ${names} FROM unnest(${arrays.join(', ')}) WITH ORDINALITY AS u(${names}, n) ORDER BY n`);
    }
    if (!parts.length) return;
    // hot path: a transaction kind always defers the same writes, so the text repeats; as a named prepared
    // statement (named by its text) it is parsed and planned once per connection, not before every commit.
    const text = `WITH ${parts.map((p, i) => `w${i} AS (${p})`).join(', ')} SELECT 1`;
    const client = (qr as unknown as { databaseConnection: PoolClient }).databaseConnection;
    const statement = maybeNamed(`dw_${createHash('sha1').update(text).digest('base64url')}`, { text, values: params });
    // Written with the COMMIT in one round trip (pipelinedTransactions); the first time on a connection, on its own.
    if (!carryToNextStatement(client, statement)) await client.query(statement);
  }
}
