/**
 * Durable jobs (platform/jobs): one row per job to run, claimed by a worker with `FOR UPDATE SKIP LOCKED` and held by
 * a lease that expires when the worker dies. `key` makes enqueueing idempotent (a schedule's run carries its period:
 * `schedule:<name>:<period>`, docs/rules/schedules.md#once-per-period). Only platform/jobs/repository.ts touches it.
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** queued (waiting for run_at, also between retries), running (claimed, leased), done, failed (out of attempts). */
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The job's kind, as defined with defineJob / defineSchedule. */
    name: text('name').notNull(),
    /** Idempotency key, unique: a second enqueue with the same key is a no-op. */
    key: text('key').notNull(),
    payload: jsonb('payload').notNull().default({}),
    /** Not before this instant (the schedule's occurrence, or a retry's backoff). */
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    /** Claims so far (a claim after an expired lease counts). */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    /** Delay before the first retry; doubled at each further attempt. */
    backoffSeconds: integer('backoff_seconds').notNull().default(60),
    /** A running job whose lease is past is claimed again (its worker is presumed dead). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** The worker holding the lease (host:pid:random). */
    lockedBy: text('locked_by'),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('jobs_key_uq').on(t.key),
    index('jobs_queued_run_at_idx').on(t.runAt).where(sql`status = 'queued'`),
    index('jobs_running_lease_idx').on(t.leaseUntil).where(sql`status = 'running'`),
    index('jobs_created_at_idx').on(t.createdAt),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
