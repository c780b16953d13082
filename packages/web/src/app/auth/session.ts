import type { TFunction } from 'i18next';
import { ApiError, api, resetCsrfToken } from '../api/client.js';

/** The signed-in user as GET /api/v1/auth/me presents it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  /** Stable role code (e.g. city coordinator); roleName is its Chinese display name. */
  role: string;
  roleName: string;
  regionCode: string | null;
  regionName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  mustChangePassword: boolean;
}

/** The role's name in the UI language; falls back to the server's Chinese roleName for an unknown code. */
export function roleLabel(user: Pick<SessionUser, 'role' | 'roleName'>, t: TFunction): string {
  return t(`roles.${user.role}` as 'roles.admin', { defaultValue: user.roleName });
}

export const sessionQueryKey = ['auth', 'me'] as const;

/** The current user, or null when there is no session (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const body = await api.get<{ user: SessionUser }>('/auth/me', { redirectOn401: false, signal });
    return body.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function login(username: string, password: string): Promise<SessionUser> {
  resetCsrfToken();
  const body = await api.post<{ user: SessionUser }>('/auth/login', { username, password }, { redirectOn401: false });
  resetCsrfToken(); // the session (and with it the token) was just created
  return body.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/auth/logout', {}, { redirectOn401: false });
  } finally {
    resetCsrfToken();
  }
}

/** Changes the user's own password; the server starts a new session and answers with the updated user. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<SessionUser> {
  const body = await api.post<{ user: SessionUser }>(
    '/auth/password',
    { currentPassword, newPassword },
    { redirectOn401: false },
  );
  resetCsrfToken(); // the token was bound to the old session
  return body.user;
}
