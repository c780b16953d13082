/**
 * The direct import (CLI, benchmark): read, check and write a file in ONE transaction (service.ts, way 1).
 */
import type { Readable } from 'node:stream';
import { systemActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../cases/public.js';
import {
  applyContext,
  applyRows,
  failureMessage,
  finishJob,
  jobReport,
  RollbackInvalid,
  recordChecked,
  rememberMapping,
} from './apply.js';
import type { ImportOptions, ImportResult } from './importTypes.js';
import { prepare, type Sink, strip } from './prepare.js';
import { insertJob, updateJob } from './repository.js';

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
