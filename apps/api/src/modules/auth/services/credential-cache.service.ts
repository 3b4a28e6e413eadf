import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { PgNotifications } from '../../../common/database/pg-notifications';
import { OrganizationStatusChangedEvent } from '../../organizations/organizations.events';
import { TeamChangedEvent } from '../auth.events';

const CHANNEL = 'mengyuan_credentials';
/** The notice's payload must fit PostgreSQL's 8,000 bytes; a change naming more falls back to "everyone's". */
const MAX_PAYLOAD = 7_900;
/** A resolved caller is reused at most this long even if no change is heard (a safety net, not the rule). */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Whose credentials a change concerns (ids): a person (every session), one session (a refresh-token family),
 * an API key, or everyone of an organisation; `everyone` when too many to name (each holder checks its own
 * again). Empty: nobody's standing changed, only caches are cleared.
 */
export interface CredentialChange {
  users?: string[];
  families?: string[];
  keys?: string[];
  orgs?: string[];
  everyone?: boolean;
}

function parseChange(payload: string): CredentialChange {
  try {
    const raw = JSON.parse(payload) as Record<string, unknown>;
    const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
    return { users: ids(raw?.users), families: ids(raw?.families), keys: ids(raw?.keys), orgs: ids(raw?.orgs), everyone: raw?.everyone === true };
  } catch {
    return {};
  }
}

/**
 * Who a credential is, remembered so a request costs no identity round trip (measured: `npm run bench`), and
 * forgotten at once when anything that decides it changes: a session ended, a password changed, a key
 * revoked, a person's roles or an organisation's standing changed. The change clears this process's memory in
 * its transaction and again when it commits, and tells every other instance over PostgreSQL NOTIFY; an
 * instance that cannot hear such notices (its listening connection is down) does not remember at all. The
 * notice names whose credentials changed, so whatever holds a credential open (a live-updates socket) can
 * close that person's, key's or organisation's connections on every instance (`onChange`).
 */
@Injectable()
export class CredentialCache implements OnModuleInit {
  private readonly entries = new Map<string, { at: number; value: unknown }>();
  private readonly changeHandlers = new Set<(change: CredentialChange) => void>();

  constructor(
    private readonly notifications: PgNotifications,
    private readonly events: EventBus,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.notifications.listen(CHANNEL, (payload) => {
      this.entries.clear();
      const change = parseChange(payload);
      for (const handler of this.changeHandlers) handler(change);
    });
    this.notifications.onDeaf(() => this.entries.clear());
    this.events.onTransaction(OrganizationStatusChangedEvent, 'auth.credential-cache', (e) => this.forgetOnCommit({ orgs: [e.organization.id] }));
    // A person's roles changed (or the person was disabled): who their token says they are changed with them.
    this.events.onTransaction(TeamChangedEvent, 'auth.credential-cache.team', (e) => this.forgetOnCommit(e.subject.type === 'user' ? { users: [e.subject.id] } : {}));
  }

  /**
   * Hears every committed change of credentials, on every instance (this one included), after this process
   * has forgotten what it remembered of them.
   */
  onChange(handler: (change: CredentialChange) => void): void {
    this.changeHandlers.add(handler);
  }

  get<T>(key: string): T | undefined {
    if (!this.notifications.listening) return undefined;
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at > TTL_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value as T;
  }

  set(key: string, value: unknown): void {
    if (!this.notifications.listening) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { at: Date.now(), value });
  }

  /**
   * Something that decides who a credential is changes in the current transaction: forget everything now (so
   * no request refills this process from the old rows), again at commit, and tell every instance whose.
   */
  forgetOnCommit(change: CredentialChange = {}): void {
    this.entries.clear();
    const tell = () => {
      this.entries.clear();
      let payload = JSON.stringify(change);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ everyone: true } satisfies CredentialChange);
      void this.notifications.notify(CHANNEL, payload).catch(() => undefined);
    };
    if (this.txHost.isTransactionActive()) this.events.whenCommitted(tell);
    else tell();
  }
}
