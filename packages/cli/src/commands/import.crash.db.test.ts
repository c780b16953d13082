/**
 * Crash test with a real killed process: `shuangjiang import cases` of a 30,000-row ledger runs in its own process
 * against a file-backed database (PGlite: a temporary DATA_DIR; PostgreSQL: a database made for this test), is killed
 * with SIGKILL once its progress shows rows being written, and then
 *   - the database holds exactly what it held before (counts of every registry table and a checksum of every case row;
 *     the file's first rows UPDATE cases that existed before, so a partial write would show in the checksum);
 *   - PGlite: the data directory opens again (the dead holder's lock is taken over) and is consistent (index scans and
 *     sequential scans agree);
 *   - a re-run of the same command completes and yields every row.
 *
 * The child is the real CLI entry (src/index.ts under tsx); `@shuangjiang/server` is pointed at the server's sources
 * through a tsconfig `paths` file, so the test needs no build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrgFixture } from '../../../server/src/modules/cases/testing.js';
import { COLUMNS } from '../../../server/src/modules/imports/columns.js';
import { type FixtureRow, writeSimpleXlsx } from '../../../server/src/modules/imports/fixtures.js';
import { importCasesFromXlsx, systemPrincipal } from '../../../server/src/modules/imports/service.js';
import { type Database, openPglite, openPostgres } from '../../../server/src/platform/db/client.js';
import { acquireDataDirLock, lockFileName, readLock } from '../../../server/src/platform/db/lock.js';
import { runMigrations } from '../../../server/src/platform/db/migrate.js';
import { testDbKind } from '../../../server/src/platform/db/testing.js';

const ROWS = Number(process.env.CRASH_TEST_ROWS ?? 30_000);
const BASE = 50;
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const entry = join(root, 'packages/cli/src/index.ts');
const kind = testDbKind();
const dir = mkdtempSync(join(tmpdir(), 'sj-crash-'));

const row = (n: number, filedDate = '2024-03-05'): FixtureRow => ({
  caseNumber: `（2024）苏9902行初${n}号`,
  court: '示例市城东区人民法院',
  filedDate,
  plaintiffs: `王某${n}`,
  defendants: '示例市城东区公安分局',
});

/** The big ledger: the BASE existing cases with a new 立案日期 first (updates in the first batch), then new cases. */
async function writeLedger(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('案件');
  ws.addRow(COLUMNS.map((c) => c.header)).commit();
  const add = (r: FixtureRow) => ws.addRow(COLUMNS.map((c) => (r[c.key] ?? null) as ExcelJS.CellValue)).commit();
  for (let n = 1; n <= BASE; n++) add(row(n, '2024-03-06'));
  for (let n = BASE + 1; n <= BASE + ROWS; n++) add(row(n));
  ws.commit();
  await wb.commit();
}

// ---------------------------------------------------------------------------------------------------------------
// The file-backed database, opened by the test only while no child runs

let pgName = '';
let pgUrl = '';

async function openTarget(): Promise<{ database: Database; close(): Promise<void> }> {
  if (kind === 'postgres') {
    const database = await openPostgres(pgUrl, { max: 2 });
    return { database, close: () => database.close() };
  }
  // Takes the lock as every process does: a lock left by a killed child must be detected and taken over.
  const lock = acquireDataDirLock(dir, 'import.crash.db.test');
  try {
    const database = await openPglite(dir);
    return {
      database,
      close: async () => {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

async function withTarget<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const t = await openTarget();
  try {
    return await fn(t.database);
  } finally {
    await t.close();
  }
}

const rowsOf = (r: unknown) => ((r as { rows?: unknown[] }).rows ?? r) as Record<string, unknown>[];

/** Counts of every table an import writes, and a checksum of every case row (all columns, in id order). */
async function snapshot(database: Database) {
  const [s] = rowsOf(
    await database.db.execute(sql`
      select
        (select count(*)::int from cases) as cases,
        (select md5(coalesce(string_agg(c::text, '|' order by c.id), '')) from cases c) as cases_md5,
        (select count(*)::int from case_parties) as parties,
        (select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from case_parties p) as parties_md5,
        (select count(*)::int from case_events) as events,
        (select count(*)::int from case_deadlines) as deadlines,
        (select count(*)::int from audit_log) as audit
    `),
  );
  return s!;
}

/** Consistency of the files: what the indexes find is what a sequential scan finds. */
async function scansAgree(database: Database): Promise<void> {
  const read = async () =>
    rowsOf(
      await database.db.execute(
        sql`select count(*)::int as n, md5(coalesce(string_agg(case_number, '|' order by case_number), '')) as h from cases`,
      ),
    )[0];
  await database.db.execute(sql`set enable_indexscan = off`);
  await database.db.execute(sql`set enable_bitmapscan = off`);
  const seq = await read();
  await database.db.execute(sql`set enable_seqscan = off`);
  await database.db.execute(sql`set enable_indexscan = on`);
  await database.db.execute(sql`set enable_indexonlyscan = on`);
  const idx = await read();
  await database.db.execute(sql`reset all`);
  expect(idx).toEqual(seq);
  // Every case found through its primary key.
  const [missing] = rowsOf(
    await database.db.execute(
      sql`select count(*)::int as n from cases c where not exists (select 1 from cases d where d.id = c.id)`,
    ),
  );
  expect(missing).toEqual({ n: 0 });
}

// ---------------------------------------------------------------------------------------------------------------
// The child: the real command

function runCli(file: string): ChildProcess & { stderr_: () => string; stdout_: () => string } {
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
  const env: NodeJS.ProcessEnv = { ...process.env, TSX_TSCONFIG_PATH: tsconfig, LOG_LEVEL: 'warn' };
  if (kind === 'postgres') {
    env.DATABASE_URL = pgUrl;
    env.SESSION_SECRET = 'x'.repeat(40);
  } else {
    delete env.DATABASE_URL;
    env.DATA_DIR = dir;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'import', 'cases', file, '--json'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    err += b.toString();
  });
  return Object.assign(child, { stderr_: () => err, stdout_: () => out });
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

/** Rows written so far according to the command's progress lines on stderr. */
const writtenSoFar = (stderr: string) => {
  const all = [...stderr.matchAll(/已写入 (\d+) 行/g)];
  return all.length ? Number(all[all.length - 1]![1]) : 0;
};

// ---------------------------------------------------------------------------------------------------------------

describe(`import killed with SIGKILL mid-write on ${kind} (file-backed)`, () => {
  let ledger = '';

  beforeAll(async () => {
    if (kind === 'postgres') {
      const url = process.env.TEST_DATABASE_URL;
      if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
      pgName = `sj_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${pgName}`);
      } finally {
        await admin.end();
      }
      const u = new URL(url);
      u.pathname = `/${pgName}`;
      pgUrl = u.toString();
    }
    // The registry before: the demo org and BASE cases, imported the ordinary way.
    await withTarget(async (database) => {
      await runMigrations(database);
      await seedOrgFixture(database.db);
      const base = await writeSimpleXlsx(
        join(dir, 'base.xlsx'),
        Array.from({ length: BASE }, (_, i) => row(i + 1)),
      );
      const r = await importCasesFromXlsx(database.db, systemPrincipal(), base);
      expect(r).toMatchObject({ status: 'done', created: BASE, errorCount: 0 });
    });
    ledger = join(dir, 'ledger.xlsx');
    await writeLedger(ledger);
  });

  afterAll(async () => {
    if (kind === 'postgres' && pgName) {
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`leaves the registry as before, then a re-run imports all ${ROWS} rows`, { timeout: 600_000 }, async () => {
    const before = await withTarget(snapshot);
    expect(before.cases).toBe(BASE);

    // 1. Start the import, kill it with SIGKILL once rows are being written.
    const child = runCli(ledger);
    const exited = exitOf(child);
    const killedAt = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const n = writtenSoFar(child.stderr_());
        if (n > 0) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(n);
        }
      }, 20);
      void exited.then(({ code, signal }) => {
        clearInterval(timer);
        reject(new Error(`import ended before it was killed (${code ?? signal}):\n${child.stderr_()}`));
      });
    });
    const end = await exited;
    if (process.env.CRASH_TEST_VERBOSE) console.info(`killed after ${killedAt} rows written`);
    expect(end.signal).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(BASE + ROWS);
    expect(child.stderr_()).not.toContain('完成');
    if (kind === 'pglite') expect(readLock(join(dir, lockFileName))?.pid).toBe(child.pid); // left behind

    // 2. Exactly the registry of before; PGlite's files open and are consistent.
    await withTarget(async (database) => {
      expect(await snapshot(database)).toEqual(before);
      await scansAgree(database);
    });

    // 3. The same command again completes and writes every row.
    const rerun = runCli(ledger);
    const done = await exitOf(rerun);
    expect(done, rerun.stderr_()).toEqual({ code: 0, signal: null });
    expect(JSON.parse(rerun.stdout_())).toEqual({
      rows: BASE + ROWS,
      created: ROWS,
      updated: BASE,
      unchanged: 0,
      errorCount: 0,
      errors: [],
      errorKinds: [],
      warnings: [],
      skippedRows: [],
    });
    await withTarget(async (database) => {
      const after = await snapshot(database);
      expect(after.cases).toBe(BASE + ROWS);
      expect(after.parties).toBe(before.parties + ROWS * 2);
      await scansAgree(database);
      const [dates] = rowsOf(
        await database.db.execute(
          sql`select count(*) filter (where filed_date = '2024-03-06')::int as moved, count(distinct case_number)::int as numbers from cases`,
        ),
      );
      expect(dates).toEqual({ moved: BASE, numbers: BASE + ROWS });
      // The killed run's job is closed by the re-run: at once on PGlite (one process holds its data directory); on
      // PostgreSQL once it is an hour old (another process may be importing right now).
      const [jobs] = rowsOf(
        await database.db.execute(
          sql`select count(*) filter (where status in ('reading', 'applying'))::int as open from import_jobs`,
        ),
      );
      if (kind === 'pglite') expect(jobs).toEqual({ open: 0 });
    });
  });
});
