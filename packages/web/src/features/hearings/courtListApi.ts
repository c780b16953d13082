/**
 * The court's hearing list import (POST /hearings/court-list) and one's own iCalendar feed (/hearings/feed-token).
 * Types from the server's OpenAPI.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, apiErrorOf } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

export type CourtListCheck = ApiResponse<'/api/v1/hearings/court-list', 'post'>;
export type CourtListItem = CourtListCheck['items'][number];
export type CourtListError = CourtListCheck['errors'][number];
export type FeedToken = ApiResponse<'/api/v1/hearings/feed-token', 'get'>;

/** Uploads the list: a check (dryRun) or the import. Multipart, so not through the JSON client. */
export async function uploadCourtList(file: File, dryRun: boolean): Promise<CourtListCheck> {
  const { token } = await api.get<{ token: string }>('/auth/csrf');
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`${API_BASE}/hearings/court-list?dryRun=${dryRun}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-csrf-token': token, accept: 'application/json' },
    body: form,
  });
  if (!res.ok) throw await apiErrorOf(res);
  return (await res.json()) as CourtListCheck;
}

const feedKey = ['hearings', 'feed-token'] as const;

export const useFeedToken = () =>
  useQuery({ queryKey: feedKey, queryFn: () => api.get<FeedToken>('/hearings/feed-token') });

export function useCreateFeedToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<FeedToken>('/hearings/feed-token'),
    onSuccess: (data) => qc.setQueryData(feedKey, { ...data, path: undefined }),
  });
}

export function useRevokeFeedToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<FeedToken>('/hearings/feed-token'),
    onSuccess: (data) => qc.setQueryData(feedKey, data),
  });
}
