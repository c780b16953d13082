/**
 * The settings API as the web app uses it: accounts (/users), my sessions (/sessions) and the audit log (/audit), with
 * names for the server's own request and response types (generated from its OpenAPI document, app/api/schema.gen.ts).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, api, apiErrorOf } from '../../app/api/client.js';
import type { ApiBody, ApiQuery, ApiResponse } from '../../app/api/contract.js';
import { type AuditMeta, auditMetaIn } from './auditActions.js';

export type UserItem = ApiResponse<'/api/v1/users', 'get'>['items'][number];
export type UserFilter = Pick<ApiQuery<'/api/v1/users', 'get'>, 'q' | 'role' | 'status'> & {
  page: number;
  pageSize: number;
};
type UserCreate = ApiBody<'/api/v1/users', 'post'>;
/** The account form's values: POST /users's body (the username only when creating). */
export type UserInput = Omit<UserCreate, 'username'> & { username?: string };
type UserUpdate = ApiBody<'/api/v1/users/{id}', 'patch'>;
export type ScopeOptions = ApiResponse<'/api/v1/users/scope-options', 'get'>;
export type ImportedUser = ApiResponse<'/api/v1/users/import', 'post'>['created'][number];
export type SessionItem = ApiResponse<'/api/v1/sessions', 'get'>['items'][number];

type AuditRow = ApiResponse<'/api/v1/audit', 'get'>['items'][number];
/**
 * One audit row. The server declares `diff` as any JSON (z.unknown()); what it writes there is field → {from, to}
 * (platform/audit.ts), or null.
 */
export type AuditItem = Omit<AuditRow, 'diff'> & { diff: Record<string, { from: unknown; to: unknown }> | null };

export type AuditFilter = Pick<ApiQuery<'/api/v1/audit', 'get'>, 'actor' | 'entityType' | 'entityId' | 'action'> & {
  /** ISO instants: from inclusive, to exclusive (the server reads them as dates). */
  from?: string;
  to?: string;
};

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
      api.get<ApiResponse<'/api/v1/users', 'get'>>(`/users${queryString({ ...filter })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['settings', 'roles'],
    queryFn: ({ signal }) => api.get<ApiResponse<'/api/v1/roles', 'get'>>('/roles', { signal }),
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
      mutationFn: (input: UserCreate) => api.post<ApiResponse<'/api/v1/users', 'post'>>('/users', input),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, ...input }: UserUpdate & { id: string }) =>
        api.patch<ApiResponse<'/api/v1/users/{id}', 'patch'>>(`/users/${id}`, input),
      onSuccess: done,
    }),
    action: useMutation({
      mutationFn: ({ id, action }: { id: string; action: 'disable' | 'enable' | 'unlock' }) =>
        api.post<ApiResponse<'/api/v1/users/{id}/enable', 'post'>>(`/users/${id}/${action}`),
      onSuccess: done,
    }),
    resetPassword: useMutation({
      mutationFn: (id: string) =>
        api.post<ApiResponse<'/api/v1/users/{id}/reset-password', 'post'>>(`/users/${id}/reset-password`),
      onSuccess: done,
    }),
    importFile: useMutation({
      mutationFn: async (file: File) =>
        api.post<ApiResponse<'/api/v1/users/import', 'post'>>('/users/import', {
          fileName: file.name,
          contentBase64: await toBase64(file),
        } satisfies ApiBody<'/api/v1/users/import', 'post'>),
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
    queryFn: ({ signal }) => api.get<ApiResponse<'/api/v1/sessions', 'get'>>('/sessions', { signal }),
  });
}

export function useSessionMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: sessionsKey });
  return {
    revoke: useMutation({ mutationFn: (id: string) => api.delete(`/sessions/${id}`), onSuccess: done }),
    revokeOthers: useMutation({
      mutationFn: () => api.post<ApiResponse<'/api/v1/sessions/revoke-others', 'post'>>('/sessions/revoke-others'),
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

/** GET /audit/meta: the actions the log knows, named in the UI language. */
export function useAuditMeta() {
  const english = useTranslation().i18n.language === 'en';
  const select = useCallback((meta: AuditMeta) => auditMetaIn(meta, english), [english]);
  return useQuery({
    queryKey: ['settings', 'audit', 'meta'],
    queryFn: ({ signal }) => api.get<AuditMeta>('/audit/meta', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    select,
  });
}

/**
 * Downloads a file from a GET endpoint with the session cookie (fetched rather than linked, so a refusal shows
 * the server's message instead of a JSON page).
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(API_BASE + path, { credentials: 'include' });
  if (!res.ok) throw await apiErrorOf(res);
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

/** The signed-in user's permissions from /auth/me (the server's role table). */
export function permissionsOf(user: { permissions: string[] }): string[] {
  return user.permissions;
}
