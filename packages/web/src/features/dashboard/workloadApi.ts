/** The workbench's deadline buckets (GET /cases/workload) and the case-list links behind each number. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

export type Workload = ApiResponse<'/api/v1/cases/workload', 'get'>;
export type WorkloadRow = Workload['units'][number] | Workload['people'][number];
export const BUCKETS = ['overdue', 'within10', 'within20', 'noHandler'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** `regionCode`: a county of the caller's city (the card's picker), else the whole scope. */
export function useWorkload(enabled: boolean, regionCode?: string) {
  return useQuery({
    queryKey: ['cases', 'workload', regionCode ?? null],
    queryFn: ({ signal }) =>
      api.get<Workload>(regionCode ? `/cases/workload?${new URLSearchParams({ regionCode })}` : '/cases/workload', {
        signal,
      }),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * The case list (its URL) that holds exactly a bucket's cases of a row: the row's filters, the bucket's date or
 * 无承办人, the status the server counted, and an exact total (the list must show the same number).
 */
export function bucketListUrl(w: Workload, filter: WorkloadRow['filter'], bucket: Bucket): string {
  const q = new URLSearchParams();
  if (filter.regionCode) q.set('regionCode', filter.regionCode);
  if (filter.regionExact) q.set('regionExact', 'true');
  if (filter.agencyId) q.set('agencyId', filter.agencyId);
  if (bucket === 'noHandler') {
    q.set('handler', 'none');
    q.set('status', w.statuses.noHandler);
  } else {
    if (filter.handler) q.set('handler', filter.handler);
    q.set('status', w.statuses.deadlines);
    q.set(
      'dueBy',
      bucket === 'overdue' ? w.dates.overdueBy : bucket === 'within10' ? w.dates.within10By : w.dates.within20By,
    );
  }
  q.set('exactTotal', 'true');
  return `/cases?${q}`;
}
