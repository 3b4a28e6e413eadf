import { createClient, type Client } from 'graphql-ws';
import type { SessionManager } from '../auth/session';

/** The subscription socket as people see it: live, (re)connecting, or down for a while. */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'disconnected';

export interface LiveConnection {
  /** The graphql-ws client (Apollo's GraphQLWsLink sends subscriptions through it). */
  client: Client;
  getStatus(): LiveStatus;
  subscribe(listener: () => void): () => void;
  /** Called after a reconnect: whatever changed while the socket was down must be refetched. */
  onReconnected(listener: () => void): () => void;
}

const MAX_RETRY_MS = 30_000;

/** The api's subscriptions URL: same host and path as the HTTP endpoint, ws(s) scheme. */
function socketUrl(uri: string): string {
  const base = typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
  const url = new URL(uri, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * One graphql-ws connection per app (DESIGN.md §2.11). It authenticates in connection_init with a fresh access
 * token — refreshed first when it is about to expire — so every reconnect, including the one after the server
 * closes a socket whose token expired (4403), signs in with the current token. It retries for ever with capped
 * backoff, reconnects at once when the signed-in identity or its token changes, and reports its status so the
 * apps can say "live updates paused".
 */
export function createLiveConnection(session: SessionManager, uri = '/graphql'): LiveConnection {
  let status: LiveStatus = 'idle';
  let everConnected = false;
  const listeners = new Set<() => void>();
  const reconnected = new Set<() => void>();
  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const l of listeners) l();
  };

  const client = createClient({
    url: socketUrl(uri),
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Every close is worth another try (token expiry, a deploy, a network change): the socket is cheap.
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const ms = Math.min(MAX_RETRY_MS, 1_000 * 2 ** retries) + Math.floor(Math.random() * 500);
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    connectionParams: async () => {
      const token = await session.getAccessToken().catch(() => session.getSession()?.accessToken ?? null);
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => setStatus(everConnected ? 'disconnected' : 'connecting'),
      connected: () => {
        const again = everConnected;
        everConnected = true;
        setStatus('connected');
        if (again) for (const l of reconnected) l();
      },
      closed: () => setStatus(everConnected ? 'disconnected' : 'idle'),
      error: () => setStatus('disconnected'),
    },
  });

  // A new identity or a rotated token: start over on the new credentials instead of waiting for the server
  // to close the old socket when its token expires.
  let token = session.getSession()?.accessToken ?? null;
  session.subscribe(() => {
    const next = session.getSession()?.accessToken ?? null;
    if (next === token) return;
    token = next;
    if (!next) everConnected = false;
    client.terminate();
  });

  return {
    client,
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnected: (listener) => {
      reconnected.add(listener);
      return () => reconnected.delete(listener);
    },
  };
}
