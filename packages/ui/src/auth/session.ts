import { print } from 'graphql';
import { RefreshTokenDocument, type AuthPayloadFieldsFragment, type UserFieldsFragment } from '@mengyuan/graphql';

/** What is kept in localStorage: exactly what login / registerOrganization / refreshToken return. */
export type AuthSession = Omit<AuthPayloadFieldsFragment, '__typename'>;

export type SignOutReason = 'signed-out' | 'expired' | 'password-changed';

export interface SessionManagerOptions {
  /** localStorage key, one per app (mengyuan.portal.auth, mengyuan.admin.auth). */
  storageKey: string;
  /** GraphQL endpoint. */
  uri?: string;
  /** Called whenever the session ends: by the user, or because it could not be refreshed. */
  onSignedOut?: (reason: SignOutReason) => void;
  /** Refresh this long before the access token expires. */
  refreshBeforeMs?: number;
}

/** A refresh that the server answered with a refusal: the refresh token is dead, sign in again. */
class RefreshRefusedError extends Error {}

function isSession(value: unknown): value is AuthSession {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.accessToken === 'string' && typeof v.refreshToken === 'string' && typeof v.accessTokenExpiresAt === 'string' && !!v.user;
}

/**
 * Owns the tokens of one app: storage, proactive refresh before expiry and single-flight rotation.
 * Refresh tokens rotate and reuse of a spent one revokes the whole session family, so at most one
 * refresh may be in flight — in this tab (a shared promise) and across tabs (a Web Lock, then a re-read
 * of storage in case another tab already rotated).
 */
export class SessionManager {
  private session: AuthSession | null;
  private inFlight: Promise<AuthSession | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly uri: string;
  private readonly refreshBeforeMs: number;
  lastSignOutReason: SignOutReason | null = null;

  constructor(private readonly options: SessionManagerOptions) {
    this.uri = options.uri ?? '/graphql';
    this.refreshBeforeMs = options.refreshBeforeMs ?? 60_000;
    this.session = this.read();
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key !== options.storageKey) return;
        const had = this.session;
        this.session = this.read();
        this.schedule();
        this.emit();
        if (had && !this.session) this.options.onSignedOut?.('signed-out');
      });
    }
    this.schedule();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSession = (): AuthSession | null => this.session;

  setSession(payload: AuthSession): void {
    const { accessToken, accessTokenExpiresAt, refreshToken, user } = payload;
    this.session = { accessToken, accessTokenExpiresAt, refreshToken, user };
    this.lastSignOutReason = null;
    this.write(this.session);
    this.schedule();
    this.emit();
  }

  /** Keeps the stored user (organisation status, roles) in step with the latest `me`. */
  updateUser(user: UserFieldsFragment): void {
    if (!this.session) return;
    if (JSON.stringify(this.session.user) === JSON.stringify(user)) return;
    this.session = { ...this.session, user };
    this.write(this.session);
    this.emit();
  }

  clear(reason: SignOutReason): void {
    const had = this.session !== null;
    this.session = null;
    this.lastSignOutReason = reason;
    try {
      localStorage.removeItem(this.options.storageKey);
    } catch {
      // storage unavailable (private mode): nothing to remove
    }
    clearTimeout(this.timer);
    this.emit();
    if (had) this.options.onSignedOut?.(reason);
  }

  /** An access token good for at least a few more seconds, refreshing first when it is about to expire. */
  async getAccessToken(): Promise<string | null> {
    const s = this.session;
    if (!s) return null;
    if (this.expiresInMs(s) > 5_000) return s.accessToken;
    const refreshed = await this.refresh();
    return refreshed?.accessToken ?? null;
  }

  /**
   * A request sent with `usedToken` was refused as UNAUTHENTICATED. If the session has moved on since
   * (another request already refreshed), use the new token; otherwise refresh.
   */
  async recoverFrom(usedToken: string | null): Promise<AuthSession | null> {
    const s = this.session;
    if (!s) return null;
    if (usedToken && s.accessToken !== usedToken) return s;
    return this.refresh();
  }

  /** Single-flight: every caller shares the one refresh in progress. */
  refresh(): Promise<AuthSession | null> {
    if (!this.inFlight) {
      this.inFlight = this.refreshAcrossTabs().finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private async refreshAcrossTabs(): Promise<AuthSession | null> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const run = () => this.doRefresh();
    return locks ? locks.request(`${this.options.storageKey}.refresh`, run) : run();
  }

  private async doRefresh(): Promise<AuthSession | null> {
    const stored = this.read();
    // Another tab may have rotated the tokens while we waited for the lock.
    if (stored && this.session && stored.refreshToken !== this.session.refreshToken && this.expiresInMs(stored) > this.refreshBeforeMs) {
      this.session = stored;
      this.schedule();
      this.emit();
      return stored;
    }
    const current = stored ?? this.session;
    if (!current) {
      if (this.session) this.clear('expired');
      return null;
    }
    try {
      const fresh = await this.callRefresh(current.refreshToken);
      this.setSession(fresh);
      return this.session;
    } catch (error) {
      if (error instanceof RefreshRefusedError) {
        this.clear('expired');
        return null;
      }
      // Network trouble or a server fault: keep the session and try again shortly.
      this.schedule(15_000);
      throw error;
    }
  }

  private async callRefresh(refreshToken: string): Promise<AuthSession> {
    const response = await fetch(this.uri, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName: 'RefreshToken', query: print(RefreshTokenDocument), variables: { refreshToken } }),
    });
    let body: { data?: { refreshToken?: AuthSession } | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const payload = body?.data?.refreshToken;
    if (payload && isSession(payload)) return payload;
    const code = body?.errors?.[0]?.extensions?.code;
    const transient = !body || response.status >= 500 || code === 'RATE_LIMITED' || code === 'INTERNAL';
    if (transient) throw new Error(body?.errors?.[0]?.message ?? `refresh failed: HTTP ${response.status}`);
    throw new RefreshRefusedError(body?.errors?.[0]?.message ?? 'refresh refused');
  }

  private expiresInMs(s: AuthSession): number {
    const at = Date.parse(s.accessTokenExpiresAt);
    return Number.isNaN(at) ? 0 : at - Date.now();
  }

  private schedule(delayMs?: number): void {
    clearTimeout(this.timer);
    const s = this.session;
    if (!s || typeof window === 'undefined') return;
    const delay = delayMs ?? Math.max(0, this.expiresInMs(s) - this.refreshBeforeMs);
    this.timer = setTimeout(() => {
      this.refresh().catch(() => undefined);
    }, delay);
  }

  private read(): AuthSession | null {
    try {
      const raw = localStorage.getItem(this.options.storageKey);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      return isSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  private write(s: AuthSession): void {
    try {
      localStorage.setItem(this.options.storageKey, JSON.stringify(s));
    } catch {
      // storage full or unavailable: the session still works for this tab
    }
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
