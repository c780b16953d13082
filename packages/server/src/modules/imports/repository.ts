/**
 * SQL of imports and exports. Everything is batched or set-based: lookups by a JSON list of case numbers (one query
 * per batch of rows), staging by `jsonb_to_recordset` (one statement per batch), and the apply as a handful of
 * `INSERT … SELECT` / `UPDATE … FROM` statements over the staged rows, all in the caller's transaction.
 */
import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { caseScopeCondition } from '../cases/policy.js';
import { adminDomains, caseDeadlines, caseParties, cases } from '../cases/schema.js';
import { agencies, regions } from '../org/schema.js';
import type { AgencyInfo } from './lookups.js';
import { importJobs, importRows } from './schema.js';

/** Rows of the result of `db.execute` on either driver. */
const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

export async function loadAgencies(db: DbOrTx): Promise<AgencyInfo[]> {
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      regionCode: agencies.regionCode,
      regionPath: regions.path,
      courtCode: agencies.courtCode,
    })
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.active, true));
}

export async function loadDomains(db: DbOrTx) {
  return db.select().from(adminDomains).orderBy(asc(adminDomains.sortOrder));
}

// ---------------------------------------------------------------------------------------------------------------
// Existing cases

export type ExistingCase = typeof cases.$inferSelect & {
  parties: ExistingParty[];
  deadlines: { ruleId: string; status: string }[];
};
export interface ExistingParty {
  side: string;
  partyType: string;
  name: string;
  agencyId: string | null;
  defendantRole: string | null;
  idNumber: string | null;
  phone: string | null;
}

/** Live (not deleted) cases with these normalized numbers, whatever their scope, with parties and deadline rules. */
export async function findCasesByNumbers(db: DbOrTx, numbers: string[]): Promise<ExistingCase[]> {
  if (numbers.length === 0) return [];
  const rows = await db
    .select({
      ...getTableColumns(cases),
      parties: sql<
        ExistingParty[] | null
      >`(select json_agg(json_build_object('side', p.side, 'partyType', p.party_type, 'name', p.name, 'agencyId', p.agency_id, 'defendantRole', p.defendant_role, 'idNumber', p.id_number, 'phone', p.phone) order by p.sort_order) from ${caseParties} p where p.case_id = cases.id)`,
      deadlines: sql<
        { ruleId: string; status: string }[] | null
      >`(select json_agg(json_build_object('ruleId', d.rule_id, 'status', d.status)) from ${caseDeadlines} d where d.case_id = cases.id)`,
    })
    .from(cases)
    .where(
      and(
        sql`${cases.deletedAt} is null`,
        // `= any(array(…))`: an index probe per number (an IN subquery may be planned as a scan of the whole table).
        sql`${cases.caseNumber} = any(array(select jsonb_array_elements_text(${JSON.stringify(numbers)}::jsonb)))`,
      ),
    );
  return rows.map((r) => ({ ...r, parties: r.parties ?? [], deadlines: r.deadlines ?? [] }));
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs and staging

export type ImportJobRow = typeof importJobs.$inferSelect;

export async function insertJob(db: DbOrTx, fileName: string, createdBy: string | null): Promise<ImportJobRow> {
  const [row] = await db.insert(importJobs).values({ fileName, createdBy }).returning();
  return row!;
}

export async function getJob(db: DbOrTx, id: string): Promise<ImportJobRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return row ?? null;
}

export async function updateJob(db: DbOrTx, id: string, set: Partial<typeof importJobs.$inferInsert>): Promise<void> {
  await db.update(importJobs).set(set).where(eq(importJobs.id, id));
}

export interface StagedRow {
  row_no: number;
  action: 'create' | 'update';
  case_id: string;
  base_version: number | null;
  payload: unknown;
}

/** One statement per batch: the rows travel as one JSON parameter. */
export async function stageRows(db: DbOrTx, jobId: string, rows: StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${importRows} (job_id, row_no, action, case_id, base_version, payload)
    select ${jobId}::uuid, r.row_no, r.action, r.case_id, r.base_version, r.payload
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(row_no int, action text, case_id uuid, base_version int, payload jsonb)`);
}

export async function dropStaged(db: DbOrTx, jobId: string): Promise<void> {
  await db.delete(importRows).where(eq(importRows.jobId, jobId));
}

// ---------------------------------------------------------------------------------------------------------------
// Apply (one transaction, set-based)
//
// Rows are applied from a temporary table `import_batch` (no WAL, dropped at commit): a batch is loaded into it with
// one statement (from a JSON parameter, or copied from `import_rows`), then each step below is one statement over
// the whole batch. Deadline computations come from the temporary `import_deadlines` (rule, start) table.

/** The columns of `cases` an import writes, in the order of the INSERT. */
const CASE_COLUMNS = [
  'id',
  'kind',
  'case_number',
  'case_number_raw',
  'case_number_status',
  'case_number_tail',
  'case_year',
  'case_seq',
  'instance',
  'court_agency_id',
  'court_code',
  'region_code',
  'region_path',
  'first_defendant_agency_id',
  'filed_date',
  'complaint_received_date',
  'cause_of_action',
  'contested_act',
  'domain',
  'plaintiff_count',
  'hearing_held',
  'status',
  'outcome',
  'outcome_date',
  'government_lost',
  'appealed',
  'notes',
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

export interface DeadlineEntry {
  rule_id: string;
  from_date: string;
  due_date: string | null;
  explanation: string;
  basis: string;
}

/** The transaction's work tables; they disappear at commit or rollback. */
export async function createWorkTables(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`create temp table import_batch
    (row_no int primary key, action text not null, case_id uuid not null, base_version int, payload jsonb not null)
    on commit drop`);
  await tx.execute(sql`create temp table import_deadlines
    (rule_id text, from_date date, due_date date, explanation text, basis text, primary key (rule_id, from_date))
    on commit drop`);
}

export async function loadDeadlines(tx: DbOrTx, entries: DeadlineEntry[] | unknown): Promise<void> {
  if (Array.isArray(entries) && entries.length === 0) return;
  await tx.execute(sql`insert into import_deadlines
    select * from jsonb_to_recordset(${JSON.stringify(entries)}::jsonb)
      as d(rule_id text, from_date date, due_date date, explanation text, basis text)
    on conflict do nothing`);
}

/** A batch from memory: one JSON parameter, parsed once. */
export async function loadBatch(tx: DbOrTx, rows: StagedRow[]): Promise<void> {
  await tx.execute(sql`truncate import_batch`);
  await tx.execute(sql`insert into import_batch
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(row_no int, action text, case_id uuid, base_version int, payload jsonb)`);
}

/** A batch from the staging table (a job checked earlier). */
export async function loadStagedBatch(tx: DbOrTx, jobId: string): Promise<void> {
  await tx.execute(sql`truncate import_batch`);
  await tx.execute(sql`insert into import_batch
    select row_no, action, case_id, base_version, payload from ${importRows} where job_id = ${jobId}::uuid`);
}

/** Updates planned against a version that has moved since (or a case deleted since). */
export async function countStale(tx: DbOrTx): Promise<number> {
  const r = await tx.execute(sql`
    select count(*)::int as n from import_batch r join ${cases} c on c.id = r.case_id
    where r.action = 'update' and (c.version <> r.base_version or c.deleted_at is not null)`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

export interface ApplyContext {
  userId: string | null;
  actorName: string;
  ip: string | null;
  requestId: string | null;
  fileName: string;
}

/** The apply of one batch, step by step (one statement each). */
export function applySteps(ctx: ApplyContext): { name: string; only?: 'create' | 'update'; sql: SQL }[] {
  const cols = sql.raw(CASE_COLUMNS.join(', '));
  const fromC = sql.raw(CASE_COLUMNS.map((c) => `c.${c}`).join(', '));
  const setC = sql.raw(
    CASE_COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = c.${c}`)
      .join(', '),
  );
  return [
    {
      name: 'cases.insert',
      only: 'create',
      sql: sql`insert into ${cases} (${cols}, version, created_by, updated_by)
        select ${fromC}, 1, ${ctx.userId}::uuid, ${ctx.userId}::uuid
        from import_batch r, jsonb_populate_record(null::cases, r.payload->'c') c
        where r.action = 'create'`,
    },
    {
      name: 'cases.update',
      only: 'update',
      sql: sql`update ${cases} t set ${setC}, version = t.version + 1, updated_at = now(), updated_by = ${ctx.userId}::uuid
        from import_batch r, jsonb_populate_record(null::cases, r.payload->'c') c
        where r.action = 'update' and t.id = r.case_id`,
    },
    {
      name: 'parties.delete',
      only: 'update',
      sql: sql`delete from ${caseParties} p using import_batch r
        where r.action = 'update' and p.case_id = r.case_id and jsonb_typeof(r.payload->'p') = 'array'`,
    },
    {
      name: 'parties.insert',
      sql: sql`insert into ${caseParties} (case_id, side, party_type, name, agency_id, defendant_role, id_number, phone, sort_order)
        select r.case_id, p.side, p.party_type, p.name, p.agency_id, p.defendant_role, p.id_number, p.phone, p.sort_order
        from import_batch r, jsonb_to_recordset(r.payload->'p')
          as p(side text, party_type text, name text, agency_id uuid, defendant_role text, id_number text, phone text, sort_order int)
        where jsonb_typeof(r.payload->'p') = 'array'`,
    },
    {
      name: 'events.resync',
      only: 'update',
      sql: sql`delete from case_events e using import_batch r
        where r.action = 'update' and e.case_id = r.case_id and (r.payload->>'ev') = 'true'
          and e.type in ('filed', 'notice_received', 'outcome')`,
    },
    {
      name: 'events.insert',
      sql: sql`insert into case_events (case_id, at, type, title, detail, created_by)
        select r.case_id, e.at, e.type, e.title, e.detail, ${ctx.userId}::uuid
        from import_batch r, jsonb_to_recordset(r.payload->'e') as e(at date, type text, title text, detail text)`,
    },
    {
      name: 'deadlines.delete',
      only: 'update',
      sql: sql`delete from ${caseDeadlines} d using import_batch r
        where r.action = 'update' and d.case_id = r.case_id and jsonb_typeof(r.payload->'d') = 'array'
          and not exists (select 1 from jsonb_array_elements(r.payload->'d') x where x->>'r' = d.rule_id)`,
    },
    {
      name: 'deadlines.upsert',
      sql: sql`insert into ${caseDeadlines} (case_id, rule_id, from_date, due_date, explanation, basis, status)
        select r.case_id, x.r, x.f, t.due_date, t.explanation, t.basis, x.s
        from import_batch r
          cross join lateral jsonb_to_recordset(r.payload->'d') as x(r text, f date, s text)
          join import_deadlines t on t.rule_id = x.r and t.from_date = x.f
        where jsonb_typeof(r.payload->'d') = 'array'
        on conflict (case_id, rule_id) do update set from_date = excluded.from_date, due_date = excluded.due_date,
          explanation = excluded.explanation, basis = excluded.basis, status = excluded.status, updated_at = now()`,
    },
    {
      name: 'audit.insert',
      sql: sql`insert into audit_log (actor_user_id, actor_name, ip, request_id, action, entity_type, entity_id, before, after, diff)
        select ${ctx.userId}::uuid, ${ctx.actorName}, ${ctx.ip}, ${ctx.requestId}, r.action, 'case', r.case_id::text,
          r.payload->'a'->'before',
          coalesce(r.payload->'a'->'after', jsonb_build_object('source', 'import', 'file', ${ctx.fileName}::text,
            'row', r.row_no, 'kind', r.payload->'c'->>'kind', 'caseNumber', r.payload->'c'->>'case_number',
            'regionCode', r.payload->'c'->>'region_code')),
          r.payload->'a'->'diff'
        from import_batch r order by r.row_no`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Export

export interface ExportRow {
  id: string;
  kind: string;
  caseNumber: string | null;
  caseNumberRaw: string | null;
  courtName: string | null;
  filedDate: string | null;
  complaintReceivedDate: string | null;
  causeOfAction: string | null;
  contestedAct: string | null;
  domain: string | null;
  instance: string | null;
  hearingHeld: boolean;
  outcomeDate: string | null;
  outcome: string | null;
  appealed: boolean | null;
  notes: string | null;
  parties: { side: string; partyType: string; name: string; agencyName: string | null }[] | null;
}

/** Full rows of these cases for the export, re-checked against the principal's scope. */
export async function exportRowsByIds(db: DbOrTx, principal: Principal, ids: string[]): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  const scope = caseScopeCondition(principal);
  const rows = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      caseNumber: cases.caseNumber,
      caseNumberRaw: cases.caseNumberRaw,
      courtName: agencies.name,
      filedDate: cases.filedDate,
      complaintReceivedDate: cases.complaintReceivedDate,
      causeOfAction: cases.causeOfAction,
      contestedAct: cases.contestedAct,
      domain: cases.domain,
      instance: cases.instance,
      hearingHeld: cases.hearingHeld,
      outcomeDate: cases.outcomeDate,
      outcome: cases.outcome,
      appealed: cases.appealed,
      notes: cases.notes,
      parties: sql<
        ExportRow['parties']
      >`(select json_agg(json_build_object('side', p.side, 'partyType', p.party_type, 'name', p.name, 'agencyName', a.name) order by p.sort_order) from ${caseParties} p left join agencies a on a.id = p.agency_id where p.case_id = cases.id)`,
    })
    .from(cases)
    .leftJoin(agencies, eq(agencies.id, cases.courtAgencyId))
    .where(and(sql`${cases.id} in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`, scope));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: ExportRow[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (r) out.push(r);
  }
  return out;
}
