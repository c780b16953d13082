/**
 * Backup and restore (docs/OPERATIONS.md#backup-and-restore).
 *
 * - Embedded database: PGlite's own dump of its data directory (a gzipped tar), taken between transactions — so the
 *   server can back itself up while it runs (the daily job, `POST /api/v1/admin/backups`) and the CLI can on a
 *   directory no server holds. Restored by PGlite's `loadDataDir` into an empty data directory.
 * - PostgreSQL: `pg_dump --format=custom` and `pg_restore` into an empty database (the client tools of the server's
 *   major version or newer must be installed: Debian `postgresql-client`).
 *
 * A backup file starts with its kind's magic (gzip 1f 8b for the embedded database, PGDMP for pg_dump), so restore
 * knows which it holds. `tableChecksums` (row count and an md5 of every row's text, ordered) proves a round trip.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

export type BackupKind = 'pglite' | 'postgres';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function run(cmd: string, args: string[], opts: { input?: Buffer } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { encoding: 'buffer', maxBuffer: 2 ** 31 - 1 }, (err, stdout, stderr) => {
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
      } else resolve(stdout);
    });
    if (opts.input) child.stdin?.end(opts.input);
  });
}

/** A consistent backup of the database: the embedded data directory, or pg_dump of the PostgreSQL database. */
export async function backupDatabase(
  database: Database,
  databaseUrl?: string | null,
): Promise<{ kind: BackupKind; content: Buffer }> {
  if (database.kind === 'pglite') {
    if (!database.dumpDataDir) throw new BackupError('this embedded database cannot be dumped');
    return { kind: 'pglite', content: await database.dumpDataDir() };
  }
  if (!databaseUrl) throw new BackupError('DATABASE_URL is needed to back up PostgreSQL');
  return {
    kind: 'postgres',
    content: await run('pg_dump', ['--format=custom', '--no-owner', '--dbname', databaseUrl]),
  };
}

/** Which kind of backup a file holds, from its first bytes. */
export function backupKindOf(content: Buffer): BackupKind {
  if (content[0] === 0x1f && content[1] === 0x8b) return 'pglite';
  if (content.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  throw new BackupError('不是双降的备份文件（既不是内置数据库的备份，也不是 pg_dump 的备份）/ not a backup file');
}

/** Restores an embedded database backup into `DATA_DIR/pgdata`, which must not hold a database yet. */
export async function restorePglite(content: Buffer, dataDir: string): Promise<void> {
  const dir = join(dataDir, 'pgdata');
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new BackupError(
      `数据目录已有数据库，恢复只能写入空目录 / ${dir} is not empty: restore only into an empty data directory`,
    );
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([new Uint8Array(content)]) });
  await pg.close();
}

/** Restores a pg_dump backup into the (empty) PostgreSQL database of `databaseUrl`. */
export async function restorePostgres(content: Buffer, databaseUrl: string, database: Database): Promise<void> {
  const { rows } = (await database.db.execute(
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
  )) as unknown as { rows: { n: number }[] };
  if ((rows[0]?.n ?? 0) > 0)
    throw new BackupError('目标数据库不是空的，恢复只能写入空数据库 / the target database is not empty');
  await run('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', databaseUrl], {
    input: content,
  });
}

/**
 * Every table's row count and an md5 of its rows (each row as text, ordered), in the application's schemas: equal
 * before and after a round trip means every row came back as it was.
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
      sql`select count(*)::int as n, coalesce(md5(string_agg(x.r, E'\\n' order by x.r)), '') as h
          from (select t::text as r from ${name} t) x`,
    )) as unknown as { rows: { n: number; h: string }[] };
    out[`${s}.${t}`] = { rows: rows[0]?.n ?? 0, md5: rows[0]?.h ?? '' };
  }
  return out;
}
