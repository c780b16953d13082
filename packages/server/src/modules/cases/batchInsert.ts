/**
 * The set-based write path of many cases (an import, the demo seed, the benchmark generator): cases, their parties,
 * timeline events, deadlines and — for a user's write — one audit row per case, in the caller's transaction.
 *
 * A batch is written with one statement per table and step, each taking ONE array parameter per column:
 * `INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`. The same statements run on PostgreSQL and on PGlite
 * (both drivers send a JS array as one PostgreSQL array). Measured against the earlier designs (the batch as one JSON
 * parameter loaded into a temporary table, or expanded by jsonb_to_recordset at each step; Drizzle multi-row VALUES)
 * this skips the temporary table and the JSON expansion, and costs a tenth of the client CPU of building VALUES; the
 * rest is the database's own: heap, 15 indexes on `cases`, foreign-key checks and WAL. COPY FROM STDIN was measured
 * too and was no faster (the time is in index maintenance and FK checks, not parsing).
 *
 * What the single-case path derives is derived here or by the caller with the same functions: the 败诉 flag from the
 * outcome (`governmentLostOf`, docs/rules/outcomes-and-loss.md), the deadlines by `plannedDeadlineRefs`
 * (deadlineTable.ts), the number's search key by the index expression on `cases` (searchKey.ts) — nothing to store.
 */
import { governmentLostOf } from '@shuangjiang/domain';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import type { DeadlineEntry, DeadlineLookup, DeadlineRef } from './deadlineTable.js';
import { caseDeadlines, caseEvents, caseParties, cases } from './schema.js';

/** The columns of `cases` an update rewrites (the ones an import reads and plans), in statement order. */
const UPDATE_COLUMNS = [
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
  'closing_manner',
  'government_lost',
  'appealed',
  'notes',
  'handler_user_id',
] as const;
/** … and those a creation may give besides (else their defaults). */
const CREATE_ONLY_COLUMNS = [
  'received_date',
  'act_kind',
  'amount_claimed',
  'normative_doc_review',
  'risk_level',
  'outcome_text',
] as const;
const CREATE_COLUMNS = [...UPDATE_COLUMNS, ...CREATE_ONLY_COLUMNS] as const;
export type CaseColumn = (typeof CREATE_COLUMNS)[number];
/** The columns an update rewrites (all of them: a value left out becomes null). */
export type UpdateColumn = (typeof UPDATE_COLUMNS)[number];

const COLUMN_BY_NAME = new Map(Object.entries(getTableColumns(cases)).map(([key, c]) => [c.name, { key, c }]));

/** SQL type of each written column of `cases` (from the schema), for the `$n::type[]` casts. */
const CASE_COLUMN_TYPES = Object.fromEntries(
  CREATE_COLUMNS.map((name) => {
    const col = COLUMN_BY_NAME.get(name);
    if (!col) throw new Error(`cases.${name} is not a column`);
    return [name, col.c.getSQLType()];
  }),
) as Record<CaseColumn, string>;

/** Constant defaults of NOT NULL columns: a creation without the value gets the default, as a Drizzle insert would. */
const CREATE_DEFAULTS = new Map(
  CREATE_COLUMNS.flatMap((name) => {
    const c = COLUMN_BY_NAME.get(name)!.c;
    return c.notNull && c.hasDefault && c.default !== undefined && typeof c.default !== 'object'
      ? [[name, c.default as unknown] as const]
      : [];
  }),
);

const WRITTEN_KEYS = new Set(CREATE_COLUMNS.map((name) => COLUMN_BY_NAME.get(name)!.key));

/** A row of `cases` (Drizzle's camelCase keys) as a batch writes it (column names). */
export function caseColumnsOf(row: Partial<typeof cases.$inferInsert>): Partial<Record<CaseColumn, unknown>> {
  const out: Partial<Record<CaseColumn, unknown>> = {};
  for (const name of CREATE_COLUMNS) {
    const v = (row as Record<string, unknown>)[COLUMN_BY_NAME.get(name)!.key];
    if (v !== undefined && v !== null) out[name] = v;
  }
  for (const [key, v] of Object.entries(row)) {
    if (v !== undefined && v !== null && !WRITTEN_KEYS.has(key))
      throw new Error(`cases.${key} is not written in a batch`);
  }
  return out;
}

export interface PartyWrite {
  side: string;
  party_type: string;
  name: string;
  agency_id: string | null;
  defendant_role: string | null;
  id_number: string | null;
  phone: string | null;
  sort_order: number;
}

export interface EventWrite {
  at: string;
  type: string;
  title: string;
  detail: string | null;
}

/**
 * What is written for one case (compact keys: an import keeps it as JSON with its checked job, `import_rows.payload`):
 * the case's columns, its parties (replacing the old ones on an update when given), timeline events to add, its
 * deadlines (replacing the old set when given), and an update's audit entry (redacted before/after and diff).
 */
export interface CaseWrite {
  c: Partial<Record<CaseColumn, unknown>>;
  p?: PartyWrite[];
  e: EventWrite[];
  d?: DeadlineRef[];
  a?: { before: unknown; after: unknown; diff: unknown };
  /** Update: the automatic events (filed, notice_received, outcome) are replaced by those in `e`. */
  ev?: boolean;
}

/** One case of a batch (the shape of a staged import row). */
export interface CaseBatchRow {
  /** Row of the source file (audit of an import); any increasing number otherwise. */
  row_no: number;
  action: 'create' | 'update';
  case_id: string;
  /** Update: the version the write was planned on (VERSION_CONFLICT if the case changed since). */
  base_version: number | null;
  payload: unknown;
}

/** Who writes (the audit rows); null for seed data, which is written without audit rows. */
export interface BatchActor {
  userId: string | null;
  actorName: string;
  ip: string | null;
  requestId: string | null;
  /** The source file named in a creation's audit entry. */
  fileName: string;
}

export type { DeadlineEntry, DeadlineLookup };

/** One array parameter (Drizzle would expand a bare JS array into a list). */
const arr = (values: unknown[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;
const list = (parts: SQL[]) => sql.join(parts, sql`, `);
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const payloadOf = (r: CaseBatchRow) => r.payload as CaseWrite;

/**
 * A new case's value of a column: as given, else the column's default; its 败诉 flag always from its outcome, as the
 * single-case path derives it (docs/rules/outcomes-and-loss.md).
 */
function createValue(c: CaseWrite['c'], column: CaseColumn): unknown {
  if (column === 'government_lost') return c.outcome ? governmentLostOf(String(c.outcome)) : null;
  return c[column] ?? CREATE_DEFAULTS.get(column) ?? null;
}

/**
 * Writes one batch (creates and updates, in row order) in the caller's transaction: cases, parties, timeline events,
 * deadlines and, unless `actor` is null, one audit row per case. Updates first check that no case changed since it
 * was planned (VERSION_CONFLICT otherwise). `afterStep` runs after each statement (tests inject failures there).
 */
export async function insertCaseBatch(
  tx: DbOrTx,
  rows: CaseBatchRow[],
  deadline: DeadlineLookup,
  actor: BatchActor | null,
  afterStep: (name: string) => void = () => {},
): Promise<void> {
  if (rows.length === 0) return;
  const creates: CaseBatchRow[] = [];
  const updates: CaseBatchRow[] = [];
  for (const r of rows) (r.action === 'create' ? creates : updates).push(r);
  const user = sql`${actor?.userId ?? null}::uuid`;
  const step = async (name: string, statement: SQL) => {
    await tx.execute(statement);
    afterStep(name);
  };
  const caseArrays = (rs: CaseBatchRow[], columns: readonly CaseColumn[], create: boolean) =>
    list(
      columns.map((c) =>
        arr(
          rs.map((r) => (create ? createValue(payloadOf(r).c, c) : (payloadOf(r).c[c] ?? null))),
          CASE_COLUMN_TYPES[c],
        ),
      ),
    );

  if (updates.length) {
    const stale = await tx.execute(sql`
      select count(*)::int as n
      from unnest(${arr(
        updates.map((r) => r.case_id),
        'uuid',
      )}, ${arr(
        updates.map((r) => r.base_version),
        'int',
      )}) as r(id, base_version)
        join ${cases} c on c.id = r.id
      where c.version <> r.base_version or c.deleted_at is not null`);
    const n = Number(rowsOf<{ n: number }>(stale)[0]?.n ?? 0);
    if (n > 0) throw new AppError('VERSION_CONFLICT', `有${n}个案件在检查之后被修改或删除，请重新上传检查`);
  }

  if (creates.length) {
    await step(
      'cases.insert',
      sql`insert into ${cases} (${sql.raw(CREATE_COLUMNS.join(', '))}, version, created_by, updated_by)
        select *, 1, ${user}, ${user} from unnest(${caseArrays(creates, CREATE_COLUMNS, true)})`,
    );
  }
  if (updates.length) {
    const set = sql.raw(
      UPDATE_COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = c.${c}`)
        .join(', '),
    );
    await step(
      'cases.update',
      sql`update ${cases} t set ${set}, version = t.version + 1, updated_at = now(), updated_by = ${user}
        from unnest(${caseArrays(updates, UPDATE_COLUMNS, false)}) as c(${sql.raw(UPDATE_COLUMNS.join(', '))})
        where t.id = c.id`,
    );
    const replaced = updates.filter((r) => Array.isArray(payloadOf(r).p)).map((r) => r.case_id);
    if (replaced.length) {
      await step('parties.delete', sql`delete from ${caseParties} where case_id = any(${arr(replaced, 'uuid')})`);
    }
  }

  await insertParties(rows, step);
  await insertEvents(rows, updates, user, step);
  await writeDeadlines(rows, deadline, step);
  if (actor) await insertAudit(rows, actor, user, step);
}

type Step = (name: string, statement: SQL) => Promise<void>;

async function insertParties(rows: CaseBatchRow[], step: Step): Promise<void> {
  const parties: PartyWrite[] = [];
  const partyCase: string[] = [];
  for (const r of rows) {
    for (const p of payloadOf(r).p ?? []) {
      parties.push(p);
      partyCase.push(r.case_id);
    }
  }
  if (!parties.length) return;
  const col = (f: (p: PartyWrite) => unknown, type: string) => arr(parties.map(f), type);
  await step(
    'parties.insert',
    sql`insert into ${caseParties} (case_id, side, party_type, name, agency_id, defendant_role, id_number, phone, sort_order)
      select * from unnest(${list([
        arr(partyCase, 'uuid'),
        col((p) => p.side, 'text'),
        col((p) => p.party_type, 'text'),
        col((p) => p.name, 'text'),
        col((p) => p.agency_id ?? null, 'uuid'),
        col((p) => p.defendant_role ?? null, 'text'),
        col((p) => p.id_number ?? null, 'text'),
        col((p) => p.phone ?? null, 'text'),
        col((p) => p.sort_order, 'int'),
      ])})`,
  );
}

async function insertEvents(rows: CaseBatchRow[], updates: CaseBatchRow[], user: SQL, step: Step): Promise<void> {
  const resynced = updates.filter((r) => payloadOf(r).ev === true).map((r) => r.case_id);
  if (resynced.length) {
    await step(
      'events.resync',
      sql`delete from ${caseEvents} where case_id = any(${arr(resynced, 'uuid')})
        and type in ('filed', 'notice_received', 'outcome')`,
    );
  }
  const events: EventWrite[] = [];
  const eventCase: string[] = [];
  for (const r of rows) {
    for (const e of payloadOf(r).e) {
      events.push(e);
      eventCase.push(r.case_id);
    }
  }
  if (!events.length) return;
  const col = (f: (e: EventWrite) => unknown, type: string) => arr(events.map(f), type);
  await step(
    'events.insert',
    sql`insert into ${caseEvents} (case_id, at, type, title, detail, created_by)
      select *, ${user} from unnest(${list([
        arr(eventCase, 'uuid'),
        col((e) => e.at, 'date'),
        col((e) => e.type, 'text'),
        col((e) => e.title, 'text'),
        col((e) => e.detail ?? null, 'text'),
      ])})`,
  );
}

/** Each case names its deadlines by (rule, start, status); the computations travel once per batch and are joined in. */
async function writeDeadlines(rows: CaseBatchRow[], deadline: DeadlineLookup, step: Step): Promise<void> {
  const dCase: string[] = [];
  const dRule: string[] = [];
  const dFrom: string[] = [];
  const dStatus: string[] = [];
  const used = new Map<string, DeadlineEntry>();
  const rewritten: string[] = [];
  for (const r of rows) {
    const ds = payloadOf(r).d;
    if (!Array.isArray(ds)) continue;
    if (r.action === 'update') rewritten.push(r.case_id);
    for (const d of ds) {
      const key = `${d.r}|${d.f}`;
      if (!used.has(key)) {
        const entry = deadline(d.r, d.f);
        if (!entry) throw new Error(`no deadline computation for ${key}`);
        used.set(key, entry);
      }
      dCase.push(r.case_id);
      dRule.push(d.r);
      dFrom.push(d.f);
      dStatus.push(d.s);
    }
  }
  if (rewritten.length) {
    // Rules no longer planned for an updated case go; the others are upserted below.
    await step(
      'deadlines.delete',
      sql`delete from ${caseDeadlines} d where d.case_id = any(${arr(rewritten, 'uuid')})
        and d.owner_type = 'case' and (d.case_id, d.rule_id) not in (select * from unnest(${arr(dCase, 'uuid')}, ${arr(dRule, 'text')}))`,
    );
  }
  if (!dCase.length) return;
  const t = [...used.values()];
  const col = (f: (e: DeadlineEntry) => unknown, type: string) => arr(t.map(f), type);
  await step(
    'deadlines.upsert',
    sql`insert into ${caseDeadlines} (case_id, rule_id, from_date, due_date, provisional, explanation, basis, status)
      select x.case_id, x.rule_id, x.from_date, t.due_date, t.provisional, t.explanation, t.basis, x.status
      from unnest(${list([arr(dCase, 'uuid'), arr(dRule, 'text'), arr(dFrom, 'date'), arr(dStatus, 'text')])})
          as x(case_id, rule_id, from_date, status)
        join unnest(${list([
          col((e) => e.rule_id, 'text'),
          col((e) => e.from_date, 'date'),
          col((e) => e.due_date, 'date'),
          col((e) => e.provisional === true, 'bool'),
          col((e) => e.explanation, 'text'),
          col((e) => e.basis, 'text'),
        ])}) as t(rule_id, from_date, due_date, provisional, explanation, basis)
          on t.rule_id = x.rule_id and t.from_date = x.from_date
      ${
        // A new case has no deadline rows yet: a plain insert (no speculative insertion) is enough.
        rewritten.length
          ? sql`on conflict (case_id, rule_id) where owner_type = 'case' do update set from_date = excluded.from_date,
              due_date = excluded.due_date, provisional = excluded.provisional, explanation = excluded.explanation, basis = excluded.basis,
              status = excluded.status, updated_at = now()`
          : sql``
      }`,
  );
}

/**
 * One audit row per case, in row order: a creation's entry names the file and row (the case row itself is in the
 * registry); an update's carries its redacted before/after and field diff (computed by the caller's plan).
 */
async function insertAudit(rows: CaseBatchRow[], actor: BatchActor, user: SQL, step: Step): Promise<void> {
  const col = (f: (r: CaseBatchRow) => unknown, type: string) => arr(rows.map(f), type);
  await step(
    'audit.insert',
    sql`insert into audit_log (actor_user_id, actor_name, ip, request_id, action, entity_type, entity_id, before, after, diff)
      select ${user}, ${actor.actorName}, ${actor.ip}, ${actor.requestId}, r.action, 'case', r.case_id::text,
        r.before::jsonb,
        coalesce(r.after::jsonb, jsonb_build_object('source', 'import', 'file', ${actor.fileName}::text, 'row', r.row_no,
          'kind', r.kind, 'caseNumber', r.case_number, 'regionCode', r.region_code)),
        r.diff::jsonb
      from unnest(${list([
        col((r) => r.action, 'text'),
        col((r) => r.case_id, 'uuid'),
        col((r) => r.row_no, 'int'),
        col((r) => payloadOf(r).c.kind ?? null, 'text'),
        col((r) => payloadOf(r).c.case_number ?? null, 'text'),
        col((r) => payloadOf(r).c.region_code ?? null, 'text'),
        col((r) => json(payloadOf(r).a?.before), 'text'),
        col((r) => json(payloadOf(r).a?.after), 'text'),
        col((r) => json(payloadOf(r).a?.diff), 'text'),
      ])}) as r(action, case_id, row_no, kind, case_number, region_code, before, after, diff)`,
  );
}
