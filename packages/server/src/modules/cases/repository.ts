/**
 * SQL of the case registry. Every read goes through `caseScopeCondition` (policy.ts), so a list, its count and a
 * single read agree on what the caller may see. Writes take the caller's transaction.
 */
import { and, eq, getTableColumns, inArray, type SQL, sql, type Table } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { cachedRead } from '../../platform/db/readCache.js';
import { AppError } from '../../platform/errors.js';
import { agencies, regions } from '../org/schema.js';
import type { CaseInstance, CaseKind, CaseStatus, RiskLevel } from './constants.js';
import { caseScopeCondition } from './policy.js';
import {
  adminDomains,
  type caseAssignments,
  caseDeadlines,
  caseEvents,
  caseParties,
  cases,
  hearings,
} from './schema.js';
import { numberKey, numberKeySql } from './searchKey.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = typeof cases.$inferInsert;
export type PartyRow = typeof caseParties.$inferSelect;

const court = alias(agencies, 'court');
const defendant = alias(agencies, 'first_defendant');

// ---------------------------------------------------------------------------------------------------------------
// List

export const SORT_KEYS = ['filedDate', 'receivedDate', 'caseNumber', 'updatedAt', 'nextDueDate'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Sort column and the SQL type its cursor value is cast back to. Null sorts as the smallest value. */
const SORTS: Record<SortKey, { column: SQL; type: SQL }> = {
  filedDate: { column: sql`${cases.filedDate}`, type: sql`date` },
  receivedDate: { column: sql`${cases.receivedDate}`, type: sql`date` },
  caseNumber: { column: sql`${cases.caseNumber}`, type: sql`text` },
  updatedAt: { column: sql`${cases.updatedAt}`, type: sql`timestamptz` },
  // The earliest open deadline (custom date first); no index, meant for short lists such as dueBy (the workbench).
  nextDueDate: {
    column: sql`(select min(coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate})) from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open')`,
    type: sql`date`,
  },
};

export interface CaseListFilters {
  kind?: CaseKind[];
  status?: CaseStatus[];
  outcome?: string[];
  riskLevel?: RiskLevel[];
  instance?: CaseInstance[];
  regionCode?: string;
  agencyId?: string;
  courtAgencyId?: string;
  domain?: string;
  governmentLost?: boolean;
  year?: number;
  q?: string;
  includeDeleted?: boolean;
  /** Only cases with an open deadline due on or before this date (YYYY-MM-DD; overdue ones included). */
  dueBy?: string;
}

export interface Cursor {
  /** Sort key and order the cursor was made for. */
  s: SortKey;
  o: 'asc' | 'desc';
  /** The sort value of the last row (as text), null when it had none. */
  v: string | null;
  id: string;
}

export interface CaseListQuery {
  filters: CaseListFilters;
  sort: SortKey;
  order: 'asc' | 'desc';
  pageSize: number;
  page?: number;
  cursor?: Cursor;
  /** Counting stops here: above it, `total` is the cap and `totalIsEstimate` is true. */
  countCap: number;
}

export async function regionPathOf(db: DbOrTx, code: string): Promise<string | null> {
  return cachedRead(db, `region-path:${code}`, async () => {
    const [r] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
    return r?.path ?? null;
  });
}

export async function regionNameOf(db: DbOrTx, code: string): Promise<string | null> {
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  return r?.name ?? null;
}

/** The `where` of a list: scope, deletion, filters (free text apart: `textBranches`). Shared by the page and its count. */
async function listConditions(db: DbOrTx, principal: Principal, f: CaseListFilters): Promise<SQL[]> {
  const conds: SQL[] = [];
  const scope = caseScopeCondition(principal);
  if (scope) conds.push(scope);
  if (!f.includeDeleted) conds.push(sql`${cases.deletedAt} is null`);
  if (f.kind?.length) conds.push(inArray(cases.kind, f.kind));
  if (f.status?.length) conds.push(inArray(cases.status, f.status));
  if (f.outcome?.length) conds.push(inArray(cases.outcome, f.outcome));
  if (f.riskLevel?.length) conds.push(inArray(cases.riskLevel, f.riskLevel));
  if (f.instance?.length) conds.push(inArray(cases.instance, f.instance));
  if (f.domain) conds.push(eq(cases.domain, f.domain));
  if (f.courtAgencyId) conds.push(eq(cases.courtAgencyId, f.courtAgencyId));
  if (f.governmentLost !== undefined) conds.push(eq(cases.governmentLost, f.governmentLost));
  if (f.year !== undefined) {
    conds.push(
      sql`${cases.filedDate} >= ${`${f.year}-01-01`}::date and ${cases.filedDate} < ${`${f.year + 1}-01-01`}::date`,
    );
  }
  if (f.regionCode) {
    const path = await regionPathOf(db, f.regionCode);
    conds.push(path ? sql`${cases.regionPath} like ${`${path}%`}` : sql`false`);
  }
  if (f.agencyId) {
    conds.push(
      sql`exists (select 1 from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.agencyId} = ${f.agencyId})`,
    );
  }
  if (f.dueBy) {
    conds.push(
      sql`exists (select 1 from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open' and coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate}) <= ${f.dueBy}::date)`,
    );
  }
  return conds;
}

/** Escapes LIKE wildcards in user text. */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Normalises free text as case numbers are keyed: no spaces, one kind of bracket, ASCII digits (searchKey.ts). */
const normaliseText = numberKey;

/** Up to this many bare matches a text branch is read through its prefix index and then sorted ("sparse"). */
const SPARSE_MATCHES = 10_000;

interface TextBranch {
  /** The branch as a row predicate on `cases`, excluding rows an earlier branch matches (branches are disjoint). */
  match: SQL;
  /** The cases rows the branch can match, through its prefix index (a superset of `match`). */
  source: SQL;
  /** `select 1` per bare match, for counting them up to a bound. */
  probe: SQL;
}

/**
 * Free text, index-friendly (no `%q%`): a prefix of the case number (with or without its year: "（2025）苏99",
 * "苏9902行初12"), its end ("〔2026〕28号" of 城东区政复〔2026〕28号), a bare sequence number ("123"), a prefix of the
 * 案由 or of a party's name; numbers compared by their key (searchKey.ts: whatever brackets were typed or stored).
 * Returned as DISJOINT branches (each excludes the rows an earlier one matches), so a list runs one query per branch with every other
 * condition (scope first) inside it, and their union needs no de-duplication. An OR across the branches (with the
 * EXISTS on parties) would make the planner scan the whole table; an `id in (… union …)` of the bare matches builds
 * every match (61,000 at 1M for "苏9902行初2") before the scope and the sort can cut them down. The parties' EXISTS
 * comes last, so the exclusions are plain column tests.
 */
function textBranches(q: string): TextBranch[] {
  const p = likePrefix(q);
  const own = (cond: SQL) => ({
    pred: cond,
    source: sql`select * from ${cases} where ${cond}`,
    probe: sql`select 1 from ${cases} where ${cond}`,
  });
  // The number's end ("〔2026〕28号", "行初12号"): a prefix of the reversed key; a typed end without 号 gets it. A bare
  // number ("28") is a 复议/争议 number's sequence, right after the year's bracket ("）28号", not "128号" — and an
  // index range that small): lawsuits' sequence numbers have their own column (the seq branch below).
  const bare = /^(\d{1,8})号?$/.exec(q);
  const end = bare ? `）${bare[1]}号` : /号$/.test(q) ? q : `${q}号`;
  const reversed = [...end].reverse().join('');
  // The tail first: it is the branch that matches many (a number without its year), and the first needs no exclusion.
  const plain = [
    own(sql`${cases.caseNumberTail} like ${p}`),
    own(sql`${numberKeySql(cases.caseNumber)} like ${p}`),
    own(sql`reverse(${numberKeySql(cases.caseNumber)}) like ${likePrefix(reversed)}`),
    own(sql`${cases.causeOfAction} like ${p}`),
  ];
  if (bare) plain.push(own(sql`${cases.caseSeq} = ${Number(bare[1])}`));
  const byName = sql`select ${caseParties.caseId} from ${caseParties} where ${caseParties.name} like ${p}`;
  const all = [
    ...plain,
    {
      pred: sql`exists (select 1 from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.name} like ${p})`,
      source: sql`select * from ${cases} where ${cases.id} in (${byName})`,
      probe: byName,
    },
  ];
  return all.map((b, i) => ({
    match:
      i === 0
        ? b.pred
        : sql`(${b.pred} and (${sql.join(
            all.slice(0, i).map((x) => x.pred),
            sql` or `,
          )}) is not true)`,
    source: b.source,
    probe: b.probe,
  }));
}

/**
 * The branches that match anything, each as the `from` of its query: a sparse branch (few bare matches) reads its
 * prefix index first (`offset 0` keeps the planner from walking a sort index in the hope of finding a page early,
 * which scans the whole table when its estimate is too high); a dense one is left to the planner (walking the sort
 * index with the branch as a filter stops after a page). One round trip counts the bare matches of every branch.
 */
async function textSources(db: DbOrTx, q: string): Promise<{ match: SQL; from: SQL }[]> {
  const branches = textBranches(q);
  // The bare matches of a text do not depend on who asks: one cached probe per text (readCache.ts).
  const counts = await cachedRead(db, `text-probe:${q}`, async () => {
    const probe = await db.execute<Record<string, number | string>>(
      sql`select ${sql.join(
        branches.map(
          (b, i) => sql`(select count(*) from (${b.probe} limit ${SPARSE_MATCHES + 1}) t) as ${sql.raw(`b${i}`)}`,
        ),
        sql`, `,
      )}`,
    );
    return (probe as unknown as { rows: Record<string, number | string>[] }).rows[0]!;
  });
  return branches.flatMap((b, i) => {
    const n = Number(counts[`b${i}`]);
    if (n === 0) return [];
    const from = n <= SPARSE_MATCHES ? sql`(${b.source} offset 0) as ${cases}` : sql`${cases}`;
    return [{ match: b.match, from }];
  });
}

function keysetCondition(sort: SortKey, order: 'asc' | 'desc', c: Cursor): SQL {
  const { column, type } = SORTS[sort];
  if (order === 'desc') {
    return c.v === null
      ? sql`(${column} is null and ${cases.id} < ${c.id})`
      : sql`(${column} < cast(${c.v} as ${type}) or (${column} = cast(${c.v} as ${type}) and ${cases.id} < ${c.id}) or ${column} is null)`;
  }
  return c.v === null
    ? sql`((${column} is null and ${cases.id} > ${c.id}) or ${column} is not null)`
    : sql`(${column} > cast(${c.v} as ${type}) or (${column} = cast(${c.v} as ${type}) and ${cases.id} > ${c.id}))`;
}

export const listSelection = {
  id: cases.id,
  kind: cases.kind,
  caseNumber: cases.caseNumber,
  caseNumberStatus: cases.caseNumberStatus,
  instance: cases.instance,
  courtAgencyId: cases.courtAgencyId,
  courtName: court.name,
  regionCode: cases.regionCode,
  regionName: regions.name,
  firstDefendantAgencyId: cases.firstDefendantAgencyId,
  firstDefendantName: defendant.name,
  plaintiffCount: cases.plaintiffCount,
  receivedDate: cases.receivedDate,
  filedDate: cases.filedDate,
  causeOfAction: cases.causeOfAction,
  actKind: cases.actKind,
  domain: cases.domain,
  status: cases.status,
  outcome: cases.outcome,
  outcomeDate: cases.outcomeDate,
  governmentLost: cases.governmentLost,
  riskLevel: cases.riskLevel,
  version: cases.version,
  deletedAt: cases.deletedAt,
  updatedAt: cases.updatedAt,
};

export type CaseListRow = {
  [K in keyof typeof listSelection]: (typeof listSelection)[K]['_']['data'] | null;
} & {
  plaintiffs: { name: string; partyType: string }[] | null;
  nextDueDate: string | null;
  /** The next due date is 暂定 (computed, not custom, in a year whose schedule is not loaded). */
  nextDueProvisional?: boolean | null;
  sortValue: string | null;
};

export async function listCases(
  db: DbOrTx,
  principal: Principal,
  query: CaseListQuery,
): Promise<{ rows: CaseListRow[]; total: number; totalIsEstimate: boolean; hasMore: boolean }> {
  const conds = await listConditions(db, principal, query.filters);
  const { column } = SORTS[query.sort];
  const pageConds = query.cursor ? [...conds, keysetCondition(query.sort, query.order, query.cursor)] : conds;
  const orderBy =
    query.order === 'desc'
      ? // The sort indexes are (column DESC NULLS LAST, id DESC NULLS LAST); the id's NULLS must match too (ids are
        // never null) or PostgreSQL can use only the first column and sorts every row that shares it (at 1M, a
        // city's newest day: 2,558 rows read and sorted for a page of 20, 16 ms instead of 0.1).
        [sql`${column} desc nulls last`, sql`${cases.id} desc nulls last`]
      : [sql`${column} asc nulls first`, sql`${cases.id} asc nulls first`];
  const offset = !query.cursor && query.page && query.page > 1 ? (query.page - 1) * query.pageSize : 0;
  const limit = query.pageSize + 1;
  const text = query.filters.q ? normaliseText(query.filters.q) : '';
  const branches = text ? await textSources(db, text) : null;
  if (branches?.length === 0) return { rows: [], total: 0, totalIsEstimate: false, hasMore: false };

  // Free text: each branch is its own sorted, limited query with every condition inside; the page is the first rows
  // of their union. The branches are disjoint, so a case comes from one branch only.
  const where = branches
    ? [
        ...pageConds,
        sql`${cases.id} in (${sql.join(
          branches.map(
            (b) =>
              sql`(select ${cases.id} from ${b.from} where ${and(...pageConds, b.match)} order by ${sql.join(orderBy, sql`, `)} limit ${offset + limit})`,
          ),
          sql` union all `,
        )})`,
      ]
    : pageConds;

  const rows = await db
    .select({
      ...listSelection,
      sortValue: sql<string | null>`${column}::text`,
      plaintiffs: sql<
        { name: string; partyType: string }[] | null
      >`(select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select ${caseParties.name} as name, ${caseParties.partyType} as party_type, ${caseParties.sortOrder} as sort_order from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.side} = 'plaintiff' order by ${caseParties.sortOrder} limit 3) p)`,
      nextDueDate: sql<
        string | null
      >`(select min(coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate}))::text from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open')`,
      // Whether that earliest date is 暂定; on a tie with a final date, 暂定 wins (the reader should check).
      nextDueProvisional: sql<
        boolean | null
      >`(select ${caseDeadlines.customDueDate} is null and ${caseDeadlines.provisional} from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open' and coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate}) is not null order by coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate}), ${caseDeadlines.customDueDate} is null and ${caseDeadlines.provisional} desc limit 1)`,
    })
    .from(cases)
    .leftJoin(court, eq(court.id, cases.courtAgencyId))
    .leftJoin(defendant, eq(defendant.id, cases.firstDefendantAgencyId))
    .leftJoin(regions, eq(regions.code, cases.regionCode))
    .where(and(...where))
    .orderBy(...orderBy)
    .limit(limit)
    .offset(offset);
  const hasMore = rows.length > query.pageSize;
  const page = (hasMore ? rows.slice(0, query.pageSize) : rows) as CaseListRow[];

  // The first page says how many there are when it holds them all; otherwise count, up to the cap (countCap 0: no
  // count, for callers that only page, such as the export).
  if (query.countCap <= 0) return { rows: page, total: 0, totalIsEstimate: false, hasMore };
  if (!query.cursor && offset === 0 && !hasMore) {
    return { rows: page, total: page.length, totalIsEstimate: false, hasMore };
  }
  const cap = query.countCap + 1;
  // The count is the costliest part of a broad list and the same while one pages through it: cached per scope and
  // filters until the next write (readCache.ts). The scope is the principal's role, region, agency and user.
  const countKey = JSON.stringify([
    'case-count',
    principal.role,
    principal.regionPath,
    principal.agencyId,
    principal.userId,
    query.filters,
    cap,
  ]);
  const n = await cachedRead(db, countKey, async () => {
    const counted = await db.execute<{ n: number | string }>(
      branches
        ? sql`select count(*) as n from (${sql.join(
            branches.map((b) => sql`select 1 from ${b.from} where ${and(...conds, b.match)}`),
            sql` union all `,
          )} limit ${cap}) t`
        : sql`select count(*) as n from (select 1 from ${cases} ${conds.length ? sql`where ${and(...conds)}` : sql``} limit ${cap}) t`,
    );
    return Number((counted as unknown as { rows: { n: number | string }[] }).rows[0]?.n ?? 0);
  });
  return { rows: page, total: Math.min(n, query.countCap), totalIsEstimate: n > query.countCap, hasMore };
}

// ---------------------------------------------------------------------------------------------------------------
// Single case

/** The case if it exists and is in the principal's scope (deleted ones only when `includeDeleted`), else null. */
export async function findCaseInScope(
  db: DbOrTx,
  principal: Principal,
  id: string,
  opts: { includeDeleted?: boolean; forUpdate?: boolean } = {},
): Promise<CaseRow | null> {
  if (!isUuid(id)) return null;
  const conds: SQL[] = [eq(cases.id, id)];
  const scope = caseScopeCondition(principal);
  if (scope) conds.push(scope);
  if (!opts.includeDeleted) conds.push(sql`${cases.deletedAt} is null`);
  const q = db
    .select()
    .from(cases)
    .where(and(...conds));
  const [row] = opts.forUpdate ? await q.for('update', { of: cases }) : await q;
  return row ?? null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID_RE.test(s);

export interface CaseDetailParts {
  courtName: string | null;
  regionName: string | null;
  domainName: string | null;
  parties: (PartyRow & { agencyName: string | null })[];
  links: {
    id: string;
    linkType: string;
    direction: 'from' | 'to';
    caseId: string;
    caseNumber: string | null;
    kind: string;
    instance: string | null;
    status: string;
  }[];
  events: (typeof caseEvents.$inferSelect)[];
  deadlines: (typeof caseDeadlines.$inferSelect)[];
  hearings: (typeof hearings.$inferSelect)[];
  audit: { id: number; at: Date; action: string; actorName: string; diff: unknown }[];
}

/** Maps a row of `table` serialised by PostgreSQL (`to_json`: column names as keys) to what Drizzle would return. */
function jsonRowMapper<T extends Table>(table: T): (raw: Record<string, unknown>) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table)).map(([key, col]) => ({ key, col }));
  return (raw) => {
    const out: Record<string, unknown> = {};
    for (const { key, col } of columns) {
      const v = raw[col.name];
      out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
    }
    return out as T['$inferSelect'];
  };
}
const toParty = jsonRowMapper(caseParties);
const toEvent = jsonRowMapper(caseEvents);
const toDeadline = jsonRowMapper(caseDeadlines);
const toHearing = jsonRowMapper(hearings);

type LinkJson = Omit<CaseDetailParts['links'][number], 'direction'>;
type AuditJson = { id: number; at: string; action: string; actorName: string; diff: unknown };
type AssignmentJson = { id: string; userId: string; purpose: string; createdAt: string; displayName: string | null };

export interface CaseAssignmentOut {
  id: string;
  userId: string;
  displayName: string;
  purpose: (typeof caseAssignments.$inferSelect)['purpose'];
  createdAt: string;
}

/**
 * Everything the detail shows besides the case row, as correlated sub-selects on the outer `cases` row: one
 * statement (one round trip, one plan) instead of one query per part. Each sub-select uses its own index (parties,
 * links both ways, events, deadlines, hearings, audit by entity, assignments).
 */
function detailSelection(withAssignments: boolean) {
  const id = sql`${cases.id}`;
  const links = (mine: string, theirs: string) =>
    sql.raw(`(select json_agg(json_build_object('id', l.id, 'linkType', l.link_type, 'caseId', o.id,
      'caseNumber', o.case_number, 'kind', o.kind, 'instance', o.instance, 'status', o.status))
      from case_links l join cases o on o.id = l.${theirs} where l.${mine} = "cases"."id" and o.deleted_at is null)`);
  return {
    courtName: court.name,
    regionName: regions.name,
    domainName: adminDomains.name,
    parties: sql<
      { p: Record<string, unknown>; agency_name: string | null }[] | null
    >`(select json_agg(json_build_object('p', p, 'agency_name', a.name) order by p.sort_order) from case_parties p left join agencies a on a.id = p.agency_id where p.case_id = ${id})`,
    linksFrom: sql<LinkJson[] | null>`${links('from_case_id', 'to_case_id')}`,
    linksTo: sql<LinkJson[] | null>`${links('to_case_id', 'from_case_id')}`,
    events: sql<
      Record<string, unknown>[] | null
    >`(select json_agg(e order by e.at, e.created_at) from case_events e where e.case_id = ${id})`,
    deadlines: sql<
      Record<string, unknown>[] | null
    >`(select json_agg(d order by d.due_date nulls last) from case_deadlines d where d.case_id = ${id})`,
    hearings: sql<
      Record<string, unknown>[] | null
    >`(select json_agg(h order by h.scheduled_at) from hearings h where h.case_id = ${id})`,
    audit: sql<
      AuditJson[] | null
    >`(select json_agg(json_build_object('id', a.id, 'at', a.at, 'action', a.action, 'actorName', a.actor_name, 'diff', a.diff) order by a.id desc) from (select id, at, action, actor_name, diff from audit_log where entity_type = 'case' and entity_id = ${id}::text order by id desc limit 20) a)`,
    assignments: withAssignments
      ? sql<
          AssignmentJson[] | null
        >`(select json_agg(json_build_object('id', s.id, 'userId', s.user_id, 'purpose', s.purpose, 'createdAt', s.created_at, 'displayName', u.display_name) order by s.created_at) from case_assignments s left join users u on u.id = s.user_id where s.case_id = ${id})`
      : sql<null>`null`,
  };
}

async function selectDetail(db: DbOrTx, conds: SQL[], withAssignments: boolean) {
  const [r] = await db
    .select({ row: cases, ...detailSelection(withAssignments) })
    .from(cases)
    .leftJoin(court, eq(court.id, cases.courtAgencyId))
    .leftJoin(regions, eq(regions.code, cases.regionCode))
    .leftJoin(adminDomains, eq(adminDomains.code, cases.domain))
    .where(and(...conds));
  return r ?? null;
}

type DetailRecord = NonNullable<Awaited<ReturnType<typeof selectDetail>>>;

function toDetailParts(r: DetailRecord): CaseDetailParts {
  const link = (direction: 'from' | 'to') => (l: LinkJson) => ({ ...l, direction });
  return {
    courtName: r.courtName ?? null,
    regionName: r.regionName ?? null,
    domainName: r.domainName ?? null,
    parties: (r.parties ?? []).map((p) => ({ ...toParty(p.p), agencyName: p.agency_name })),
    links: [...(r.linksFrom ?? []).map(link('from')), ...(r.linksTo ?? []).map(link('to'))],
    events: (r.events ?? []).map(toEvent),
    deadlines: (r.deadlines ?? []).map(toDeadline),
    hearings: (r.hearings ?? []).map(toHearing),
    audit: (r.audit ?? []).map((a) => ({ ...a, at: new Date(a.at) })),
  };
}

function toAssignments(r: DetailRecord): CaseAssignmentOut[] {
  return (r.assignments ?? []).map((a) => ({
    id: a.id,
    userId: a.userId,
    displayName: a.displayName ?? '（账户不存在）',
    purpose: a.purpose as CaseAssignmentOut['purpose'],
    createdAt: new Date(a.createdAt).toISOString(),
  }));
}

/** The parts of a case's detail (parties, links, timeline, deadlines, hearings, latest audit) in one statement. */
export async function loadCaseDetail(db: DbOrTx, row: CaseRow): Promise<CaseDetailParts> {
  const r = await selectDetail(db, [eq(cases.id, row.id)], false);
  if (!r) throw new Error(`case ${row.id} vanished`);
  return toDetailParts(r);
}

/**
 * A case in the principal's scope with its detail parts (and its assignments when asked), in ONE statement: the
 * scope check of `findCaseInScope` and the sub-selects of `loadCaseDetail` together. Null when out of scope.
 */
export async function findCaseDetailInScope(
  db: DbOrTx,
  principal: Principal,
  id: string,
  opts: { includeDeleted?: boolean; withAssignments?: boolean } = {},
): Promise<{ row: CaseRow; parts: CaseDetailParts; assignments: CaseAssignmentOut[] | undefined } | null> {
  if (!isUuid(id)) return null;
  const conds: SQL[] = [eq(cases.id, id)];
  const scope = caseScopeCondition(principal);
  if (scope) conds.push(scope);
  if (!opts.includeDeleted) conds.push(sql`${cases.deletedAt} is null`);
  const r = await selectDetail(db, conds, !!opts.withAssignments);
  if (!r) return null;
  return {
    row: r.row,
    parts: toDetailParts(r),
    assignments: opts.withAssignments ? toAssignments(r) : undefined,
  };
}

export async function partiesOf(db: DbOrTx, caseId: string): Promise<PartyRow[]> {
  return db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(caseParties.sortOrder);
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

/** Postgres unique violation, as thrown by node-postgres or PGlite (possibly wrapped by Drizzle). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

export const duplicateCaseNumber = (caseNumber: string | null) =>
  new AppError('DUPLICATE', `案号${caseNumber ?? ''}已登记，不能重复登记`, [
    { field: 'caseNumber', message: '该案号已登记' },
  ]);

/** Updates a case only at the expected version; returns the new row, or null when the version moved. */
export async function updateCaseAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<CaseInsert>,
): Promise<CaseRow | null> {
  const [row] = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning();
  return row ?? null;
}

export async function agenciesByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      kind: agencies.kind,
      regionCode: agencies.regionCode,
      courtCode: agencies.courtCode,
      regionPath: regions.path,
    })
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(inArray(agencies.id, ids));
}

export async function courtByCode(db: DbOrTx, courtCode: string) {
  const [row] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.courtCode, courtCode), eq(agencies.kind, 'court')))
    .limit(1);
  return row ?? null;
}

export async function adminDomainExists(db: DbOrTx, code: string): Promise<boolean> {
  const [row] = await db.select({ code: adminDomains.code }).from(adminDomains).where(eq(adminDomains.code, code));
  return !!row;
}
