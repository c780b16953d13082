/** 行政争议化解中心 (issue 16): mediations, their steps and results. Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';

export type MediationList = ApiResponse<'/api/v1/mediations', 'get'>;
export type MediationListItem = MediationList['items'][number];
export type Mediation = ApiResponse<'/api/v1/mediations/{id}', 'get'>;
export type IntakeBody = ApiBody<'/api/v1/mediations', 'post'>;
export type RefuseBody = ApiBody<'/api/v1/mediations/{id}/refuse', 'post'>;
export type AssignBody = ApiBody<'/api/v1/mediations/{id}/assign', 'post'>;
export type SessionBody = ApiBody<'/api/v1/mediations/{id}/sessions', 'post'>;
export type ResultBody = ApiBody<'/api/v1/mediations/{id}/result', 'post'>;
export type BecameCaseBody = ApiBody<'/api/v1/mediations/{id}/became-case', 'post'>;
export type Agencies = ApiResponse<'/api/v1/agencies', 'get'>;

const enc = encodeURIComponent;
const KEY = ['mediations'] as const;

export const useMediations = (state: string | undefined) =>
  useQuery({
    queryKey: [...KEY, 'list', state ?? 'all'],
    queryFn: () => api.get<MediationList>(`/mediations?limit=200${state ? `&state=${enc(state)}` : ''}`),
  });

export const useMediation = (id: string) =>
  useQuery({ queryKey: [...KEY, 'item', id], queryFn: () => api.get<Mediation>(`/mediations/${enc(id)}`) });

/** The agencies a dispute can be with (the caller's region is checked by the server). */
export const useAgencies = () =>
  useQuery({
    queryKey: ['org', 'agencies', 'mediation'],
    queryFn: () => api.get<Agencies>('/agencies'),
    select: (d) => d.items.filter((a) => a.kind !== 'court'),
  });

export function useIntake() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: IntakeBody) => api.post<Mediation>('/mediations', b),
    onSuccess: (m) => qc.setQueryData([...KEY, 'item', m.id], m),
    onSettled: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** A step on a mediation: the answer is the mediation as it is now; the lists refresh behind it. */
function useStep<B>(id: string, path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: B) => api.post<Mediation>(`/mediations/${enc(id)}/${path}`, b),
    onSuccess: (m) => qc.setQueryData([...KEY, 'item', m.id], m),
    onSettled: () =>
      Promise.all([qc.invalidateQueries({ queryKey: KEY }), qc.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

export const useAccept = (id: string) => useStep<{ version: number }>(id, 'accept');
export const useRefuse = (id: string) => useStep<RefuseBody>(id, 'refuse');
export const useAssign = (id: string) => useStep<AssignBody>(id, 'assign');
export const useAddSession = (id: string) => useStep<SessionBody>(id, 'sessions');
export const useRecordResult = (id: string) => useStep<ResultBody>(id, 'result');
export const useBecameCase = (id: string) => useStep<BecameCaseBody>(id, 'became-case');

/** The signed 调解协议书 of an agreed mediation (docs/rules/mediation.md#agreement). */
export function useUploadAgreement(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<Mediation>(`/mediations/${enc(id)}/agreement`, file, file.name),
    onSuccess: (m) => qc.setQueryData([...KEY, 'item', m.id], m),
  });
}

export const agreementFileUrl = (id: string, fileId: string) =>
  `${API_BASE}/mediations/${enc(id)}/agreement/${enc(fileId)}`;
