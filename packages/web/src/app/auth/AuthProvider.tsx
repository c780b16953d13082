import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { setSessionEventHandlers } from '../api/client.js';
import { fetchSession, logout as logoutRequest, type SessionUser, sessionQueryKey } from './session.js';

interface AuthState {
  /** undefined while the session is being checked; null when signed out. */
  user: SessionUser | null | undefined;
  error: unknown;
  setUser: (user: SessionUser | null) => void;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    retry: false,
    staleTime: 5 * 60_000,
  });

  const setUser = useCallback(
    (user: SessionUser | null) => queryClient.setQueryData(sessionQueryKey, user),
    [queryClient],
  );

  // Any API call answered 401 means the session is gone: drop cached data and go to the login page.
  // One answered PASSWORD_CHANGE_REQUIRED goes to the change-password page.
  useEffect(() => {
    setSessionEventHandlers({
      unauthorized: (returnPath) => {
        queryClient.clear();
        queryClient.setQueryData(sessionQueryKey, null);
        if (!returnPath.startsWith('/login'))
          navigate(`/login?next=${encodeURIComponent(returnPath)}`, { replace: true });
      },
      passwordChangeRequired: () => navigate('/password', { replace: true }),
    });
  }, [queryClient, navigate]);

  const value = useMemo<AuthState>(
    () => ({
      user: query.data,
      error: query.error,
      setUser,
      refresh: async () => {
        await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      },
      logout: async () => {
        try {
          await logoutRequest();
        } finally {
          queryClient.clear();
          queryClient.setQueryData(sessionQueryKey, null);
          navigate('/login', { replace: true });
        }
      },
    }),
    [query.data, query.error, setUser, queryClient, navigate],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useCurrentUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser used outside a signed-in route');
  return user;
}
