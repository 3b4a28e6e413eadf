import { ErrorCode, OrganizationKind } from '@mengyuan/domain';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { decodeJwt } from 'jose';
import type { Actor } from '../../../common/actor';
import type { RequestWithActor } from '../../../common/authorize.decorator';
import { Clock } from '../../../common/clock';
import { AppError, unauthenticated } from '../../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { PgNotifications } from '../../../common/database/pg-notifications';
import { ActorService } from '../../auth/services/actor.service';
import { CredentialCache, type CredentialChange } from '../../auth/services/credential-cache.service';

/** The one channel every api instance listens on. */
export const LIVE_CHANNEL = 'mengyuan_live';

export type LiveTopic = 'ticket' | 'ticket_message' | 'notification' | 'order';

/**
 * Who may hear of a change: the organisations allowed to see it (alliance staff see everything), or the people
 * it is for (a notification). Absent: anyone subscribed to the topic refetches.
 */
export interface LiveAudience {
  orgs?: string[];
  users?: string[];
}

/**
 * All a NOTIFY carries: what changed and who may see it, never its data (payloads cap at 8,000 bytes;
 * subscribers refetch with their permissions).
 */
export interface LiveMessage extends LiveAudience {
  topic: LiveTopic;
  id: string;
  version: number;
}

/**
 * One fetch per message for every subscriber of one permission group (same organisation, kind, roles or
 * scopes): what it fetches must depend on nothing else of the subscriber — name anything personal in `what`.
 */
export type SharedFetch = <T>(what: string, fetch: () => Promise<T>) => Promise<T>;

/** A NOTIFY payload must stay under PostgreSQL's 8,000 bytes; an audience too large to name is dropped (anyone refetches). */
const MAX_PAYLOAD = 7_900;
const MAX_QUEUE = 100;
const CLOSE_FORBIDDEN = 4403;

interface Listener {
  topic: LiveTopic;
  actor: Actor;
  group: string;
  deliver(message: LiveMessage, shared: SharedFetch): void;
}

/**
 * One graphql-ws socket, seen from the moment it opens: what its connection_init and subscribe messages carried,
 * who it authenticated as, how many subscriptions it holds. Closed at once when its credential is revoked.
 */
export class LiveSocket {
  /** connection_init's payload (the credential). */
  init: Record<string, unknown> | null = null;
  req: RequestWithActor | null = null;
  actor: Actor | null = null;
  expiresAt: number | null = null;
  subscriptions = 0;
  closed = false;
  /** Each subscribe message's variables by its id, for the complexity check, until the subscription completes. */
  readonly variables = new Map<string, Record<string, unknown>>();
  expiryTimer: NodeJS.Timeout | undefined;

  constructor(readonly socket: WsSocket) {}

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.expiryTimer);
    this.socket.close(CLOSE_FORBIDDEN, reason);
  }
}

/** The parts of a `ws` WebSocket used here. */
interface WsSocket {
  close(code?: number, reason?: string): void;
  on(event: 'message', listener: (data: Buffer | ArrayBuffer | Buffer[]) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** What a subscription's context carries once the socket is authenticated. */
export interface LiveContext {
  req?: RequestWithActor;
  live?: LiveSocket;
}

/** The variables a subscribe message carried, for the document limits' complexity check (Mercurius passes none). */
export function subscriptionVariables(context: unknown, id: unknown): Record<string, unknown> {
  const live = (context as LiveContext | undefined)?.live;
  if (!live || (typeof id !== 'string' && typeof id !== 'number')) return {};
  return live.variables.get(String(id)) ?? {};
}

const isAllianceActor = (a: Actor) => a.organizationKind === OrganizationKind.ALLIANCE;

/** Subscribers whose fetches may be shared: what they are allowed to see is decided by exactly these. */
function permissionGroup(a: Actor): string {
  const grants = a.kind === 'user' ? [...a.roles].sort() : [...a.scopes].sort();
  return [a.kind, a.organizationId, a.organizationKind, a.organizationStatus, grants.join(',')].join('|');
}

function concerns(a: Actor, change: CredentialChange): boolean {
  if (change.everyone || change.orgs?.includes(a.organizationId)) return true;
  if (a.kind === 'apiKey') return !!change.keys?.includes(a.apiKeyId);
  return !!(change.users?.includes(a.userId) || change.families?.includes(a.sessionFamilyId));
}

/** The same caller, with the same standing: anything else means the socket must start over. */
function sameStanding(a: Actor, b: Actor): boolean {
  return permissionGroup(a) === permissionGroup(b) && (a.kind === 'user' ? b.kind === 'user' && a.userId === b.userId && a.sessionFamilyId === b.sessionFamilyId : b.kind === 'apiKey' && a.apiKeyId === b.apiKeyId);
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

/**
 * Live updates across api instances (DESIGN.md §2.11). After-commit subscribers NOTIFY `{topic, id, version}`
 * and the organisations (or people) allowed to see the change on PostgreSQL; every instance hears it on its one
 * listening connection (PgNotifications) and hands it only to its local subscriptions of those organisations
 * (alliance staff: all), which refetch the object with their own permissions — once per message for all the
 * subscribers that share permissions — and drop what is not theirs. So a change costs reads in proportion to
 * who may see it, not to how many sockets are open.
 *
 * Sockets are held to a cap of subscriptions each, and closed on every instance the moment their credential is
 * revoked (a key revoked, a session signed out, a person disabled or given other roles, the organisation's
 * standing changed): auth's credential notices name whose, and this service closes theirs.
 */
@Injectable()
export class LiveService implements OnModuleInit {
  private readonly log = new Logger(LiveService.name);
  /** Listeners by topic, and by topic with `o:<organisation>`, `u:<user>` or `alliance`. */
  private readonly index = new Map<string, Set<Listener>>();
  private readonly sockets = new Map<WsSocket, LiveSocket>();
  /** Counts credential notices: an authentication that overlapped one is done again. */
  private credentialEpoch = 0;
  private readonly maxPerSocket: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly notifications: PgNotifications,
    private readonly actors: ActorService,
    private readonly credentials: CredentialCache,
    private readonly clock: Clock,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.maxPerSocket = config.live.maxSubscriptionsPerSocket;
  }

  onModuleInit(): void {
    this.notifications.listen(LIVE_CHANNEL, (payload) => this.dispatch(payload));
    this.credentials.onChange((change) => this.credentialsChanged(change));
    // Notices may have been missed while the listening connection was down: every socket is checked again.
    this.notifications.onDeaf(() => {
      if (this.notifications.listening) this.credentialsChanged({ everyone: true });
    });
    // Every socket from its first message on (Mercurius' hooks see neither connection_init's socket nor a
    // subscription's variables): the raw messages are read here, alongside Mercurius.
    const wss = (this.adapterHost.httpAdapter?.getInstance?.() as { websocketServer?: { on(event: 'connection', l: (socket: WsSocket) => void): void } } | undefined)?.websocketServer;
    if (!wss) throw new Error('live updates need @fastify/websocket registered on the server before the app is created (see create-app.ts)');
    wss.on('connection', (socket) => this.track(socket));
  }

  /** Whether this instance is listening now (health, tests). */
  get listening(): boolean {
    return this.notifications.listening;
  }

  /** Tells every instance (this one included) that something changed, and who may see it. Called after commit only. */
  async publish(topic: LiveTopic, id: string, audience: LiveAudience = {}, version: number = Date.now()): Promise<void> {
    let payload = JSON.stringify({ topic, id, version, ...audience } satisfies LiveMessage);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
      this.log.warn(`live updates: ${topic} ${id} names too many organisations for one notice; every subscriber of the topic checks it`);
      payload = JSON.stringify({ topic, id, version } satisfies LiveMessage);
    }
    await this.notifications.notify(LIVE_CHANNEL, payload);
  }

  private dispatch(payload: string | undefined): void {
    let message: LiveMessage;
    try {
      const raw = JSON.parse(payload ?? '') as Record<string, unknown>;
      if (typeof raw?.topic !== 'string' || typeof raw.id !== 'string') return;
      message = { topic: raw.topic as LiveTopic, id: raw.id, version: Number(raw.version) || 0, orgs: strings(raw.orgs), users: strings(raw.users) };
    } catch {
      return;
    }
    // One fetch per permission group and message: the first subscriber's promise serves the others.
    const fetches = new Map<string, Promise<unknown>>();
    for (const listener of this.recipients(message)) {
      const shared: SharedFetch = <T>(what: string, fetch: () => Promise<T>) => {
        const key = `${listener.group}\n${what}`;
        let p = fetches.get(key) as Promise<T> | undefined;
        if (!p) fetches.set(key, (p = fetch()));
        return p;
      };
      listener.deliver(message, shared);
    }
  }

  /** The listeners a message may concern, chosen before anything is fetched. */
  private recipients(m: LiveMessage): Iterable<Listener> {
    const { topic } = m;
    if (!m.orgs && !m.users) return this.index.get(topic) ?? [];
    const out = new Set<Listener>();
    if (m.users) {
      for (const u of m.users) {
        for (const l of this.index.get(`${topic}|u:${u}`) ?? []) if (!m.orgs || isAllianceActor(l.actor) || m.orgs.includes(l.actor.organizationId)) out.add(l);
      }
      return out;
    }
    for (const o of m.orgs ?? []) for (const l of this.index.get(`${topic}|o:${o}`) ?? []) out.add(l);
    for (const l of this.index.get(`${topic}|alliance`) ?? []) out.add(l);
    return out;
  }

  private keysOf(l: Listener): string[] {
    const keys = [l.topic, isAllianceActor(l.actor) ? `${l.topic}|alliance` : `${l.topic}|o:${l.actor.organizationId}`];
    if (l.actor.kind === 'user') keys.push(`${l.topic}|u:${l.actor.userId}`);
    return keys;
  }

  private add(l: Listener): void {
    for (const key of this.keysOf(l)) {
      let set = this.index.get(key);
      if (!set) this.index.set(key, (set = new Set()));
      set.add(l);
    }
  }

  private remove(l: Listener): void {
    for (const key of this.keysOf(l)) {
      const set = this.index.get(key);
      set?.delete(l);
      if (set?.size === 0) this.index.delete(key);
    }
  }

  /**
   * A subscription's stream: each message of the topic that concerns the subscriber is turned into its view by
   * `load` (null: not theirs, or unchanged), in order; `shared` fetches once for every subscriber with the same
   * permissions. `initial` is sent first (a resume). Bounded: a slow client loses the oldest updates, never the
   * process's memory.
   */
  stream<T>(
    ctx: LiveContext,
    topic: LiveTopic,
    load: (m: LiveMessage, shared: SharedFetch) => Promise<T | null>,
    initial: () => Promise<T[]> = async () => [],
  ): AsyncIterableIterator<T> {
    const actor = this.guard(ctx);
    const socket = ctx.live!;
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
      actor,
      group: permissionGroup(actor),
      deliver: (m, shared) => {
        chain = chain
          .then(() => (this.stillValid(ctx) ? load(m, shared) : null))
          .then((v) => (v === null ? undefined : push(v)))
          .catch((err: unknown) => this.log.warn(`live updates: ${topic} ${m.id}: ${(err as Error)?.message ?? String(err)}`));
      },
    };
    socket.subscriptions += 1;
    this.add(listener);
    chain = chain.then(async () => (await initial()).forEach(push)).catch((err: unknown) => this.log.warn(`live updates: resume failed: ${(err as Error)?.message}`));
    const finish = async (): Promise<IteratorResult<T>> => {
      if (!done) {
        done = true;
        socket.subscriptions -= 1;
        this.remove(listener);
      }
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
   * `req.actor`, so the same guard and @Authorize rules apply to subscriptions. The socket itself is
   * authenticated from the same payload when the context is built (so it can be closed on revocation before
   * it subscribes to anything); `onConnect` is Mercurius' gate and finds the credential remembered by then.
   */
  subscriptionOptions() {
    return {
      keepAlive: 30_000,
      context: async (socket: WsSocket) => {
        const live = this.sockets.get(socket);
        if (live) await this.authenticate(live);
        return { live } satisfies LiveContext;
      },
      onConnect: async (data: { payload?: Record<string, unknown> | null }) => {
        const req = requestFrom(data.payload);
        const actor = await this.actors.resolve(req).catch(() => null);
        if (!actor) return false;
        req.actor = actor;
        return { req } satisfies LiveContext;
      },
    };
  }

  /** Watches a new socket's messages: connection_init's credential and each subscription's variables. */
  private track(socket: WsSocket): LiveSocket {
    const live = new LiveSocket(socket);
    this.sockets.set(socket, live);
    socket.on('message', (data) => {
      let message: { type?: unknown; id?: unknown; payload?: { variables?: unknown } & Record<string, unknown> };
      try {
        const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
        message = JSON.parse(text) as typeof message;
      } catch {
        return; // Mercurius answers malformed messages
      }
      if (message?.type === 'connection_init') live.init = (message.payload ?? null) as Record<string, unknown> | null;
      else if ((message?.type === 'subscribe' || message?.type === 'start') && typeof message.id === 'string') {
        const v = message.payload?.variables;
        live.variables.set(message.id, v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
        // Refused before the check took them (a parse error): never more than a socket's worth kept.
        while (live.variables.size > Math.max(this.maxPerSocket, 50) + 10) live.variables.delete(live.variables.keys().next().value!);
      } else if ((message?.type === 'complete' || message?.type === 'stop') && typeof message.id === 'string') live.variables.delete(message.id);
    });
    socket.on('close', () => {
      live.closed = true;
      clearTimeout(live.expiryTimer);
      this.sockets.delete(socket);
    });
    return live;
  }

  /** Who the socket is, from its connection_init; again if a credential notice arrived meanwhile. */
  private async authenticate(live: LiveSocket): Promise<void> {
    const req = requestFrom(live.init);
    let actor: Actor | null = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const epoch = this.credentialEpoch;
      actor = await this.actors.resolve(req).catch(() => null);
      if (epoch === this.credentialEpoch) break;
    }
    if (!actor || live.closed) return;
    live.req = req;
    live.actor = actor;
    live.expiresAt = actor.kind === 'user' ? expiryOf(req) : null;
    if (live.expiresAt) {
      const ms = Math.max(0, Math.min(2 ** 31 - 1, live.expiresAt - this.clock.now().getTime()));
      live.expiryTimer = setTimeout(() => live.close('Forbidden: the access token expired'), ms);
      live.expiryTimer.unref();
    }
  }

  /** A credential notice: the sockets it concerns close at once; with `everyone`, each socket is checked again. */
  private credentialsChanged(change: CredentialChange): void {
    this.credentialEpoch += 1;
    for (const live of this.sockets.values()) {
      if (!live.actor || live.closed || !concerns(live.actor, change)) continue;
      if (!change.everyone) {
        live.close(closeReason(live.actor, change));
        continue;
      }
      // Checked again rather than closed: a database that is away keeps the socket; a refusal or a change closes it.
      const before = live.actor;
      this.actors.resolve(live.req!).then(
        (now) => (!now || !sameStanding(before, now) ? live.close('Forbidden: your access changed; connect again') : undefined),
        (err: unknown) => (err instanceof AppError && err.code === ErrorCode.UNAUTHENTICATED ? live.close('Forbidden: the credential is no longer valid') : undefined),
      );
    }
  }

  /**
   * The subscriber, checked as a subscription starts: the socket authenticated and still valid, and under the
   * cap of subscriptions per socket.
   */
  guard(ctx: LiveContext): Actor {
    const actor = ctx.req?.actor;
    const live = ctx.live;
    if (!actor || !live?.actor || live.closed || !sameStanding(actor, live.actor)) {
      live?.close('Forbidden: the credential is no longer valid');
      throw unauthenticated('This connection is not signed in (or its credential was revoked); connect again');
    }
    if (this.maxPerSocket && live.subscriptions >= this.maxPerSocket) {
      throw new AppError(
        ErrorCode.TOO_MANY_SUBSCRIPTIONS,
        `This connection already holds ${this.maxPerSocket} live subscriptions, the most one connection may hold; stop one before starting another`,
        { max: this.maxPerSocket },
      );
    }
    return actor;
  }

  /** Per event: a connection whose token has expired or whose credential was revoked gets nothing more. */
  stillValid(ctx: LiveContext): boolean {
    const live = ctx.live;
    if (!live || live.closed) return false;
    if (!live.expiresAt || this.clock.now().getTime() < live.expiresAt) return true;
    live.close('Forbidden: the access token expired');
    return false;
  }
}

function requestFrom(payload: Record<string, unknown> | null | undefined): RequestWithActor {
  const raw = (payload?.headers ?? payload ?? {}) as Record<string, unknown>;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
  return { headers: { authorization: headers.authorization, 'x-api-key': headers['x-api-key'] }, ip: '' };
}

function expiryOf(req: RequestWithActor): number | null {
  try {
    const authorization = req.headers.authorization;
    const exp = decodeJwt((typeof authorization === 'string' ? authorization : '').replace(/^Bearer\s+/i, '')).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function closeReason(a: Actor, change: CredentialChange): string {
  if (a.kind === 'apiKey' && change.keys?.includes(a.apiKeyId)) return 'Forbidden: the API key was revoked';
  if (a.kind === 'user' && change.families?.includes(a.sessionFamilyId)) return 'Forbidden: this session was signed out';
  if (a.kind === 'user' && change.users?.includes(a.userId)) return 'Forbidden: your sign-in or your access changed; connect again';
  return "Forbidden: your organisation's standing changed; connect again";
}
