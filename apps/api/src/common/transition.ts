import type { Transitions } from '@mengyuan/domain';
import { invalidTransition } from './errors';

/**
 * The next status of an aggregate by its lifecycle table in packages/domain, or INVALID_TRANSITION. Every
 * status change goes through this, inside the owning service's `transition()`.
 */
export function nextStatus<S extends string, A extends string, C>(machine: Transitions<S, A, C>, from: S, action: A, context: C): S {
  const next = machine.next(from, action, context);
  if (!next) throw invalidTransition(from, action);
  return next;
}
