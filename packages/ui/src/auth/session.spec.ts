import { gql } from '@apollo/client';
import { SessionManager, type AuthSession } from './session';
import { createApolloClient } from './apollo-client';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string) {
    return this.items.has(k) ? this.items.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const KEY = 'mengyuan.test.auth';
const user = {
  id: 'u1',
  email: 'a@b.c',
  displayName: 'A',
  roles: ['OWNER'],
  createdAt: '2026-01-01T00:00:00.000Z',
  organization: { id: 'o1', name: 'O', kind: 'MEMBER', channelType: null, status: 'ACTIVE', unifiedSocialCreditCode: 'X', contactName: 'C', contactPhone: 'P', createdAt: 'x', updatedAt: 'x' },
} as AuthSession['user'];

function session(n: number, expiresInMs = 15 * 60_000): AuthSession {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(), user };
}

type Body = { operationName?: string; query: string; variables?: Record<string, unknown> };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake api: rotates refresh tokens (reuse of a spent one is refused), and answers `me` only with the current access token. */
function fakeApi(initial: number) {
  let current = initial;
  let accessExpired = false;
  const calls = { refresh: 0, reused: 0, me: [] as (string | null)[] };
  const fetchMock = jest.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    const headers = new Headers(init.headers);
    if (body.operationName === 'RefreshToken') {
      calls.refresh++;
      await new Promise((r) => setTimeout(r, 20));
      if (body.variables?.refreshToken !== `refresh-${current}`) {
        calls.reused++;
        return json({ data: null, errors: [{ message: 'Invalid or expired refresh token', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      current++;
      accessExpired = false;
      return json({ data: { refreshToken: { __typename: 'AuthPayload', ...session(current) } } });
    }
    const auth = headers.get('authorization');
    calls.me.push(auth);
    if (accessExpired || auth !== `Bearer access-${current}`) return json({ data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
    return json({ data: { ping: 'pong' } });
  });
  return {
    fetchMock,
    calls,
    /** Another tab rotated the tokens. */
    rotate: () => current++,
    /** The access token is past its time, the refresh token still good. */
    expireAccess: () => {
      accessExpired = true;
    },
  };
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('SessionManager', () => {
  it('shares one refresh between concurrent callers and saves the rotated tokens', async () => {
    const api = fakeApi(1);
    globalThis.fetch = api.fetchMock as unknown as typeof fetch;
    const m = new SessionManager({ storageKey: KEY });
    m.setSession(session(1));
    const results = await Promise.all([m.refresh(), m.refresh(), m.refresh()]);
    expect(api.calls.refresh).toBe(1);
    expect(results.map((r) => r?.accessToken)).toEqual(['access-2', 'access-2', 'access-2']);
    expect(JSON.parse(localStorage.getItem(KEY)!).refreshToken).toBe('refresh-2');
  });

  it('refreshes before handing out a token that is about to expire', async () => {
    const api = fakeApi(1);
    globalThis.fetch = api.fetchMock as unknown as typeof fetch;
    const m = new SessionManager({ storageKey: KEY });
    m.setSession(session(1, 2_000));
    expect(await m.getAccessToken()).toBe('access-2');
    expect(await m.getAccessToken()).toBe('access-2');
    expect(api.calls.refresh).toBe(1);
  });

  it('picks up tokens another tab already rotated instead of reusing a spent refresh token', async () => {
    const api = fakeApi(1);
    globalThis.fetch = api.fetchMock as unknown as typeof fetch;
    const m = new SessionManager({ storageKey: KEY });
    m.setSession(session(1));
    localStorage.setItem(KEY, JSON.stringify(session(2))); // the other tab's write
    api.rotate();
    expect((await m.refresh())?.accessToken).toBe('access-2');
    expect(api.calls.refresh).toBe(0);
  });

  it('clears the session and reports expiry when the server refuses the refresh token', async () => {
    const api = fakeApi(5);
    globalThis.fetch = api.fetchMock as unknown as typeof fetch;
    const onSignedOut = jest.fn();
    const m = new SessionManager({ storageKey: KEY, onSignedOut });
    m.setSession(session(1));
    expect(await m.refresh()).toBeNull();
    expect(m.getSession()).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(onSignedOut).toHaveBeenCalledWith('expired');
  });

  it('keeps the session when the network fails during a refresh', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const onSignedOut = jest.fn();
    const m = new SessionManager({ storageKey: KEY, onSignedOut });
    m.setSession(session(1));
    await expect(m.refresh()).rejects.toThrow('fetch failed');
    expect(m.getSession()?.refreshToken).toBe('refresh-1');
    expect(onSignedOut).not.toHaveBeenCalled();
  });
});

describe('Apollo auth link', () => {
  const PING = gql`
    query Ping($n: Int) {
      ping(n: $n)
    }
  `;

  it('sends the bearer token, and on UNAUTHENTICATED refreshes once for all requests and retries each once', async () => {
    const api = fakeApi(1);
    globalThis.fetch = api.fetchMock as unknown as typeof fetch;
    const { client, session: m } = createApolloClient({ storageKey: KEY, uri: 'http://api.test/graphql' });
    m.setSession(session(1));
    api.expireAccess();
    const results = await Promise.all([1, 2, 3].map((n) => client.query({ query: PING, variables: { n }, fetchPolicy: 'no-cache' })));
    expect(results.map((r) => r.data)).toEqual([{ ping: 'pong' }, { ping: 'pong' }, { ping: 'pong' }]);
    expect(api.calls.refresh).toBe(1);
    expect(api.calls.reused).toBe(0);
    expect(m.getSession()?.accessToken).toBe('access-2');
    expect(api.calls.me.filter((a) => a === 'Bearer access-1')).toHaveLength(3);
    expect(api.calls.me.filter((a) => a === 'Bearer access-2')).toHaveLength(3);
  });

  it('gives up after one retry and signs out when the refresh is refused', async () => {
    const api = fakeApi(1);
    globalThis.fetch = api.fetchMock as unknown as typeof fetch;
    const onSignedOut = jest.fn();
    const { client, session: m } = createApolloClient({ storageKey: KEY, uri: 'http://api.test/graphql', onSignedOut });
    m.setSession({ ...session(1), refreshToken: 'refresh-stale' });
    api.expireAccess();
    await expect(client.query({ query: PING, fetchPolicy: 'no-cache' })).rejects.toThrow('Sign in first');
    expect(api.calls.refresh).toBe(1);
    expect(m.getSession()).toBeNull();
    expect(onSignedOut).toHaveBeenCalledWith('expired');
  });
});
