/**
 * Migrations at start (docs: README "Upgrading"): on the embedded database, a data directory that already holds a
 * database and has migrations pending is backed up first (into BACKUP_DIR, reason `pre-migration`); if that backup
 * fails the server does not start and nothing is migrated. A migration that fails rolls back with every other pending
 * one (runMigrations: one transaction), so the data stays as it was and the error says which migrations and why.
 * On PostgreSQL the backup before an upgrade is the DBA's pg_dump; the pending migrations are reported.
 */

import { backupDatabase } from './backup.js';
import type { BackupFile } from './backupFiles.js';
import { pruneBackupFiles, writeBackupFile } from './backupFiles.js';
import type { Database } from './client.js';
import { type MigrationState, migrationState, migrationsFolder, runMigrations } from './migrate.js';

export class UpgradeError extends Error {
  readonly code = 'UPGRADE_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpgradeError';
  }
}

export interface UpgradeResult {
  /** The migration state found before migrating. */
  before: MigrationState;
  /** The backup taken before migrating (embedded database with pending migrations), else null. */
  backup: BackupFile | null;
}

function reason(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // Drizzle wraps the driver's error ("Failed query: …"); the database's own words are in the cause.
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof Error && cause.message ? cause.message : err.message;
}

export async function migrateAtStart(
  database: Database,
  opts: { backupDir: string; keep: number; folder?: string; now?: Date },
): Promise<UpgradeResult> {
  const folder = opts.folder ?? migrationsFolder;
  const before = await migrationState(database, folder);
  let backup: BackupFile | null = null;
  if (database.kind === 'pglite' && before.applied > 0 && before.pending.length > 0) {
    try {
      backup = await writeBackupFile(
        opts.backupDir,
        { at: opts.now ?? new Date(), reason: 'pre-migration', kind: database.kind },
        (path) => backupDatabase(database, null, path),
      );
      pruneBackupFiles(opts.backupDir, opts.keep);
    } catch (err) {
      throw new UpgradeError(
        `升级前的备份失败，服务未启动，数据库未迁移（待执行的迁移：${before.pending.join('、')}）：${reason(err)}。` +
          `请检查备份目录 ${opts.backupDir}（环境变量 BACKUP_DIR）是否可写、磁盘空间是否足够。\n` +
          `The backup before migrating failed, so the server did not start and nothing was migrated ` +
          `(pending: ${before.pending.join(', ')}): ${reason(err)}. Check that ${opts.backupDir} (BACKUP_DIR) is writable and has space.`,
        { cause: err },
      );
    }
  }
  try {
    await runMigrations(database, folder);
  } catch (err) {
    throw new UpgradeError(
      `数据库迁移失败，服务未启动：${reason(err)}。待执行的迁移（${before.pending.join('、')}）在同一个事务中执行，已全部回滚，` +
        `数据保持升级前的状态${backup ? `；升级前的备份：${backup.path}` : ''}。请继续使用旧版本，并报告此错误。\n` +
        `Migration failed, the server did not start: ${reason(err)}. The pending migrations (${before.pending.join(', ')}) ` +
        `ran in one transaction and were rolled back: the data is as it was before the upgrade` +
        `${backup ? ` (backup taken before: ${backup.path})` : ''}. Keep running the previous version and report this error.`,
      { cause: err },
    );
  }
  return { before, backup };
}
