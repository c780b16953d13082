/** The embedded database's backups (GET/POST /api/v1/admin/backups). Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

export type BackupStatus = ApiResponse<'/api/v1/admin/backups', 'get'>;
export type BackupRun = ApiResponse<'/api/v1/admin/backups', 'post'>;
export type BackupFileItem = BackupStatus['files'][number];

export const useBackupStatus = () =>
  useQuery({ queryKey: ['admin-backups'], queryFn: () => api.get<BackupStatus>('/admin/backups') });

export function useBackupNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<BackupRun>('/admin/backups'),
    onSettled: () => qc.invalidateQueries({ queryKey: ['admin-backups'] }),
  });
}
