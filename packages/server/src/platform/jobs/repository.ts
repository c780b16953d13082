/**
 * Every statement on the jobs table (platform/jobs/schema.ts). Instants come from the caller's clock (injected), never
 * from the database's now(), so a test or an operator can say "now" (`shuangjiang jobs run --now …`).
 */
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { type JobRow, type JobStatus, jobs } from './schema.js';

export interface NewJob {
  name: string;
  key: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
  backoffSeconds: number;
}

/** Inserts the job unless its key exists; returns its id and whether this call created it. */
export async function insertJob(db: DbOrTx, job: NewJob): Promise<{ id: string; created: boolean }> {
  const [row] = await db
    .insert(jobs)
    .values({ ...job, payload: job.payload ?? {} })
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  if (row) return { id: row.id, created: true };
  const [existing] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.key, job.key));
  return { id: existing!.id, created: false };
}

/** Keys among `keys` that exist (a schedule's period already enqueued). */
export async function existingKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ key: jobs.key }).from(jobs).where(inArray(jobs.key, keys));
  return new Set(rows.map((r) => r.key));
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Due at `now`: queued with run_at reached, or running with an expired lease. */
function dueCondition(now: Date): SQL {
  return sql`((${jobs.status} = 'queued' and ${jobs.runAt} <= ${ts(now)}) or (${jobs.status} = 'running' and ${jobs.leaseUntil} <= ${ts(now)}))`;
}

/** The jobs due at `now` (any name), oldest first, for a dry run and for counting. */
export async function dueJobs(db: DbOrTx, now: Date, limit: number): Promise<JobRow[]> {
  return db.select().from(jobs).where(dueCondition(now)).orderBy(jobs.runAt, jobs.id).limit(limit);
}

/**
 * Claims up to `limit` due jobs of the given names for `worker`: `FOR UPDATE SKIP LOCKED`, so concurrent workers
 * never claim the same row; the claim counts an attempt and leases the job until `now + leaseSeconds`.
 */
export async function claimJobs(
  db: DbOrTx,
  opts: { names: string[]; now: Date; worker: string; leaseSeconds: number; limit: number },
): Promise<JobRow[]> {
  if (opts.names.length === 0) return [];
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseSeconds * 1000);
  const names = sql.join(
    opts.names.map((n) => sql`${n}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with c as (
      select id from jobs
      where name in (${names}) and ${dueCondition(opts.now)}
      order by run_at, id
      limit ${opts.limit}
      for update skip locked
    )
    update jobs j
    set status = 'running', attempts = j.attempts + 1, lease_until = ${ts(leaseUntil)}, locked_by = ${opts.worker},
        started_at = ${ts(opts.now)}, finished_at = null
    from c where j.id = c.id
    returning j.id`);
  const ids = (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(jobs).where(inArray(jobs.id, ids)).orderBy(jobs.runAt, jobs.id);
}

/**
 * Inside the handler's transaction: locks the claimed row, so no other worker can re-claim it while the handler runs
 * (even past the lease: SKIP LOCKED passes it by), and checks the claim is still ours. False: the lease was lost.
 */
export async function holdClaim(tx: DbOrTx, id: string, worker: string, attempt: number): Promise<boolean> {
  const result = await tx.execute(sql`
    select id from jobs
    where id = ${id} and locked_by = ${worker} and attempts = ${attempt} and status = 'running'
    for update`);
  return (result as unknown as { rows: unknown[] }).rows.length === 1;
}

export async function markDone(tx: DbOrTx, id: string, now: Date): Promise<void> {
  await tx
    .update(jobs)
    .set({ status: 'done', finishedAt: now, leaseUntil: null, lastError: null })
    .where(eq(jobs.id, id));
}

/**
 * A failed attempt: back to queued with run_at = now + backoff × 2^(attempt − 1), or failed for good once out of
 * attempts. Only the holder of the claim can record it. Returns the new status, or null when the claim was lost.
 */
export async function markFailed(
  db: DbOrTx,
  job: Pick<JobRow, 'id' | 'attempts' | 'maxAttempts' | 'backoffSeconds'>,
  worker: string,
  now: Date,
  error: string,
  final = false,
): Promise<JobStatus | null> {
  const finalFailure = final || job.attempts >= job.maxAttempts;
  const delayMs = job.backoffSeconds * 1000 * 2 ** Math.max(0, job.attempts - 1);
  const rows = await db
    .update(jobs)
    .set(
      finalFailure
        ? { status: 'failed', finishedAt: now, leaseUntil: null, lastError: error.slice(0, 4000) }
        : {
            status: 'queued',
            runAt: new Date(now.getTime() + delayMs),
            leaseUntil: null,
            lockedBy: null,
            lastError: error.slice(0, 4000),
          },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, worker), eq(jobs.attempts, job.attempts)))
    .returning({ status: jobs.status });
  return rows[0]?.status ?? null;
}

export async function recentJobs(
  db: DbOrTx,
  opts: { limit: number; status?: JobStatus; name?: string },
): Promise<JobRow[]> {
  const where: SQL[] = [];
  if (opts.status) where.push(eq(jobs.status, opts.status));
  if (opts.name) where.push(eq(jobs.name, opts.name));
  return db
    .select()
    .from(jobs)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(opts.limit);
}

export async function getJob(db: DbOrTx, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** The queue's depth (/metrics): jobs queued, those of them due at `now`, and running ones. Partial indexes only. */
export async function queueDepth(db: DbOrTx, now: Date): Promise<{ queued: number; due: number; running: number }> {
  const result = await db.execute<{ queued: string | number; due: string | number; running: string | number }>(sql`
    select
      (select count(*) from jobs where status = 'queued') as queued,
      (select count(*) from jobs where status = 'queued' and run_at <= ${ts(now)}) as due,
      (select count(*) from jobs where status = 'running') as running`);
  const row = (result as unknown as { rows: { queued: string; due: string; running: string }[] }).rows[0]!;
  return { queued: Number(row.queued), due: Number(row.due), running: Number(row.running) };
}
