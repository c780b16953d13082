/**
 * A breakdown of cases by a key (docs/rules/indicators-and-sanctions.md#breakdowns): county, agency, 行政管理领域, 案由,
 * outcome, month … with the count of each key and its share of the cases. A case counted for several keys (co-defendant
 * agencies under `every-defendant`) adds to each, so the shares may then add up to more than 100%; the share's base is
 * the number of distinct cases.
 */
import type { CaseFacts } from './facts.js';
import { DEFAULT_RATE_FORMAT, formatRate, type RateFormat } from './format.js';

export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** count / distinct cases, unrounded; null when there are none. */
  readonly share: number | null;
  /** The share as the screen shows it ("12.50%"). */
  readonly display: string;
  readonly caseIds: readonly string[];
}

/**
 * Rows by descending count, ties by key. `keysOf` gives a case's key or keys ('' or none: the case is left out of every
 * row but still in the base); `labelOf` the label shown for a key (the key itself by default).
 */
export function breakdown(
  cases: readonly CaseFacts[],
  keysOf: (c: CaseFacts) => string | readonly string[] | null | undefined,
  labelOf: (key: string) => string = (k) => k,
  format: RateFormat = DEFAULT_RATE_FORMAT,
): BreakdownRow[] {
  const total = new Set(cases.map((c) => c.id)).size;
  const groups = new Map<string, string[]>();
  for (const c of cases) {
    const raw = keysOf(c);
    const keys = raw === null || raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    for (const k of new Set(keys)) {
      if (!k) continue;
      const g = groups.get(k);
      if (g) g.push(c.id);
      else groups.set(k, [c.id]);
    }
  }
  return [...groups]
    .map(([key, ids]) => ({
      key,
      label: labelOf(key),
      count: ids.length,
      share: total === 0 ? null : ids.length / total,
      display: formatRate(ids.length, total, format),
      caseIds: ids,
    }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
