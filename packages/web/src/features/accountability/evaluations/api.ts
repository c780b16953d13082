/**
 * 败诉评价与移送 (issue 17): evaluations, their steps and referrals. Types from the server's OpenAPI (npm run contracts).
 * Every step answers with the evaluation as the server lets this user see it (blind review applied server-side).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../../app/api/contract.js';

export type EvaluationList = ApiResponse<'/api/v1/evaluations', 'get'>;
export type EvaluationListItem = EvaluationList['items'][number];
export type Evaluation = ApiResponse<'/api/v1/evaluations/{id}', 'get'>;
export type EvaluationMeta = ApiResponse<'/api/v1/evaluations/meta', 'get'>;
export type InitialBody = ApiBody<'/api/v1/evaluations/{id}/initial', 'put'>;
export type ExpertsBody = ApiBody<'/api/v1/evaluations/{id}/experts', 'post'>;
export type ReviewBody = ApiBody<'/api/v1/evaluations/{id}/reviews', 'post'>;
export type ConclusionBody = ApiBody<'/api/v1/evaluations/{id}/conclusion', 'post'>;
export type ReferralBody = ApiBody<'/api/v1/referrals', 'post'>;
export type OutcomeBody = ApiBody<'/api/v1/referrals/{id}/outcome', 'post'>;

const enc = encodeURIComponent;
const KEY = ['evaluations'] as const;

export const isVersionConflict = (err: unknown) =>
  err instanceof ApiError && (err.code === 'VERSION_CONFLICT' || err.status === 409);

export const useEvaluationMeta = () =>
  useQuery({
    queryKey: [...KEY, 'meta'],
    queryFn: () => api.get<EvaluationMeta>('/evaluations/meta'),
    staleTime: 5 * 60_000,
  });

export const useEvaluations = (state: string | null, page: number) =>
  useQuery({
    queryKey: [...KEY, 'list', state, page],
    queryFn: () =>
      api.get<EvaluationList>(`/evaluations?page=${page}&pageSize=20${state ? `&state=${enc(state)}` : ''}`),
  });

export const useEvaluation = (id: string) =>
  useQuery({ queryKey: [...KEY, 'item', id], queryFn: () => api.get<Evaluation>(`/evaluations/${enc(id)}`) });

/** A step: the answer is the evaluation as it is now, shown at once; the lists refresh behind it. */
function useStep<B>(id: string, send: (body: B) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      if (answer && typeof answer === 'object' && 'reviews' in answer) qc.setQueryData([...KEY, 'item', id], answer);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export const useRecordInitial = (id: string) =>
  useStep<InitialBody>(id, (b) => api.put<Evaluation>(`/evaluations/${enc(id)}/initial`, b));
export const useAssignExperts = (id: string) =>
  useStep<ExpertsBody>(id, (b) => api.post<Evaluation>(`/evaluations/${enc(id)}/experts`, b));
export const useSubmitReview = (id: string) =>
  useStep<ReviewBody>(id, (b) => api.post<Evaluation>(`/evaluations/${enc(id)}/reviews`, b));
export const useConclude = (id: string) =>
  useStep<ConclusionBody>(id, (b) => api.post<Evaluation>(`/evaluations/${enc(id)}/conclusion`, b));
export const useRefer = (id: string) => useStep<ReferralBody>(id, (b) => api.post('/referrals', b));
export const useRecordOutcome = (id: string, referralId: string) =>
  useStep<OutcomeBody>(id, (b) => api.post(`/referrals/${enc(referralId)}/outcome`, b));
