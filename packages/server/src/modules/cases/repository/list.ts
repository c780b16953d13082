/**
 * The case list's SQL: filters (scope first, policy.ts), keyset or offset pages over the sort indexes, and the count
 * up to a cap. Free text is in listText.ts.
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { cachedRead } from '../../../platform/db/readCache.js';
import { regions } from '../../org/schema.js';
import type { CaseInstance, CaseKind, CaseStatus, RiskLevel } from '../constants.js';
import { type IndicatorListFilter, indicatorListCondition } from '../indicatorSource/listFilter.js';
import { caseScopeCondition } from '../policy.js';
import { caseDeadlines, caseParties, cases } from '../schema.js';
import { normaliseText, textSources } from './listText.js';
import { regionPathOf } from './lookups.js';
import { court, defendant } from './rows.js';

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
  /** With regionCode: that region's own cases only, not those of the regions below it (a city's 市本级). */
  regionExact?: boolean;
  agencyId?: string;
  courtAgencyId?: string;
  domain?: string;
  governmentLost?: boolean;
  year?: number;
  q?: string;
  includeDeleted?: boolean;
  /** Only cases with an open deadline due on or before this date (YYYY-MM-DD; overdue ones included). */
  dueBy?: string;
  filedFrom?: string;
  filedTo?: string;
  concludedFrom?: string;
  concludedTo?: string;
  /** An indicator's numerator or denominator (modules/indicators registers the condition: indicatorSource/listFilter.ts). */
  indicator?: IndicatorListFilter;
  /** 承办人: this account's cases, or (null) cases with nobody named. */
  handlerUserId?: string | null;
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
  /** Counting stops here: above it, `total` is the cap and `totalIsEstimate` is true; Infinity counts every row. */
  countCap: number;
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
  if (f.regionCode && f.regionExact) {
    conds.push(eq(cases.regionCode, f.regionCode));
  } else if (f.regionCode) {
    const path = await regionPathOf(db, f.regionCode);
    conds.push(path ? sql`${cases.regionPath} like ${`${path}%`}` : sql`false`);
  }
  if (f.agencyId) {
    conds.push(
      sql`exists (select 1 from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.agencyId} = ${f.agencyId})`,
    );
  }
  if (f.handlerUserId !== undefined) {
    conds.push(
      f.handlerUserId === null ? sql`${cases.handlerUserId} is null` : eq(cases.handlerUserId, f.handlerUserId),
    );
  }
  if (f.dueBy) {
    conds.push(
      sql`exists (select 1 from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open' and coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate}) <= ${f.dueBy}::date)`,
    );
  }
  if (f.filedFrom) conds.push(sql`${cases.filedDate} >= ${f.filedFrom}::date`);
  if (f.filedTo) conds.push(sql`${cases.filedDate} <= ${f.filedTo}::date`);
  if (f.concludedFrom) conds.push(sql`${cases.outcomeDate} >= ${f.concludedFrom}::date`);
  if (f.concludedTo) conds.push(sql`${cases.outcomeDate} <= ${f.concludedTo}::date`);
  if (f.indicator) conds.push(await indicatorListCondition(db, principal, f.indicator));
  return conds;
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
  handlerUserId: cases.handlerUserId,
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
  /** The 承办人's display name (the users module's, filled in by the use case). */
  handlerName?: string | null;
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
  const cap = Number.isFinite(query.countCap) ? query.countCap + 1 : null;
  const limitCap = cap === null ? sql`` : sql` limit ${cap}`;
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
          )}${limitCap}) t`
        : sql`select count(*) as n from (select 1 from ${cases} ${conds.length ? sql`where ${and(...conds)}` : sql``}${limitCap}) t`,
    );
    return Number((counted as unknown as { rows: { n: number | string }[] }).rows[0]?.n ?? 0);
  });
  return { rows: page, total: Math.min(n, query.countCap), totalIsEstimate: n > query.countCap, hasMore };
}
