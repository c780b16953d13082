/**
 * Upgrading the embedded database (db/upgrade.ts): the server started on a data directory an older release left, with
 * migrations pending, backs it up first and refuses to start when that backup fails. (A failing migration, on both
 * databases: db/upgrade.db.test.ts.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { backupKindOf, restorePglite } from './db/backup.js';
import { listBackupFiles } from './db/backupFiles.js';
import { openPglite } from './db/client.js';
import { migrationState, migrationsFolder, runMigrations } from './db/migrate.js';
import { UpgradeError } from './db/upgrade.js';
import { startServer } from './server.js';

const dirs: string[] = [];
function tempDir(prefix: string) {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Journal {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}
const journal = (): Journal => JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));

/** A copy of the migrations folder, its journal edited (an older release's, or one with a migration added). */
function migrationsCopy(edit: (j: Journal, dir: string) => void): string {
  const dir = tempDir('sj-migrations-');
  cpSync(migrationsFolder, dir, { recursive: true });
  const j = journal();
  edit(j, dir);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(j));
  return dir;
}

/** A data directory as an older release left it: all but the last two migrations applied, one row of data. */
async function olderDataDir(): Promise<{ dir: string; applied: number }> {
  const dir = tempDir('sj-upgrade-');
  const older = migrationsCopy((j) => {
    j.entries = j.entries.slice(0, -2);
  });
  const db = await openPglite(dir);
  try {
    await runMigrations(db, older);
    await db.db.execute(
      sql`insert into holiday_years (year, days, papers, note) values (2031, '[]', '[]', 'upgrade test')`,
    );
    return { dir, applied: (await migrationState(db)).applied };
  } finally {
    await db.close();
  }
}

const silentEnv = (dataDir: string, backupDir: string) =>
  loadConfig({
    DATA_DIR: dataDir,
    BACKUP_DIR: backupDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    JOBS_WORKER: 'false',
  });

describe('the server started on an older embedded data directory', () => {
  it('backs it up before migrating; the backup holds the data as the older release left it', {
    timeout: 120_000,
  }, async () => {
    const { dir, applied } = await olderDataDir();
    const backups = tempDir('sj-backups-');
    const server = await startServer(silentEnv(dir, backups));
    try {
      expect((await migrationState(server.database)).pending).toEqual([]);
    } finally {
      await server.close();
    }
    const files = listBackupFiles(backups);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ reason: 'pre-migration' });
    expect(files[0]!.name).toMatch(/^shuangjiang-\d{8}T\d{6}Z-pre-migration\.tar\.gz$/);
    const content = readFileSync(files[0]!.path);
    expect(backupKindOf(content)).toBe('pglite');
    const restored = tempDir('sj-restored-');
    await restorePglite(files[0]!.path, restored);
    const db = await openPglite(restored);
    try {
      const state = await migrationState(db);
      expect(state.applied).toBe(applied);
      expect(state.pending).toHaveLength(2);
      const { rows } = await db.db.execute(sql`select note from holiday_years where year = 2031`);
      expect(rows).toEqual([{ note: 'upgrade test' }]);
    } finally {
      await db.close();
    }
    // Started again with nothing pending: no further backup.
    const again = await startServer(silentEnv(dir, backups));
    await again.close();
    expect(listBackupFiles(backups)).toHaveLength(1);
  });

  it('refuses to start, migrating nothing, when that backup cannot be written', { timeout: 120_000 }, async () => {
    const { dir, applied } = await olderDataDir();
    const notADirectory = join(tempDir('sj-backups-'), 'a-file');
    writeFileSync(notADirectory, 'x');
    const error = await startServer(silentEnv(dir, notADirectory)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpgradeError);
    expect((error as Error).message).toContain('升级前的备份失败');
    expect((error as Error).message).toContain(notADirectory);
    expect((error as Error).message).toContain('BACKUP_DIR');
    const db = await openPglite(dir);
    try {
      expect((await migrationState(db)).applied).toBe(applied);
    } finally {
      await db.close();
    }
  });

  it('a new data directory is migrated without a backup', { timeout: 120_000 }, async () => {
    const backups = tempDir('sj-backups-');
    const server = await startServer(silentEnv(tempDir('sj-new-'), backups));
    await server.close();
    expect(listBackupFiles(backups)).toEqual([]);
  });
});
