/**
 * Importing cases from Excel (台账/法院通报 → 案件台账).
 *
 * 1. Read: the file is streamed row by row (xlsx/readRows.ts); the header row is found by its names, anywhere in the
 *    first 30 rows of the first sheet that has one (merged title rows, two-row headers and synonyms allowed).
 * 2. Check: each row is mapped (mapRow.ts), then in batches of 1,000 matched against the registry by normalized
 *    案号 + 案件类型 (one query per batch) and planned (plan.ts): create, update (field by field) or unchanged.
 *    Errors name the row and the column in Chinese.
 * 3. Write, all-or-nothing, in one of two ways:
 *    - direct (`importCasesFromXlsx`: CLI, benchmark): ONE transaction around the whole read; each checked batch is
 *      applied at once with set-based statements (repository.applyBatch: one statement per table, one array
 *      parameter per column) while the next one is parsed; an error in any row, or any failure, rolls the whole
 *      file back;
 *    - checked first (API: `checkJob`, then `commitJob`): the valid rows are staged in `import_rows` (outside the
 *      registry), and the commit applies them in ONE transaction, read back in chunks and written with the same
 *      statements; a failed commit leaves the job committable again.
 *    Either way the audit rows, timeline events and deadlines are written in the same transaction, with the job's own
 *    'import' audit entry; a crash at any point leaves the registry as before the file or as after it.
 *
 * Idempotent: importing the same file again finds every row unchanged and writes nothing.
 */

import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { type AuditActor, systemActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { todayInChina } from '../cases/presenter.js';
import { isUniqueViolation } from '../cases/repository.js';
import { answerDueWarning } from './answerDue.js';
import { headerOf } from './columns.js';
import { type ErrorKind, RowErrors } from './errorReport.js';
import { dataRows, type SkippedRow } from './header.js';
import { loadLookups } from './lookups.js';
import {
  applyMapping,
  type ColumnMapping,
  checkMappingColumns,
  columnNamer,
  columnUses,
  findMapping,
  headerLabels,
  headerSignature,
  MAPPABLE_FIELDS,
  type MappingReport,
  type StoredMappingReport,
  saveMapping,
} from './mappings.js';
import { type ColumnMap, type Draft, mapRow, matchKeyOf, type RowError } from './mapRow.js';
import { type ImportOverview, OverviewCollector } from './overview.js';
import { DeadlineTable, type PlanContext, planRow, type UpdateReport } from './plan.js';
import {
  type ApplyContext,
  applyBatch,
  type DeadlineEntry,
  type DeadlineLookup,
  dropStaged,
  findCasesByNumbers,
  getJob,
  type ImportJobRow,
  insertJob,
  loadStagedChunk,
  type StagedRow,
  stageRows,
  updateJob,
} from './repository.js';
import type { ImportStatus } from './schema.js';
import { type CellValue, type ReadLimits, readXlsxRows } from './xlsx/readRows.js';

export interface ImportProgress {
  phase: 'reading' | 'applying' | 'done';
  rowsRead: number;
  rowsWritten: number;
  /** Rows to write (known once the file is read). */
  rowsTotal: number | null;
}

export interface ImportOptions {
  /** Only check: nothing is staged or written. */
  dryRun?: boolean;
  fileName?: string;
  actor?: AuditActor;
  onProgress?: (p: ImportProgress) => void;
  /** Rows per lookup and staging statement (default 1,000); for a commit, staged rows per chunk (default 5,000). */
  batchSize?: number;
  /** Tests: fail the commit transaction after this apply step ('cases.insert', 'audit.insert' …). */
  failAfterStep?: string;
  /** Diagnostics (scripts/time-import.ts): each write statement's name and duration, and each batch lookup's. */
  onStep?: (name: string, ms: number) => void;
  /** Tests: fail while staging, after this many batches. */
  failAfterStagedBatches?: number;
  /**
   * Unrecognised source columns → our fields (or null: ignore), chosen by the user after a dry run reported them;
   * remembered for this header and the user's region (mappings.ts) once the file has been read with it (the rule:
   * rememberMapping). Without it a remembered mapping applies.
   */
  mapping?: ColumnMapping;
  /** Tests: lower limits of the reader (rows per sheet, inflated bytes). */
  readLimits?: Partial<ReadLimits>;
}

export interface ImportResult {
  /** The job (null for a CLI dry run, which keeps nothing). */
  importId: string | null;
  status: ImportStatus;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** The first errors by row (KEEP_ERRORS); `errorCount` is exact and `errorKinds` counts them all by kind. */
  errors: RowError[];
  errorKinds: ErrorKind[];
  /** What the file states that the registry computes otherwise (答辩截止日期); never blocks the import. */
  warningCount: number;
  warnings: RowError[];
  /** Rows not read as cases: the ledger's footer (制表人, 合计, 填表日期). */
  skippedRows: SkippedRow[];
  /** Field-by-field changes of updated cases. */
  changes: UpdateReport[];
  /** Header columns not recognised (and not mapped), and the column mapping applied (mappings.ts). */
  mapping?: MappingReport;
  /** New and known cases of the file and the agencies they concern (overview.ts). */
  overview?: ImportOverview;
}

/** Errors and changes kept with the job (and returned by the API); the counts are always exact. */
export const KEEP_ERRORS = 1000;
export const KEEP_CHANGES = 1000;

/** The principal the command line acts as when no user is named: the whole registry (like the administrator). */
export function systemPrincipal(): Principal {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    displayName: '系统（命令行）',
    role: 'admin',
    regionCode: null,
    regionPath: null,
    agencyId: null,
    sessionId: 'cli',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Read and check; then stage (API) or apply (direct)

interface Prepared extends ImportResult {
  deadlineTable: DeadlineEntry[];
  /** The header's text per column, once found (what a remembered mapping is saved with). */
  headerLabels: string[] | null;
}

/** What happens to each checked batch while no row has failed yet. */
type Sink = (rows: StagedRow[], deadlines: DeadlineLookup) => Promise<void>;

async function prepare(
  db: DbOrTx,
  principal: Principal,
  source: string | Readable,
  opts: ImportOptions & { jobId: string | null; sink: Sink | null },
): Promise<Prepared> {
  const lookups = await loadLookups(db, principal);
  if (lookups.scope.none) throw forbidden('您没有可导入案件的管辖范围');
  const deadlines = new DeadlineTable(lookups);
  const ctx: PlanContext = {
    lookups,
    deadlines,
    today: todayInChina(),
    fileName: opts.fileName ?? 'import.xlsx',
    newId: randomUUID,
  };
  const latestYear = new Date().getFullYear() + 1;
  const batchSize = opts.batchSize ?? 1000;
  const result: Prepared = {
    importId: opts.jobId,
    status: 'validated',
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    errorKinds: [],
    warningCount: 0,
    warnings: [],
    skippedRows: [],
    changes: [],
    deadlineTable: [],
    headerLabels: null,
  };
  const firstRowOf = new Map<string, number>();
  const columns: ColumnMap = {};
  const mapping: MappingReport = {
    signature: null,
    columns: [],
    unmappedColumns: [],
    appliedMapping: null,
    mappingSource: null,
  };
  result.mapping = mapping;
  const overview = new OverviewCollector();
  let columnName = headerOf;
  let headerRow = 0;
  // Once the header is known: apply the given or remembered mapping to any column it names, recognised or not, and
  // report how every column is read.
  const onHeader = async (map: ColumnMap, headerRows: CellValue[][], at: number) => {
    headerRow = at;
    const labels = headerLabels(headerRows);
    const signature = headerSignature(labels);
    mapping.signature = signature;
    result.headerLabels = labels;
    let decided = { mapped: new Set<number>(), ignored: new Set<number>() };
    if (opts.mapping) {
      // Every column it names must be in this header (MappingError otherwise: nothing read, nothing remembered).
      // Applied now, remembered only once the whole file has been read (rememberMapping).
      checkMappingColumns(opts.mapping, labels);
      decided = applyMapping(map, labels, opts.mapping);
      mapping.appliedMapping = opts.mapping;
      mapping.mappingSource = 'request';
    } else {
      const remembered = await findMapping(db, principal, signature);
      if (remembered) {
        decided = applyMapping(map, labels, remembered);
        mapping.appliedMapping = remembered;
        mapping.mappingSource = 'remembered';
      }
    }
    mapping.columns = columnUses(labels, map, decided);
    mapping.unmappedColumns = mapping.columns
      .filter((c) => c.how === 'unmapped')
      .map(({ index, letter, header }) => ({ index, letter, header }));
    columnName = columnNamer(labels, map);
    ctx.columnName = columnName;
  };
  const errors = new RowErrors(KEEP_ERRORS);
  const warnings = new RowErrors(KEEP_ERRORS);
  let batch: Draft[] = [];
  let inflight: Promise<void> = Promise.resolve();
  let sunkBatches = 0;
  let written = 0;
  const progress = () =>
    opts.onProgress?.({ phase: 'reading', rowsRead: result.rows, rowsWritten: written, rowsTotal: null });

  const addErrors = (list: RowError[]) => {
    for (const e of list) errors.add(e);
    result.errorCount = errors.count;
  };

  const flush = async (drafts: Draft[]) => {
    const t = performance.now();
    const found = await findCasesByNumbers(db, [...new Set(drafts.map((d) => d.caseNumber))]);
    opts.onStep?.('lookup', performance.now() - t);
    const existing = new Map(found.map((c) => [matchKeyOf(c as { kind: Draft['kind']; caseNumber: string }), c]));
    const out: StagedRow[] = [];
    for (const d of drafts) {
      const before = existing.get(matchKeyOf(d)) ?? null;
      const warning = answerDueWarning(d, before, ctx, columnName('answerDueDate'));
      if (warning) warnings.add(warning);
      const plan = planRow(d, before, ctx);
      if (plan.action !== 'error') overview.add(d, plan.action);
      if (plan.action === 'error') addErrors(plan.errors);
      else if (plan.action === 'unchanged') result.unchanged++;
      else {
        if (plan.action === 'create') result.created++;
        else {
          result.updated++;
          if (result.changes.length < KEEP_CHANGES)
            result.changes.push({ row: d.row, caseNumber: d.caseNumber, fields: plan.changes });
        }
        out.push(plan.staged);
      }
    }
    // Once a row failed, the file will not be written: keep checking, stop writing.
    if (opts.sink && result.errorCount === 0 && out.length) {
      await opts.sink(out, (rule, from) => deadlines.get(rule, from));
      written += out.length;
      sunkBatches++;
      if (opts.failAfterStagedBatches !== undefined && sunkBatches >= opts.failAfterStagedBatches) {
        throw new Error('injected failure while staging');
      }
    }
    progress();
  };

  const rows = dataRows(readXlsxRows(source, opts.readLimits), columns, onHeader, result.skippedRows);
  for await (const r of rows) {
    result.rows++;
    const mapped = mapRow(r.rowNumber, r.cells, columns, lookups, { latestYear, columnName });
    if (mapped.errors.length) addErrors(mapped.errors);
    const draft = mapped.draft;
    if (!draft) continue;
    const key = matchKeyOf(draft);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      addErrors([{ row: r.rowNumber, column: columnName('caseNumber'), message: `案号与第${first}行重复` }]);
      continue;
    }
    firstRowOf.set(key, r.rowNumber);
    batch.push(draft);
    if (batch.length >= batchSize) {
      // The database works on this batch while the next one is parsed.
      await inflight;
      inflight = flush(batch);
      inflight.catch(() => {}); // awaited above or below; no unhandled rejection in between
      batch = [];
    }
  }
  await inflight;
  if (batch.length) await flush(batch);

  if (columns.caseNumber === undefined) {
    throw new AppError(
      'IMPORT_INVALID',
      '未找到表头：第一张工作表的前30行中应有“案号”“被告/被申请人”等列名，请使用导入模板',
      [{ field: 'file', message: '未找到表头' }],
    );
  }
  if (result.rows === 0) {
    const footer = result.skippedRows.length ? `（表尾 ${result.skippedRows.length} 行已跳过）` : '';
    throw new AppError(
      'IMPORT_INVALID',
      `文件没有数据行：第${headerRow}行是表头，其下没有案件${footer}；请在表头下方逐行填写案件后再导入`,
      [{ field: 'file', message: '没有数据行' }],
    );
  }
  if (columns.defendants === undefined && result.created > 0) {
    addErrors([{ row: 0, column: headerOf('defendants'), message: '缺少“被告/被申请人”列：新增案件必须填写被告' }]);
  }
  result.errors = errors.first();
  result.errorKinds = errors.byKind();
  result.warnings = warnings.first();
  result.warningCount = warnings.count;
  result.status = result.errorCount > 0 ? 'invalid' : 'validated';
  result.deadlineTable = deadlines.toJSON();
  result.overview = overview.toJSON();
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Apply

/** Writes one batch of planned rows (repository.applyBatch), with the diagnostics and test hooks of `opts`. */
async function applyRows(
  tx: DbOrTx,
  rows: StagedRow[],
  deadlines: DeadlineLookup,
  ctx: ApplyContext,
  opts: ImportOptions,
): Promise<void> {
  let t = performance.now();
  await applyBatch(tx, rows, deadlines, ctx, (name) => {
    const now = performance.now();
    opts.onStep?.(name, now - t);
    t = now;
    if (opts.failAfterStep === name) throw new Error(`injected failure after ${name}`);
  });
}

/**
 * The job's own audit entry and final state, in the import's transaction; with `report` (direct path), also the
 * header report and overview (a checked job has them from its check).
 */
async function finishJob(
  tx: DbOrTx,
  jobId: string,
  actor: AuditActor,
  r: ImportSummary,
  report?: JobReport,
): Promise<void> {
  await writeAudit(tx, {
    actor,
    action: 'import',
    entityType: 'case_import',
    entityId: jobId,
    after: { file: r.fileName, rows: r.rows, created: r.created, updated: r.updated, unchanged: r.unchanged },
  });
  await updateJob(tx, jobId, {
    status: 'done',
    rows: r.rows,
    toCreate: r.created,
    toUpdate: r.updated,
    unchanged: r.unchanged,
    finishedAt: new Date(),
    message: null,
    ...report,
  });
  await dropStaged(tx, jobId);
}

/**
 * The check's report kept with the job (the jsonb `mapping_report`): how each column is read, and what else the check
 * found besides the kept errors — the skipped footer, the warnings, the errors counted by kind.
 */
type StoredReport = StoredMappingReport &
  Partial<Pick<ImportResult, 'skippedRows' | 'warnings' | 'warningCount' | 'errorKinds'>>;

interface JobReport {
  mappingReport: StoredReport | null;
  overview: ImportOverview | null;
}

/** What the check found besides the counts, kept with the job so that its GET shows it after a reload. */
function jobReport(r: ImportResult): JobReport {
  const m = r.mapping;
  return {
    mappingReport: m
      ? {
          columns: m.columns,
          unmappedColumns: m.unmappedColumns,
          appliedMapping: m.appliedMapping,
          mappingSource: m.mappingSource,
          skippedRows: r.skippedRows,
          warnings: r.warnings,
          warningCount: r.warningCount,
          errorKinds: r.errorKinds,
        }
      : null,
    overview: r.overview ?? null,
  };
}

type ImportSummary = Pick<ImportResult, 'rows' | 'created' | 'updated' | 'unchanged'> & { fileName: string };

const applyContext = (actor: AuditActor, fileName: string): ApplyContext => ({
  userId: actor.userId,
  actorName: actor.name,
  ip: actor.ip,
  requestId: actor.requestId,
  fileName,
});

function failureMessage(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (isUniqueViolation(err)) return '有案号在检查之后已被登记，请重新上传检查';
  return '导入失败，数据库未作任何修改';
}

/** Thrown inside the transaction to roll it back when a row failed after earlier batches were applied. */
class RollbackInvalid extends Error {
  constructor(readonly result: Prepared) {
    super('import has errors');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points

/**
 * The one fast path (CLI, benchmark): read, check and — unless `dryRun` — write the file in ONE transaction, batch
 * by batch while it is read. A row with an error rolls everything back (status 'invalid', nothing written); so does
 * any failure, including a crash. `source` is a file path (fastest) or a readable stream of an .xlsx file.
 */
export async function importCasesFromXlsx(
  db: Db,
  principal: Principal,
  source: string | Readable,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const fileName = opts.fileName ?? (typeof source === 'string' ? source.split(/[\\/]/).pop()! : 'import.xlsx');
  if (opts.dryRun) {
    return strip(await prepare(db, principal, source, { ...opts, fileName, jobId: null, sink: null }));
  }
  const actor = opts.actor ?? systemActor(principal.displayName);
  const job = await insertJob(db, fileName, isSystem(principal) ? null : principal.userId);
  const ctx = applyContext(actor, fileName);
  try {
    const r = await db.transaction(async (tx) => {
      const sink: Sink = (rows, deadlines) => applyRows(tx, rows, deadlines, ctx, opts);
      const prepared = await prepare(tx, principal, source, { ...opts, fileName, jobId: job.id, sink });
      if (prepared.status !== 'validated') throw new RollbackInvalid(prepared);
      await rememberMapping(tx, principal, prepared);
      await finishJob(tx, job.id, actor, { ...prepared, fileName }, jobReport(prepared));
      return prepared;
    });
    opts.onProgress?.({
      phase: 'done',
      rowsRead: r.rows,
      rowsWritten: r.created + r.updated,
      rowsTotal: r.created + r.updated,
    });
    return { ...strip(r), status: 'done' };
  } catch (err) {
    if (err instanceof RollbackInvalid) {
      // Nothing of the file was written; the file was read to the end, so its mapping is remembered all the same.
      await rememberMapping(db, principal, err.result);
      await recordChecked(db, job.id, err.result);
      return strip(err.result);
    }
    await updateJob(db, job.id, { status: 'failed', message: failureMessage(err), finishedAt: new Date() }).catch(
      () => {},
    );
    if (isUniqueViolation(err)) throw new AppError('DUPLICATE', failureMessage(err));
    throw err;
  }
}

const isSystem = (p: Principal) => p.role === 'admin' && p.username === 'system';

async function recordChecked(db: DbOrTx, jobId: string, r: Prepared): Promise<void> {
  await updateJob(db, jobId, {
    status: r.status,
    rows: r.rows,
    toCreate: r.created,
    toUpdate: r.updated,
    unchanged: r.unchanged,
    errorCount: r.errorCount,
    errors: r.errors.slice(0, KEEP_ERRORS),
    changes: r.changes.slice(0, KEEP_CHANGES),
    deadlineTable: r.status === 'validated' ? r.deadlineTable : [],
    finishedAt: r.status === 'invalid' ? new Date() : null,
    ...jobReport(r),
  });
}

/**
 * Dry run of an uploaded file into a job (API): checked, and its valid rows staged in `import_rows` (outside the
 * registry's tables) for a later `commitJob`. A file with errors keeps nothing staged.
 */
export async function checkJob(
  db: Db,
  principal: Principal,
  jobId: string,
  source: string | Readable,
  opts: ImportOptions & { fileName: string },
): Promise<ImportResult> {
  let r: Prepared;
  try {
    r = await prepare(db, principal, source, { ...opts, jobId, sink: (rows) => stageRows(db, jobId, rows) });
  } catch (err) {
    await dropStaged(db, jobId).catch(() => {});
    await updateJob(db, jobId, {
      status: 'failed',
      message: err instanceof AppError ? err.message : '文件无法读取，请确认是 .xlsx 格式的 Excel 文件',
      finishedAt: new Date(),
    }).catch(() => {});
    throw err;
  }
  if (r.status === 'invalid') await dropStaged(db, jobId);
  await rememberMapping(db, principal, r);
  await recordChecked(db, jobId, r);
  return strip(r);
}

/** Staged rows per apply statement of a commit. */
const COMMIT_CHUNK = 5000;

/**
 * Applies a checked job's staged rows in one transaction, chunk by chunk with the same statements as the direct
 * path; a second commit of a done job does nothing.
 */
async function applyStaged(db: Db, job: ImportJobRow, actor: AuditActor, opts: ImportOptions): Promise<void> {
  const total = job.toCreate + job.toUpdate;
  opts.onProgress?.({ phase: 'applying', rowsRead: job.rows, rowsWritten: 0, rowsTotal: total });
  try {
    await db.transaction(async (tx) => {
      const locked = await tx.execute(sql`select status from import_jobs where id = ${job.id}::uuid for update`);
      const status = (locked as unknown as { rows: { status: string }[] }).rows[0]?.status;
      if (status === 'done') return;
      if (status !== 'validated' && status !== 'failed')
        throw new AppError('UNPROCESSABLE', '该导入任务未通过检查，不能提交');
      const table = new Map(
        (job.deadlineTable as DeadlineEntry[]).map((d) => [`${d.rule_id}|${d.from_date}`, d] as const),
      );
      const deadlines: DeadlineLookup = (rule, from) => table.get(`${rule}|${from}`);
      const ctx = applyContext(actor, job.fileName);
      let written = 0;
      for (let after = 0; ; ) {
        const rows = await loadStagedChunk(tx, job.id, after, opts.batchSize ?? COMMIT_CHUNK);
        if (rows.length === 0) break;
        await applyRows(tx, rows, deadlines, ctx, opts);
        after = rows[rows.length - 1]!.row_no;
        written += rows.length;
        opts.onProgress?.({ phase: 'applying', rowsRead: job.rows, rowsWritten: written, rowsTotal: total });
      }
      await finishJob(tx, job.id, actor, {
        ...job,
        created: job.toCreate,
        updated: job.toUpdate,
        fileName: job.fileName,
      });
    });
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'UNPROCESSABLE')) {
      await updateJob(db, job.id, { status: 'failed', message: failureMessage(err) }).catch(() => {});
    }
    if (isUniqueViolation(err)) throw new AppError('DUPLICATE', failureMessage(err));
    throw err;
  }
  opts.onProgress?.({ phase: 'done', rowsRead: job.rows, rowsWritten: total, rowsTotal: total });
}

function strip(r: Prepared): ImportResult {
  const { deadlineTable: _d, headerLabels: _h, ...rest } = r;
  return rest;
}

/**
 * Remembers the column mapping the user gave with this file for its source (header signature + region), by the rule:
 *
 * - Only a mapping the user gave (the screen's mapping step, `--map`/`--mapping` on the command line), never one that
 *   was itself remembered.
 * - Only after the whole file was read with it. A run that failed to read the file (no header, not an .xlsx, a mapping
 *   naming a column the header lacks, a crash or any failure while reading, checking or writing) saves nothing: a
 *   broken upload must not teach the region a mapping that was never seen to work on a whole file.
 * - Also when rows have errors. Row errors are about the data, not the columns: the 司法局 clerk who mapped 争议事由 to
 *   案由, saw two bad dates, fixes them in Excel and uploads again expects the mapping they confirmed to be applied by
 *   itself, not to be asked again for every corrected upload (nor their colleagues). A wrong mapping is visible in the
 *   check (appliedMapping, mappingSource 'remembered' on the next upload) and replaced by the next one given.
 * - A check on the screen counts even if the user never commits: choosing the mapping and checking again with it IS
 *   the confirmation step (and the check keeps a job). The command line's `--dry-run` does not: it promises to write
 *   nothing and keeps no job, so it does not save the mapping either; the run without `--dry-run` (with the same
 *   `--map`) does, with or without row errors.
 */
async function rememberMapping(db: DbOrTx, principal: Principal, r: Prepared): Promise<void> {
  const m = r.mapping;
  if (m?.mappingSource !== 'request' || !m.appliedMapping || !m.signature || !r.headerLabels) return;
  await saveMapping(db, principal, m.signature, r.headerLabels, m.appliedMapping);
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs (API)

const live = new Map<string, ImportProgress>();

/** Live progress of jobs being read or applied in this process. */
export function trackProgress(jobId: string): (p: ImportProgress) => void {
  return (p) => {
    if (p.phase === 'done') live.delete(jobId);
    else live.set(jobId, p);
  };
}

export async function createJob(db: Db, principal: Principal, fileName: string): Promise<ImportJobRow> {
  return insertJob(db, fileName, principal.userId);
}

export async function jobFor(db: DbOrTx, principal: Principal, id: string): Promise<ImportJobRow> {
  const job = await getJob(db, id);
  // Only the importer sees the job (its errors quote the file's contents).
  if (!job || job.createdBy !== principal.userId) throw notFound('导入任务');
  return job;
}

export function presentJob(job: ImportJobRow) {
  const p = live.get(job.id);
  const report = job.mappingReport as StoredReport | null;
  return {
    id: job.id,
    fileName: job.fileName,
    status: (p?.phase === 'applying' ? 'applying' : job.status) as ImportStatus,
    rows: job.rows,
    created: job.toCreate,
    updated: job.toUpdate,
    unchanged: job.unchanged,
    errorCount: job.errorCount,
    errors: job.errors as RowError[],
    changes: job.changes as UpdateReport[],
    message: job.message,
    progress: p ?? {
      phase: job.status === 'done' ? ('done' as const) : ('reading' as const),
      rowsRead: job.rows,
      rowsWritten: job.status === 'done' ? job.toCreate + job.toUpdate : 0,
      rowsTotal: job.toCreate + job.toUpdate,
    },
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    // Stored with the check (null for a job that never read its header, or checked before they were kept).
    columns: report?.columns ?? [],
    unmappedColumns: report?.unmappedColumns ?? [],
    skippedRows: report?.skippedRows ?? [],
    warningCount: report?.warningCount ?? 0,
    warnings: report?.warnings ?? [],
    errorKinds: report?.errorKinds ?? [],
    appliedMapping: report?.appliedMapping ?? null,
    mappingSource: report?.mappingSource ?? null,
    mappableFields: MAPPABLE_FIELDS,
    overview: (job.overview as ImportOverview | null) ?? null,
  };
}

export async function commitJob(db: Db, principal: Principal, actor: AuditActor, id: string, opts: ImportOptions = {}) {
  const job = await jobFor(db, principal, id);
  if (job.status === 'done') return job;
  if (job.status === 'invalid') throw new AppError('UNPROCESSABLE', `文件有${job.errorCount}处错误，请修改后重新上传`);
  if (job.status === 'reading') throw new AppError('UNPROCESSABLE', '文件仍在检查中，请稍候');
  await applyStaged(db, job, actor, { ...opts, onProgress: trackProgress(id) });
  return (await getJob(db, id))!;
}
