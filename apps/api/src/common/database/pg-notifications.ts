import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DIRECT_DATABASE_URL } from './tokens';

type Handler = (payload: string) => void;

const RETRY_MAX_MS = 30_000;
/**
 * Notices sent within this many milliseconds go to PostgreSQL in one statement (measured: `npm run bench`; a
 * statement per committed order was a round trip of its own, and the api's CPU per order is mostly its socket
 * writes). Listeners hear them a few milliseconds later, in the order they were sent.
 */
const COALESCE_MS = 5;
/** A batch is sent at once when it reaches this many notices. */
const MAX_BATCH = 200;

interface PendingNotice {
  channel: string;
  payload: string;
  settle: (error?: unknown) => void;
}

/**
 * PostgreSQL LISTEN/NOTIFY for every api instance: one dedicated listening connection per process, for every
 * channel, reconnecting with backoff (a lost connection never takes the process down). Whoever relies on hearing
 * every notification (a cache that must be invalidated) checks `listening` and is told when it was deaf.
 */
@Injectable()
export class PgNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(PgNotifications.name);
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly deafHandlers = new Set<() => void>();
  private client: Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private stopped = false;
  private pending: PendingNotice[] = [];
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(DIRECT_DATABASE_URL) private readonly databaseUrl: string,
    private readonly dataSource: DataSource,
  ) {}

  /** Hears a channel on this instance (call in onModuleInit; listening starts at bootstrap). */
  listen(channel: string, handler: Handler): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
    let set = this.handlers.get(channel);
    if (!set) {
      this.handlers.set(channel, (set = new Set()));
      this.client?.query(`LISTEN ${channel}`).catch((err: Error) => this.log.warn(`LISTEN ${channel}: ${err.message}`));
    }
    set.add(handler);
  }

  /** Called whenever notifications may have been missed (the connection was lost, or never made). */
  onDeaf(handler: () => void): void {
    this.deafHandlers.add(handler);
  }

  /** Whether this instance hears notifications right now. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  /** Tells every instance (this one included). */
  notify(channel: string, payload: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ channel, payload, settle: (error) => (error === undefined ? resolve() : reject(error as Error)) });
      if (this.pending.length >= MAX_BATCH) this.flush();
      else this.flushTimer ??= setTimeout(() => this.flush(), COALESCE_MS);
    });
  }

  private flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return Promise.resolve();
    return this.dataSource
      .query('SELECT count(*) FROM (SELECT pg_notify(n.channel, n.payload) FROM unnest($1::text[], $2::text[]) AS n(channel, payload)) sent', [
        batch.map((n) => n.channel),
        batch.map((n) => n.payload),
      ])
      .then(
        () => batch.forEach((n) => n.settle()),
        (error: unknown) => batch.forEach((n) => n.settle(error ?? new Error('notify failed'))),
      );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'mengyuan-listen' });
    client.on('error', (err) => {
      this.log.warn(`listening connection failed: ${err.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    client.on('notification', (n) => {
      for (const h of this.handlers.get(n.channel) ?? []) {
        try {
          h(n.payload ?? '');
        } catch (err) {
          this.log.warn(`notification on ${n.channel}: ${(err as Error).message}`);
        }
      }
    });
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
      this.client = client;
      if (this.attempts) this.log.log('listening again');
      this.attempts = 0;
      // Whatever was sent while nobody listened is lost: those who depend on it start afresh.
      this.deafHandlers.forEach((h) => h());
    } catch (err) {
      this.log.warn(`cannot listen (${(err as Error).message}); retrying`);
      this.reconnect(client);
    }
  }

  private reconnect(client: Client): void {
    if (this.client && this.client !== client) return;
    this.client = undefined;
    this.deafHandlers.forEach((h) => h());
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped || this.retryTimer) return;
    const delay = Math.min(RETRY_MAX_MS, 500 * 2 ** this.attempts++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}
