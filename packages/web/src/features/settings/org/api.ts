/** Agencies and their heads (负责人名录): /agencies, /agency-heads, /agencies/{id}/heads. Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../../app/api/contract.js';

export type AgencyList = ApiResponse<'/api/v1/agencies', 'get'>;
export type Agency = AgencyList['items'][number];
export type HeadList = ApiResponse<'/api/v1/agency-heads', 'get'>;
export type Head = HeadList['items'][number];
export type CreateHeadBody = ApiBody<'/api/v1/agencies/{id}/heads', 'post'>;
export type UpdateHeadBody = ApiBody<'/api/v1/agency-heads/{id}', 'patch'>;
export type HeadRole = Head['headRole'];

export const HEAD_ROLES: readonly HeadRole[] = ['principal', 'deputy', 'in_charge'];
/** Agencies whose heads answer in court for the agency (not courts or procuratorates). */
export const AGENCY_KINDS_WITH_HEADS = ['department', 'town', 'reconsideration_body', 'other'] as const;

const q = (params: Record<string, string | undefined>) => {
  const s = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return s ? `?${s}` : '';
};

export const useAgencies = (regionCode: string | null) =>
  useQuery({
    queryKey: ['org', 'agencies', regionCode],
    queryFn: () =>
      api.get<AgencyList>(
        `/agencies${q({ regionCode: regionCode ?? undefined, kind: AGENCY_KINDS_WITH_HEADS.join(',') })}`,
      ),
  });

/** The heads of the agencies I maintain (no region: the server uses my maintenance scope). */
export const useHeads = (includeInactive: boolean) =>
  useQuery({
    queryKey: ['org', 'heads', includeInactive],
    queryFn: () => api.get<HeadList>(`/agency-heads${q({ includeInactive: includeInactive ? 'true' : undefined })}`),
  });

function useOrgMutation<T>(fn: (v: T) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['org', 'heads'] }) });
}

export const useCreateHead = () =>
  useOrgMutation(({ agencyId, body }: { agencyId: string; body: CreateHeadBody }) =>
    api.post(`/agencies/${agencyId}/heads`, body),
  );
export const useUpdateHead = () =>
  useOrgMutation(({ id, body }: { id: string; body: UpdateHeadBody }) => api.patch(`/agency-heads/${id}`, body));
export const useSetHeadActive = () =>
  useOrgMutation(({ id, version, active }: { id: string; version: number; active: boolean }) =>
    api.post(`/agency-heads/${id}/${active ? 'activate' : 'deactivate'}`, { version }),
  );
