/** 报告 (issue 15 §Reports): the monthly 新收案件通报, quarterly 指标通报 and annual 行政应诉工作报告. Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';

export type ReportList = ApiResponse<'/api/v1/reports', 'get'>;
export type ReportListItem = ReportList['items'][number];
export type Report = ApiResponse<'/api/v1/reports/{id}', 'get'>;
export type DraftBody = ApiBody<'/api/v1/reports', 'post'>;

const enc = encodeURIComponent;
const KEY = ['reports'] as const;

export const useReports = () =>
  useQuery({ queryKey: [...KEY, 'list'], queryFn: () => api.get<ReportList>('/reports') });
export const useReport = (id: string | undefined) =>
  useQuery({
    queryKey: [...KEY, 'item', id],
    queryFn: () => api.get<Report>(`/reports/${enc(id!)}`),
    enabled: Boolean(id),
  });

function useReportChange<B>(send: (body: B) => Promise<Report>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (r) => qc.setQueryData([...KEY, 'item', r.id], r),
    onSettled: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export const useDraftReport = () => useReportChange((b: DraftBody) => api.post<Report>('/reports', b));
export const useIssueReport = (id: string) =>
  useReportChange((b: { version: number }) => api.post<Report>(`/reports/${enc(id)}/issue`, b));

export const fileUrl = (id: string, format: 'docx' | 'xlsx') => `${API_BASE}/reports/${enc(id)}.${format}`;
