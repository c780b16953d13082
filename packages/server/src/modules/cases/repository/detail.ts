/**
 * A single case: the scoped read (`findCaseInScope`, policy.ts) and its detail (parties, links, timeline, deadlines,
 * latest audit, assignments) in one statement; its hearings from the hearings module (hearingsPort.ts).
 */
import { and, eq, getTableColumns, type SQL, sql, type Table } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { regions } from '../../org/schema.js';
import { type CaseHearingSummary, caseHearings } from '../hearingsPort.js';
import { caseScopeCondition } from '../policy.js';
import { adminDomains, type caseAssignments, caseDeadlines, caseEvents, caseParties, cases } from '../schema.js';
import { type CaseRow, court, isUuid, type PartyRow } from './rows.js';

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
  hearings: CaseHearingSummary[];
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
 * links both ways, events, deadlines, audit by entity, assignments).
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
    hearings: [],
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

/** The parts of a case's detail (parties, links, timeline, deadlines, latest audit) in one statement, then its hearings. */
export async function loadCaseDetail(db: DbOrTx, row: CaseRow): Promise<CaseDetailParts> {
  const r = await selectDetail(db, [eq(cases.id, row.id)], false);
  if (!r) throw new Error(`case ${row.id} vanished`);
  return { ...toDetailParts(r), hearings: await caseHearings(db, row.id) };
}

/**
 * A case in the principal's scope with its detail parts (and its assignments when asked), in ONE statement: the
 * scope check of `findCaseInScope` and the sub-selects of `loadCaseDetail` together (then its hearings, asked of the
 * hearings module). Null when out of scope.
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
    parts: { ...toDetailParts(r), hearings: await caseHearings(db, r.row.id) },
    assignments: opts.withAssignments ? toAssignments(r) : undefined,
  };
}

export async function partiesOf(db: DbOrTx, caseId: string): Promise<PartyRow[]> {
  return db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(caseParties.sortOrder);
}
