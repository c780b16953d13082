/** Every SQL statement on `backup_runs`. */
import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type BackupRunRow, backupRuns } from './schema.js';

export async function insertRun(
  db: DbOrTx,
  run: { reason: 'daily' | 'manual'; startedAt: Date; requestedBy: string | null },
): Promise<BackupRunRow> {
  const [row] = await db
    .insert(backupRuns)
    .values({ ...run, status: 'running' })
    .returning();
  return row!;
}

export async function finishRun(
  db: DbOrTx,
  id: string,
  result: { status: 'ok' | 'failed'; finishedAt: Date; file?: string; sizeBytes?: number; error?: string },
): Promise<BackupRunRow> {
  const [row] = await db
    .update(backupRuns)
    .set({
      status: result.status,
      finishedAt: result.finishedAt,
      file: result.file ?? null,
      sizeBytes: result.sizeBytes ?? null,
      error: result.error?.slice(0, 4000) ?? null,
    })
    .where(eq(backupRuns.id, id))
    .returning();
  return row!;
}

/** Runs still `running` but not among `active` (this process's): their process died. Marked failed with `error`. */
export async function failAbandonedRuns(db: DbOrTx, active: string[], at: Date, error: string): Promise<number> {
  const rows = await db
    .update(backupRuns)
    .set({ status: 'failed', finishedAt: at, error })
    .where(and(eq(backupRuns.status, 'running'), active.length ? notInArray(backupRuns.id, active) : undefined))
    .returning({ id: backupRuns.id });
  return rows.length;
}

/** The newest runs first. */
export async function recentRuns(db: DbOrTx, limit: number): Promise<BackupRunRow[]> {
  return db.select().from(backupRuns).orderBy(desc(backupRuns.startedAt), desc(backupRuns.id)).limit(limit);
}
