import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { PgNotifications } from '../../../database/pg-notifications';
import { OrganizationStatusChangedEvent } from '../../organizations/organizations.events';
import { TeamChangedEvent } from '../auth.events';

const CHANNEL = 'mengyuan_credentials';
/** A resolved caller is reused at most this long even if no change is heard (a safety net, not the rule). */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Who a credential is, remembered so a request costs no identity round trip (measured: `npm run bench`), and
 * forgotten at once when anything that decides it changes: a session ended, a password changed, a key
 * revoked, a person's roles or an organisation's standing changed. The change clears this process's memory in
 * its transaction and again when it commits, and tells every other instance over PostgreSQL NOTIFY; an
 * instance that cannot hear such notices (its listening connection is down) does not remember at all.
 */
@Injectable()
export class CredentialCache implements OnModuleInit {
  private readonly entries = new Map<string, { at: number; value: unknown }>();

  constructor(
    private readonly notifications: PgNotifications,
    private readonly events: EventBus,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.notifications.listen(CHANNEL, () => this.entries.clear());
    this.notifications.onDeaf(() => this.entries.clear());
    this.events.onTransaction(OrganizationStatusChangedEvent, 'auth.credential-cache', () => this.forgetOnCommit());
    // A person's roles changed (or the person was disabled): who their token says they are changed with them.
    this.events.onTransaction(TeamChangedEvent, 'auth.credential-cache.team', () => this.forgetOnCommit());
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
   * no request refills this process from the old rows), again at commit, and tell the other instances.
   */
  forgetOnCommit(): void {
    this.entries.clear();
    const tell = () => {
      this.entries.clear();
      void this.notifications.notify(CHANNEL, '').catch(() => undefined);
    };
    if (this.txHost.isTransactionActive()) this.events.whenCommitted(tell);
    else tell();
  }
}
