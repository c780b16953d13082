/**
 * Upgrading (db/upgrade.ts), on PGlite and PostgreSQL: a migration that fails leaves the data as it was (all pending
 * migrations run in one transaction) and says which and why. (The embedded server's backup before migrating:
 * platform/embeddedUpgrade.test.ts.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { tableChecksums } from './backup.js';
import { migrationState, migrationsFolder } from './migrate.js';
import { createTestDatabase, testDbKind } from './testing.js';
import { migrateAtStart, UpgradeError } from './upgrade.js';

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

describe(`a migration that fails, on ${testDbKind()}`, () => {
  it('rolls back every pending migration: the data is as it was, and the error says why', {
    timeout: 120_000,
  }, async () => {
    const database = await createTestDatabase();
    try {
      await database.db.execute(
        sql`insert into holiday_years (year, days, papers, note) values (2032, '[]', '[]', 'before')`,
      );
      const before = await tableChecksums(database);
      const last = journal().entries.at(-1)!;
      const broken = migrationsCopy((j, dir) => {
        for (const [n, tag, body] of [
          [1, '9998_fine', 'CREATE TABLE "upgrade_probe" ("x" integer);'],
          [2, '9999_broken', `UPDATE "holiday_years" SET "note" = 'after';--> statement-breakpoint\nSELECT 1 / 0;`],
        ] as const) {
          writeFileSync(join(dir, `${tag}.sql`), body);
          j.entries.push({ idx: last.idx + n, version: '7', when: last.when + n, tag, breakpoints: true });
        }
      });
      const error = await migrateAtStart(database, { backupDir: tempDir('sj-backups-'), keep: 3, folder: broken }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UpgradeError);
      const message = (error as Error).message;
      expect(message).toContain('division by zero');
      expect(message).toContain('9998_fine、9999_broken');
      expect(message).toContain('已全部回滚');
      expect(await tableChecksums(database)).toEqual(before);
      const { rows } = await database.db.execute(sql`select to_regclass('public.upgrade_probe') is null as gone`);
      expect(rows).toEqual([{ gone: true }]);
      expect((await migrationState(database, broken)).pending).toEqual(['9998_fine', '9999_broken']);
    } finally {
      await database.cleanup();
    }
  });
});
