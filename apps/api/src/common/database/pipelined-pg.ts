import { Client, Query, type QueryResult } from 'pg';

// pg's own serialiser for Bind values, the one its Query uses (pg exports lib/*; it has no types for it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => string | Buffer | null };

/** One statement of a pipeline: text, parameters, and the prepared statement's name when it has one. */
export interface Statement {
  text: string;
  values?: unknown[];
  name?: string;
}

/** What pg's Connection offers a Query (pg has no public type for it). */
interface Wire {
  stream: { cork?(): void; uncork?(): void };
  parsedStatements: Record<string, string>;
  parse(q: { text: string }): void;
  bind(q: { portal: string; statement: string; values: (string | Buffer | null)[] }): void;
  describe(q: { type: 'P'; name: string }): void;
  execute(q: { portal: string }): void;
  sync(): void;
}

/** pg's Query handlers, which its types do not declare. */
interface QueryHandlers {
  handleRowDescription(msg: unknown): void;
  handleDataRow(msg: unknown): void;
  handleCommandComplete(msg: unknown, wire: unknown): void;
  handleEmptyQuery(wire: unknown): void;
}
const base = Query.prototype as unknown as QueryHandlers;

const BEGIN = 'START TRANSACTION';

interface Prepared {
  text: string;
  name?: string;
  values: (string | Buffer | null)[];
}

/** Serialised up front, so a value pg cannot send fails the call before anything of it is written. */
const prepared = (s: Statement): Prepared => ({ text: s.text, name: s.name, values: (s.values ?? []).map((v) => prepareValue(v)) });

/** Whether the connection has `name` parsed (confirmed by PostgreSQL, not only sent). */
const isParsed = (wire: Pick<Wire, 'parsedStatements'>, name: string | undefined) => !!name && wire.parsedStatements[name] !== undefined;

/**
 * Several statements written to PostgreSQL at once with one Sync (the extended protocol's pipeline): those before
 * `main` run first, in order, in the same round trip, and only `main`'s result is answered. An error in any
 * of them answers that error, and PostgreSQL skips the rest up to the Sync: nothing after a failed statement runs
 * (a COMMIT behind a failed write does not commit).
 */
class PipelinedQuery extends Query {
  /** Statements answered so far (each ends with CommandComplete or EmptyQueryResponse). */
  private answered = 0;
  private readonly statements: Prepared[];
  private readonly mainAt: number;

  constructor(before: Statement[], main: Statement, callback: (err: Error | null, res?: QueryResult) => void) {
    super({ text: main.text, name: main.name });
    (this as unknown as { callback: typeof callback }).callback = callback;
    this.statements = [...before, main].map(prepared);
    this.mainAt = before.length;
  }

  override submit = (connection: unknown): void => {
    const wire = connection as Wire;
    wire.stream.cork?.();
    try {
      this.statements.forEach((s, i) => {
        // A named statement the connection has not confirmed is parsed unnamed: a pipeline never has to learn which
        // of its Parses succeeded. (Callers send such statements on their own first: see PipelinedClient.)
        const named = isParsed(wire, s.name);
        if (!named) wire.parse({ text: s.text });
        wire.bind({ portal: '', statement: named ? s.name! : '', values: s.values });
        if (i === this.mainAt) wire.describe({ type: 'P', name: '' });
        wire.execute({ portal: '' });
      });
      wire.sync();
    } finally {
      wire.stream.uncork?.();
    }
  };

  private get atMain(): boolean {
    return this.answered === this.mainAt;
  }

  handleRowDescription(msg: unknown): void {
    if (this.atMain) base.handleRowDescription.call(this, msg);
  }

  handleDataRow(msg: unknown): void {
    if (this.atMain) base.handleDataRow.call(this, msg);
  }

  handleCommandComplete(msg: unknown, wire: unknown): void {
    if (this.atMain) base.handleCommandComplete.call(this, msg, wire);
    this.answered += 1;
  }

  handleEmptyQuery(wire: unknown): void {
    if (this.atMain) base.handleEmptyQuery.call(this, wire);
    this.answered += 1;
  }
}

const done = (command: string): QueryResult => ({ command, rowCount: null, oid: 0, fields: [], rows: [] });

/** A promise-style query with text (values, a name) as a pipeline statement; null for anything else. */
function statementOf(config: unknown, values: unknown, callback: unknown): Statement | null {
  if (callback !== undefined || typeof values === 'function') return null;
  if (typeof config === 'string') return { text: config, values: values as unknown[] | undefined };
  const c = config as { text?: unknown; values?: unknown[]; name?: string; submit?: unknown; rows?: unknown; rowMode?: unknown; types?: unknown; binary?: unknown } | null;
  if (!c || typeof c.text !== 'string' || typeof c.submit === 'function' || c.rows || c.rowMode || c.types || c.binary) return null;
  return { text: c.text, values: c.values ?? (values as unknown[] | undefined), name: c.name };
}

/**
 * A pg Client that spends fewer round trips on transactions (issue 24, measured by `npm run bench`: a card order
 * made four round trips to PostgreSQL, each a write and a read on the api's one thread and a backend woken up):
 * - TypeORM's START TRANSACTION is not sent alone but written with the transaction's first statement; a
 *   transaction that sends nothing (COMMIT or ROLLBACK right after it) costs no round trip at all.
 * - A write deferred to commit (DeferredWrites, through carryToNextStatement) is written with the COMMIT, or with
 *   whatever statement the transaction sends next.
 * The statements still run one after another, in the same transaction, with the same errors; only the trips are
 * fewer. A callback query, a cursor or a stream, and a named statement this connection has not prepared yet, first
 * send what is carried on its own.
 */
export function pipelinedTransactions(Base: typeof Client): typeof Client {
  class PipelinedClient extends (Base as unknown as new (...args: unknown[]) => { query(config: unknown, values?: unknown, callback?: unknown): unknown }) {
    /** A START TRANSACTION is carried: nothing of the transaction has reached the server yet. */
    private beginCarried = false;
    /** Written ahead of the next statement sent: the carried START TRANSACTION, then writes deferred to commit. */
    private carried: Statement[] = [];

    private get wire(): Wire {
      return (this as unknown as { connection: Wire }).connection;
    }

    override query(config: unknown, values?: unknown, callback?: unknown): unknown {
      const plain = typeof config === 'string' && (values === undefined || (Array.isArray(values) && values.length === 0)) && callback === undefined;
      if (plain && config === BEGIN) {
        this.carried = [{ text: BEGIN }];
        this.beginCarried = true;
        return Promise.resolve(done('BEGIN'));
      }
      if (!this.carried.length) return super.query(config, values, callback);
      if (plain && (config === 'ROLLBACK' || (config === 'COMMIT' && this.beginCarried && this.carried.length === 1))) {
        // What is carried never reaches the server: a transaction it never saw begin needs no ROLLBACK, an empty one no COMMIT.
        const begun = !this.beginCarried;
        this.drop();
        return begun ? super.query('ROLLBACK') : Promise.resolve(done(config));
      }
      const carried = this.carried;
      this.drop();
      const main = statementOf(config, values, callback);
      if (main && (!main.name || isParsed(this.wire, main.name))) return this.send(carried, main);
      // What is carried goes first, on its own round trip. A named statement not prepared on this connection yet
      // follows once it is answered (pg prepares it then), so an error in what was carried is the one answered.
      const first = this.send(carried.slice(0, -1), carried[carried.length - 1]);
      if (main) return first.then(() => super.query(config, values));
      // A callback query, a cursor or a stream answers synchronously: it is queued right behind (a carried error
      // aborts the transaction, so it fails too).
      first.catch(() => undefined);
      return super.query(config, values, callback);
    }

    /** Carries `statement` to be written ahead of the next one sent; false when it is a named statement not prepared here yet. */
    carry(statement: Statement): boolean {
      if (statement.name && !isParsed(this.wire, statement.name)) return false;
      this.carried.push(statement);
      return true;
    }

    private drop(): void {
      this.carried = [];
      this.beginCarried = false;
    }

    private releaseToPool?: unknown;

    /**
     * pg-pool sets `release` on every client it hands out: a new borrower starts with nothing carried from the last
     * one (a transaction left without COMMIT or ROLLBACK must not wrap the next borrower's statements).
     */
    set release(release: unknown) {
      this.drop();
      this.releaseToPool = release;
    }

    get release(): unknown {
      return this.releaseToPool;
    }

    private send(before: Statement[], main: Statement): Promise<QueryResult> {
      let pipeline: PipelinedQuery | undefined;
      // Values are serialised in the constructor: one pg cannot send rejects here, before anything is written.
      const answer = new Promise<QueryResult>((resolve, reject) => {
        pipeline = new PipelinedQuery(before, main, (err, res) => (err ? reject(err) : resolve(res!)));
      });
      if (pipeline) super.query(pipeline);
      return answer;
    }
  }
  return PipelinedClient as unknown as typeof Client;
}

/**
 * Writes `statement` (its result unused) ahead of the next statement `client` sends in this transaction, usually
 * the COMMIT, in the same round trip. False when the client cannot (then send it yourself).
 */
export function carryToNextStatement(client: unknown, statement: Statement): boolean {
  const c = client as { carry?(s: Statement): boolean };
  return typeof c.carry === 'function' && c.carry(statement);
}
