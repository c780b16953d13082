/**
 * Keeping the summary right (README.md#summary). The registry's triggers queue every case a statement touched in
 * `indicator_dirty`, in the writer's transaction; `refreshIndicatorFacts` — run before every read of figures — takes
 * the queue in batches, widens each batch to the whole linked groups of its cases (a link's two ends, an appeal and
 * its first instance, a lawsuit and its reconsideration), recomputes their rows with the domain (facts.ts) and
 * replaces them, all in one transaction per batch under an advisory lock so two readers do not compute the same
 * rows at once; the counts (counts.ts) in the same transaction: the replaced rows' contribution subtracted, the new
 * rows' added. `rebuildAndCompare` recomputes every row from the registry and every count from the summary and lists
 * the differences: the check the db test runs after random writes, and an operator's repair (`--rebuild`).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { caseIndicatorSources, linkedCaseIds, liveCaseIdsPage } from '../cases/indicatorSource/public.js';
import { applyCounts, compareCounts, rebuildCounts } from './counts.js';
import { factsRowsOf } from './facts.js';
import { type IndicatorFactsRow, indicatorCaseFacts, indicatorDirty } from './schema.js';

/** Advisory lock key of the refresh (any constant unique in the installation). */
const REFRESH_LOCK = 1_414_000_014;
const BATCH = 2000;

/** The ids and every case linked to them, transitively (the groups whose flags depend on each other). */
async function linkedGroups(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
  const all = new Set(ids);
  let frontier = [...ids];
  while (frontier.length > 0) {
    const next = (await linkedCaseIds(db, frontier)).filter((id) => !all.has(id));
    for (const id of next) all.add(id);
    frontier = next;
  }
  return [...all];
}

/** Recomputes the rows of `ids`' linked groups in the transaction: rows of live cases replaced, others removed. */
export async function recomputeFacts(tx: DbOrTx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const group = await linkedGroups(tx, ids);
  const rows = factsRowsOf(await caseIndicatorSources(tx, group));
  await applyCounts(tx, group, -1);
  await tx.delete(indicatorCaseFacts).where(inArray(indicatorCaseFacts.caseId, group));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(indicatorCaseFacts).values(rows.slice(i, i + 500));
  await applyCounts(tx, group, 1);
  return group.length;
}

/** Empties the queue: every queued case's row (and its group's) recomputed. Returns the number of rows recomputed. */
export async function refreshIndicatorFacts(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const pending = await db.select({ id: indicatorDirty.caseId }).from(indicatorDirty).limit(1);
    if (pending.length === 0) return total;
    total += await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
      const taken = await tx.execute(sql`
        delete from indicator_dirty where case_id in (select case_id from indicator_dirty limit ${BATCH})
        returning case_id`);
      const ids = (taken as unknown as { rows: { case_id: string }[] }).rows.map((r) => String(r.case_id));
      return recomputeFacts(tx, ids);
    });
  }
}

/** A summary row as compared: the stored and recomputed rows without the refresh time, keys sorted. */
function comparable(row: Partial<IndicatorFactsRow>): string {
  const { refreshedAt: _r, ...rest } = row as IndicatorFactsRow;
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, norm(x)]),
          )
        : v;
  return JSON.stringify(norm(rest));
}

export type SummaryDifference =
  | {
      caseId: string;
      /** missing: a live case without a row; extra: a row without a live case; different: the row is not the recount. */
      problem: 'missing' | 'extra' | 'different';
    }
  | {
      /** A count (counts.ts) that is not the sum of the summary's contributions: its key, stored and recounted. */
      countsKey: string;
      problem: 'counts';
      stored: number;
      recount: number;
    };

/**
 * Recounts every row from the registry and compares it with the stored summary (after emptying the queue), then every
 * count with a recount of the summary. With `repair`, the differing rows are replaced and the counts rebuilt. The
 * differences listed are those found before any repair.
 */
export async function rebuildAndCompare(db: Db, opts: { repair?: boolean } = {}): Promise<SummaryDifference[]> {
  await refreshIndicatorFacts(db);
  const differences: (SummaryDifference & { caseId: string })[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const ids = await liveCaseIdsPage(db, after, BATCH);
    if (ids.length === 0) break;
    after = ids.at(-1)!;
    const group = await linkedGroups(db, ids);
    const recount = new Map(factsRowsOf(await caseIndicatorSources(db, group)).map((r) => [r.caseId, r]));
    const stored = new Map(
      (await db.select().from(indicatorCaseFacts).where(inArray(indicatorCaseFacts.caseId, ids))).map((r) => [
        r.caseId,
        r,
      ]),
    );
    for (const id of ids) {
      seen.add(id);
      const want = recount.get(id);
      const have = stored.get(id);
      if (!want) continue;
      if (!have) differences.push({ caseId: id, problem: 'missing' });
      else if (comparable(have) !== comparable(want)) differences.push({ caseId: id, problem: 'different' });
    }
  }
  const rows = await db.select({ id: indicatorCaseFacts.caseId }).from(indicatorCaseFacts);
  for (const r of rows) if (!seen.has(r.id)) differences.push({ caseId: r.id, problem: 'extra' });
  // The counts against the summary as stored: a wrong row above is its own difference, not the counts'.
  const counts: SummaryDifference[] = (await compareCounts(db)).map((d) => ({
    countsKey: d.key,
    problem: 'counts',
    stored: d.stored,
    recount: d.recount,
  }));
  if (opts.repair && differences.length + counts.length > 0) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
      for (const d of differences.filter((x) => x.problem === 'extra')) {
        await tx.delete(indicatorCaseFacts).where(eq(indicatorCaseFacts.caseId, d.caseId));
      }
      const rest = differences.filter((x) => x.problem !== 'extra').map((x) => x.caseId);
      for (let i = 0; i < rest.length; i += BATCH) await recomputeFacts(tx, rest.slice(i, i + BATCH));
      await rebuildCounts(tx);
    });
  }
  return [...differences, ...counts];
}
