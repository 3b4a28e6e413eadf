import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { TestApp } from './test-app';

/*
 * The reference graphql-ws client against a test instance, as an app or a merchant's system would use it: one
 * socket signed in by connection_init, any number of subscriptions on it.
 */

export interface LiveSubscription<T> {
  received: T[];
  errors: unknown[];
  stop(): void;
}

export interface LiveSocketClient {
  /** Resolves once the server acknowledged connection_init. */
  ready: Promise<void>;
  /** The close the server (or the network) ended the socket with, once it has. */
  closed: { code: number; reason: string; at: number } | null;
  subscribe<T>(doc: DocumentNode, variables?: Record<string, unknown>): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/** One socket of an instance, signed in as `auth` (connection_init), that does not reconnect once closed. */
export function liveSocket(app: TestApp, auth: Record<string, string>): LiveSocketClient {
  let connected!: () => void;
  const ready = new Promise<void>((r) => (connected = r));
  const socket: LiveSocketClient = {
    ready,
    closed: null,
    subscribe<T>(doc: DocumentNode, variables: Record<string, unknown> = {}) {
      const received: T[] = [];
      const errors: unknown[] = [];
      const stop = client.subscribe<T>({ query: print(doc), variables }, { next: (v) => (v.data ? received.push(v.data as T) : v.errors && errors.push(v.errors)), error: (e) => errors.push(e), complete: () => undefined });
      return { received, errors, stop };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
  const client: Client = createClient({
    url: app.url.replace(/^http/, 'ws') + '/graphql',
    connectionParams: auth,
    lazy: false,
    onNonLazyError: () => undefined, // the close is recorded below
    retryAttempts: 0,
    webSocketImpl: WebSocket,
    on: {
      connected: () => connected(),
      closed: (e) => {
        const event = e as { code?: number; reason?: string };
        socket.closed ??= { code: event.code ?? 0, reason: event.reason ?? '', at: Date.now() };
      },
    },
  });
  return socket;
}

/** A graphql-ws client of an instance, signed in as `auth` (connection_init), collecting what one subscription sends. */
export function subscribe<T>(app: TestApp, auth: Record<string, string>, doc: DocumentNode, variables: Record<string, unknown> = {}) {
  const socket = liveSocket(app, auth);
  const sub = socket.subscribe<T>(doc, variables);
  return {
    received: sub.received,
    errors: sub.errors,
    ready: socket.ready,
    socket,
    close: async () => {
      sub.stop();
      await socket.dispose();
    },
  };
}

/** Polls `fn` every 20 ms until it answers something or `ms` have passed. */
export const within = async <T>(ms: number, fn: () => T | undefined): Promise<T | undefined> => {
  const until = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
};
