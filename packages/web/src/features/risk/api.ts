/** 风险预警与化解 (issue 16): risk items, their level, leader, plan, progress, 销号. Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';

export type RiskMeta = ApiResponse<'/api/v1/risk-items/meta', 'get'>;
export type RiskList = ApiResponse<'/api/v1/risk-items', 'get'>;
export type RiskListItem = RiskList['items'][number];
export type RiskItem = ApiResponse<'/api/v1/risk-items/{id}', 'get'>;
export type LevelBody = ApiBody<'/api/v1/risk-items/{id}/level', 'put'>;
export type LeadBody = ApiBody<'/api/v1/risk-items/{id}/lead', 'put'>;
export type PlanBody = ApiBody<'/api/v1/risk-items/{id}/plan', 'put'>;
export type ProgressBody = ApiBody<'/api/v1/risk-items/{id}/plan/progress', 'post'>;
export type CloseBody = ApiBody<'/api/v1/risk-items/{id}/close', 'post'>;
export type ReopenBody = ApiBody<'/api/v1/risk-items/{id}/reopen', 'post'>;
export type SuperviseBody = ApiBody<'/api/v1/supervisions', 'post'>;
export type LiftBody = ApiBody<'/api/v1/supervisions/{id}/lift', 'post'>;
export type RegionHeads = ApiResponse<'/api/v1/agency-heads', 'get'>;
export type RegionHead = RegionHeads['items'][number];

const enc = encodeURIComponent;
const KEY = ['risk-items'] as const;

export const isVersionConflict = (err: unknown) =>
  err instanceof ApiError && (err.code === 'VERSION_CONFLICT' || err.status === 409);

export const useRiskMeta = () =>
  useQuery({
    queryKey: [...KEY, 'meta'],
    queryFn: () => api.get<RiskMeta>('/risk-items/meta'),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** A unit's items from the figures (GET /risk-items/figures `filter`, with the period's warning dates). */
export interface RiskListFilter {
  regionCode?: string;
  regionExact?: boolean;
  agencyId?: string;
  warnedFrom?: string;
  warnedTo?: string;
}

export const useRiskItems = (includeClosed: boolean, filter: RiskListFilter = {}) =>
  useQuery({
    queryKey: [...KEY, 'list', includeClosed, filter],
    queryFn: () => {
      const q = new URLSearchParams({ includeClosed: String(includeClosed) });
      for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') q.set(k, String(v));
      return api.get<RiskList>(`/risk-items?${q}`);
    },
  });

export type RiskFigures = ApiResponse<'/api/v1/risk-items/figures', 'get'>;
export type RiskFigureUnit = RiskFigures['units'][number];

export const useRiskFigures = (from: string, to: string, by: 'county' | 'agency') =>
  useQuery({
    queryKey: [...KEY, 'figures', from, to, by],
    queryFn: () => api.get<RiskFigures>(`/risk-items/figures?from=${from}&to=${to}&by=${by}`),
  });

export const useRiskItem = (id: string) =>
  useQuery({ queryKey: [...KEY, 'item', id], queryFn: () => api.get<RiskItem>(`/risk-items/${enc(id)}`) });

/** Heads with a login in the caller's region (the 包案领导 candidates). */
export const useLeadCandidates = (enabled: boolean) =>
  useQuery({
    queryKey: ['org', 'agency-heads', 'region'],
    queryFn: () => api.get<RegionHeads>('/agency-heads'),
    enabled,
    select: (d) => d.items.filter((h) => h.active && h.userId),
  });

/** A change to an item: the item's page and the board refresh, and the case (its level and timeline). */
function useStep<B>(send: (body: B) => Promise<RiskItem>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    // The answer is the item as it is now: shown at once, the lists refreshed behind it.
    onSuccess: (item) => qc.setQueryData([...KEY, 'item', item.id], item),
    onSettled: () =>
      Promise.all([qc.invalidateQueries({ queryKey: KEY }), qc.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

export const useOverrideLevel = (id: string) =>
  useStep<LevelBody>((b) => api.put<RiskItem>(`/risk-items/${enc(id)}/level`, b));
export const useAssignLead = (id: string) =>
  useStep<LeadBody>((b) => api.put<RiskItem>(`/risk-items/${enc(id)}/lead`, b));
export const useSavePlan = (id: string) =>
  useStep<PlanBody>((b) => api.put<RiskItem>(`/risk-items/${enc(id)}/plan`, b));
export const useAddProgress = (id: string) =>
  useStep<ProgressBody>((b) => api.post<RiskItem>(`/risk-items/${enc(id)}/plan/progress`, b));
export const useCloseItem = (id: string) =>
  useStep<CloseBody>((b) => api.post<RiskItem>(`/risk-items/${enc(id)}/close`, b));
export const useReopenItem = (id: string) =>
  useStep<ReopenBody>((b) => api.post<RiskItem>(`/risk-items/${enc(id)}/reopen`, b));
export const useSupervise = () => useStep<SuperviseBody>((b) => api.post<RiskItem>('/supervisions', b));
export const useLiftSupervision = (supervisionId: string) =>
  useStep<LiftBody>((b) => api.post<RiskItem>(`/supervisions/${enc(supervisionId)}/lift`, b));

export type CaseSignals = ApiResponse<'/api/v1/risk-signals', 'get'>;
export type SignalBody = ApiBody<'/api/v1/risk-signals', 'post'>;

/** The court's pre-hearing signals on a case (docs/rules/risk.md#liaison-signals). */
export const useCaseSignals = (caseId: string) =>
  useQuery({
    queryKey: [...KEY, 'signals', caseId],
    queryFn: () => api.get<CaseSignals>(`/risk-signals?caseId=${enc(caseId)}`),
  });

function useSignalStep<B>(caseId: string, send: (body: B) => Promise<CaseSignals>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (d) => qc.setQueryData([...KEY, 'signals', caseId], d),
    // The case's level and timeline changed with the screening it caused.
    onSettled: () =>
      Promise.all([qc.invalidateQueries({ queryKey: KEY }), qc.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

export const useRecordSignal = (caseId: string) =>
  useSignalStep<SignalBody>(caseId, (b) => api.post<CaseSignals>('/risk-signals', b));
export const useWithdrawSignal = (caseId: string) =>
  useSignalStep<{ id: string; reason: string }>(caseId, ({ id, reason }) =>
    api.post<CaseSignals>(`/risk-signals/${enc(id)}/withdraw`, { reason }),
  );

export type RaiseBody = ApiBody<'/api/v1/risk-items', 'post'>;

/** A case without an item raised by hand (POST /risk-items); the lists and the case refresh. */
export function useRaiseItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: RaiseBody) => api.post<RiskItem>('/risk-items', b),
    onSettled: () =>
      Promise.all([qc.invalidateQueries({ queryKey: KEY }), qc.invalidateQueries({ queryKey: ['cases'] })]),
  });
}
