import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { NotificationsDocument, UnreadNotificationCountDocument } from '@mengyuan/graphql';
import { from, mergeMap, of, catchError, throwError, type Observable } from 'rxjs';
import { createLiveConnection, type LiveConnection } from '../live/live-client';
import { SessionManager, type SignOutReason } from './session';
import { deviceId } from '../account/device-id';

export interface CreateApolloClientOptions {
  storageKey: string;
  onSignedOut?: (reason: SignOutReason) => void;
  uri?: string;
}

type Result = ApolloLink.Result;

function isUnauthenticated(result: Result): boolean {
  const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors;
  return !!errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Puts the access token on every request (refreshing it first when it is about to expire) and, when a
 * request is refused as UNAUTHENTICATED, refreshes once (single-flight) and retries once.
 */
function createAuthLink(session: SessionManager): ApolloLink {
  return new ApolloLink((operation, forward) => {
    let usedToken: string | null = null;
    const send = (token: string | null): Observable<Result> => {
      usedToken = token;
      // Without a session, leave headers alone: a caller may have set its own (e.g. revoking a token it
      // chose not to keep).
      if (token) {
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
      }
      return forward(operation);
    };
    const retry = (fallback: () => Observable<Result>): Observable<Result> =>
      from(session.recoverFrom(usedToken).catch(() => null)).pipe(
        mergeMap((fresh) => (fresh ? send(fresh.accessToken) : fallback())),
      );

    return from(session.getAccessToken().catch(() => session.getSession()?.accessToken ?? null)).pipe(
      mergeMap((token) =>
        send(token).pipe(
          mergeMap((result) => (usedToken && isUnauthenticated(result) ? retry(() => of(result)) : of(result))),
          catchError((error: unknown) =>
            usedToken && ServerError.is(error) && error.statusCode === 401 ? retry(() => throwError(() => error)) : throwError(() => error),
          ),
        ),
      ),
    );
  });
}

/**
 * One Apollo client per app, with its own token storage. Subscriptions go over graphql-ws (authenticated in
 * connection_init, see createLiveConnection); everything else over HTTP through the auth link. After the
 * socket comes back, the notification queries are refetched: what was pushed meanwhile was missed.
 */
export function createApolloClient(options: CreateApolloClientOptions): { client: ApolloClient; session: SessionManager; live: LiveConnection } {
  const session = new SessionManager({ storageKey: options.storageKey, onSignedOut: options.onSignedOut, uri: options.uri });
  const device = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'x-device-id': deviceId() } }));
    return forward(operation);
  });
  const http = ApolloLink.from([device, createAuthLink(session), new HttpLink({ uri: options.uri ?? '/graphql' })]);
  const live = createLiveConnection(session, options.uri ?? '/graphql');
  const client = new ApolloClient({
    link: ApolloLink.split((operation) => isSubscriptionOperation(operation.query), new GraphQLWsLink(live.client), http),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  // Only what the socket pushes (notifications) can have been missed while it was down: those queries are
  // refetched. Not every observable query: that also re-sent a list's earlier searches (its first variables),
  // whose late answer could put unfiltered rows back under a filtered URL.
  live.onReconnected(() => void client.refetchQueries({ include: [UnreadNotificationCountDocument, NotificationsDocument] }).catch(() => undefined));
  return { client, session, live };
}
