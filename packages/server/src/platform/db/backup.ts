/**
 * Backup and restore (docs/OPERATIONS.md#backup-and-restore).
 *
 * - Embedded database: a copy of its data directory taken on disk between transactions (pgliteSnapshot.ts), then
 *   gzipped into a tar — so the server can back itself up while it runs (the daily job, `POST /api/v1/admin/backups`)
 *   and the CLI can on a directory no server holds. Restored by extracting the tar into an empty data directory.
 * - PostgreSQL: `pg_dump --format=custom` and `pg_restore` into an empty database (the client tools of the server's
 *   major version or newer must be installed: Debian `postgresql-client`).
 *
 * A backup file starts with its kind's magic (gzip 1f 8b for the embedded database, PGDMP for pg_dump), so restore
 * knows which it holds. `tableChecksums` (row count and an md5 over every row's md5, ordered) proves a round trip.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import type { Database } from './client.js';

export type BackupKind = 'pglite' | 'postgres';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'buffer', maxBuffer: 16 * 2 ** 20 }, (err, _stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT')
          reject(
            new BackupError(
              `未找到 ${cmd}：请安装 PostgreSQL 客户端（Debian: apt install postgresql-client）/ ${cmd} not found`,
            ),
          );
        // The URL may carry a password: the message names the tool and its own error text only.
        else reject(new BackupError(`${cmd} 失败 / failed: ${String(stderr).trim().split('\n').slice(-3).join(' ')}`));
      } else resolve();
    });
  });
}

/**
 * A consistent backup of the database into `file`: the embedded data directory as a gzipped tar, or pg_dump's custom
 * format of the PostgreSQL database. Streamed to disk (a million cases never pass through memory) under a temporary
 * name and renamed at the end, so an interrupted backup never leaves a truncated file under its name.
 */
export async function backupDatabase(
  database: Database,
  databaseUrl: string | null | undefined,
  file: string,
): Promise<{ kind: BackupKind; sizeBytes: number }> {
  const partial = `${file}.partial`;
  try {
    if (database.kind === 'pglite') {
      if (!database.snapshot) throw new BackupError('this embedded database cannot be backed up');
      const copy = `${file}.pgdata`;
      await rm(copy, { recursive: true, force: true });
      try {
        const snap = await database.snapshot(copy);
        if ('tarGz' in snap) await writeFile(partial, snap.tarGz, { mode: 0o600 });
        // Compressed from the copy while the database serves requests again (pgliteSnapshot.ts).
        else await tar.c({ gzip: true, cwd: copy, file: partial, portable: true, mode: 0o600 }, await readdir(copy));
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    } else {
      if (!databaseUrl) throw new BackupError('DATABASE_URL is needed to back up PostgreSQL');
      await run('pg_dump', ['--format=custom', '--no-owner', '--file', partial, '--dbname', databaseUrl]);
    }
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return { kind: database.kind, sizeBytes: (await stat(file)).size };
}

/** Which kind of backup the bytes at a file's start belong to. */
export function backupKindOf(head: Buffer): BackupKind {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  throw new BackupError('不是双降的备份文件（既不是内置数据库的备份，也不是 pg_dump 的备份）/ not a backup file');
}

/** Which kind of backup a file holds, from its first bytes. */
export async function backupKindOfFile(file: string): Promise<BackupKind> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    return backupKindOf(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Restores an embedded database backup into `DATA_DIR/pgdata`, which must not hold a database yet: the tar is
 * extracted file by file (this format and PGlite's own dumpDataDir, which earlier versions wrote, alike), then opened
 * once, which replays its WAL, so a broken backup is refused here rather than at the next start.
 */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  const dir = join(dataDir, 'pgdata');
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new BackupError(
      `数据目录已有数据库，恢复只能写入空目录 / ${dir} is not empty: restore only into an empty data directory`,
    );
  // Extracted and opened beside the target, then renamed into place: a damaged backup leaves no pgdata behind.
  const staging = join(dataDir, `.pgdata-restoring-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    // PGlite's own dumps name entries from the root (/base/1/…): stripping the slash is expected, anything else
    // tar warns about (a truncated or corrupt archive) refuses the backup.
    const problems: string[] = [];
    await tar.x({
      file,
      cwd: staging,
      onwarn: (code, message) => {
        if (code !== 'TAR_ENTRY_INFO') problems.push(`${code}: ${message}`);
      },
    });
    if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
    if (!existsSync(join(staging, 'PG_VERSION'))) throw new Error('no PG_VERSION in the archive');
    const pg = await PGlite.create({ dataDir: staging });
    await pg.close();
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (err) {
    await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});
    throw new BackupError(
      `备份文件已损坏或不完整，未能恢复 / the backup is damaged or incomplete: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** Restores a pg_dump backup into the (empty) PostgreSQL database of `databaseUrl`. */
export async function restorePostgres(file: string, databaseUrl: string, database: Database): Promise<void> {
  const { rows } = (await database.db.execute(
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
  )) as unknown as { rows: { n: number }[] };
  if ((rows[0]?.n ?? 0) > 0)
    throw new BackupError('目标数据库不是空的，恢复只能写入空数据库 / the target database is not empty');
  await run('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', databaseUrl, file]);
}

/**
 * Every table's row count and an md5 over its rows' md5s (each row as text, in order of their md5): equal before and
 * after a round trip means every row came back as it was. Per-row hashes keep the aggregate at 32 bytes a row, so a
 * million-case database stays under PostgreSQL's 1 GB text limit.
 */
export async function tableChecksums(database: Database): Promise<Record<string, { rows: number; md5: string }>> {
  const { rows: tables } = (await database.db.execute(
    sql`select table_schema as s, table_name as t from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  )) as unknown as { rows: { s: string; t: string }[] };
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { s, t } of tables) {
    const name = sql.raw(`"${s.replaceAll('"', '""')}"."${t.replaceAll('"', '""')}"`);
    const { rows } = (await database.db.execute(
      sql`select count(*)::int as n, coalesce(md5(string_agg(x.h, '' order by x.h)), '') as h
          from (select md5(t::text) as h from ${name} t) x`,
    )) as unknown as { rows: { n: number; h: string }[] };
    out[`${s}.${t}`] = { rows: rows[0]?.n ?? 0, md5: rows[0]?.h ?? '' };
  }
  return out;
}
