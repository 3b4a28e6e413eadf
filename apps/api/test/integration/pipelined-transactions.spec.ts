import { Client, Pool, type PoolClient } from 'pg';
import { carryToNextStatement, pipelinedTransactions } from '../../src/common/database/pipelined-pg';
import { databaseUrl, withServer } from '../test-database';

const DB = `mengyuan_pipeline_${process.pid}`;

/** Counts the round trips a client makes: each one ends with PostgreSQL's ReadyForQuery. */
function countRoundTrips(client: PoolClient): () => number {
  let trips = 0;
  (client as unknown as { connection: { on(event: string, fn: () => void): void } }).connection.on('readyForQuery', () => (trips += 1));
  return () => trips;
}

/**
 * The api's pg client writes a transaction's START TRANSACTION with its first statement and a write deferred to
 * commit with the COMMIT (issue 24). Against a real PostgreSQL: fewer round trips, the same transaction, the same
 * errors, nothing committed that should not be.
 */
describe('pipelined transactions (the api pool client)', () => {
  let pool: Pool;

  beforeAll(async () => {
    await withServer(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DB}`);
      await c.query(`CREATE DATABASE ${DB}`);
    });
    pool = new Pool({ connectionString: databaseUrl(DB), max: 4, Client: pipelinedTransactions(Client) });
    await pool.query(`CREATE TABLE accounts (id int PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0))`);
    await pool.query(`CREATE TABLE entries (id serial PRIMARY KEY, account int NOT NULL REFERENCES accounts, amount bigint NOT NULL)`);
  });

  afterAll(async () => {
    // pool.end() answers before its connections have closed, and the forced drop below may still find one: its
    // termination is expected then, not an error of the spec (it was, once, under two jest workers).
    pool?.on('error', () => undefined);
    await pool?.end();
    await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`));
  });

  beforeEach(async () => {
    await pool.query(`TRUNCATE accounts, entries RESTART IDENTITY`);
    await pool.query(`INSERT INTO accounts VALUES (1, 100), (2, 0)`);
  });

  const balance = async (id: number) => Number((await pool.query(`SELECT balance FROM accounts WHERE id = $1`, [id])).rows[0].balance);
  const entries = async () => Number((await pool.query(`SELECT count(*) AS n FROM entries`)).rows[0].n);
  const UPDATE = { name: 'pl_debit', text: `UPDATE accounts SET balance = balance - $2 WHERE id = $1 RETURNING balance` };
  const ENTRY = { name: 'pl_entry', text: `INSERT INTO entries (account, amount) VALUES ($1, $2)` };

  /** One transfer as the order path makes it: START TRANSACTION, a statement, a write deferred to commit, COMMIT. */
  async function transfer(client: PoolClient, amount: number): Promise<void> {
    await client.query('START TRANSACTION');
    try {
      await client.query({ ...UPDATE, values: [1, amount] });
      const entry = { ...ENTRY, values: [1, -amount] };
      if (!carryToNextStatement(client, entry)) await client.query(entry);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  }

  it('takes two round trips for a transaction of four, once its statements are prepared on the connection', async () => {
    const client = await pool.connect();
    try {
      await transfer(client, 1); // prepares both statements here
      const writes = countRoundTrips(client);
      await transfer(client, 2);
      expect(writes()).toBe(2);
      expect(await balance(1)).toBe(97);
      expect(await entries()).toBe(2);
    } finally {
      client.release();
    }
  });

  it('sends nothing for a transaction that sends nothing, and nothing to roll back one that never reached the server', async () => {
    const client = await pool.connect();
    try {
      const writes = countRoundTrips(client);
      await client.query('START TRANSACTION');
      await client.query('COMMIT');
      await client.query('START TRANSACTION');
      await client.query('ROLLBACK');
      expect(writes()).toBe(0);
      // The connection is usable, outside any transaction.
      await client.query(`UPDATE accounts SET balance = 5 WHERE id = 2`);
      expect(writes()).toBe(1);
      expect((await pool.query(`SELECT balance FROM accounts WHERE id = 2`)).rows[0].balance).toBe('5');
    } finally {
      client.release();
    }
  });

  it('keeps the statement sent with START TRANSACTION inside the transaction: a ROLLBACK undoes it', async () => {
    const client = await pool.connect();
    try {
      await client.query('START TRANSACTION');
      await client.query({ ...UPDATE, values: [1, 40] });
      await client.query('ROLLBACK');
      expect(await balance(1)).toBe(100);
    } finally {
      client.release();
    }
  });

  it('does not commit when the write carried with the COMMIT fails: the error is the write’s, and nothing of the transaction stays', async () => {
    const client = await pool.connect();
    try {
      await transfer(client, 1);
      await client.query('START TRANSACTION');
      await client.query({ ...UPDATE, values: [1, 10] });
      // An entry for an account that does not exist: the foreign key refuses it, at the COMMIT's round trip.
      expect(carryToNextStatement(client, { ...ENTRY, values: [99, -10] })).toBe(true);
      await expect(client.query('COMMIT')).rejects.toMatchObject({ code: '23503' });
      await client.query('ROLLBACK');
      expect(await balance(1)).toBe(99);
      expect(await entries()).toBe(1);
      // The connection goes on normally afterwards.
      await transfer(client, 9);
      expect(await balance(1)).toBe(90);
    } finally {
      client.release();
    }
  });

  it('answers the error of a statement sent with START TRANSACTION, and the transaction rolls back whole', async () => {
    const client = await pool.connect();
    try {
      await transfer(client, 1);
      await client.query('START TRANSACTION');
      // The balance may not go below zero.
      await expect(client.query({ ...UPDATE, values: [1, 1000] })).rejects.toMatchObject({ code: '23514' });
      await client.query('ROLLBACK');
      expect(await balance(1)).toBe(99);
    } finally {
      client.release();
    }
  });

  it('carries nothing to the next borrower of a connection left inside a transaction', async () => {
    const single = new Pool({ connectionString: databaseUrl(DB), max: 1, Client: pipelinedTransactions(Client) });
    try {
      const first = await single.connect();
      await first.query('START TRANSACTION');
      first.release();
      const second = await single.connect();
      await second.query(`UPDATE accounts SET balance = 7 WHERE id = 2`);
      second.release();
      // Committed on its own: visible to another connection.
      expect(await balance(2)).toBe(7);
    } finally {
      await single.end();
    }
  });

  it('serialises two writers on one row: both transfers land, in either order', async () => {
    const [a, b] = [await pool.connect(), await pool.connect()];
    try {
      for (const c of [a, b]) await transfer(c, 1); // both prepared
      const writer = async (c: PoolClient) => {
        for (let i = 0; i < 10; i++) await transfer(c, 1);
      };
      await Promise.all([writer(a), writer(b)]);
      expect(await balance(1)).toBe(100 - 2 - 20);
      expect(await entries()).toBe(22);
    } finally {
      a.release();
      b.release();
    }
  });
});
