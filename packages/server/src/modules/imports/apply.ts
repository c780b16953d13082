/**
 * Write (service.ts step 3): a batch of planned rows through the registry's batch writer (cases/public.ts
 * `insertCaseBatch`) with the diagnostics and test hooks of the options; the job's own audit entry, report and final
 * state; the column mapping remembered.
 */
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { type BatchActor, type DeadlineLookup, insertCaseBatch, isUniqueViolation } from '../cases/public.js';
import { type ImportOptions, type ImportResult, KEEP_CHANGES, KEEP_ERRORS } from './importTypes.js';
import { type StoredMappingReport, saveMapping } from './mappings.js';
import type { ImportOverview } from './overview.js';
import type { Prepared } from './prepare.js';
import { dropStaged, type StagedRow, updateJob } from './repository.js';

/** Writes one batch of planned rows (cases insertCaseBatch), with the diagnostics and test hooks of `opts`. */
export async function applyRows(
  tx: DbOrTx,
  rows: StagedRow[],
  deadlines: DeadlineLookup,
  ctx: BatchActor,
  opts: ImportOptions,
): Promise<void> {
  let t = performance.now();
  await insertCaseBatch(tx, rows, deadlines, ctx, (name) => {
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
export async function finishJob(
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
export type StoredReport = StoredMappingReport &
  Partial<Pick<ImportResult, 'skippedRows' | 'warnings' | 'warningCount' | 'errorKinds'>>;

export interface JobReport {
  mappingReport: StoredReport | null;
  overview: ImportOverview | null;
}

/** What the check found besides the counts, kept with the job so that its GET shows it after a reload. */
export function jobReport(r: ImportResult): JobReport {
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

export type ImportSummary = Pick<ImportResult, 'rows' | 'created' | 'updated' | 'unchanged'> & { fileName: string };

export const applyContext = (actor: AuditActor, fileName: string): BatchActor => ({
  userId: actor.userId,
  actorName: actor.name,
  ip: actor.ip,
  requestId: actor.requestId,
  fileName,
});

export function failureMessage(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (isUniqueViolation(err)) return '有案号在检查之后已被登记，请重新上传检查';
  return '导入失败，数据库未作任何修改';
}

/** Thrown inside the transaction to roll it back when a row failed after earlier batches were applied. */
export class RollbackInvalid extends Error {
  constructor(readonly result: Prepared) {
    super('import has errors');
  }
}

export async function recordChecked(db: DbOrTx, jobId: string, r: Prepared): Promise<void> {
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
export async function rememberMapping(db: DbOrTx, principal: Principal, r: Prepared): Promise<void> {
  const m = r.mapping;
  if (m?.mappingSource !== 'request' || !m.appliedMapping || !m.signature || !r.headerLabels) return;
  await saveMapping(db, principal, m.signature, r.headerLabels, m.appliedMapping);
}
