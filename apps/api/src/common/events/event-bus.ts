import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import type { DomainEvent, EventClass } from './domain-event';

type Handler<E> = (event: E) => unknown;

interface Registration {
  type: EventClass<DomainEvent>;
  name: string;
  handler: Handler<DomainEvent>;
}

/** What waits on a transaction's query runner until it commits (or is dropped when it rolls back). */
interface Pending {
  depth: number;
  run: () => void;
}

const PENDING = Symbol('mengyuan.afterCommit');
type RunnerData = { [PENDING]?: Pending[] };

const depthOf = (qr: QueryRunner) => (qr as unknown as { transactionDepth: number }).transactionDepth;

/**
 * The one event bus (DESIGN.md §3). A module publishes its facts with `publish` inside the transaction of
 * the change; then
 * - `onTransaction` handlers run at once, in that transaction, in registration order: audit records,
 *   webhook deliveries, notifications, counters. A handler that throws rolls the whole change back.
 * - `afterCommit` subscribers run only once the outermost transaction has committed, outside it, and
 *   never for a change that rolled back: live updates, cache invalidation. Their failures are logged.
 * Subscribing to a base class receives its subclasses (DomainEvent receives everything).
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly log = new Logger(EventBus.name);
  private readonly inTransaction: Registration[] = [];
  private readonly committed: Registration[] = [];

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const listener: EntitySubscriberInterface = {
      afterTransactionCommit: (e: TransactionCommitEvent) => this.settle(e.queryRunner, true),
      afterTransactionRollback: (e: TransactionRollbackEvent) => this.settle(e.queryRunner, false),
    };
    this.dataSource.subscribers.push(listener);
  }

  onTransaction<E extends DomainEvent>(type: EventClass<E>, name: string, handler: Handler<E>): void {
    this.inTransaction.push({ type, name, handler: handler as Handler<DomainEvent> });
  }

  afterCommit<E extends DomainEvent>(type: EventClass<E>, name: string, handler: Handler<E>): void {
    this.committed.push({ type, name, handler: handler as Handler<DomainEvent> });
  }

  /** Publishes inside the caller's transaction (refused outside one: a fact must commit with its change). */
  async publish(event: DomainEvent): Promise<void> {
    if (!this.txHost.isTransactionActive()) throw new Error(`event ${event.type} must be published inside the transaction of its change`);
    for (const r of this.inTransaction) if (event instanceof r.type) await r.handler(event);
    const subscribers = this.committed.filter((r) => event instanceof r.type);
    if (subscribers.length) {
      this.whenCommitted(() => {
        for (const r of subscribers) {
          Promise.resolve()
            .then(() => r.handler(event))
            .catch((err: unknown) => this.log.error(`after-commit subscriber ${r.name} failed on ${event.type}: ${(err as Error)?.stack ?? String(err)}`));
        }
      });
    }
  }

  /** Runs `fn` once the current transaction commits; never if it rolls back. */
  whenCommitted(fn: () => void): void {
    const qr = this.txHost.tx.queryRunner;
    if (!qr) throw new Error('whenCommitted needs a transaction');
    const data = qr.data as RunnerData;
    (data[PENDING] ??= []).push({ depth: depthOf(qr), run: fn });
  }

  private settle(qr: QueryRunner, committed: boolean): void {
    const data = qr.data as RunnerData;
    const pending = data[PENDING];
    if (!pending?.length) return;
    if (!committed) {
      // A savepoint rolled back drops only what was queued inside it; the outermost drops everything.
      data[PENDING] = qr.isTransactionActive ? pending.filter((p) => p.depth <= depthOf(qr)) : [];
      return;
    }
    if (qr.isTransactionActive) return; // a savepoint released: wait for the real commit
    data[PENDING] = [];
    setImmediate(() => {
      for (const p of pending) {
        try {
          p.run();
        } catch (err) {
          this.log.error(`after-commit work failed: ${(err as Error)?.stack ?? String(err)}`);
        }
      }
    });
  }
}
