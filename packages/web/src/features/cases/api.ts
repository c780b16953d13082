/**
 * The case registry API (案件台账) as the web app uses it: names for the server's own request and response types
 * (generated from its OpenAPI document, app/api/schema.gen.ts), fetchers and TanStack Query hooks. Labels of the
 * closed lists come from GET /cases/meta, so the Chinese wording lives in one place on the server.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';
import { metaInEnglish } from './metaEn.js';

export type CaseListResponse = ApiResponse<'/api/v1/cases', 'get'>;
export type CaseListItem = CaseListResponse['items'][number];
export type CaseDetail = ApiResponse<'/api/v1/cases/{id}', 'get'>;
export type PartyOut = CaseDetail['parties'][number];
export type DeadlineOut = CaseDetail['deadlines'][number];
export type CaseLinkOut = CaseDetail['links'][number];

export type CaseKind = CaseListItem['kind'];
export type CaseStatus = CaseListItem['status'];
export type RiskLevel = CaseListItem['riskLevel'];
export type PartySide = PartyOut['side'];
export type PartyType = PartyOut['partyType'];
export type DefendantRole = NonNullable<PartyOut['defendantRole']>;

export type CaseMeta = ApiResponse<'/api/v1/cases/meta', 'get'>;
export type Labelled = CaseMeta['kinds'][number];

export type Region = ApiResponse<'/api/v1/regions', 'get'>['items'][number];
export type Agency = ApiResponse<'/api/v1/agencies', 'get'>['items'][number];
export type AdminDomain = ApiResponse<'/api/v1/admin-domains', 'get'>['items'][number];

/** The writable fields as POST /cases takes them (PATCH /cases/:id takes the same, with `version`). */
export type CaseInput = ApiBody<'/api/v1/cases', 'post'>;
export type CaseUpdate = ApiBody<'/api/v1/cases/{id}', 'patch'>;
export type PartyInput = NonNullable<CaseInput['parties']>[number];

export const caseKeys = {
  all: ['cases'] as const,
  list: (query: string) => ['cases', 'list', query] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
};

const LONG = 10 * 60_000;

/** GET /cases/meta; in the English UI the labels of its closed lists are English (metaEn.ts). */
export function useCaseMeta() {
  const english = useTranslation().i18n.language === 'en';
  const select = useCallback((meta: CaseMeta) => (english ? metaInEnglish(meta) : meta), [english]);
  return useQuery({
    queryKey: ['cases', 'meta'],
    queryFn: ({ signal }) => api.get<CaseMeta>('/cases/meta', { signal }),
    staleTime: LONG,
    select,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['org', 'regions'],
    queryFn: async ({ signal }) => (await api.get<ApiResponse<'/api/v1/regions', 'get'>>('/regions', { signal })).items,
    staleTime: LONG,
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: ['org', 'agencies'],
    queryFn: async ({ signal }) =>
      (await api.get<ApiResponse<'/api/v1/agencies', 'get'>>('/agencies', { signal })).items,
    staleTime: LONG,
  });
}

export function useAdminDomains() {
  return useQuery({
    queryKey: ['org', 'admin-domains'],
    queryFn: async ({ signal }) =>
      (await api.get<ApiResponse<'/api/v1/admin-domains', 'get'>>('/admin-domains', { signal })).items,
    staleTime: LONG,
  });
}

/** One page of the list; `query` is the server query string (see listParams.ts). */
export function useCaseList(query: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => api.get<CaseListResponse>(`/cases?${query}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCaseDetail(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/cases/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: !!id,
  });
}

/** A mutation that refreshes every case query afterwards (list pages and the detail). */
function useCaseMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      if (result && typeof result === 'object' && 'id' in result) {
        qc.setQueryData(caseKeys.detail(String((result as { id: unknown }).id)), result);
      }
      await qc.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export const useCreateCase = () => useCaseMutation((body: CaseInput) => api.post<CaseDetail>('/cases', body));
export const useUpdateCase = (id: string) =>
  useCaseMutation((body: CaseUpdate) => api.patch<CaseDetail>(`/cases/${encodeURIComponent(id)}`, body));
export const useDeleteCase = (id: string) =>
  useCaseMutation((body: { reason: string; version?: number }) =>
    api.delete<unknown>(`/cases/${encodeURIComponent(id)}`, undefined, body),
  );
export const useRestoreCase = (id: string) =>
  useCaseMutation(() => api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/restore`, {}));
export const useLinkCase = (id: string) =>
  useCaseMutation((body: { toCaseId: string; linkType: string }) =>
    api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/links`, body),
  );

export type HandlerCandidate = ApiResponse<'/api/v1/cases/handler-candidates', 'get'>['items'][number];

/** The 承办人 choices for a case with these defendant agencies (docs/rules/cases.md#handler); none without an agency. */
export function useHandlerCandidates(agencyIds: string[], enabled = true) {
  const key = agencyIds.join(',');
  return useQuery({
    queryKey: ['cases', 'handler-candidates', key],
    queryFn: async ({ signal }) =>
      (
        await api.get<ApiResponse<'/api/v1/cases/handler-candidates', 'get'>>(
          `/cases/handler-candidates?agencyIds=${encodeURIComponent(key)}`,
          { signal },
        )
      ).items,
    enabled: enabled && agencyIds.length > 0,
    staleTime: 60_000,
  });
}

export function unmaskParties(id: string, reason: string): Promise<{ parties: PartyOut[] }> {
  return api.post<{ parties: PartyOut[] }>(`/cases/${encodeURIComponent(id)}/unmask`, { reason });
}
