import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/actor';
import type { RequestWithActor } from '../../../common/authorize.decorator';
import { Clock } from '../../../common/clock';
import { DATABASE_URL } from '../../../database/database.module';
import { ActorService } from '../../auth/services/actor.service';

/** The one channel every api instance listens on. */
export const LIVE_CHANNEL = 'mengyuan_live';

export type LiveTopic = 'ticket' | 'ticket_message' | 'notification' | 'order';

/** All a NOTIFY carries: what changed, never its data (payloads cap at 8,000 bytes; subscribers refetch with their permissions). */
export interface LiveMessage {
  topic: LiveTopic;
  id: string;
  version: number;
}

interface Listener {
  topic: LiveTopic;
  deliver(message: LiveMessage): void;
}

/** What a subscription's context carries once the socket is authenticated. */
export interface LiveContext {
  req?: RequestWithActor;
  socket?: { close(code?: number, reason?: string): void; readyState?: number };
  liveExpiresAt?: number | null;
}

const MAX_QUEUE = 100;
const RETRY_MAX_MS = 30_000;

/**
 * Live updates across api instances (DESIGN.md §2.11). After-commit subscribers NOTIFY `{topic, id, version}`
 * on PostgreSQL; every instance holds one dedicated LISTEN connection (reconnecting with backoff: a lost
 * connection never takes the process down) and hands each message to its local GraphQL subscriptions, which
 * refetch the object with their own subscriber's permissions and drop what is not theirs.
 */
@Injectable()
export class LiveService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(LiveService.name);
  private readonly listeners = new Set<Listener>();
  private client: Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private stopped = false;
  private readonly expiryTimers = new WeakSet<object>();

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly dataSource: DataSource,
    private readonly actors: ActorService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Whether this instance is listening now (health, tests). */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'mengyuan-live' });
    client.on('error', (err) => {
      this.log.warn(`live updates: listening connection failed: ${err.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    client.on('notification', (n) => this.dispatch(n.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.client = client;
      if (this.attempts) this.log.log('live updates: listening again');
      this.attempts = 0;
    } catch (err) {
      this.log.warn(`live updates: cannot listen (${(err as Error).message}); retrying`);
      this.reconnect(client);
    }
  }

  private reconnect(client: Client): void {
    if (this.client && this.client !== client) return;
    this.client = undefined;
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

  /** Tells every instance (this one included) that something changed. Called after commit only. */
  async publish(topic: LiveTopic, id: string, version: number = Date.now()): Promise<void> {
    const payload = JSON.stringify({ topic, id, version } satisfies LiveMessage);
    await this.dataSource.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
  }

  private dispatch(payload: string | undefined): void {
    let message: LiveMessage;
    try {
      message = JSON.parse(payload ?? '') as LiveMessage;
      if (typeof message?.topic !== 'string' || typeof message.id !== 'string') return;
    } catch {
      return;
    }
    for (const l of this.listeners) if (l.topic === message.topic) l.deliver(message);
  }

  /**
   * A subscription's stream: each message of the topic is turned into the subscriber's view by `load` (null:
   * not theirs, or unchanged), in order. `initial` is sent first (a resume). Bounded: a slow client loses
   * the oldest updates, never the process's memory.
   */
  stream<T>(topic: LiveTopic, load: (m: LiveMessage) => Promise<T | null>, initial: () => Promise<T[]> = async () => []): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((r: IteratorResult<T>) => void) | null = null;
    let done = false;
    let chain = Promise.resolve();
    const push = (value: T) => {
      if (done) return;
      if (waiting) {
        const w = waiting;
        waiting = null;
        w({ value, done: false });
      } else {
        queue.push(value);
        if (queue.length > MAX_QUEUE) queue.shift();
      }
    };
    const listener: Listener = {
      topic,
      deliver: (m) => {
        chain = chain
          .then(() => load(m))
          .then((v) => (v === null ? undefined : push(v)))
          .catch((err: unknown) => this.log.warn(`live updates: ${topic} ${m.id}: ${(err as Error)?.message ?? String(err)}`));
      },
    };
    this.listeners.add(listener);
    chain = chain.then(async () => (await initial()).forEach(push)).catch((err: unknown) => this.log.warn(`live updates: resume failed: ${(err as Error)?.message}`));
    const finish = async (): Promise<IteratorResult<T>> => {
      done = true;
      this.listeners.delete(listener);
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return { value: undefined, done: true };
    };
    return {
      next: () => (queue.length ? Promise.resolve({ value: queue.shift()!, done: false }) : done ? Promise.resolve({ value: undefined, done: true }) : new Promise((r) => (waiting = r))),
      return: finish,
      throw: async (err: unknown) => {
        await finish();
        throw err;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /**
   * graphql-ws authentication: connection_init carries `authorization: Bearer …` or `x-api-key` (at the top
   * level or under `headers`), resolved by the same ActorService as HTTP. The actor lands in the context as
   * `req.actor`, so the same guard and @Authorize rules apply to subscriptions.
   */
  subscriptionOptions() {
    return {
      keepAlive: 30_000,
      context: (socket: LiveContext['socket']) => ({ socket }),
      onConnect: async (data: { payload?: Record<string, unknown> | null }) => {
        const raw = (data.payload?.headers ?? data.payload ?? {}) as Record<string, unknown>;
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
        const req: RequestWithActor = { headers: { authorization: headers.authorization, 'x-api-key': headers['x-api-key'] }, ip: '' };
        const actor = await this.actors.resolve(req).catch(() => null);
        if (!actor) return false;
        req.actor = actor;
        return { req, liveExpiresAt: actor.kind === 'user' ? this.expiryOf(headers.authorization) : null } satisfies LiveContext;
      },
    };
  }

  private expiryOf(authorization: string | undefined): number | null {
    try {
      const exp = decodeJwt(authorization?.replace(/^Bearer\s+/i, '') ?? '').exp;
      return typeof exp === 'number' ? exp * 1000 : null;
    } catch {
      return null;
    }
  }

  /** Closes the socket when its token expires (once per socket), and says whether it is still valid now. */
  guard(ctx: LiveContext): Actor {
    const actor = ctx.req?.actor;
    if (!actor) throw new Error('subscription without an authenticated connection');
    const socket = ctx.socket;
    if (socket && ctx.liveExpiresAt && !this.expiryTimers.has(socket)) {
      this.expiryTimers.add(socket);
      const ms = Math.max(0, Math.min(2 ** 31 - 1, ctx.liveExpiresAt - this.clock.now().getTime()));
      setTimeout(() => socket.close(4403, 'Forbidden: the access token expired'), ms).unref();
    }
    return actor;
  }

  /** Per event: a connection whose token has expired gets nothing more, and is closed. */
  stillValid(ctx: LiveContext): boolean {
    if (!ctx.liveExpiresAt || this.clock.now().getTime() < ctx.liveExpiresAt) return true;
    ctx.socket?.close(4403, 'Forbidden: the access token expired');
    return false;
  }
}
