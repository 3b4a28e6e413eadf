import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { TicketDocument, TicketMessageAddedDocument, TicketUpdatedDocument } from '@mengyuan/graphql';

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
 * One ticket, live. ticketMessageAdded puts each new message of the thread the reader may read straight into
 * the page's cached ticket (no round trip); ticketUpdated (status, clocks, resolution; Apollo merges it into the
 * cache by id) makes the page refetch the rest, with the reader's own permissions.
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
    onData: ({ client, data }) => {
      const message = data.data?.ticketMessageAdded;
      if (!ticketId || !message || message.ticketId !== ticketId) return;
      client.cache.updateQuery({ query: TicketDocument, variables: { id: ticketId } }, (prev) => {
        if (!prev?.ticket || prev.ticket.messages.items.some((m) => m.id === message.id)) return prev;
        const { messages } = prev.ticket;
        // Appended when the page shows the whole thread (it lists the first page, oldest first).
        const items = messages.items.length >= messages.totalCount ? [...messages.items, message] : messages.items;
        return { ...prev, ticket: { ...prev.ticket, messages: { ...messages, totalCount: messages.totalCount + 1, items } } };
      });
    },
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
