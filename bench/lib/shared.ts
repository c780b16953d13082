// What one benchmark of a run leaves for a later one (the memory benchmark reuses the list benchmark's server).
import type { DbKind } from './types.js';

export interface MemoryFigures {
  /** Resident set (MB) of the idle server right after start, and its peak under the list load. */
  idleMB: number;
  peakMB: number;
  connections: number;
  cases: number;
}

export const memoryUnderListLoad = new Map<DbKind, MemoryFigures>();

/** Autocannon run length (s) and connection levels per scale. */
export const loadSeconds = (scale: 'small' | 'full') => (scale === 'full' ? 10 : 5);
export const CONNECTIONS = [10, 50] as const;

/** Demo accounts created by the generator (README, demo logins). */
export const CITY = { username: 'city', password: 'Demo@2026city' };
export const COUNTY = { username: 'county1', password: 'Demo@2026county' };

/**
 * The list screen's common queries, as the web app sends them (`serverQuery` in packages/web …/listParams.ts: the
 * filters, then sort, order, page and pageSize always spelled out; the screen's default page is 20 rows, newest first).
 */
export function asTheScreenSends(filters: string): string {
  const q = new URLSearchParams(filters);
  const out = new URLSearchParams([...q].filter(([k]) => !['sort', 'order', 'page', 'pageSize'].includes(k)));
  out.set('sort', q.get('sort') ?? 'filedDate');
  out.set('order', q.get('order') ?? 'desc');
  out.set('page', q.get('page') ?? '1');
  out.set('pageSize', q.get('pageSize') ?? '20');
  return `/api/v1/cases?${out}`;
}

const enc = encodeURIComponent;

/** The list benchmark's requests (filters only; `asTheScreenSends` adds the paging), also explained by bench/explain.ts. */
export const LIST_FILTERS: readonly { who: 'city' | 'county'; filters: string }[] = [
  // A city coordinator: one county's concluded cases of a year; a 案号 prefix; the whole city, newest first.
  { who: 'city', filters: 'regionCode=329902&year=2025&status=concluded,closed' },
  { who: 'city', filters: `q=${enc('（2025）苏9902行初1')}` },
  { who: 'city', filters: 'sort=filedDate&order=desc' },
  // A county coordinator (城东区): open cases of the year; a 案号 prefix without the year; oldest first.
  { who: 'county', filters: 'year=2026&status=registered,in_progress' },
  { who: 'county', filters: `q=${enc('苏9902行初2')}` },
  { who: 'county', filters: 'sort=filedDate&order=asc' },
];
