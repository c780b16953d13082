/**
 * `shuangjiang backup` and `shuangjiang restore` as an operator runs them: the real CLI entry in its own process
 * (src/index.ts under tsx, `@shuangjiang/server` pointed at the server's sources, as import.crash.db.test.ts does).
 * A populated database is backed up with --checksums, restored into an empty data directory / database with
 * --checksums, and the two lists are equal; a second restore over it and a file that is no backup are refused with
 * a Chinese message and exit 1, nothing written.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../server/src/modules/cases/service.js';
import {
  litigationInput,
  seedOrgFixture,
  testContext,
  testPrincipal,
} from '../../../server/src/modules/cases/testing.js';
import { openPglite, openPostgres } from '../../../server/src/platform/db/client.js';
import { runMigrations } from '../../../server/src/platform/db/migrate.js';
import { testDbKind } from '../../../server/src/platform/db/testing.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const entry = join(root, 'packages/cli/src/index.ts');
const kind = testDbKind();
const dir = mkdtempSync(join(tmpdir(), 'sj-cli-backup-'));
const suffix = randomBytes(4).toString('hex');
const names = { source: `sj_cli_backup_src_${suffix}`, target: `sj_cli_backup_dst_${suffix}` };
const pgBase = process.env.TEST_DATABASE_URL ?? '';
const urlOf = (db: string) => {
  const u = new URL(pgBase);
  u.pathname = `/${db}`;
  return u.toString();
};

/** The database a command runs on: a data directory (embedded) or a database of the PostgreSQL server. */
const target = (which: 'source' | 'target') =>
  kind === 'postgres' ? { DATABASE_URL: urlOf(names[which]) } : { DATA_DIR: join(dir, which) };

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const tsconfig = join(dir, 'tsconfig.child.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        baseUrl: root,
        paths: {
          '@shuangjiang/server': ['packages/server/src/index.ts'],
          '@shuangjiang/domain': ['packages/domain/src/index.ts'],
        },
      },
    }),
  );
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TSX_TSCONFIG_PATH: tsconfig, LOG_LEVEL: 'warn', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  else childEnv.SESSION_SECRET = 'x'.repeat(40);
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, env: childEnv });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

const checksumsOf = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;

describe(`shuangjiang backup / restore on ${kind}`, () => {
  beforeAll(async () => {
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: pgBase });
      await admin.connect();
      await admin.query(`create database ${names.source}`);
      await admin.query(`create database ${names.target}`);
      await admin.end();
    }
    const database =
      kind === 'postgres' ? await openPostgres(urlOf(names.source), { max: 2 }) : await openPglite(join(dir, 'source'));
    try {
      await runMigrations(database);
      const org = await seedOrgFixture(database.db);
      const ctx = testContext(
        testPrincipal('city_coordinator', { regionCode: '329900', regionPath: org.regionPath('329900') }),
      );
      for (let i = 0; i < 3; i++)
        await createCase(
          database.db,
          ctx,
          litigationInput(org.agency('county-0-dept-0'), { caseNumber: `（2024）苏9902行初${900 + i}号` }),
        );
    } finally {
      await database.close();
    }
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: pgBase });
      await admin.connect();
      for (const n of Object.values(names)) await admin.query(`drop database if exists ${n} with (force)`);
      await admin.end();
    }
  });

  it('backs up, restores into an empty database with equal checksums, and refuses to restore over it', async () => {
    const file = join(dir, kind === 'postgres' ? 'backup.dump' : 'backup.tar.gz');
    const backup = await cli(['backup', '--out', file, '--checksums'], target('source'));
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/已备份 \/ backed up .*\d+ bytes/);
    const before = checksumsOf(backup.out);
    expect(before['public.cases']).toMatchObject({ rows: 3 });

    const restore = await cli(['restore', file, '--checksums'], target('target'));
    expect(restore.code).toBe(0);
    expect(restore.out).toContain('已恢复 / restored');
    expect(checksumsOf(restore.out)).toEqual(before);

    const again = await cli(['restore', file], target('target'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/恢复只能写入空/);
    expect(again.err).not.toMatch(/\n\s+at /);
  }, 300_000);

  it('refuses a file that is no backup, naming why', async () => {
    const file = join(dir, 'ledger.xlsx');
    writeFileSync(file, Buffer.from('PK\x03\x04 a spreadsheet, not a backup'));
    const r = await cli(['restore', file], kind === 'postgres' ? target('target') : { DATA_DIR: join(dir, 'empty') });
    expect(r.code).toBe(1);
    expect(r.err).toContain('不是双降的备份文件');
  }, 120_000);
});
