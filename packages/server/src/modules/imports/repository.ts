/**
 * SQL of the import's own tables: its jobs and the rows a check stages for a later commit (one statement per batch:
 * the rows travel as one JSON parameter expanded by `jsonb_to_recordset`). The cases themselves are looked up and
 * written by the case registry (cases/public.ts: `findCasesByNumbers`, `insertCaseBatch`), in the caller's transaction.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { CaseBatchRow } from '../cases/public.js';
import { importJobs, importRows } from './schema.js';

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

/** A checked row waiting for the commit: the case's write as the registry's batch writer takes it. */
export type StagedRow = CaseBatchRow;

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

/** Staged rows of a job in row order, `limit` at a time after `afterRow` (the commit reads them chunk by chunk). */
export async function loadStagedChunk(
  db: DbOrTx,
  jobId: string,
  afterRow: number,
  limit: number,
): Promise<StagedRow[]> {
  const rows = await db
    .select({
      row_no: importRows.rowNo,
      action: importRows.action,
      case_id: importRows.caseId,
      base_version: importRows.baseVersion,
      payload: importRows.payload,
    })
    .from(importRows)
    .where(and(eq(importRows.jobId, jobId), gt(importRows.rowNo, afterRow)))
    .orderBy(asc(importRows.rowNo))
    .limit(limit);
  return rows as StagedRow[];
}
