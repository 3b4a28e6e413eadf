import type { Transitions } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { Actor } from '../actor';
import { invalidTransition, notFound } from '../errors';
import type { DomainEvent } from '../events/domain-event';
import { EventBus } from '../events/event-bus';
import { LockOrder } from './lock-order';

/** One status change as hooks and events see it. */
export interface Change<E, S extends string, A extends string> {
  actor: Actor | null;
  action: A;
  from: S;
  to: S;
  /** The row as the caller locked it, and as it is after the change. */
  before: E;
  after: E;
  reason: string | null;
  details: Record<string, unknown>;
}

export interface LifecycleSpec<E extends ObjectLiteral, S extends string, A extends string, C = void> {
  /** The aggregate's name in lock keys and messages (snake case: `ticket`, `sla_clock`). */
  aggregate: string;
  /** The name users see in NOT_FOUND (`Ticket`). */
  label: string;
  entity: EntityTarget<E>;
  machine: Transitions<S, A, C>;
  /** The key column (default `id`). */
  key?: keyof E & string;
  /** The status column (default `status`). */
  status?: keyof E & string;
  /** The lifecycle table's context for computed targets (an organisation's kind, say). */
  context?: (row: E) => C;
  /**
   * A child aggregate: its root and how to find the root's id from the child. Locking or moving the child
   * needs its root locked first in the same unit of work.
   */
  root?: { aggregate: string; idOf: (row: E) => string };
  /** Columns written with every transition (a version, updated_at, a stamp per target state). */
  stamp?: (change: { row: E; action: A; from: S; to: S; actor: Actor | null }) => Partial<E>;
  /** What the change publishes (audit, webhooks, notifications, live updates pick it up from the bus). */
  events?: (change: Change<E, S, A>) => DomainEvent | DomainEvent[] | null;
}

type Hook<E, S extends string, A extends string> = (change: Change<E, S, A>) => unknown;

/**
 * One aggregate's lifecycle (issue 17): the root row is locked first, the action checked against the
 * aggregate's table in packages/domain, hooks may refuse before the write and react after it, the row is
 * written only if its status is still the one the caller locked, and the change is published.
 */
export class Lifecycle<E extends ObjectLiteral, S extends string, A extends string, C = void> {
  private readonly before: { action: A | '*'; hook: Hook<E, S, A> }[] = [];
  private readonly after: { action: A | '*'; hook: Hook<E, S, A> }[] = [];
  private readonly keyColumn: keyof E & string;
  private readonly statusColumn: keyof E & string;

  constructor(
    readonly spec: LifecycleSpec<E, S, A, C>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly locks: LockOrder,
  ) {
    this.keyColumn = spec.key ?? ('id' as keyof E & string);
    this.statusColumn = spec.status ?? ('status' as keyof E & string);
  }

  private get repo() {
    return this.txHost.tx.getRepository(this.spec.entity);
  }

  private keyOf(row: E): string {
    return String(row[this.keyColumn]);
  }

  /** A hook run before the write (throw to refuse: nothing is written) for one action or all ('*'). */
  beforeTransition(action: A | '*', hook: Hook<E, S, A>): this {
    this.before.push({ action, hook });
    return this;
  }

  /** A hook run after the write and its events, in the same transaction. */
  afterTransition(action: A | '*', hook: Hook<E, S, A>): this {
    this.after.push({ action, hook });
    return this;
  }

  /** The actions the table allows from the row's status (what the apps show as buttons). */
  actionsFrom(row: E): A[] {
    return this.spec.machine.actionsFrom(row[this.statusColumn] as S);
  }

  /** A row this unit of work has just inserted: nobody else can see it, so it counts as locked. */
  created(row: E): E {
    this.locks.held(this.spec.aggregate, this.keyOf(row));
    return row;
  }

  /**
   * Locks one row (FOR UPDATE) for a change, after its root for a child aggregate. Null when absent or,
   * with `skipLocked`, when someone else holds it.
   */
  async lock(key: string, options: { skipLocked?: boolean; where?: FindOptionsWhere<E> } = {}): Promise<E | null> {
    const row = await this.repo.findOne({
      where: { ...(options.where ?? {}), [this.keyColumn]: key } as FindOptionsWhere<E>,
      lock: { mode: 'pessimistic_write', ...(options.skipLocked ? { onLocked: 'skip_locked' as const } : {}) },
    });
    if (row) this.register(row);
    return row;
  }

  /** `lock`, or NOT_FOUND under the aggregate's label. */
  async lockOrFail(key: string, options: { where?: FindOptionsWhere<E> } = {}): Promise<E> {
    const row = await this.lock(key, options);
    if (!row) throw notFound(this.spec.label);
    return row;
  }

  /** Locks the rows that match, in order (sweeps: `skipLocked`, so replicas share the work). */
  async lockWhere(where: FindOptionsWhere<E> | FindOptionsWhere<E>[], options: { skipLocked?: boolean; take?: number; order?: FindOptionsOrder<E> } = {}): Promise<E[]> {
    const rows = await this.repo.find({
      where,
      order: options.order ?? ({ [this.keyColumn]: 'ASC' } as FindOptionsOrder<E>),
      take: options.take,
      lock: { mode: 'pessimistic_write', ...(options.skipLocked ? { onLocked: 'skip_locked' as const } : {}) },
    });
    rows.forEach((r) => this.register(r));
    return rows;
  }

  /** Records a row locked by a query of the owning service's own (a joined sweep, say) as held. */
  register(row: E): void {
    if (this.spec.root) this.locks.assertRoot(this.spec.aggregate, this.spec.root.aggregate, this.spec.root.idOf(row));
    this.locks.held(this.spec.aggregate, this.keyOf(row));
  }

  /** Whether this unit of work holds the row (or, for a child, its root). */
  holds(row: E): boolean {
    return this.spec.root ? this.locks.isHeld(this.spec.root.aggregate, this.spec.root.idOf(row)) : this.locks.isHeld(this.spec.aggregate, this.keyOf(row));
  }

  /**
   * The one way the aggregate's status changes. `row` must have been locked (or created) by this unit of
   * work; the write is guarded on the status it was locked in, so a stale copy fails as INVALID_TRANSITION.
   */
  async transition(actor: Actor | null, row: E, action: A, changes: Partial<E> = {}, options: { reason?: string | null; details?: Record<string, unknown> } = {}): Promise<E> {
    if (this.spec.root) this.locks.assertRoot(this.spec.aggregate, this.spec.root.aggregate, this.spec.root.idOf(row));
    else this.locks.assertRoot(this.spec.aggregate, this.spec.aggregate, this.keyOf(row));
    const from = row[this.statusColumn] as S;
    const to = this.spec.machine.next(from, action, this.spec.context ? this.spec.context(row) : (undefined as C));
    if (!to) throw invalidTransition(from, action);
    const stamped = { ...(this.spec.stamp?.({ row, action, from, to, actor }) ?? {}), ...changes, [this.statusColumn]: to } as Partial<E>;
    const after = Object.assign(Object.create(Object.getPrototypeOf(row) as object) as E, row, stamped);
    const change: Change<E, S, A> = { actor, action, from, to, before: row, after, reason: options.reason ?? null, details: options.details ?? {} };
    for (const h of this.before) if (h.action === '*' || h.action === action) await h.hook(change);
    const moved = await this.repo.update({ [this.keyColumn]: this.keyOf(row), [this.statusColumn]: from } as FindOptionsWhere<E>, stamped as never);
    if (!moved.affected) throw invalidTransition(from, action);
    const published = this.spec.events?.(change);
    for (const e of Array.isArray(published) ? published : published ? [published] : []) await this.events.publish(e);
    for (const h of this.after) if (h.action === '*' || h.action === action) await h.hook(change);
    return after;
  }
}

/** Makes each aggregate's Lifecycle; services hold theirs as a field. */
@Injectable()
export class Lifecycles {
  private readonly byAggregate = new Map<string, Lifecycle<ObjectLiteral, string, string, unknown>>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly locks: LockOrder,
  ) {}

  define<E extends ObjectLiteral, S extends string, A extends string, C = void>(spec: LifecycleSpec<E, S, A, C>): Lifecycle<E, S, A, C> {
    if (this.byAggregate.has(spec.aggregate)) throw new Error(`the ${spec.aggregate} lifecycle is defined twice`);
    const lifecycle = new Lifecycle(spec, this.txHost, this.events, this.locks);
    this.byAggregate.set(spec.aggregate, lifecycle as unknown as Lifecycle<ObjectLiteral, string, string, unknown>);
    return lifecycle;
  }

  /**
   * Locks another module's root row through the lifecycle its owner defined (a team change locks the
   * organisation before its users): the row stays the owner's, only its lock is shared. True when it exists.
   */
  async lockRoot(aggregate: string, id: string): Promise<boolean> {
    const lifecycle = this.byAggregate.get(aggregate);
    if (!lifecycle) throw new Error(`no lifecycle is defined for ${aggregate}`);
    return (await lifecycle.lock(id)) !== null;
  }

  /** The lock registry, for services that lock a child through a query of their own. */
  get lockOrder(): LockOrder {
    return this.locks;
  }
}
