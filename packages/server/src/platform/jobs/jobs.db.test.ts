/**
 * The job runner on a real database (PGlite and PostgreSQL): schedules run once per period across month, quarter,
 * year and holiday boundaries; enqueue is transactional and idempotent; failures retry with backoff; a dead worker's
 * lease expires on the injected clock; two workers run each job and each schedule once.
 */
import { createCalendar, officialSchedule, parseInstant, type ScheduleSpec } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../db/client.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../db/testing.js';
import { enqueue } from './enqueue.js';
import { JobRegistry, type SchedulePayload } from './registry.js';
import { claimJobs, getJob } from './repository.js';
import { runDueJobs } from './runner.js';
import { startJobWorker } from './worker.js';

let database: TestDatabase;
const at = (s: string) => parseInstant(s)!;
const calendar = createCalendar(officialSchedule, [], { provisional: true });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.cleanup();
});
beforeEach(async () => {
  await database.db.execute(sql`delete from jobs`);
});

const SPECS: Record<string, ScheduleSpec> = {
  'test.minute': { every: 'minute' },
  'test.daily': { every: 'day', at: '08:00' },
  'test.monthly': { every: 'month', day: 5, at: '08:00' },
  'test.quarterly': { every: 'quarter-first-workday', at: '08:00' },
};

function scheduleRegistry(ran: string[]): JobRegistry {
  const registry = new JobRegistry();
  registry.useCalendar(async () => calendar);
  for (const [name, spec] of Object.entries(SPECS))
    registry.defineSchedule(name, spec, async ({ payload }) => {
      ran.push(`${name.slice(5)} ${(payload as SchedulePayload).period}`);
    });
  return registry;
}

describe('schedules: once per period, China time', () => {
  it('runs each schedule once for its period across month, quarter, year and holiday boundaries', async () => {
    const ran: string[] = [];
    const registry = scheduleRegistry(ran);
    const steps: [string, string[]][] = [
      // First start: every schedule's latest period (catch-up of the latest only).
      [
        '2025-09-30T08:00:00+08:00',
        ['minute 2025-09-30T08:00', 'daily 2025-09-30', 'monthly 2025-09', 'quarterly 2025-Q2'],
      ],
      ['2025-09-30T08:00:30+08:00', []],
      ['2025-09-30T08:01:00+08:00', ['minute 2025-09-30T08:01']],
      // National Day: the quarter's first working day is not yet; October's 5th has passed.
      ['2025-10-08T12:00:00+08:00', ['minute 2025-10-08T12:00', 'daily 2025-10-08', 'monthly 2025-10']],
      ['2025-10-09T07:59:00+08:00', ['minute 2025-10-09T07:59']],
      ['2025-10-09T08:00:00+08:00', ['minute 2025-10-09T08:00', 'daily 2025-10-09', 'quarterly 2025-Q3']],
      ['2025-10-09T08:00:00+08:00', []],
      // Across the year: December's 5th caught up, Q4's first working day is Sunday 2026-01-04 (调休上班).
      ['2026-01-04T07:00:00+08:00', ['minute 2026-01-04T07:00', 'daily 2026-01-03', 'monthly 2025-12']],
      ['2026-01-04T08:00:00+08:00', ['minute 2026-01-04T08:00', 'daily 2026-01-04', 'quarterly 2025-Q4']],
      // 08:00 China time is 00:00 UTC.
      ['2026-01-05T00:00:00Z', ['minute 2026-01-05T08:00', 'daily 2026-01-05', 'monthly 2026-01']],
    ];
    for (const [now, expected] of steps) {
      ran.length = 0;
      const result = await runDueJobs(database.db, registry, { now: at(now) });
      expect({ now, ran: [...ran].sort() }).toEqual({ now, ran: [...expected].sort() });
      expect(result).toMatchObject({ due: expected.length, ran: expected.length, failed: 0, skipped: 0 });
    }
  });

  it('dry run lists what is due and changes nothing', async () => {
    const ran: string[] = [];
    const registry = scheduleRegistry(ran);
    const dry = await runDueJobs(database.db, registry, { now: at('2026-11-30T08:00:00+08:00'), dryRun: true });
    expect(dry.jobs.map((j) => j.key).sort()).toEqual([
      'schedule:test.daily:2026-11-30',
      'schedule:test.minute:2026-11-30T08:00',
      'schedule:test.monthly:2026-11',
      'schedule:test.quarterly:2026-Q3',
    ]);
    expect(dry).toMatchObject({ dryRun: true, due: 4, ran: 0, failed: 0, skipped: 4 });
    expect(ran).toEqual([]);
    const [{ n }] = (await database.db.execute(sql`select count(*)::int as n from jobs`)).rows as { n: number }[];
    expect(n).toBe(0);
  });
});

describe('enqueue', () => {
  it('is part of the caller transaction: a rolled-back change leaves no job', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueue(tx, 'test.once', { n: 1 }, { key: 'rolled-back' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    const registry = new JobRegistry();
    registry.defineJob('test.once', async () => {});
    const result = await runDueJobs(database.db, registry, { now: new Date() });
    expect(result.due).toBe(0);
  });

  it('is idempotent by key, and a job waits for its run_at', async () => {
    const runs: unknown[] = [];
    const registry = new JobRegistry();
    registry.defineJob('test.once', async ({ payload }) => {
      runs.push(payload);
    });
    const runAt = at('2026-11-30T09:00:00+08:00');
    const first = await database.db.transaction((tx) => enqueue(tx, 'test.once', { n: 1 }, { key: 'k', runAt }));
    const second = await database.db.transaction((tx) => enqueue(tx, 'test.once', { n: 2 }, { key: 'k', runAt }));
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect((await runDueJobs(database.db, registry, { now: at('2026-11-30T08:59:59+08:00') })).due).toBe(0);
    expect(await runDueJobs(database.db, registry, { now: runAt })).toMatchObject({ due: 1, ran: 1 });
    expect(runs).toEqual([{ n: 1 }]);
  });

  it('leaves a job no process defines for the process that does (skipped here)', async () => {
    await database.db.transaction((tx) => enqueue(tx, 'other.module-job', {}, { runAt: at('2026-01-01T00:00:00Z') }));
    const result = await runDueJobs(database.db, new JobRegistry(), { now: at('2026-01-02T00:00:00Z') });
    expect(result).toMatchObject({ due: 1, ran: 0, failed: 0, skipped: 1 });
    expect(result.jobs[0]).toMatchObject({ name: 'other.module-job', status: 'skipped' });
  });
});

describe('failures and leases (injected clock)', () => {
  it('retries with doubling backoff, then fails for good; the handler writes nothing on failure', async () => {
    let calls = 0;
    const registry = new JobRegistry();
    registry.defineJob('test.flaky', async ({ tx, job }) => {
      calls++;
      await enqueue(tx, 'test.effect', {}, { key: `effect:${job.key}:${calls}` });
      throw new Error(`失败 ${calls}`);
    });
    const t0 = at('2026-03-01T10:00:00Z');
    const { id } = await database.db.transaction((tx) =>
      enqueue(tx, 'test.flaky', {}, { runAt: t0, maxAttempts: 3, backoffSeconds: 10 }),
    );
    const s = (sec: number) => new Date(t0.getTime() + sec * 1000);
    expect(await runDueJobs(database.db, registry, { now: t0 })).toMatchObject({ ran: 0, failed: 1 });
    expect((await getJob(database.db, id))?.runAt).toEqual(s(10));
    expect((await runDueJobs(database.db, registry, { now: s(9) })).due).toBe(0);
    const second = await runDueJobs(database.db, registry, { now: s(10) });
    expect(second.jobs[0]).toMatchObject({ status: 'retry', attempt: 2, error: '失败 2' });
    // Second retry after 20 s (doubled), then the third attempt is the last.
    expect((await runDueJobs(database.db, registry, { now: s(29) })).due).toBe(0);
    const third = await runDueJobs(database.db, registry, { now: s(30) });
    expect(third.jobs[0]).toMatchObject({ status: 'failed', attempt: 3 });
    expect(await getJob(database.db, id)).toMatchObject({ status: 'failed', attempts: 3, lastError: '失败 3' });
    expect((await runDueJobs(database.db, registry, { now: s(10_000) })).due).toBe(0);
    const [{ n }] = (await database.db.execute(sql`select count(*)::int as n from jobs where name = 'test.effect'`))
      .rows as { n: number }[];
    expect(n).toBe(0);
  });

  it('a job defined outside a transaction gets the database, opens its own transactions, is done after it returns', {
    timeout: 20_000,
  }, async () => {
    let calls = 0;
    const registry = new JobRegistry();
    registry.defineJob(
      'test.outside',
      async ({ db, job }) => {
        calls++;
        // On PGlite a second transaction inside the job's own would wait for it for ever: this one must be alone.
        await db.transaction((tx) => enqueue(tx, 'test.effect', {}, { key: `effect:${job.key}:${calls}` }));
        if (calls === 1) throw new Error('第一次失败');
      },
      { transaction: false },
    );
    const t0 = at('2026-03-02T10:00:00Z');
    const { id } = await database.db.transaction((tx) =>
      enqueue(tx, 'test.outside', {}, { runAt: t0, backoffSeconds: 10 }),
    );
    const first = await runDueJobs(database.db, registry, { now: t0 });
    expect(first.jobs[0]).toMatchObject({ status: 'retry', error: '第一次失败' });
    const second = await runDueJobs(database.db, registry, { now: new Date(t0.getTime() + 10_000) });
    expect(second.jobs[0]).toMatchObject({ status: 'done', attempt: 2 });
    expect(await getJob(database.db, id)).toMatchObject({ status: 'done', lastError: null });
    // Outside a transaction, the first attempt's write stays although it failed afterwards (the handler's concern).
    const [{ n }] = (await database.db.execute(sql`select count(*)::int as n from jobs where name = 'test.effect'`))
      .rows as { n: number }[];
    expect(n).toBe(2);
  });

  it('a job claimed by a worker that died runs again once its lease has expired, once', async () => {
    const runs: number[] = [];
    const registry = new JobRegistry();
    registry.defineJob('test.leased', async ({ attempt }) => {
      runs.push(attempt);
    });
    const t0 = at('2026-03-01T10:00:00Z');
    const { id } = await database.db.transaction((tx) => enqueue(tx, 'test.leased', {}, { runAt: t0 }));
    // A worker claims it and dies (never runs it, never releases it).
    const [claimed] = await claimJobs(database.db, {
      names: ['test.leased'],
      now: t0,
      worker: 'dead-worker',
      leaseSeconds: 300,
      limit: 1,
    });
    expect(claimed).toMatchObject({ id, status: 'running', attempts: 1, lockedBy: 'dead-worker' });
    const s = (sec: number) => new Date(t0.getTime() + sec * 1000);
    expect(await runDueJobs(database.db, registry, { now: s(299) })).toMatchObject({ due: 0, ran: 0 });
    expect(runs).toEqual([]);
    expect(await runDueJobs(database.db, registry, { now: s(300) })).toMatchObject({ due: 1, ran: 1 });
    expect(runs).toEqual([2]);
    expect(await getJob(database.db, id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await runDueJobs(database.db, registry, { now: s(10_000) })).toMatchObject({ due: 0, ran: 0 });
    expect(runs).toEqual([2]);
  });

  it('a job whose lease expired with no attempt left is failed, not run', async () => {
    const registry = new JobRegistry();
    registry.defineJob('test.leased', async () => {
      throw new Error('must not run');
    });
    const t0 = at('2026-03-01T10:00:00Z');
    const { id } = await database.db.transaction((tx) => enqueue(tx, 'test.leased', {}, { runAt: t0, maxAttempts: 1 }));
    await claimJobs(database.db, { names: ['test.leased'], now: t0, worker: 'dead', leaseSeconds: 60, limit: 1 });
    const result = await runDueJobs(database.db, registry, { now: new Date(t0.getTime() + 61_000) });
    expect(result).toMatchObject({ due: 1, ran: 0, failed: 1 });
    expect(await getJob(database.db, id)).toMatchObject({ status: 'failed', attempts: 2 });
  });
});

describe('the worker loop', () => {
  it('runs due jobs each interval; stop() waits for the job in progress, then no more runs', async () => {
    let release = () => {};
    let markStarted = () => {};
    const started = new Promise<void>((r) => {
      markStarted = r;
    });
    const runs: string[] = [];
    const registry = new JobRegistry();
    registry.defineJob('test.slow', async ({ job }) => {
      runs.push(job.key);
      markStarted();
      await new Promise<void>((r) => {
        release = r;
      });
    });
    const { id } = await database.db.transaction((tx) =>
      enqueue(tx, 'test.slow', {}, { key: 'slow-1', runAt: new Date(Date.now() - 1000) }),
    );
    const worker = startJobWorker(database.db, registry, { intervalMs: 20 });
    await started;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await getJob(database.db, id)).toMatchObject({ status: 'done', attempts: 1 });
    await database.db.transaction((tx) => enqueue(tx, 'test.slow', {}, { key: 'slow-2', runAt: new Date(0) }));
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toEqual(['slow-1']);
  });
});

describe('two workers on one database', () => {
  let second: Database;
  beforeAll(async () => {
    // PostgreSQL: a second pool, as a second server process would have. PGlite admits one process: two workers
    // share the embedded database, interleaving on its one connection.
    second =
      testDbKind() === 'postgres'
        ? await openPostgres(await postgresUrlOf(database), { max: 5 })
        : (database as Database);
  });
  afterAll(async () => {
    if (second !== database) await second?.close();
  });

  it('run each job and each schedule once', async () => {
    const runs = new Map<string, number>();
    const make = () => {
      const registry = scheduleRegistry([]);
      registry.defineJob('test.work', async ({ tx, job }) => {
        await tx.execute(sql`select pg_sleep(0.002)`);
        runs.set(job.key, (runs.get(job.key) ?? 0) + 1);
      });
      return registry;
    };
    const a = make();
    const b = make();
    const t0 = at('2026-11-30T08:00:00+08:00');
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 60; i++) await enqueue(tx, 'test.work', { i }, { key: `work-${i}`, runAt: t0 });
    });
    const [ra, rb] = await Promise.all([
      runDueJobs(database.db, a, { now: t0, worker: 'A' }),
      runDueJobs(second.db, b, { now: t0, worker: 'B' }),
    ]);
    expect(ra.ran + rb.ran).toBe(64);
    expect(ra.failed + rb.failed).toBe(0);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(60);
    const rows = (
      await database.db.execute(sql`select key, attempts, status from jobs where key like 'schedule:%' order by key`)
    ).rows;
    expect(rows).toEqual([
      { key: 'schedule:test.daily:2026-11-30', attempts: 1, status: 'done' },
      { key: 'schedule:test.minute:2026-11-30T08:00', attempts: 1, status: 'done' },
      { key: 'schedule:test.monthly:2026-11', attempts: 1, status: 'done' },
      { key: 'schedule:test.quarterly:2026-Q3', attempts: 1, status: 'done' },
    ]);
    if (testDbKind() === 'postgres') {
      // Both workers took part (each claimed some): the claims really raced.
      expect(ra.ran).toBeGreaterThan(0);
      expect(rb.ran).toBeGreaterThan(0);
    }
  });
});

/** The URL of the test's PostgreSQL database (created under a random name on TEST_DATABASE_URL's server). */
async function postgresUrlOf(db: TestDatabase): Promise<string> {
  const [row] = (await db.db.execute(sql`select current_database() as name`)).rows as { name: string }[];
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return url.toString();
}
