/**
 * The embedded database's own backups (README.md beside this file): a run writes PGlite's dump of the data directory
 * into BACKUP_DIR (platform/db/backupFiles.ts) and keeps the newest BACKUP_KEEP; every run is a row of backup_runs
 * (start, end, file, size, ok or the error). On PostgreSQL the server takes no backups: that is the DBA's pg_dump
 * (README, "Backup and restore").
 */
import { basename } from 'node:path';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { backupDatabase } from '../../platform/db/backup.js';
import { listBackupFiles, pruneBackupFiles, writeBackupFile } from '../../platform/db/backupFiles.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { failAbandonedRuns, finishRun, insertRun, recentRuns } from './repository.js';
import type { BackupRunRow } from './schema.js';

export type BackupSettings = Pick<Config, 'backupDir' | 'backupKeep' | 'backupTime'>;

export const POSTGRES_NOTE =
  '使用 PostgreSQL 时，本服务不自行备份：请由数据库管理员用 pg_dump 定期备份（见 README“备份与恢复”）/ on PostgreSQL the server takes no backups: the DBA runs pg_dump';

/**
 * The runs in progress in this process. Only one process opens the embedded database (platform/db/lock.ts), so a run
 * still `running` in the table that is not here was cut short by a process that died (killed, power lost).
 */
const active = new Set<string>();
const ABANDONED = '备份中断：服务在备份过程中停止（进程被终止或断电），未写成备份文件';

/**
 * One backup run: recorded as running, the dump written and the old files pruned, then recorded ok or failed. Must
 * be called outside any transaction (the embedded database's dump waits until none is open). A manual run is
 * audited with its row, in one transaction. Never throws for a failed backup: the run says why.
 */
export async function runBackup(
  database: Database,
  settings: BackupSettings,
  opts: { reason: 'daily' | 'manual'; now?: () => Date; actor?: AuditActor },
): Promise<BackupRunRow> {
  if (database.kind !== 'pglite') throw new AppError('UNPROCESSABLE', POSTGRES_NOTE);
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  await failAbandonedRuns(database.db, [...active], startedAt, ABANDONED);
  const run = await database.db.transaction(async (tx) => {
    const row = await insertRun(tx, { reason: opts.reason, startedAt, requestedBy: opts.actor?.userId ?? null });
    if (opts.actor)
      await writeAudit(tx, {
        actor: opts.actor,
        action: 'backup_run',
        entityType: 'backup_run',
        entityId: row.id,
        after: { reason: row.reason, directory: settings.backupDir },
      });
    return row;
  });
  active.add(run.id);
  try {
    const file = await writeBackupFile(
      settings.backupDir,
      { at: startedAt, reason: opts.reason, kind: database.kind },
      (path) => backupDatabase(database, null, path),
    );
    pruneBackupFiles(settings.backupDir, settings.backupKeep);
    return await finishRun(database.db, run.id, {
      status: 'ok',
      finishedAt: now(),
      file: file.path,
      sizeBytes: file.size,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return finishRun(database.db, run.id, { status: 'failed', finishedAt: now(), error: `备份失败：${message}` });
  } finally {
    active.delete(run.id);
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentRun(r: BackupRunRow) {
  return {
    id: r.id,
    reason: r.reason as 'daily' | 'manual',
    status: r.status as 'running' | 'ok' | 'failed',
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
    file: r.file ? basename(r.file) : null,
    sizeBytes: r.sizeBytes,
    error: r.error,
  };
}

/** What the administrator sees: the mode, the last run and the last success, recent runs, the files kept. */
export async function backupStatus(database: Database, settings: BackupSettings) {
  const embedded = database.kind === 'pglite';
  if (embedded) await failAbandonedRuns(database.db, [...active], new Date(), ABANDONED);
  const runs = await recentRuns(database.db, 20);
  const lastSuccess = runs.find((r) => r.status === 'ok') ?? null;
  return {
    database: database.kind,
    automatic: embedded,
    directory: embedded ? settings.backupDir : null,
    keep: settings.backupKeep,
    dailyAt: settings.backupTime,
    lastRun: runs[0] ? presentRun(runs[0]) : null,
    lastSuccess: lastSuccess ? presentRun(lastSuccess) : null,
    runs: runs.map(presentRun),
    files: embedded
      ? listBackupFiles(settings.backupDir).map((f) => ({
          name: f.name,
          reason: f.reason,
          at: f.at.toISOString(),
          sizeBytes: f.size,
        }))
      : [],
  };
}
