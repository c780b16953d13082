/** 统计报表 (issue 15 §Statutory statistics): the filings, their layouts and the steps. Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';

export type FormsMeta = ApiResponse<'/api/v1/statistics/forms', 'get'>;
export type FormLayout = FormsMeta['forms'][number];
export type FilingList = ApiResponse<'/api/v1/statistics/filings', 'get'>;
export type FilingListItem = FilingList['items'][number];
export type Filing = ApiResponse<'/api/v1/statistics/filings/{id}', 'get'>;
export type CreateBody = ApiBody<'/api/v1/statistics/filings', 'post'>;
export type AdjustBody = ApiBody<'/api/v1/statistics/filings/{id}/cells', 'put'>;
export type FormKind = FormLayout['kind'];

const enc = encodeURIComponent;
const KEY = ['statistics'] as const;

export const useStatForms = () =>
  useQuery({
    queryKey: [...KEY, 'forms'],
    queryFn: () => api.get<FormsMeta>('/statistics/forms'),
    staleTime: Number.POSITIVE_INFINITY,
  });
export const useFilings = () =>
  useQuery({ queryKey: [...KEY, 'list'], queryFn: () => api.get<FilingList>('/statistics/filings') });
export const useFiling = (id: string | undefined) =>
  useQuery({
    queryKey: [...KEY, 'item', id],
    queryFn: () => api.get<Filing>(`/statistics/filings/${enc(id!)}`),
    enabled: Boolean(id),
  });

function useFilingChange<B>(send: (body: B) => Promise<Filing>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (f) => qc.setQueryData([...KEY, 'item', f.id], f),
    onSettled: () => qc.invalidateQueries({ queryKey: [...KEY, 'list'] }),
  });
}

export const useCreateFiling = () => useFilingChange((b: CreateBody) => api.post<Filing>('/statistics/filings', b));
export const useSummarise = () =>
  useFilingChange((b: { form: FormKind; period: string }) => api.post<Filing>('/statistics/summaries', b));
export const useAdjustCell = (id: string) =>
  useFilingChange((b: AdjustBody) => api.put<Filing>(`/statistics/filings/${enc(id)}/cells`, b));
export const useFilingStep = (id: string, step: 'recount' | 'submit' | 'accept') =>
  useFilingChange((b: { version: number }) => api.post<Filing>(`/statistics/filings/${enc(id)}/${step}`, b));
export const useReturnFiling = (id: string) =>
  useFilingChange((b: { version: number; comment: string }) =>
    api.post<Filing>(`/statistics/filings/${enc(id)}/return`, b),
  );

export const xlsxUrl = (id: string) => `${API_BASE}/statistics/filings/${enc(id)}.xlsx`;
