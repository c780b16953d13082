import { and, inArray, lt, sql } from 'drizzle-orm';
import type { DbKind, DbOrTx } from '../../platform/db/client.js';
import { importJobs } from './schema.js';

/**
 * A job row is written before its transaction starts, so a process killed mid-import (the import itself rolls back)
 * leaves the job saying 'reading' or 'applying' for ever. At start-up such jobs are closed as failed. On PGlite no
 * other process can be importing (the data-directory lock), so every one of them is stale; on PostgreSQL another
 * server or CLI may be running one right now, so only jobs older than an hour are closed.
 */
export async function failInterruptedImports(db: DbOrTx, kind: DbKind, now = new Date()): Promise<number> {
  const running = inArray(importJobs.status, ['reading', 'applying']);
  const where =
    kind === 'pglite' ? running : and(running, lt(importJobs.createdAt, new Date(now.getTime() - 3_600_000)));
  const rows = await db
    .update(importJobs)
    .set({
      status: 'failed',
      message: '导入中断（处理进程意外退出），数据库未作任何修改，请重新上传',
      finishedAt: sql`now()`,
    })
    .where(where)
    .returning({ id: importJobs.id });
  return rows.length;
}
