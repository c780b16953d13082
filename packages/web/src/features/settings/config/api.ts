/** Versioned settings (/api/v1/settings): the kinds, their value in force, their versions, and saving a new one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../../app/api/contract.js';

export type SettingList = ApiResponse<'/api/v1/settings', 'get'>;
export type SettingItem = SettingList['items'][number];
export type SettingValue = ApiResponse<'/api/v1/settings/{kind}', 'get'>;
export type SettingVersions = ApiResponse<'/api/v1/settings/{kind}/versions', 'get'>;
export type SaveSettingBody = ApiBody<'/api/v1/settings/{kind}', 'put'>;

export const useSettings = () => useQuery({ queryKey: ['settings'], queryFn: () => api.get<SettingList>('/settings') });

export const useSettingVersions = (kind: string | null) =>
  useQuery({
    queryKey: ['settings', kind, 'versions'],
    enabled: !!kind,
    queryFn: () => api.get<SettingVersions>(`/settings/${encodeURIComponent(kind ?? '')}/versions`),
  });

export function useSaveSetting(kind: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSettingBody) => api.put<SettingValue>(`/settings/${encodeURIComponent(kind)}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['settings'] }),
  });
}
