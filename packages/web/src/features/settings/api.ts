/**
 * The settings API as the web app uses it: accounts (/users), my sessions (/sessions) and the audit log (/audit).
 * Types mirror packages/server/src/modules/{users,sessions,audit}/routes.ts.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, ApiError, api } from '../../app/api/client.js';

export interface UserItem {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleName: string;
  regionCode: string | null;
  regionName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  phone: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface UserFilter {
  q?: string;
  role?: string;
  status?: 'active' | 'disabled' | 'locked';
  page: number;
  pageSize: number;
}

export interface UserInput {
  username?: string;
  displayName: string;
  role: string;
  regionCode?: string | null;
  agencyId?: string | null;
  phone?: string | null;
}

export interface ScopeOptions {
  regions: { code: string; name: string; level: string; parentCode: string | null }[];
  agencies: { id: string; name: string; kind: string; regionCode: string }[];
}

export interface ImportedUser {
  row: number;
  username: string;
  displayName: string;
  roleName: string;
  initialPassword: string;
}

export interface SessionItem {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface AuditItem {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  diff: Record<string, { from: unknown; to: unknown }> | null;
  requestId: string | null;
  /** The object by its name (案号, a person's name …); null when it has none or no longer exists. */
  entityName: string | null;
  /** What happened, more precisely than the action (e.g. `case_note` for a note added to a case). */
  what: { code: string; detail: string | null };
}

export interface AuditFilter {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO instants: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

/** `?a=1&b=2` from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const usersKey = ['settings', 'users'] as const;

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: ({ signal }) =>
      api.get<{ items: UserItem[]; total: number }>(`/users${queryString({ ...filter })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['settings', 'roles'],
    queryFn: ({ signal }) => api.get<{ items: { code: string; name: string }[] }>('/roles', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useScopeOptions() {
  return useQuery({
    queryKey: ['settings', 'scope-options'],
    queryFn: ({ signal }) => api.get<ScopeOptions>('/users/scope-options', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Mutations on accounts; each refreshes the list. */
export function useUserMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: usersKey });
  return {
    create: useMutation({
      mutationFn: (input: UserInput) => api.post<{ user: UserItem; initialPassword: string }>('/users', input),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, ...input }: Partial<UserInput> & { id: string; version: number }) =>
        api.patch<{ user: UserItem }>(`/users/${id}`, input),
      onSuccess: done,
    }),
    action: useMutation({
      mutationFn: ({ id, action }: { id: string; action: 'disable' | 'enable' | 'unlock' }) =>
        api.post<{ user: UserItem }>(`/users/${id}/${action}`),
      onSuccess: done,
    }),
    resetPassword: useMutation({
      mutationFn: (id: string) => api.post<{ initialPassword: string }>(`/users/${id}/reset-password`),
      onSuccess: done,
    }),
    importFile: useMutation({
      mutationFn: async (file: File) =>
        api.post<{ created: ImportedUser[] }>('/users/import', {
          fileName: file.name,
          contentBase64: await toBase64(file),
        }),
      onSuccess: done,
    }),
  };
}

async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const sessionsKey = ['settings', 'sessions'] as const;

export function useMySessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => api.get<{ items: SessionItem[] }>('/sessions', { signal }),
  });
}

export function useSessionMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: sessionsKey });
  return {
    revoke: useMutation({ mutationFn: (id: string) => api.delete(`/sessions/${id}`), onSuccess: done }),
    revokeOthers: useMutation({
      mutationFn: () => api.post<{ revoked: number }>('/sessions/revoke-others'),
      onSuccess: done,
    }),
  };
}

export function useAuditLog(filter: AuditFilter & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['settings', 'audit', filter],
    queryFn: ({ signal }) =>
      api.get<{ items: AuditItem[]; total: number }>(`/audit${queryString({ ...filter })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Downloads a file from a GET endpoint with the session cookie (fetched rather than linked, so a refusal shows
 * the server's message instead of a JSON page).
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(API_BASE + path, { credentials: 'include' });
  if (!res.ok) {
    let code = `HTTP_${res.status}`;
    let message = res.statusText;
    try {
      const body = (await res.json()) as { code?: string; message?: string };
      code = body.code ?? code;
      message = body.message ?? message;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, code, message);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = star ? decodeURIComponent(star) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The signed-in user's permissions from /auth/me (the server's role table); empty when the server sent none. */
export function permissionsOf(user: unknown): string[] {
  const p = (user as { permissions?: unknown }).permissions;
  return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : [];
}
