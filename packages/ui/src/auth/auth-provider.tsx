import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { LogoutDocument, type UserFieldsFragment } from '@mengyuan/graphql';
import type { AuthSession, SessionManager, SignOutReason } from './session';

export interface AuthContextValue {
  session: AuthSession | null;
  user: UserFieldsFragment | null;
  signedIn: boolean;
  /** Why the last session ended, to tell the user on the sign-in page. */
  signOutReason: SignOutReason | null;
  signIn(payload: AuthSession): void;
  /** Revokes this session's refresh token (or every session of the user) and forgets the tokens. */
  signOut(options?: { everywhere?: boolean }): Promise<void>;
  updateUser(user: UserFieldsFragment): void;
  manager: SessionManager;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ session: manager, children }: { session: SessionManager; children: ReactNode }) {
  const client = useApolloClient();
  const session = useSyncExternalStore(manager.subscribe, manager.getSession, manager.getSession);

  const signIn = useCallback(
    (payload: AuthSession) => {
      // A new identity must not see the previous one's cached data.
      void client.clearStore();
      manager.setSession(payload);
    },
    [client, manager],
  );

  const signOut = useCallback(
    async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
      const current = manager.getSession();
      if (current) {
        try {
          await client.mutate({ mutation: LogoutDocument, variables: { refreshToken: current.refreshToken, everywhere } });
        } catch (error) {
          // Signing out of this device always succeeds locally; "everywhere" must not pretend it worked.
          if (everywhere) throw error;
        }
      }
      manager.clear('signed-out');
      await client.clearStore();
    },
    [client, manager],
  );

  const updateUser = useCallback((user: UserFieldsFragment) => manager.updateUser(user), [manager]);

  const value = useMemo<AuthContextValue>(
    () => ({
      session,
      user: session?.user ?? null,
      signedIn: session !== null,
      signOutReason: session ? null : manager.lastSignOutReason,
      signIn,
      signOut,
      updateUser,
      manager,
    }),
    [session, signIn, signOut, updateUser, manager],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** Renders its children only when signed in; otherwise sends the user to the sign-in page and back after. */
export function RequireAuth({ children, loginPath = '/login' }: { children: ReactNode; loginPath?: string }) {
  const { signedIn } = useAuth();
  const location = useLocation();
  if (!signedIn) return <Navigate to={loginPath} replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
