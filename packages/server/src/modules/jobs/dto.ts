import { z } from 'zod';
import { JOB_STATUSES } from '../../platform/jobs/schema.js';

/** An instant with its offset (`2026-11-30T08:00:00+08:00`) or Z. */
const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
    '时间应含时区，如 2026-11-30T08:00:00+08:00',
  )
  .refine((s) => !Number.isNaN(new Date(s).getTime()), '时间无效');

export const runBody = z
  .object({
    /** The instant to run at (default: now): what is due then runs. */
    now: instant.optional(),
    /** List what is due without running or enqueueing anything. */
    dryRun: z.boolean().optional(),
    /** Only these jobs or schedules, by name (GET /admin/jobs lists them); the rest wait for the worker. */
    only: z.array(z.string().min(1).max(100)).min(1, '至少指定一个任务名').max(50).optional(),
  })
  .strict();

const runReport = z.object({
  id: z.string().nullable(),
  name: z.string(),
  key: z.string(),
  status: z.enum(['done', 'retry', 'failed', 'due', 'skipped']),
  attempt: z.number().int(),
  runAt: z.string(),
  ms: z.number().optional(),
  error: z.string().optional(),
});

export const runResponse = z.object({
  now: z.string(),
  dryRun: z.boolean(),
  due: z.number().int(),
  ran: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  jobs: z.array(runReport),
});

export const listQuery = z.object({
  status: z.enum(JOB_STATUSES, { message: '状态应为 queued、running、done 或 failed' }).optional(),
  name: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1, '条数至少为 1').max(500, '条数最多 500').default(100),
});

export const listResponse = z.object({
  /** Recent jobs, newest first. */
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      key: z.string(),
      status: z.enum(JOB_STATUSES),
      attempts: z.number().int(),
      maxAttempts: z.number().int(),
      runAt: z.string(),
      createdAt: z.string(),
      startedAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
      lockedBy: z.string().nullable(),
      lastError: z.string().nullable(),
    }),
  ),
  /** The recurring schedules this server defines and their next run. */
  schedules: z.array(
    z.object({
      name: z.string(),
      spec: z.record(z.string(), z.unknown()),
      next: z.string().nullable(),
      period: z.string().nullable(),
    }),
  ),
});
