import { useSyncExternalStore } from 'react';
import type { DeliveredCodeFieldsFragment } from '@mengyuan/graphql';

/**
 * Codes the member revealed in this tab, by order: memory only (never storage), so filing a ticket from the
 * codes just shown does not reveal (and record) them again, and the ticket page can refresh them live.
 */
const revealed = new Map<string, readonly DeliveredCodeFieldsFragment[]>();
const listeners = new Set<() => void>();

export function rememberCodes(orderId: string, codes: readonly DeliveredCodeFieldsFragment[]): void {
  revealed.set(orderId, codes);
  for (const l of listeners) l();
}

export function useRevealedCodes(orderId: string): readonly DeliveredCodeFieldsFragment[] | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => revealed.get(orderId) ?? null,
  );
}
