import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { frameSlot, TransactionFrames } from '../unit-of-work/frames';
import type { DomainEvent, EventClass } from './domain-event';

type Handler<E> = (event: E) => unknown;

interface Registration {
  type: EventClass<DomainEvent>;
  name: string;
  handler: Handler<DomainEvent>;
}

/** After-commit work queued by a frame (the transaction or a savepoint): a released savepoint's joins its parent's. */
const AFTER_COMMIT = frameSlot<(() => void)[]>('after-commit work', () => [], (into, from) => void into.push(...from));

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
  /** Who receives an event class, worked out on its first publish (hot path, measured: every order publishes three). */
  private readonly routes = new Map<unknown, { inTransaction: Registration[]; committed: Registration[] }>();

  constructor(private readonly frames: TransactionFrames) {}

  onModuleInit(): void {
    this.frames.listen({ afterCommit: (read) => this.settle(read(AFTER_COMMIT)) });
  }

  onTransaction<E extends DomainEvent>(type: EventClass<E>, name: string, handler: Handler<E>): void {
    this.inTransaction.push({ type, name, handler: handler as Handler<DomainEvent> });
    this.routes.clear();
  }

  afterCommit<E extends DomainEvent>(type: EventClass<E>, name: string, handler: Handler<E>): void {
    this.committed.push({ type, name, handler: handler as Handler<DomainEvent> });
    this.routes.clear();
  }

  /** Publishes inside the caller's transaction (refused outside one: a fact must commit with its change). */
  async publish(event: DomainEvent): Promise<void> {
    if (!this.frames.active) throw new Error(`event ${event.type} must be published inside the transaction of its change`);
    const { inTransaction, committed: subscribers } = this.routesOf(event);
    for (const r of inTransaction) {
      const done = r.handler(event);
      // A handler that finished synchronously is not awaited (no extra turn of the microtask queue per handler).
      if (typeof (done as PromiseLike<unknown> | undefined)?.then === 'function') await done;
    }
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

  private routesOf(event: DomainEvent): { inTransaction: Registration[]; committed: Registration[] } {
    let routes = this.routes.get(event.constructor);
    if (!routes) {
      routes = { inTransaction: this.inTransaction.filter((r) => event instanceof r.type), committed: this.committed.filter((r) => event instanceof r.type) };
      this.routes.set(event.constructor, routes);
    }
    return routes;
  }

  /** Runs `fn` once the current transaction commits; never if it (or the savepoint it was queued in) rolls back. */
  whenCommitted(fn: () => void): void {
    this.frames.current(AFTER_COMMIT).push(fn);
  }

  private settle(pending: (() => void)[] | undefined): void {
    if (!pending?.length) return;
    setImmediate(() => {
      for (const run of pending) {
        try {
          run();
        } catch (err) {
          this.log.error(`after-commit work failed: ${(err as Error)?.stack ?? String(err)}`);
        }
      }
    });
  }
}
