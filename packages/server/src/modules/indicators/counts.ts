/**
 * The counts (README.md#counts, schema.ts `indicator_counts`): kept by the refresh in the transaction that replaces the
 * summary rows, checked against a recount by `rebuildAndCompare`, read by the figures (figures.ts) when a period is
 * whole months and the scope and unit are ones the counts carry. Which rows a summary row contributes is the view
 * `indicator_count_contributions` (sql/counts.sql, migration 0030), the one definition the upkeep, the migration's
 * backfill and the recount share.
 */
import type { Period } from '@shuangjiang/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { FigureScope } from './figures.js';

const COLUMNS = sql.raw(`key, unit_by, unit_key, filed_on, concluded_on, defence_due_on, open_due_on, region_path,
  county_code, kind, first_instance, deciding, is_judgment, appealable_end, own_lost, own_lost_hidden, final_lost,
  final_lost_hidden, is_final, mediated_or_withdrawn, reconsideration_corrected, sued_after, appealed_any,
  defence_filed, defence_on_time, n`);

/** Every column of a key from its rows (the key is the md5 of them all: each aggregate sees one value). */
const AGGREGATED = sql.raw(`key, min(unit_by), min(unit_key), min(filed_on), min(concluded_on), min(defence_due_on),
  min(open_due_on), min(region_path), min(county_code), min(kind), bool_or(first_instance), bool_or(deciding),
  bool_or(is_judgment), bool_or(appealable_end), bool_or(own_lost), bool_or(own_lost_hidden), bool_or(final_lost),
  bool_or(final_lost_hidden), bool_or(is_final), bool_or(mediated_or_withdrawn), bool_or(reconsideration_corrected),
  bool_or(sued_after), bool_or(appealed_any), bool_or(defence_filed), bool_or(defence_on_time)`);

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;

/**
 * Adds (sign 1) or subtracts (sign -1) the contribution of the summary rows of `ids` as they now stand, in the
 * caller's transaction; counts that reach zero are removed. The refresh calls it with -1 before replacing rows and
 * with 1 after, so the counts stay the sum of the summary's contributions.
 */
export async function applyCounts(tx: DbOrTx, ids: readonly string[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) return;
  const result = await tx.execute(sql`
    insert into indicator_counts (${COLUMNS})
    select ${AGGREGATED}, ${sign} * count(*)::int
    from indicator_count_contributions where case_id = any(${uuids(ids)}) group by key
    on conflict (key) do update set n = indicator_counts.n + excluded.n
    returning key, n`);
  const zero = rowsOf<{ key: string; n: number }>(result)
    .filter((r) => Number(r.n) === 0)
    .map((r) => r.key);
  if (zero.length > 0) await tx.execute(sql`delete from indicator_counts where key = any(${sql.param(zero)}::text[])`);
}

export interface CountsDifference {
  key: string;
  /** The stored count (0: no row) and the recount's. */
  stored: number;
  recount: number;
}

/** The counts that differ from a recount of the summary (after the summary itself is right). */
export async function compareCounts(db: DbOrTx): Promise<CountsDifference[]> {
  const result = await db.execute(sql`
    select coalesce(s.key, r.key) as key, coalesce(s.n, 0)::int as stored, coalesce(r.n, 0)::int as recount
    from indicator_counts s
    full join (select key, count(*)::int as n from indicator_count_contributions group by key) r on r.key = s.key
    where s.n is distinct from r.n
    order by 1`);
  return rowsOf<CountsDifference>(result).map((r) => ({
    key: String(r.key),
    stored: Number(r.stored),
    recount: Number(r.recount),
  }));
}

/** Replaces every count by the recount (the repair; the caller holds the refresh lock). */
export async function rebuildCounts(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`delete from indicator_counts`);
  await tx.execute(sql`
    insert into indicator_counts (${COLUMNS})
    select ${AGGREGATED}, count(*)::int from indicator_count_contributions group by key`);
}

const isIsoDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** The period is whole months (from a month's first day to a month's last): the counts hold its figures. */
export function wholeMonths(p: Period): boolean {
  if (!isIsoDate(p.from) || !isIsoDate(p.to) || p.from.slice(8) !== '01') return false;
  const [y, m, d] = p.to.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === last && p.from <= p.to;
}

/**
 * Where the counts of a scope and optional unit are, or null when the counts do not hold them (then the figures count
 * the summary): an agency scope is the partition of the agencies under every-defendant rule (the scope's own test);
 * a unit by domain, cause, instance, outcome or agency is its own partition — not within an agency scope.
 */
export function countsSource(
  scope: FigureScope,
  unit: 'domain' | 'cause' | 'instance' | 'outcome' | 'agencies_original' | 'agencies_first' | 'agencies_every' | null,
): { where: SQL; unitKey: SQL | null } | null {
  if (scope.agencyId && unit) return null;
  const parts: SQL[] = [];
  if (scope.agencyId) parts.push(sql`f.unit_by = 'agencies_every' and f.unit_key = ${scope.agencyId}`);
  else parts.push(sql`f.unit_by = ${unit ?? ''}`);
  if (scope.regionPath) parts.push(sql`f.region_path like ${`${scope.regionPath}%`}`);
  return { where: sql.join(parts, sql` and `), unitKey: unit ? sql`f.unit_key` : null };
}
