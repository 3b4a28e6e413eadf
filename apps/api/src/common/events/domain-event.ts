import type { Actor } from '../actor';

/** How the audit chain records an event (DESIGN.md §2.10). */
export interface AuditRecord {
  organizationId: string | null;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  /**
   * On a hot path (orders, top-ups, risk raised from them): written to the outbox in the transaction and
   * chained moments later, so the chain's single lock is never on the caller's path.
   */
  hot?: boolean;
}

/**
 * A fact a module publishes about a change it owns (the shape of Vendure's EventBus events). Published
 * inside the transaction of the change: handlers that must commit with it run there, subscribers that
 * must only see committed facts (live updates, caches) run after commit.
 */
export abstract class DomainEvent {
  /** Dotted name (order.delivered): the audit event type when the event is audited. */
  abstract readonly type: string;

  constructor(readonly actor: Actor | null) {}

  /** How the audit chain records this event; null when it is not audited. */
  audit(): AuditRecord | null {
    return null;
  }
}

export type EventClass<E extends DomainEvent> = abstract new (...args: never[]) => E;
