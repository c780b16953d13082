/** Documents and Word output: templates (/document-templates) and a case's generated documents. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, apiErrorOf } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

export type TemplateList = ApiResponse<'/api/v1/document-templates', 'get'>;
export type TemplateItem = TemplateList['items'][number];
export type DocumentList = ApiResponse<'/api/v1/cases/{id}/documents', 'get'>;
export type DocumentItem = DocumentList['items'][number];
type Uploaded = ApiResponse<'/api/v1/document-templates/{key}', 'post'>;

const enc = encodeURIComponent;
export const documentFileUrl = (id: string) => `${API_BASE}/documents/${enc(id)}/file`;
export const documentPdfUrl = (id: string) => `${API_BASE}/documents/${enc(id)}/pdf`;
export const templateFileUrl = (key: string, version?: number) =>
  `${API_BASE}/document-templates/${enc(key)}/file${version === undefined ? '' : `?version=${version}`}`;

export const useTemplates = () =>
  useQuery({ queryKey: ['document-templates'], queryFn: () => api.get<TemplateList>('/document-templates') });

export function useUploadTemplate(key: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, reason }: { file: File; reason: string }) => {
      const { token } = await api.get<{ token: string }>('/auth/csrf');
      const form = new FormData();
      // The reason before the file: the server reads the fields sent ahead of it.
      form.append('reason', reason);
      form.append('file', file, file.name);
      const res = await fetch(`${API_BASE}/document-templates/${enc(key)}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'x-csrf-token': token, accept: 'application/json' },
        body: form,
      });
      if (!res.ok) throw await apiErrorOf(res);
      return (await res.json()) as Uploaded;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['document-templates'] }),
  });
}

const caseDocsKey = (caseId: string) => ['cases', caseId, 'documents'] as const;

export const useCaseDocuments = (caseId: string) =>
  useQuery({ queryKey: caseDocsKey(caseId), queryFn: () => api.get<DocumentList>(`/cases/${enc(caseId)}/documents`) });

export function useGenerateAssignmentForm(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<DocumentItem>(`/cases/${enc(caseId)}/documents/assignment-form`),
    onSuccess: () => qc.invalidateQueries({ queryKey: caseDocsKey(caseId) }),
  });
}
