/** Hearings (issue 13): a case's hearings, upcoming hearings, absences awaiting 备案. Types from the server's OpenAPI. */
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';
import { caseKeys } from '../cases/api.js';

export type HearingMeta = ApiResponse<'/api/v1/hearings/meta', 'get'>;
export type CaseHearings = ApiResponse<'/api/v1/cases/{id}/hearings', 'get'>;
export type Hearing = CaseHearings['items'][number];
export type Upcoming = ApiResponse<'/api/v1/hearings/upcoming', 'get'>;
export type UpcomingHearing = Upcoming['items'][number];
export type PendingAbsences = ApiResponse<'/api/v1/hearing-absences/pending', 'get'>;
export type PendingAbsence = PendingAbsences['items'][number];
export type NewHearing = ApiBody<'/api/v1/cases/{id}/hearings', 'post'>;
export type StatusChange = ApiBody<'/api/v1/hearings/{id}/status', 'post'>;
export type AbsenceDecision = ApiBody<'/api/v1/hearing-absences/{id}/decision', 'post'>;
export type AppearanceList = ApiBody<'/api/v1/hearings/{id}/appearances', 'put'>;

const enc = encodeURIComponent;
const caseKey = (caseId: string) => ['cases', caseId, 'hearings'] as const;

/** A stale `version`: someone else changed the hearing (or the absence) since it was read. */
export const isVersionConflict = (err: unknown) =>
  err instanceof ApiError && (err.code === 'VERSION_CONFLICT' || err.status === 409);

export const useHearingMeta = () =>
  useQuery({
    queryKey: ['hearings', 'meta'],
    queryFn: () => api.get<HearingMeta>('/hearings/meta'),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useCaseHearings = (caseId: string) =>
  useQuery({ queryKey: caseKey(caseId), queryFn: () => api.get<CaseHearings>(`/cases/${enc(caseId)}/hearings`) });

export const useUpcomingHearings = (days: number) =>
  useQuery({
    queryKey: ['hearings', 'upcoming', days],
    queryFn: () => api.get<Upcoming>(`/hearings/upcoming?days=${days}&status=scheduled,postponed`),
  });

export const usePendingAbsences = (enabled: boolean) =>
  useQuery({
    queryKey: ['hearings', 'absences', 'pending'],
    queryFn: () => api.get<PendingAbsences>('/hearing-absences/pending'),
    enabled,
  });

/** After any change: the case's hearings, its detail (deadlines, summary) and the lists of /hearings. */
function useInvalidate(caseId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: caseKey(caseId) }),
      qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
      qc.invalidateQueries({ queryKey: ['hearings', 'upcoming'] }),
    ]);
}

export function useCreateHearing(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({
    mutationFn: (body: NewHearing) => api.post<Hearing>(`/cases/${enc(caseId)}/hearings`, body),
    onSuccess: invalidate,
  });
}

export function useChangeStatus(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StatusChange }) =>
      api.post<Hearing>(`/hearings/${enc(id)}/status`, body),
    onSettled: invalidate,
  });
}

export function useSaveAppearances(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AppearanceList }) =>
      api.put<Hearing>(`/hearings/${enc(id)}/appearances`, body),
    onSettled: invalidate,
  });
}

export function useDecideAbsence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AbsenceDecision }) =>
      api.post<unknown>(`/hearing-absences/${enc(id)}/decision`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['hearings'] }),
  });
}

export type AgencyHeads = ApiResponse<'/api/v1/agencies/{id}/heads', 'get'>;
export type AgencyHead = AgencyHeads['items'][number];

/** The heads of the case's defendant agencies (org's heads list): who may appear for them as 负责人. */
export function useDefendantHeads(agencyIds: readonly string[]) {
  const results = useQueries({
    queries: agencyIds.map((id) => ({
      queryKey: ['org', 'agency-heads', id],
      queryFn: () => api.get<AgencyHeads>(`/agencies/${enc(id)}/heads`),
    })),
  });
  return {
    heads: results.flatMap((r) => r.data?.items ?? []),
    loading: results.some((r) => r.isLoading),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
