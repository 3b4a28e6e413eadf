import type { SubjectType } from '@mengyuan/domain';
import type { Actor } from '../actor';

/** How the audit chain records an event (DESIGN.md §2.10). */
export interface AuditRecord {
  organizationId: string | null;
  subjectType: SubjectType;
  subjectId: string | null;
  payload?: Record<string, unknown>;
  /** Who acted, when the event's actor cannot say it (a sign-in: the user is not an actor yet). */
  actor?: { actorUserId?: string | null; actorEmail?: string | null; actorApiKeyId?: string | null };
  /**
   * Every record goes through the outbox and is chained moments later, so the chain's lock is never on a
   * writer's path. `hot` marks the order path's records (they are counted by the bench).
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

/**
 * A change whose only record is the audit chain (an admin's edit, a setting, a sample revealed): published on
 * the bus like any fact, so it is chained through the outbox with the rest (never under the chain's lock) and
 * handlers may react to it by type.
 */
export class AuditedChange extends DomainEvent {
  constructor(
    actor: Actor | null,
    readonly type: string,
    private readonly record: Omit<AuditRecord, 'hot'>,
  ) {
    super(actor);
  }

  override audit(): AuditRecord {
    return this.record;
  }
}
