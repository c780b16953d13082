/**
 * The case list's filters, sort and page live in the URL query (shareable links, the back button works). The URL
 * uses the server's own parameter names (GET /api/v1/cases and /cases/export.xlsx), so the same string is sent on.
 */

/** Filters sent to the server; multi-valued ones are comma-separated (`status=registered,in_progress`). */
export const FILTER_KEYS = [
  'q',
  'kind',
  'regionCode',
  'agencyId',
  'domain',
  'status',
  'outcome',
  'governmentLost',
  'year',
  'riskLevel',
  'instance',
  /** 承办人: `me`, `none` or an account id. */
  'handler',
  /** Cases with an open deadline due on or before this day (the workbench's buckets). */
  'dueBy',
  /** With regionCode: the region's own cases only (a city's 市本级). */
  'regionExact',
  /** Count every case (a click-through from a figure must show its exact number). */
  'exactTotal',
  /** An indicator's cases (a figure clicked on the workbench): definition id, part, period, definition version. */
  'indicator',
  'indicatorPart',
  'indicatorFrom',
  'indicatorTo',
  'indicatorVersion',
  /** A ranking's agency: its cases under the definition's co-defendant rule (not any party, as agencyId). */
  'indicatorAgency',
  /** 立案日期 and 结案日期 ranges. */
  'filedFrom',
  'filedTo',
  'concludedFrom',
  'concludedTo',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const MULTI_KEYS: ReadonlySet<FilterKey> = new Set(['kind', 'status', 'outcome', 'riskLevel', 'instance']);

export const SORT_FIELDS = ['filedDate', 'receivedDate', 'caseNumber', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface ListState {
  filters: Partial<Record<FilterKey, string>>;
  sort: SortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const isSortField = (v: string | null): v is SortField => !!v && (SORT_FIELDS as readonly string[]).includes(v);

/** The values the server accepts for the multi-valued filters (from GET /cases/meta). */
export type KnownValues = Partial<Record<FilterKey, readonly string[]>>;

interface EnumMeta {
  kinds: readonly { value: string }[];
  statuses: readonly { value: string }[];
  outcomes: readonly { value: string }[];
  riskLevels: readonly { value: string }[];
  instances: readonly { value: string }[];
}

/** The accepted values of the multi-valued filters, from the server's enums. */
export function knownFilterValues(meta: EnumMeta): KnownValues {
  const values = (items: readonly { value: string }[]) => items.map((i) => i.value);
  return {
    kind: values(meta.kinds),
    status: values(meta.statuses),
    outcome: values(meta.outcomes),
    riskLevel: values(meta.riskLevels),
    instance: values(meta.instances),
  };
}

/**
 * Reads the list state from a URL query; unknown or malformed values fall back to the defaults. With `known`, values
 * of the multi-valued filters that the server does not know (an old bookmark, a hand-edited link) are dropped, so a
 * stale link still opens the list instead of an error page.
 */
export function parseListState(search: URLSearchParams, known?: KnownValues): ListState {
  const filters: ListState['filters'] = {};
  for (const key of FILTER_KEYS) {
    let value = search.get(key)?.trim();
    const allowed = known?.[key];
    if (value && allowed && MULTI_KEYS.has(key)) {
      value = value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => allowed.includes(v))
        .join(',');
    }
    if (value) filters[key] = value;
  }
  const sort = search.get('sort');
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    filters,
    sort: isSortField(sort) ? sort : 'filedDate',
    order: search.get('order') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The URL query for a state: only what differs from the defaults, in a stable order. */
export function toSearch(state: ListState): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) out.set(key, value);
  }
  if (state.sort !== 'filedDate') out.set('sort', state.sort);
  if (state.order !== 'desc') out.set('order', state.order);
  if (state.page > 1) out.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(state.pageSize));
  return out;
}

/** The query for GET /cases: the filters plus sort, order, page and pageSize always spelled out. */
export function serverQuery(state: ListState): string {
  const out = filterSearch(state.filters);
  out.set('sort', state.sort);
  out.set('order', state.order);
  out.set('page', String(state.page));
  out.set('pageSize', String(state.pageSize));
  return out.toString();
}

/** Only the filters (for the export link and saved views). */
export function filterSearch(filters: ListState['filters']): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) out.set(key, value);
  }
  return out;
}

/** A multi-valued filter as a list (`'a,b'` → `['a', 'b']`). */
export function splitMulti(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** Sets one filter and goes back to the first page (the old page number means nothing under a new filter). */
export function withFilter(state: ListState, key: FilterKey, value: string | string[] | undefined | null): ListState {
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  const filters = { ...state.filters };
  if (text) filters[key] = text;
  else delete filters[key];
  return { ...state, filters, page: 1 };
}

export function activeFilterCount(state: ListState): number {
  return Object.values(state.filters).filter(Boolean).length;
}
