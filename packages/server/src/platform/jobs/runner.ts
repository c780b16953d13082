/**
 * Runs what is due at an instant: the schedules' current periods are enqueued (once per period, by key), then due
 * jobs are claimed with `FOR UPDATE SKIP LOCKED` and each runs in its own transaction, which also marks it done.
 * A failure schedules a retry with backoff; a worker that dies leaves its lease to expire, and the job is claimed again.
 * Used by the server's worker loop, `POST /api/v1/admin/jobs/run` and `shuangjiang jobs run --now`.
 */
import { hostname } from 'node:os';
import { latestOccurrence } from '@shuangjiang/domain';
import type { Db } from '../db/client.js';
import type { JobLog, JobRegistry, SchedulePayload } from './registry.js';
import { claimJobs, dueJobs, existingKeys, holdClaim, insertJob, markDone, markFailed } from './repository.js';
import type { JobRow } from './schema.js';

export interface JobRunReport {
  id: string | null;
  name: string;
  key: string;
  /** done / retry (failed, will run again) / failed (out of attempts) / due (dry run) / skipped (not run here). */
  status: 'done' | 'retry' | 'failed' | 'due' | 'skipped';
  attempt: number;
  runAt: string;
  ms?: number;
  error?: string;
}

export interface RunResult {
  now: string;
  dryRun: boolean;
  due: number;
  ran: number;
  failed: number;
  skipped: number;
  jobs: JobRunReport[];
}

export interface RunOptions {
  now: Date;
  dryRun?: boolean;
  /** This process's worker id (default host:pid:random). */
  worker?: string;
  /** Lease of a claimed job (default 300 s). */
  leaseSeconds?: number;
  /** At most this many jobs per run (default 1000). */
  limit?: number;
  /** Jobs claimed per statement (default 10; 1 spreads a queue most evenly over several workers). */
  batch?: number;
  log?: JobLog;
  /**
   * Only jobs of these names (a schedule's name enqueues its current period; other due jobs wait for the next run):
   * an administrator running one task now, or a test that wants one job and not the month's screening with it.
   */
  only?: readonly string[];
}

const silent: JobLog = { info() {}, warn() {}, error() {} };

export function workerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** The schedules' current periods as jobs (key `schedule:<name>:<period>`, docs/rules/schedules.md#once-per-period). */
async function scheduledJobs(db: Db, registry: JobRegistry, now: Date, log: JobLog) {
  const out: { name: string; key: string; runAt: Date; payload: SchedulePayload }[] = [];
  const needsCalendar = registry.schedules.some((s) => s.spec.every === 'quarter-first-workday');
  const calendar = needsCalendar && registry.calendar ? await registry.calendar(db) : undefined;
  for (const s of registry.schedules) {
    try {
      const occ = latestOccurrence(s.spec, now, calendar);
      if (!occ) continue;
      out.push({
        name: s.name,
        key: `schedule:${s.name}:${occ.period}`,
        runAt: occ.at,
        payload: { period: occ.period, scheduledAt: occ.at.toISOString() },
      });
    } catch (err) {
      log.error({ err, schedule: s.name }, 'schedule could not be computed');
    }
  }
  return out;
}

function report(row: JobRow, status: JobRunReport['status'], extra: Partial<JobRunReport> = {}): JobRunReport {
  return {
    id: row.id,
    name: row.name,
    key: row.key,
    status,
    attempt: row.attempts,
    runAt: row.runAt.toISOString(),
    ...extra,
  };
}

export async function runDueJobs(db: Db, registry: JobRegistry, opts: RunOptions): Promise<RunResult> {
  const now = opts.now;
  const log = opts.log ?? silent;
  const limit = opts.limit ?? 1000;
  const wanted = (name: string) => !opts.only || opts.only.includes(name);
  const scheduled = (await scheduledJobs(db, registry, now, log)).filter((s) => wanted(s.name));
  const result: RunResult = {
    now: now.toISOString(),
    dryRun: opts.dryRun === true,
    due: 0,
    ran: 0,
    failed: 0,
    skipped: 0,
    jobs: [],
  };

  if (opts.dryRun) {
    const taken = await existingKeys(
      db,
      scheduled.map((s) => s.key),
    );
    const pending = scheduled.filter((s) => !taken.has(s.key));
    const due = (await dueJobs(db, now, limit)).filter((r) => wanted(r.name));
    for (const s of pending)
      result.jobs.push({ id: null, name: s.name, key: s.key, status: 'due', attempt: 0, runAt: s.runAt.toISOString() });
    for (const row of due) result.jobs.push(report(row, 'due'));
    result.due = result.jobs.length;
    result.skipped = result.due;
    return result;
  }

  for (const s of scheduled) {
    const def = registry.job(s.name)!;
    await insertJob(db, { ...s, maxAttempts: def.maxAttempts, backoffSeconds: def.backoffSeconds });
  }
  const dueBefore = (await dueJobs(db, now, limit)).filter((r) => wanted(r.name));
  result.due = dueBefore.length;

  const worker = opts.worker ?? workerId();
  const names = registry.jobNames.filter(wanted);
  const seen = new Set<string>();
  // Claimed a few at a time (one statement, one lease), each then run in its own transaction.
  const batch = opts.batch ?? 10;
  while (seen.size < limit) {
    const rows = await claimJobs(db, {
      names,
      now,
      worker,
      leaseSeconds: opts.leaseSeconds ?? 300,
      limit: Math.min(batch, limit - seen.size),
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      seen.add(row.id);
      result.jobs.push(await runOne(db, registry, row, worker, now, log));
    }
  }
  for (const r of result.jobs) {
    if (r.status === 'done') result.ran++;
    else if (r.status === 'skipped') result.skipped++;
    else result.failed++;
  }
  for (const row of dueBefore)
    if (!seen.has(row.id)) {
      result.jobs.push(report(row, 'skipped'));
      result.skipped++;
    }
  return result;
}

class LeaseLostError extends Error {}

async function runOne(
  db: Db,
  registry: JobRegistry,
  row: JobRow,
  worker: string,
  now: Date,
  log: JobLog,
): Promise<JobRunReport> {
  const def = registry.job(row.name)!;
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (row.attempts > row.maxAttempts) {
    // Claimed again after its worker's lease expired, with no attempt left.
    const status = await markFailed(db, row, worker, now, '执行中断（租约过期），重试次数已用完', true);
    return report(row, status === 'failed' ? 'failed' : 'skipped', { error: 'lease expired, out of attempts' });
  }
  const ctx = {
    payload: row.payload,
    now,
    attempt: row.attempts,
    job: { id: row.id, name: row.name, key: row.key },
    log,
  };
  try {
    if (def.transaction) {
      await db.transaction(async (tx) => {
        if (!(await holdClaim(tx, row.id, worker, row.attempts))) throw new LeaseLostError('lease lost');
        await def.handler({ ...ctx, tx });
        await markDone(tx, row.id, now);
      });
    } else {
      // Outside a transaction (registry.ts OutsideJobContext): the claim is the lease; checked again when marked done.
      await def.handler({ ...ctx, db });
      await db.transaction(async (tx) => {
        if (!(await holdClaim(tx, row.id, worker, row.attempts))) throw new LeaseLostError('lease lost');
        await markDone(tx, row.id, now);
      });
    }
    log.info({ job: row.name, key: row.key, attempt: row.attempts, ms: ms() }, 'job done');
    return report(row, 'done', { ms: ms() });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof LeaseLostError) return report(row, 'skipped', { ms: ms(), error: message });
    const status = await markFailed(db, row, worker, now, message);
    log.error({ err, job: row.name, key: row.key, attempt: row.attempts }, 'job failed');
    return report(row, status === 'failed' ? 'failed' : 'retry', { ms: ms(), error: message });
  }
}
