// `shuangjiang backup` and `shuangjiang restore` (docs/OPERATIONS.md#backup-and-restore).
import type { Command } from 'commander';
import { fail } from '../output.js';

const loadServer = () => import('@shuangjiang/server');

export interface BackupOptions {
  out: string;
  checksums?: boolean;
}

/**
 * A consistent backup of the configured database to a file: the embedded database (its data directory, which no
 * server may hold — a running server backs itself up: POST /api/v1/admin/backups, and daily) or PostgreSQL (pg_dump).
 */
export async function backupCommand(opts: BackupOptions): Promise<void> {
  const { backupDatabase, loadConfig, openDatabase, tableChecksums } = await loadServer();
  const config = loadConfig();
  const opened = await openDatabase(config, 'shuangjiang backup');
  try {
    // Streamed to a temporary name beside the target and renamed, so an interrupted backup leaves no truncated file.
    const { kind, sizeBytes } = await backupDatabase(opened.database, config.databaseUrl, opts.out);
    process.stdout.write(
      `已备份 / backed up (${kind === 'pglite' ? '内置数据库 embedded' : 'PostgreSQL'}): ${opts.out}, ${sizeBytes} bytes\n`,
    );
    if (opts.checksums) process.stdout.write(`${JSON.stringify(await tableChecksums(opened.database))}\n`);
  } finally {
    await opened.close();
  }
}

/** Restores a backup into the configured, empty data directory or PostgreSQL database. */
export async function restoreCommand(file: string, opts: { checksums?: boolean }): Promise<void> {
  const server = await loadServer();
  const config = server.loadConfig();
  const kind = await server.backupKindOfFile(file);
  if (kind === 'pglite') {
    if (config.dbKind !== 'pglite')
      throw new server.BackupError(
        '这是内置数据库的备份，请不设 DATABASE_URL 并指定空的 DATA_DIR / an embedded backup: unset DATABASE_URL',
      );
    const lock = server.acquireDataDirLock(config.dataDir, 'shuangjiang restore');
    try {
      await server.restorePglite(file, config.dataDir);
    } finally {
      lock.release();
    }
  } else {
    if (config.dbKind !== 'postgres' || !config.databaseUrl)
      throw new server.BackupError(
        '这是 PostgreSQL 的备份，请设置 DATABASE_URL 指向空数据库 / a pg_dump backup: set DATABASE_URL',
      );
    const opened = await server.openDatabase(config, 'shuangjiang restore');
    try {
      await server.restorePostgres(file, config.databaseUrl, opened.database);
    } finally {
      await opened.close();
    }
  }
  process.stdout.write(`已恢复 / restored ${file} → ${kind === 'pglite' ? config.dataDir : 'DATABASE_URL'}\n`);
  if (opts.checksums) {
    const opened = await server.openDatabase(config, 'shuangjiang restore');
    try {
      process.stdout.write(`${JSON.stringify(await server.tableChecksums(opened.database))}\n`);
    } finally {
      await opened.close();
    }
  }
}

export function register(program: Command): void {
  program
    .command('backup')
    .description('备份数据库（内置数据库须无服务占用；运行中的服务每日自动备份）/ back up the database')
    .requiredOption('--out <file>', '备份文件 / backup file')
    .option('--checksums', '输出每张表的行数和校验和（JSON）/ print every table’s row count and checksum')
    .action((opts: BackupOptions) => backupCommand(opts).catch(fail));
  program
    .command('restore <file>')
    .description('把备份恢复到空的 DATA_DIR 或空的 PostgreSQL 数据库 / restore a backup into an empty database')
    .option('--checksums', '恢复后输出每张表的行数和校验和（JSON）/ print checksums after restoring')
    .action((file: string, opts: { checksums?: boolean }) => restoreCommand(file, opts).catch(fail));
}
