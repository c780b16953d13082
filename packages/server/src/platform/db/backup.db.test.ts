/**
 * Backup and restore round trip on the database of the run: a populated database (org, accounts, cases with parties,
 * deadlines, audit rows, a binary file) is backed up, restored into an empty target, and every table's row count and
 * row checksum are equal; restore refuses a non-empty target and a file that is not a backup.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../modules/cases/service.js';
import { litigationInput, seedOrgFixture, testContext, testPrincipal } from '../../modules/cases/testing.js';
import { createTestUser } from '../auth/testing.js';
import { backupDatabase, backupKindOf, restorePglite, restorePostgres, tableChecksums } from './backup.js';
import { type Database, openPglite } from './client.js';
import { createPostgresDatabase, type ScratchDatabase } from './scratch.js';
import { createTestDatabase, type TestDatabase, testDbKind } from './testing.js';

describe(`backup and restore on ${testDbKind()}`, () => {
  let source: TestDatabase;
  let sourceUrl: string | null = null;
  const dirs: string[] = [];
  const targets: (Database | ScratchDatabase)[] = [];

  beforeAll(async () => {
    if (testDbKind() === 'pglite') {
      // A backup is of a data directory: the source lives on disk, as in production.
      const dir = mkdtempSync(join(tmpdir(), 'sj-backup-src-'));
      dirs.push(dir);
      const db = await openPglite(dir);
      const { runMigrations } = await import('./migrate.js');
      await runMigrations(db);
      source = { ...db, cleanup: () => db.close() };
    } else {
      source = await createTestDatabase();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      const { rows } = (await source.db.execute('select current_database() as d' as never)) as unknown as {
        rows: { d: string }[];
      };
      url.pathname = `/${rows[0]!.d}`;
      sourceUrl = url.toString();
    }
    const org = await seedOrgFixture(source.db);
    await createTestUser(source.db, { role: 'admin' });
    const ctx = testContext(
      testPrincipal('city_coordinator', { regionCode: '329900', regionPath: org.regionPath('329900') }),
    );
    for (let i = 0; i < 5; i++)
      await createCase(
        source.db,
        ctx,
        litigationInput(org.agency('county-0-dept-0'), { caseNumber: `（2024）苏9902行初${700 + i}号` }),
      );
  });
  afterAll(async () => {
    for (const t of targets) await ('cleanup' in t ? t.cleanup() : t.close());
    await source?.cleanup();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('restores every row of every table', async () => {
    const before = await tableChecksums(source);
    expect(before['public.cases']?.rows).toBe(5);
    expect(before['public.audit_log']?.rows).toBeGreaterThan(0);

    const backup = await backupDatabase(source, sourceUrl);
    expect(backup.kind).toBe(testDbKind());
    expect(backupKindOf(backup.content)).toBe(testDbKind());

    let restored: Database;
    if (backup.kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'sj-backup-dst-'));
      dirs.push(dir);
      await restorePglite(backup.content, dir);
      restored = await openPglite(dir);
      targets.push(restored);
      // Restoring over a database is refused.
      await expect(restorePglite(backup.content, dir)).rejects.toThrow(/空目录|not empty/);
    } else {
      const name = `sj_restore_${randomBytes(4).toString('hex')}`;
      // An empty database (createPostgresDatabase migrates; the dump brings its own schema): make it empty again.
      const target = await createPostgresDatabase(process.env.TEST_DATABASE_URL!, name, { max: 2 });
      targets.push(target);
      await target.db.execute(
        'drop schema public cascade; create schema public; drop schema if exists drizzle cascade' as never,
      );
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      await restorePostgres(backup.content, url.toString(), target);
      restored = target;
      await expect(restorePostgres(backup.content, url.toString(), target)).rejects.toThrow(/不是空的|not empty/);
    }
    expect(await tableChecksums(restored)).toEqual(before);
  }, 120_000);

  it('refuses a file that is not a backup', () => {
    expect(() => backupKindOf(Buffer.from('PK\x03\x04 a zip, not a backup'))).toThrow(/不是双降的备份文件/);
  });
});
