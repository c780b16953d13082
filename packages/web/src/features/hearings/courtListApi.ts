/**
 * The court's hearing list import (POST /hearings/court-list) and one's own iCalendar feed (/hearings/feed-token).
 * Types from the server's OpenAPI.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

export type CourtListCheck = ApiResponse<'/api/v1/hearings/court-list', 'post'>;
export type CourtListItem = CourtListCheck['items'][number];
export type CourtListError = CourtListCheck['errors'][number];
export type FeedToken = ApiResponse<'/api/v1/hearings/feed-token', 'get'>;

/** Uploads the list: a check (dryRun) or the import. */
export const uploadCourtList = (file: File, dryRun: boolean) =>
  api.upload<CourtListCheck>(`/hearings/court-list?dryRun=${dryRun}`, file, file.name);

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
