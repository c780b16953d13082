/**
 * The people-facing hearing requests (issue 13): a head's hearings (我的开庭), confirming attendance, a 不出庭说明 (the
 * head's own or filed by the clerk), the court's evaluation of an appearance, and the appearance figures. Types from
 * the server's OpenAPI.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiBody, ApiQuery, ApiResponse } from '../../app/api/contract.js';

export type MyHearings = ApiResponse<'/api/v1/hearings/mine', 'get'>;
export type MyHearing = MyHearings['items'][number];
export type MyHead = NonNullable<MyHearings['head']>;
export type HearingDetail = ApiResponse<'/api/v1/hearings/{id}', 'get'>;
export type AbsenceBody = ApiBody<'/api/v1/hearings/{id}/absences', 'post'>;
export type MyAbsenceBody = ApiBody<'/api/v1/hearings/{id}/my-absence', 'post'>;
export type EvaluationBody = ApiBody<'/api/v1/hearings/{id}/evaluations/{headId}', 'put'>;
export type Figures = ApiResponse<'/api/v1/hearings/figures', 'get'>;
export type FiguresQuery = ApiQuery<'/api/v1/hearings/figures', 'get'>;
export type FigureSet = Figures['total'];
export type Rate = FigureSet['appearance'];

const enc = encodeURIComponent;
const MINE = ['hearings', 'mine'] as const;

export const useMyHearings = () => useQuery({ queryKey: MINE, queryFn: () => api.get<MyHearings>('/hearings/mine') });

/** After a change to a hearing: every hearings query (the head's list, the case's section, /hearings). */
function useInvalidateHearings() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['hearings'] }),
      qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'cases' && q.queryKey[2] === 'hearings' }),
    ]);
}

export function useConfirmAttendance() {
  const invalidate = useInvalidateHearings();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post<HearingDetail>(`/hearings/${enc(id)}/confirm`, { version }),
    onSettled: invalidate,
  });
}

export function useFileMyAbsence() {
  const invalidate = useInvalidateHearings();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MyAbsenceBody }) =>
      api.post<HearingDetail>(`/hearings/${enc(id)}/my-absence`, body),
    onSettled: invalidate,
  });
}

export function useFileAbsence() {
  const invalidate = useInvalidateHearings();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AbsenceBody }) =>
      api.post<HearingDetail>(`/hearings/${enc(id)}/absences`, body),
    onSettled: invalidate,
  });
}

export function useEvaluate() {
  const invalidate = useInvalidateHearings();
  return useMutation({
    mutationFn: ({ id, headId, body }: { id: string; headId: string; body: EvaluationBody }) =>
      api.put<HearingDetail>(`/hearings/${enc(id)}/evaluations/${enc(headId)}`, body),
    onSettled: invalidate,
  });
}

export const useHearingFigures = (q: { from: string; to: string; by: 'agency' | 'county' }) =>
  useQuery({
    queryKey: ['hearings', 'figures', q.from, q.to, q.by],
    queryFn: () => api.get<Figures>(`/hearings/figures?from=${q.from}&to=${q.to}&by=${q.by}`),
  });
