/**
 * SQL of the case registry. Every read goes through `caseScopeCondition` (policy.ts), so a list, its count and a
 * single read agree on what the caller may see. Writes take the caller's transaction.
 */
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { auditLog } from '../audit/schema.js';
import { agencies, regions } from '../org/schema.js';
import type { CaseInstance, CaseKind, CaseStatus, RiskLevel } from './constants.js';
import { caseScopeCondition } from './policy.js';
import { adminDomains, caseDeadlines, caseEvents, caseLinks, caseParties, cases, hearings } from './schema.js';

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
  const [r] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
  return r?.path ?? null;
}

/** The `where` of a list: scope, deletion, filters. Shared by the page and its count. */
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
  if (f.q) conds.push(textCondition(f.q));
  return conds;
}

/** Escapes LIKE wildcards in user text. */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Free text, index-friendly (no `%q%`): a prefix of the case number (with or without its year: "（2025）苏99",
 * "苏9902行初12"), a bare sequence number ("123"), a prefix of a party's name or of the 案由. Written as
 * `id in (… union all …)` so that each branch uses its own index; an OR across the branches (with the EXISTS on
 * parties) would make the planner scan the whole table.
 */
function textCondition(raw: string): SQL {
  const q = raw
    .replace(/\s+/g, '')
    .replace(/[(（〔[【]/g, '（')
    .replace(/[)）〕\]】]/g, '）')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const p = likePrefix(q);
  const branches: SQL[] = [
    sql`select ${cases.id} from ${cases} where ${cases.caseNumber} like ${p}`,
    sql`select ${cases.id} from ${cases} where ${cases.caseNumberTail} like ${p}`,
    sql`select ${cases.id} from ${cases} where ${cases.causeOfAction} like ${p}`,
    sql`select ${caseParties.caseId} from ${caseParties} where ${caseParties.name} like ${p}`,
  ];
  const seq = /^(\d{1,8})号?$/.exec(q);
  if (seq) branches.push(sql`select ${cases.id} from ${cases} where ${cases.caseSeq} = ${Number(seq[1])}`);
  return sql`${cases.id} in (${sql.join(branches, sql` union all `)})`;
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
      ? [sql`${column} desc nulls last`, desc(cases.id)]
      : [sql`${column} asc nulls first`, asc(cases.id)];
  const offset = !query.cursor && query.page && query.page > 1 ? (query.page - 1) * query.pageSize : 0;

  const rowsPromise = db
    .select({
      ...listSelection,
      sortValue: sql<string | null>`${column}::text`,
      plaintiffs: sql<
        { name: string; partyType: string }[] | null
      >`(select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select ${caseParties.name} as name, ${caseParties.partyType} as party_type, ${caseParties.sortOrder} as sort_order from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.side} = 'plaintiff' order by ${caseParties.sortOrder} limit 3) p)`,
      nextDueDate: sql<
        string | null
      >`(select min(coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate}))::text from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open')`,
    })
    .from(cases)
    .leftJoin(court, eq(court.id, cases.courtAgencyId))
    .leftJoin(defendant, eq(defendant.id, cases.firstDefendantAgencyId))
    .leftJoin(regions, eq(regions.code, cases.regionCode))
    .where(and(...pageConds))
    .orderBy(...orderBy)
    .limit(query.pageSize + 1)
    .offset(offset);

  const where = conds.length ? sql`where ${and(...conds)}` : sql``;
  const countPromise = db.execute<{ n: number | string }>(
    sql`select count(*) as n from (select 1 from ${cases} ${where} limit ${query.countCap + 1}) t`,
  );
  const [rows, counted] = [await rowsPromise, await countPromise];
  const n = Number((counted as unknown as { rows: { n: number | string }[] }).rows[0]?.n ?? 0);
  const hasMore = rows.length > query.pageSize;
  return {
    rows: (hasMore ? rows.slice(0, query.pageSize) : rows) as CaseListRow[],
    total: Math.min(n, query.countCap),
    totalIsEstimate: n > query.countCap,
    hasMore,
  };
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

export async function caseInScope(db: DbOrTx, principal: Principal, id: string): Promise<boolean> {
  return (await findCaseInScope(db, principal, id, { includeDeleted: true })) !== null;
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

export async function loadCaseDetail(db: DbOrTx, row: CaseRow): Promise<CaseDetailParts> {
  const id = row.id;
  const other = alias(cases, 'other');
  const partyAgency = alias(agencies, 'party_agency');
  const [names, parties, linksFrom, linksTo, events, deadlines, hearingRows, audit] = await Promise.all([
    db
      .select({ courtName: court.name, regionName: regions.name, domainName: adminDomains.name })
      .from(cases)
      .leftJoin(court, eq(court.id, cases.courtAgencyId))
      .leftJoin(regions, eq(regions.code, cases.regionCode))
      .leftJoin(adminDomains, eq(adminDomains.code, cases.domain))
      .where(eq(cases.id, id)),
    db
      .select({ party: caseParties, agencyName: partyAgency.name })
      .from(caseParties)
      .leftJoin(partyAgency, eq(partyAgency.id, caseParties.agencyId))
      .where(eq(caseParties.caseId, id))
      .orderBy(caseParties.sortOrder),
    db
      .select({
        link: caseLinks,
        other: {
          id: other.id,
          caseNumber: other.caseNumber,
          kind: other.kind,
          instance: other.instance,
          status: other.status,
        },
      })
      .from(caseLinks)
      .innerJoin(other, eq(other.id, caseLinks.toCaseId))
      .where(and(eq(caseLinks.fromCaseId, id), sql`${other.deletedAt} is null`)),
    db
      .select({
        link: caseLinks,
        other: {
          id: other.id,
          caseNumber: other.caseNumber,
          kind: other.kind,
          instance: other.instance,
          status: other.status,
        },
      })
      .from(caseLinks)
      .innerJoin(other, eq(other.id, caseLinks.fromCaseId))
      .where(and(eq(caseLinks.toCaseId, id), sql`${other.deletedAt} is null`)),
    db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(caseEvents.at, caseEvents.createdAt),
    db
      .select()
      .from(caseDeadlines)
      .where(eq(caseDeadlines.caseId, id))
      .orderBy(sql`${caseDeadlines.dueDate} nulls last`),
    db.select().from(hearings).where(eq(hearings.caseId, id)).orderBy(hearings.scheduledAt),
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        actorName: auditLog.actorName,
        diff: auditLog.diff,
      })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .limit(20),
  ]);
  const toLink =
    (direction: 'from' | 'to') =>
    (r: (typeof linksFrom)[number]): CaseDetailParts['links'][number] => ({
      id: r.link.id,
      linkType: r.link.linkType,
      direction,
      caseId: r.other.id,
      caseNumber: r.other.caseNumber,
      kind: r.other.kind,
      instance: r.other.instance,
      status: r.other.status,
    });
  return {
    courtName: names[0]?.courtName ?? null,
    regionName: names[0]?.regionName ?? null,
    domainName: names[0]?.domainName ?? null,
    parties: parties.map((p) => ({ ...p.party, agencyName: p.agencyName })),
    links: [...linksFrom.map(toLink('from')), ...linksTo.map(toLink('to'))],
    events,
    deadlines,
    hearings: hearingRows,
    audit,
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
