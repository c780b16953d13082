/** After judgment (判决后): GET /cases/:id/after-judgment and its changes (modules/judgments on the server). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';
import { caseKeys } from '../cases/api.js';

export type AfterJudgment = ApiResponse<'/api/v1/cases/{id}/after-judgment', 'get'>;
export type Decision = AfterJudgment['decisions'][number];
export type Compliance = NonNullable<AfterJudgment['compliance']>;
type DraftBody = ApiBody<'/api/v1/cases/{id}/appeal-decisions', 'post'>;
type ReviseBody = ApiBody<'/api/v1/appeal-decisions/{id}', 'patch'>;
type DecisionBody = ApiBody<'/api/v1/appeal-decisions/{id}/decision', 'post'>;
type CompleteBody = ApiBody<'/api/v1/compliance-tasks/{id}/complete', 'post'>;

const enc = encodeURIComponent;
export const afterJudgmentKey = (caseId: string) => ['cases', caseId, 'after-judgment'] as const;

export const useAfterJudgment = (caseId: string) =>
  useQuery({
    queryKey: afterJudgmentKey(caseId),
    queryFn: () => api.get<AfterJudgment>(`/cases/${enc(caseId)}/after-judgment`),
  });

/** Every change answers with the whole section: it replaces the cached one; the case's deadlines moved with it. */
function useChange<I>(caseId: string, fn: (input: I) => Promise<AfterJudgment>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      qc.setQueryData(afterJudgmentKey(caseId), view);
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: ['cases', caseId, 'documents'] });
    },
    onError: () => void qc.invalidateQueries({ queryKey: afterJudgmentKey(caseId) }),
  });
}

export const useRecordService = (caseId: string) =>
  useChange(caseId, (b: { servedDate: string; version: number }) =>
    api.put<AfterJudgment>(`/cases/${enc(caseId)}/judgment-service`, b),
  );
export const useDraftDecision = (caseId: string) =>
  useChange(caseId, (b: DraftBody) => api.post<AfterJudgment>(`/cases/${enc(caseId)}/appeal-decisions`, b));
export const useReviseDecision = (caseId: string) =>
  useChange(caseId, ({ id, ...b }: ReviseBody & { id: string }) =>
    api.patch<AfterJudgment>(`/appeal-decisions/${enc(id)}`, b),
  );
export const useDecide = (caseId: string) =>
  useChange(caseId, ({ id, ...b }: DecisionBody & { id: string }) =>
    api.post<AfterJudgment>(`/appeal-decisions/${enc(id)}/decision`, b),
  );
export const useComplete = (caseId: string) =>
  useChange(caseId, ({ id, ...b }: CompleteBody & { id: string }) =>
    api.post<AfterJudgment>(`/compliance-tasks/${enc(id)}/complete`, b),
  );
export const useUploadEvidence = (caseId: string) =>
  useChange(caseId, ({ id, file }: { id: string; file: File }) =>
    api.upload<AfterJudgment>(`/compliance-tasks/${enc(id)}/evidence`, file, file.name),
  );
