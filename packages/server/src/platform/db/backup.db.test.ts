/**
 * Backup and restore round trip on the database of the run: a populated database (org, accounts, cases with parties,
 * deadlines, audit rows, a binary file) is backed up, restored into an empty target, and every table's row count and
 * row checksum are equal; restore refuses a non-empty target and a file that is not a backup.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../modules/cases/service.js';
import { litigationInput, seedOrgFixture, testContext, testPrincipal } from '../../modules/cases/testing.js';
import { createTestUser } from '../auth/testing.js';
import {
  backupDatabase,
  backupKindOf,
  backupKindOfFile,
  restorePglite,
  restorePostgres,
  tableChecksums,
} from './backup.js';
import { type Database, openPglite } from './client.js';
import { createPostgresDatabase, type ScratchDatabase } from './scratch.js';
import { createTestDatabase, type TestDatabase, testDbKind } from './testing.js';

/** Tests of the embedded database's own format: registered on the PGlite run only (pg_dump's is PostgreSQL's). */
const embeddedOnly: typeof it = testDbKind() === 'pglite' ? it : ((() => {}) as unknown as typeof it);

describe(`backup and restore on ${testDbKind()}`, () => {
  let source: TestDatabase;
  let sourceUrl: string | null = null;
  let org: Awaited<ReturnType<typeof seedOrgFixture>>;
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
    org = await seedOrgFixture(source.db);
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
  const scratchDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'sj-backup-'));
    dirs.push(d);
    return d;
  };
  afterAll(async () => {
    for (const t of targets) await ('cleanup' in t ? t.cleanup() : t.close());
    await source?.cleanup();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('restores every row of every table', async () => {
    const before = await tableChecksums(source);
    expect(before['public.cases']?.rows).toBe(5);
    expect(before['public.audit_log']?.rows).toBeGreaterThan(0);

    const file = join(scratchDir(), `backup.${testDbKind() === 'pglite' ? 'tar.gz' : 'dump'}`);
    const backup = await backupDatabase(source, sourceUrl, file);
    expect(backup.kind).toBe(testDbKind());
    expect(backup.sizeBytes).toBe(statSync(file).size);
    expect(await backupKindOfFile(file)).toBe(testDbKind());
    // Nothing is left beside it: no temporary file, no copy of the data directory.
    expect(readdirSync(dirname(file))).toEqual([basename(file)]);

    let restored: Database;
    if (backup.kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'sj-backup-dst-'));
      dirs.push(dir);
      await restorePglite(file, dir);
      restored = await openPglite(dir);
      targets.push(restored);
      // Restoring over a database is refused.
      await expect(restorePglite(file, dir)).rejects.toThrow(/空目录|not empty/);
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
      await restorePostgres(file, url.toString(), target);
      restored = target;
      await expect(restorePostgres(file, url.toString(), target)).rejects.toThrow(/不是空的|not empty/);
    }
    expect(await tableChecksums(restored)).toEqual(before);
  }, 120_000);

  embeddedOnly(
    'restores a backup taken while writes go on, as of one instant',
    async () => {
      const count = async (d: Database) =>
        ((await d.db.execute(sql`select count(*)::int as n from cases`)).rows[0] as { n: number }).n;
      const before = await count(source);
      const ctx = testContext(
        testPrincipal('city_coordinator', { regionCode: '329900', regionPath: org.regionPath('329900') }),
      );
      const file = join(scratchDir(), 'during-writes.tar.gz');
      // Writes queued before, beside and after the backup's copy: each is in the copy whole or not at all.
      const writes = Array.from({ length: 6 }, (_, i) =>
        createCase(
          source.db,
          ctx,
          litigationInput(org.agency('county-0-dept-0'), { caseNumber: `（2024）苏9902行初${800 + i}号` }),
        ),
      );
      await backupDatabase(source, null, file);
      await Promise.all(writes);
      const dir = scratchDir();
      await restorePglite(file, dir);
      const restored = await openPglite(dir);
      targets.push(restored);
      const n = await count(restored);
      expect(n).toBeGreaterThanOrEqual(before);
      expect(n).toBeLessThanOrEqual(before + 6);
      // Each restored case has its parties and audit row: no half-written transaction.
      const { rows } = await restored.db.execute(
        sql`select count(*)::int as n from cases c where not exists (select 1 from case_parties p where p.case_id = c.id)
            or not exists (select 1 from audit_log a where a.entity_id = c.id::text)`,
      );
      expect((rows[0] as { n: number }).n).toBe(0);
    },
    120_000,
  );

  embeddedOnly(
    'restores a backup in the format PGlite itself dumps (earlier versions)',
    async () => {
      const client = (source.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
      const file = join(scratchDir(), 'old-format.tar.gz');
      writeFileSync(file, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
      const expected = await tableChecksums(source);
      const dir = scratchDir();
      await restorePglite(file, dir);
      const restored = await openPglite(dir);
      targets.push(restored);
      expect(await tableChecksums(restored)).toEqual(expected);
    },
    120_000,
  );

  embeddedOnly(
    'refuses a truncated backup and leaves the target empty',
    async () => {
      const file = join(scratchDir(), 'whole.tar.gz');
      await backupDatabase(source, null, file);
      const cut = join(scratchDir(), 'cut.tar.gz');
      writeFileSync(cut, readFileSync(file).subarray(0, Math.floor(statSync(file).size / 2)));
      const dir = scratchDir();
      await expect(restorePglite(cut, dir)).rejects.toThrow(/损坏或不完整/);
      expect(existsSync(join(dir, 'pgdata'))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    },
    120_000,
  );

  it('refuses a file that is not a backup', () => {
    expect(() => backupKindOf(Buffer.from('PK\x03\x04 a zip, not a backup'))).toThrow(/不是双降的备份文件/);
  });
});
