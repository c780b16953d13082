/**
 * Import jobs of the API (service.ts, way 2): an uploaded file checked into a job with its valid rows staged, the
 * job's progress and presentation, and the commit that applies the staged rows in one transaction.
 */
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { DeadlineEntry, DeadlineLookup } from '../cases/public.js';
import { isUniqueViolation } from '../cases/public.js';
import {
  applyContext,
  applyRows,
  failureMessage,
  finishJob,
  recordChecked,
  rememberMapping,
  type StoredReport,
} from './apply.js';
import type { ImportOptions, ImportProgress, ImportResult } from './importTypes.js';
import { MAPPABLE_FIELDS } from './mappings.js';
import type { RowError } from './mapRow.js';
import type { ImportOverview } from './overview.js';
import type { UpdateReport } from './plan.js';
import { type Prepared, prepare, strip } from './prepare.js';
import {
  dropStaged,
  getJob,
  type ImportJobRow,
  insertJob,
  loadStagedChunk,
  stageRows,
  updateJob,
} from './repository.js';
import type { ImportStatus } from './schema.js';

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
