import type { TFunction } from 'i18next';
import { ApiError, api, resetCsrfToken } from '../api/client.js';
import type { ApiBody, ApiResponse } from '../api/contract.js';

type Me = ApiResponse<'/api/v1/auth/me', 'get'>;
/** The signed-in user as GET /api/v1/auth/me presents it (`role` a stable code, `roleName` its Chinese name). */
export type SessionUser = Me['user'];

/** The role's name in the UI language; falls back to the server's Chinese roleName for an unknown code. */
export function roleLabel(user: Pick<SessionUser, 'role' | 'roleName'>, t: TFunction): string {
  return t(`roles.${user.role}` as 'roles.admin', { defaultValue: user.roleName });
}

export const sessionQueryKey = ['auth', 'me'] as const;

/** The current user, or null when there is no session (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const body = await api.get<Me>('/auth/me', { redirectOn401: false, signal });
    return body.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function login(username: string, password: string): Promise<SessionUser> {
  resetCsrfToken();
  const input: ApiBody<'/api/v1/auth/login', 'post'> = { username, password };
  const body = await api.post<ApiResponse<'/api/v1/auth/login', 'post'>>('/auth/login', input, {
    redirectOn401: false,
  });
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
  const input: ApiBody<'/api/v1/auth/password', 'post'> = { currentPassword, newPassword };
  const body = await api.post<ApiResponse<'/api/v1/auth/password', 'post'>>('/auth/password', input, {
    redirectOn401: false,
  });
  resetCsrfToken(); // the token was bound to the old session
  return body.user;
}
