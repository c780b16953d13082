/** Documents and Word output: templates (/document-templates) and a case's generated documents. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../app/api/client.js';
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
    // The reason goes ahead of the file, where the server reads it.
    mutationFn: ({ file, reason }: { file: File; reason: string }) =>
      api.upload<Uploaded>(`/document-templates/${enc(key)}`, file, file.name, { fields: { reason } }),
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
