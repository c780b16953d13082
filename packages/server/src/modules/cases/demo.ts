/**
 * The demo registry of 示例市: about 3,000 cases filed 2024-01 … 2026-11, deterministic (ctx.rng), with realistic
 * proportions — about 60% of concluded first instances withdrawn or dismissed, 10–20% lost, ~30% of first-instance
 * judgments appealed (linked), reconsiderations of which some upheld ones go to court (复议后起诉, the 复议机关 as
 * co-defendant, 行政诉讼法第26条第2款), disputes at the resolution centre of which some become reconsiderations.
 * Parties have clearly fictional names (王某明), ID numbers with the unused region prefix 3299 and phone numbers.
 * Everything is built in memory (demoBuilder.ts, demoProfiles.ts) and written by the registry's batch writer
 * (batchInsert.ts, the import's), so seeding stays fast on PGlite.
 */
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client.js';
import type { DemoContext, DemoStep, Rng } from '../demo/public.js';
import { ensureAdminDomains } from './adminDomains.js';
import { type CaseBatchRow, type CaseWrite, caseColumnsOf, type EventWrite, insertCaseBatch } from './batchInsert.js';
import type { LinkType } from './constants.js';
import type { DeadlineRef } from './deadlineTable.js';
import { Builder } from './demoBuilder.js';
import { DEMO_TODAY, day, iso, JUDGMENTS, plus, RECONSIDERATION_NOT_CORRECTED } from './demoProfiles.js';
import { caseAssignments, caseLinks } from './schema.js';

export { Builder } from './demoBuilder.js';
export { DEMO_TODAY } from './demoProfiles.js';

const CASES_PER_YEAR = { 2024: 890, 2025: 930, 2026: 850 } as const;
/** Cases per statement of the batch writer. */
const BATCH = 5000;

/** Random filing dates of a year, in order; 2026 stops at DEMO_TODAY. */
function filingDates(rng: Rng, year: number, n: number): string[] {
  const start = day(`${year}-01-02`);
  const end = Math.min(day(`${year}-12-28`), day(DEMO_TODAY) - 1);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let d = rng.int(start, end);
    const wd = new Date(d * 86_400_000).getUTCDay();
    if (wd === 0) d += 1;
    else if (wd === 6) d += 2;
    out.push(iso(Math.min(d, end)));
  }
  return out.sort();
}

/**
 * One filing on `filed`: a lawsuit (perhaps appealed), a reconsideration (perhaps followed by a lawsuit, 复议后起诉) or
 * a dispute at the resolution centre (perhaps becoming a reconsideration) — the cases it leads to are built too.
 */
export function buildFiling(b: Builder, ctx: DemoContext, filed: string): void {
  const rng = ctx.rng;
  const kind = rng.weighted<'first' | 'reconsideration' | 'dispute'>([
    ['first', 62],
    ['reconsideration', 24],
    ['dispute', 14],
  ]);
  if (kind === 'first') {
    const first = b.lawsuit(filed);
    if (first.row.outcome && JUDGMENTS.has(first.row.outcome) && rng.chance(0.3)) b.appeal(first);
  } else if (kind === 'reconsideration') {
    const r = b.reconsideration(filed);
    // 复议后起诉: an upheld act goes to court, the 复议机关 a co-defendant (行政诉讼法第26条第2款).
    if (r.row.outcome && RECONSIDERATION_NOT_CORRECTED.has(r.row.outcome) && rng.chance(0.25)) {
      const at = plus(r.row.outcomeDate!, rng.int(8, 14));
      if (at < DEMO_TODAY) {
        const body = ctx.org.agencies.find((a) => ctx.agencyIds.get(a.key) === r.row.courtAgencyId)!;
        const suit = b.lawsuit(at, r.defendant, body);
        b.links.push({ fromCaseId: suit.row.id, toCaseId: r.row.id, linkType: 'follows_reconsideration' });
        if (suit.row.outcome && JUDGMENTS.has(suit.row.outcome) && rng.chance(0.3)) b.appeal(suit);
      }
    }
  } else {
    const dsp = b.dispute(filed);
    // Failed mediation goes on to reconsideration.
    if (dsp.row.outcome === 'DISPUTE_UNRESOLVED') {
      const at = plus(dsp.row.outcomeDate!, rng.int(5, 20));
      if (at < DEMO_TODAY) {
        const r = b.reconsideration(at, dsp.defendant);
        b.links.push({ fromCaseId: r.row.id, toCaseId: dsp.row.id, linkType: 'became_case' as LinkType });
      }
    }
  }
}

/** Rows per statement of the JSON writer. */
const JSON_BATCH = 5000;

/**
 * Writes the demo's other rows (links, assignments): each batch travels as ONE JSON parameter expanded by
 * `json_populate_recordset` (about 10× less client CPU than building multi-row VALUES with Drizzle, which dominates at
 * 1,000,000 cases). Columns missing from every row keep their SQL defaults (ids, created_at); a column missing from
 * some rows gets its constant default, as a Drizzle insert would.
 */
async function writeJsonBatches(tx: Tx, table: PgTable, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table));
  const present = new Set<string>();
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (v !== undefined) present.add(k);
  const used = columns.filter(([key]) => present.has(key));
  const fill = used
    .filter(([, c]) => c.hasDefault && c.default !== undefined && typeof c.default !== 'object')
    .map(([key, c]) => [key, c.default] as const);
  const names = sql.join(
    used.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const name = sql.identifier(getTableName(table));
  for (let i = 0; i < rows.length; i += JSON_BATCH) {
    const batch = (rows.slice(i, i + JSON_BATCH) as Record<string, unknown>[]).map((r) => {
      const o: Record<string, unknown> = {};
      for (const [key, c] of used) o[c.name] = r[key] ?? null;
      for (const [key, v] of fill) if (r[key] === undefined) o[columns.find(([k]) => k === key)![1].name] = v;
      return o;
    });
    await tx.execute(
      sql`insert into ${name} (${names}) select ${names} from json_populate_recordset(null::${name}, ${JSON.stringify(batch)}::json)`,
    );
  }
}

/** The builder's cases as the batch writer takes them: each with its parties, timeline events and deadlines. */
function batchRows(b: Builder): CaseBatchRow[] {
  const events = new Map<string, EventWrite[]>();
  for (const e of b.events) {
    const list = events.get(e.caseId) ?? [];
    list.push({ at: e.at, type: e.type, title: e.title, detail: e.detail ?? null });
    events.set(e.caseId, list);
  }
  const deadlines = new Map<string, DeadlineRef[]>();
  for (const { caseId, ...d } of b.deadlines) {
    const list = deadlines.get(caseId) ?? [];
    list.push(d);
    deadlines.set(caseId, list);
  }
  return b.drafts.map((d, i): CaseBatchRow => {
    const payload: CaseWrite = {
      c: caseColumnsOf(d.row),
      p: d.parties.map((p, j) => ({
        side: p.side,
        party_type: p.partyType,
        name: p.name,
        agency_id: p.agencyId ?? null,
        defendant_role: p.defendantRole ?? null,
        id_number: p.idNumber ?? null,
        phone: p.phone ?? null,
        sort_order: p.sortOrder ?? j,
      })),
      e: events.get(d.row.id) ?? [],
      d: deadlines.get(d.row.id) ?? [],
    };
    return { row_no: i + 1, action: 'create', case_id: d.row.id, base_version: null, payload };
  });
}

/**
 * Writes what the builder holds (numbered with `numberLitigation` first): the cases with their parties, events and
 * deadlines through the registry's batch writer (seed data: no audit rows), then links; the hearings are handed to the
 * hearings step in `ctx.hearings` (the hearings module writes its own table, hearings/demo.ts); the latest 24
 * losses go to expert review (every third also to the discipline commission) when the demo accounts exist.
 */
export async function writeBuilt(tx: Tx, b: Builder, ctx: DemoContext): Promise<void> {
  const expert = ctx.userIds.get('expert1');
  const discipline = ctx.userIds.get('discipline1');
  const losses = b.drafts.filter((d) => d.row.governmentLost && d.row.kind === 'litigation');
  const assignments: (typeof caseAssignments.$inferInsert)[] = [];
  losses.slice(-24).forEach((d, i) => {
    if (expert) assignments.push({ caseId: d.row.id, userId: expert, purpose: 'expert_review' });
    if (discipline && i % 3 === 0) assignments.push({ caseId: d.row.id, userId: discipline, purpose: 'discipline' });
  });

  const rows = batchRows(b);
  for (let i = 0; i < rows.length; i += BATCH) {
    await insertCaseBatch(tx, rows.slice(i, i + BATCH), b.deadlineTable.lookup, null);
  }
  await writeJsonBatches(tx, caseLinks, b.links);
  ctx.hearings.push(...b.hearingRows);
  await writeJsonBatches(tx, caseAssignments, assignments);
}

/** The demo step: builds the registry in memory, then writes it in batches. */
export const seedDemoCases: DemoStep = async (tx, ctx) => {
  await ensureAdminDomains(tx);
  const b = new Builder(ctx.rng, ctx);
  for (const [yearText, total] of Object.entries(CASES_PER_YEAR)) {
    for (const filed of filingDates(ctx.rng, Number(yearText), total)) buildFiling(b, ctx, filed);
  }
  b.numberLitigation();
  await writeBuilt(tx, b, ctx);
};
