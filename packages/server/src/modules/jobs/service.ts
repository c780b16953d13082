/**
 * The administrator's view of background jobs (platform/jobs): recent jobs, the schedules and their next run, and
 * "run what is due now" inside a running server (the embedded database admits one process, so the CLI's
 * `shuangjiang jobs run` cannot reach it then). A run that did something is audited.
 */
import { nextOccurrence } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { validationFailed } from '../../platform/errors.js';
import { type JobLog, type JobRegistry, type RunResult, recentJobs, runDueJobs } from '../../platform/jobs/index.js';
import type { JobStatus } from '../../platform/jobs/schema.js';

export async function runJobsNow(
  db: Db,
  registry: JobRegistry,
  opts: { now: Date; dryRun: boolean; actor: AuditActor; log?: JobLog; only?: readonly string[] },
): Promise<RunResult> {
  const unknown = (opts.only ?? []).filter((n) => !registry.job(n));
  if (unknown.length)
    throw validationFailed(
      unknown.map((n) => ({ field: 'only', message: `没有名为「${n}」的后台任务` })),
      `没有这些后台任务：${unknown.join('、')}`,
    );
  const result = await runDueJobs(db, registry, {
    now: opts.now,
    dryRun: opts.dryRun,
    log: opts.log,
    ...(opts.only ? { only: opts.only } : {}),
  });
  if (!opts.dryRun && result.due > 0) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        actor: opts.actor,
        action: 'jobs_run',
        entityType: 'jobs',
        after: {
          now: result.now,
          due: result.due,
          only: opts.only ?? null,
          ran: result.ran,
          failed: result.failed,
          skipped: result.skipped,
          jobs: result.jobs.map((j) => ({ name: j.name, key: j.key, status: j.status })),
        },
      }),
    );
  }
  return result;
}

export async function listJobs(
  db: Db,
  registry: JobRegistry,
  q: { status?: JobStatus; name?: string; limit: number },
  now = new Date(),
) {
  const rows = await recentJobs(db, q);
  const calendar = registry.calendar && registry.schedules.length ? await registry.calendar(db) : undefined;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      key: r.key,
      status: r.status,
      attempts: r.attempts,
      maxAttempts: r.maxAttempts,
      runAt: r.runAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
      startedAt: iso(r.startedAt),
      finishedAt: iso(r.finishedAt),
      lockedBy: r.lockedBy,
      lastError: r.lastError,
    })),
    schedules: registry.schedules.map((s) => {
      try {
        const next = nextOccurrence(s.spec, now, calendar);
        return { name: s.name, spec: { ...s.spec }, next: next.at.toISOString(), period: next.period };
      } catch {
        return { name: s.name, spec: { ...s.spec }, next: null, period: null };
      }
    }),
  };
}
