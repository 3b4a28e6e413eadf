import { Injectable } from '@nestjs/common';
import { frameSlot, TransactionFrames } from './frames';

/** Root rows this frame has locked (or created), as `aggregate:id`; a released savepoint's join its parent's. */
const HELD = frameSlot<Set<string>>('a root lock', () => new Set(), (into, from) => from.forEach((k) => into.add(k)));

/** A child row locked before its root: a bug in the caller, caught in every test that takes the path. */
export class LockOrderError extends Error {
  constructor(child: string, root: string, rootId: string) {
    super(`lock order: ${child} locked before its root ${root} ${rootId} (lock the root first: see README, "Aggregates and locks")`);
    this.name = 'LockOrderError';
  }
}

/**
 * The one lock rule (issue 17): a child row is locked only after its root. Each aggregate's lifecycle records
 * the roots a unit of work has locked (or created: a row inserted in this transaction is invisible to
 * everyone else); locking or changing a child checks its root is among them. Deadlocks between two roots
 * taken in different orders are still possible; the unit of work retries those (runUnitOfWork).
 */
@Injectable()
export class LockOrder {
  constructor(private readonly frames: TransactionFrames) {}

  held(aggregate: string, id: string): void {
    this.frames.current(HELD).add(`${aggregate}:${id}`);
  }

  isHeld(aggregate: string, id: string): boolean {
    const key = `${aggregate}:${id}`;
    return this.frames.all(HELD).some((s) => s.has(key));
  }

  /** Throws LockOrderError unless the root is held by this unit of work. */
  assertRoot(child: string, aggregate: string, id: string): void {
    if (!this.isHeld(aggregate, id)) throw new LockOrderError(child, aggregate, id);
  }
}
