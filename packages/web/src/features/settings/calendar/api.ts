/**
 * The working-day calendar API (工作日历) as the web app uses it, with names for the server's own request and response
 * types (generated from its OpenAPI document, app/api/schema.gen.ts). Every change answers how many open deadlines
 * moved.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../../app/api/contract.js';

type YearList = ApiResponse<'/api/v1/calendar/years', 'get'>;
export type CalendarYear = YearList['items'][number];
export type CalendarDays = ApiResponse<'/api/v1/calendar/days', 'get'>;
export type CalendarDay = CalendarDays['days'][number];
/** A year in holiday-cn's JSON format, as PUT /calendar/years/:year takes it. */
export type HolidayCnYear = ApiBody<'/api/v1/calendar/years/{year}', 'put'>;
export type OverrideInput = ApiBody<'/api/v1/calendar/overrides', 'post'>;
type OverrideRemoval = ApiBody<'/api/v1/calendar/overrides', 'delete'>;
/** GET /calendar/notice: a year's schedule missing (administrators and coordinators; from November for next year). */
export type CalendarNotice = ApiResponse<'/api/v1/calendar/notice', 'get'>;

const keys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  days: (year: number) => ['calendar', 'days', year] as const,
};

export function useCalendarYears() {
  return useQuery({
    queryKey: keys.years,
    queryFn: ({ signal }) => api.get<YearList>('/calendar/years', { signal }),
  });
}

export function useCalendarNotice() {
  return useQuery({
    queryKey: [...keys.all, 'notice'],
    queryFn: ({ signal }) => api.get<CalendarNotice>('/calendar/notice', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useCalendarDays(year: number | null) {
  return useQuery({
    queryKey: keys.days(year ?? 0),
    queryFn: ({ signal }) => api.get<CalendarDays>(`/calendar/days?year=${year}`, { signal }),
    enabled: year !== null,
  });
}

export function checkDate(date: string) {
  return api.get<ApiResponse<'/api/v1/calendar/check', 'get'>>(`/calendar/check?date=${encodeURIComponent(date)}`);
}

/** A calendar change: refreshes the calendar and every case (their deadlines may have moved). */
function useCalendarChange<V, R extends { changedDeadlines: number }>(fn: (vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([qc.invalidateQueries({ queryKey: keys.all }), qc.invalidateQueries({ queryKey: ['cases'] })]);
    },
  });
}

export const usePutYear = () =>
  useCalendarChange(({ year, body }: { year: number; body: HolidayCnYear }) =>
    api.put<ApiResponse<'/api/v1/calendar/years/{year}', 'put'>>(`/calendar/years/${year}`, body),
  );
export const useAddOverride = () =>
  useCalendarChange((body: OverrideInput) =>
    api.post<ApiResponse<'/api/v1/calendar/overrides', 'post'>>('/calendar/overrides', body),
  );
export const useDeleteOverride = () =>
  useCalendarChange((body: OverrideRemoval) =>
    api.delete<ApiResponse<'/api/v1/calendar/overrides', 'delete'>>('/calendar/overrides', undefined, body),
  );

/** Why pasted text is not a holiday-cn year: an i18n key of `calendar` (with the JSON parser's own message). */
export type HolidayCnProblem = { key: 'notJson'; detail: string } | { key: 'notHolidayCn' | 'noDaysList' };

/**
 * Reads pasted or uploaded holiday-cn JSON. Returns the parsed year or what is wrong with it (translated by the
 * screen); row-level checks (dates in the year, duplicates) are the server's, which names the row.
 */
export function parseHolidayCn(
  text: string,
): { ok: true; value: HolidayCnYear } | { ok: false; problem: HolidayCnProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: { key: 'notJson', detail: err instanceof Error ? err.message : String(err) } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { key: 'notHolidayCn' } };
  }
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.days)) return { ok: false, problem: { key: 'noDaysList' } };
  const out: HolidayCnYear = { days: v.days as HolidayCnYear['days'] };
  if (typeof v.year === 'number') out.year = v.year;
  if (Array.isArray(v.papers)) out.papers = v.papers.filter((p): p is string => typeof p === 'string');
  if (typeof v.note === 'string') out.note = v.note;
  return { ok: true, value: out };
}
