/**
 * A worker killed mid-job (SIGKILL, a real child process): the job's transaction dies with it, its lease stays; after
 * a restart the job is not run before the lease expires, then runs once (attempt 2), and its effect exists once.
 * PGlite: a file-backed data directory (the dead child's lock is taken over); PostgreSQL: a database of this test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInstant } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../db/client.js';
import { acquireDataDirLock, type DataDirLock } from '../db/lock.js';
import { runMigrations } from '../db/migrate.js';
import { createPostgresDatabase, type ScratchDatabase } from '../db/scratch.js';
import { testDbKind } from '../db/testing.js';
import { enqueue } from './enqueue.js';
import { getJob } from './repository.js';
import { runDueJobs } from './runner.js';
import { crashTestRegistry } from './testing.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const childEntry = fileURLToPath(new URL('./testing.ts', import.meta.url));
const kind = testDbKind();
const dir = mkdtempSync(join(tmpdir(), 'sj-jobs-crash-'));
const t0 = parseInstant('2026-11-30T08:00:00+08:00')!;
const after = (sec: number) => new Date(t0.getTime() + sec * 1000);

let pgDatabase: ScratchDatabase | null = null;
let pgUrl = '';

async function open(): Promise<{ database: Database; close(): Promise<void> }> {
  if (pgDatabase) return { database: pgDatabase, close: async () => {} };
  const lock: DataDirLock = acquireDataDirLock(dir, 'jobs.crash.db.test');
  const database = await openPglite(dir);
  return {
    database,
    close: async () => {
      await database.close();
      lock.release();
    },
  };
}

beforeAll(async () => {
  if (kind === 'postgres') {
    const name = `sj_jobs_crash_${process.pid}_${randomBytes(3).toString('hex')}`;
    pgDatabase = await createPostgresDatabase(process.env.TEST_DATABASE_URL!, name, { max: 3 });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    pgUrl = url.toString();
  }
  const { database, close } = await open();
  await runMigrations(database);
  await database.db.transaction((tx) => enqueue(tx, 'test.slow', {}, { key: 'crash-job', runAt: t0 }));
  await close();
}, 120_000);

afterAll(async () => {
  await pgDatabase?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function startChild(): ChildProcess {
  const tsconfig = join(dir, 'tsconfig.child.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        baseUrl: root,
        paths: { '@shuangjiang/domain': ['packages/domain/src/index.ts'] },
      },
    }),
  );
  return spawn(process.execPath, ['--import', 'tsx', childEntry, kind === 'postgres' ? pgUrl : dir, t0.toISOString()], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('a worker killed mid-job', () => {
  it('leaves the job to run again after its lease, once', async () => {
    const child = startChild();
    let out = '';
    let err = '';
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('claimed')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before claiming: ${err}`)));
    });
    child.kill('SIGKILL');
    await exited;

    const { database, close } = await open();
    try {
      const effects = async () =>
        (
          (await database.db.execute(sql`select payload from jobs where name = 'test.effect'`)).rows as {
            payload: { attempt: number };
          }[]
        ).map((r) => r.payload.attempt);
      const [row] = (await database.db.execute(sql`select id from jobs where key = 'crash-job'`)).rows as {
        id: string;
      }[];
      const job = await getJob(database.db, row!.id);
      // Claimed by the child (attempt 1, leased), its effect rolled back with its transaction.
      expect(job).toMatchObject({ status: 'running', attempts: 1 });
      expect(job?.lockedBy).toMatch(/^crash-child:/);
      expect(await effects()).toEqual([]);

      const runs: number[] = [];
      const registry = crashTestRegistry(async (attempt) => {
        runs.push(attempt);
      });
      expect(await runDueJobs(database.db, registry, { now: after(299) })).toMatchObject({ due: 0, ran: 0 });
      expect(runs).toEqual([]);
      // PostgreSQL ends the dead child's session (and its row lock) when it sees the socket close: give it a moment.
      let result = await runDueJobs(database.db, registry, { now: after(300) });
      for (let i = 0; i < 40 && result.ran === 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        result = await runDueJobs(database.db, registry, { now: after(300) });
      }
      expect(result).toMatchObject({ ran: 1, failed: 0 });
      expect(runs).toEqual([2]);
      expect(await getJob(database.db, row!.id)).toMatchObject({ status: 'done', attempts: 2 });
      expect(await effects()).toEqual([2]);
      expect(await runDueJobs(database.db, registry, { now: after(100_000) })).toMatchObject({ due: 0, ran: 0 });
      expect(runs).toEqual([2]);
    } finally {
      await close();
    }
  }, 120_000);
});
