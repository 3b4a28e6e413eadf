import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { TicketMessageAddedDocument, TicketUpdatedDocument } from '@mengyuan/graphql';

/** Calls `fn` at most once per `ms`, trailing: a burst of live events makes one refetch. */
function useDebounced(fn: () => void, ms = 300): () => void {
  const latest = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(), ms);
  };
}

/**
 * One ticket, live: ticketUpdated (status, clocks, resolution; Apollo merges it into the cache by id) and
 * ticketMessageAdded both make the page refetch its thread, with the reader's own permissions.
 */
export function useTicketLive(ticketId: string | undefined, refetch: () => void): void {
  const again = useDebounced(refetch);
  useSubscription(TicketUpdatedDocument, {
    variables: { ticketId: ticketId ?? null, since: null, changedSince: null },
    skip: !ticketId,
    onData: again,
  });
  useSubscription(TicketMessageAddedDocument, {
    variables: { ticketId: ticketId ?? '' },
    skip: !ticketId,
    onData: again,
  });
}

/** The caller's whole queue, live: any ticket it may see changing refetches the list (debounced). */
export function useTicketQueueLive(refetch: () => void): void {
  const again = useDebounced(refetch, 500);
  useSubscription(TicketUpdatedDocument, {
    variables: { ticketId: null, since: null, changedSince: null },
    onData: again,
  });
}
