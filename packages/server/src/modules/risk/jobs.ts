/**
 * The risk module's recurring task (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * `risk.monthly-screening` on the 1st of every month at 06:00 China time — before the 5th, as 湖州's monthly
 * 排查 asks (docs/rules/risk.md#screening): every live case screened again with the rules in force (a case's facts
 * change with time: its defence deadline nears, its agency loses other cases, its plaintiff files more). The schedule
 * opens the month's run (table risk_screening_runs, once per month) and enqueues `risk.screen-month`, which screens the
 * cases BATCH at a time, one short transaction apiece with a pause between, so the embedded database keeps answering
 * requests; the last batch tells the city's coordinators what changed. (A worker that dies mid-month reruns the job
 * from the first case: screening is idempotent, a change found twice is listed twice.)
 */
import type { AuditActor } from '../../platform/audit.js';
import type { Db, Tx } from '../../platform/db/client.js';
import { enqueue, type JobRegistry } from '../../platform/jobs/index.js';
import { caseIdsForScreening } from '../cases/public.js';
import { notifyRoles } from '../notifications/public.js';
import { MONTHLY_JOB, RISK_LEVEL_LABELS } from './constants.js';
import { addToRun, insertRun, runOfPeriod } from './repository.js';
import { screenCase } from './screening.js';

const SYSTEM: AuditActor = { userId: null, name: '系统（月度风险排查）', ip: null, requestId: null };
export const BATCH_JOB = 'risk.screen-month';
// About 90 ms a case on the embedded database (more on a loaded machine), which answers nothing else meanwhile: a
// request of many statements outside a transaction waits for a batch at each, so batches stay at two cases (the
// browser tests' import check waited over 30 s behind batches of 10 on a fresh demo start), PAUSE_MS apart.
const BATCH = 2;
const PAUSE_MS = 100;

interface BatchPayload {
  period: string;
  afterId: string | null;
}

/** Opens the month's run; false when it was opened already (the month is screened once). */
export async function startMonthlyScreening(tx: Tx, period: string, now: Date): Promise<boolean> {
  if (await runOfPeriod(tx, period)) return false;
  return insertRun(tx, { period, screened: 0, changes: [], at: now });
}

/** Screens the next BATCH live cases after `afterId`; returns the last id, or null when the month is done. */
export async function screenBatch(tx: Tx, { period, afterId }: BatchPayload, now: Date): Promise<string | null> {
  const ids = await caseIdsForScreening(tx, afterId, BATCH);
  let screened = 0;
  const changes = [];
  for (const id of ids) {
    const r = await screenCase(tx, id, 'monthly', SYSTEM, now);
    if (r) screened++;
    if (r?.changed) changes.push({ caseId: r.caseId, caseNumber: r.caseNumber, from: r.from, to: r.to });
  }
  await addToRun(tx, period, screened, changes);
  if (ids.length === BATCH) return ids[ids.length - 1]!;
  await finish(tx, period, now);
  return null;
}

async function finish(tx: Tx, period: string, now: Date): Promise<void> {
  const run = await runOfPeriod(tx, period);
  if (!run?.changes.length) return;
  const lines = run.changes
    .slice(0, 20)
    .map(
      (c) =>
        `${c.caseNumber ?? '（无案号）'}：${c.from ? RISK_LEVEL_LABELS[c.from as 'green'] : '—'} → ${RISK_LEVEL_LABELS[c.to as 'green']}`,
    );
  const more = run.changes.length > 20 ? `；另有${run.changes.length - 20}件，见风险预警与化解` : '';
  await notifyRoles(tx, ['city_coordinator'], {
    kind: 'general',
    title: `${period}月度风险排查：${run.changes.length}件等级变化`,
    body: `共排查${run.screened}件。${lines.join('；')}${more}`,
    link: '/risks',
    dedupeKey: `risk-monthly:${period}`,
    at: now,
  });
}

/** Every batch of the month, each in its own transaction, `pauseMs` apart so requests are answered in between. */
export async function screenMonth(db: Db, period: string, now: Date, pauseMs = 0): Promise<void> {
  let afterId: string | null = null;
  do {
    const from: string | null = afterId;
    afterId = await db.transaction((tx) => screenBatch(tx, { period, afterId: from }, now));
    if (afterId && pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
  } while (afterId !== null);
}

/** The whole month at once (tests; an operator's rerun): false when the month was screened already. */
export async function runMonthlyScreening(db: Db, period: string, now: Date): Promise<boolean> {
  if (!(await db.transaction((tx) => startMonthlyScreening(tx, period, now)))) return false;
  await screenMonth(db, period, now);
  return true;
}

export function riskJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(MONTHLY_JOB, { every: 'month', day: 1, at: '06:00' }, async ({ tx, now, log, payload }) => {
    const period = payload.period.slice(0, 7);
    const started = await startMonthlyScreening(tx, period, now);
    if (started) await enqueue(tx, BATCH_JOB, { period }, { key: `${BATCH_JOB}:${period}` });
    log.info({ job: MONTHLY_JOB, period, started }, 'monthly risk screening');
    return { started };
  });
  // Outside a transaction: it runs many short ones of its own (platform/jobs registry, `transaction: false`).
  jobs.defineJob<{ period: string }>(
    BATCH_JOB,
    async ({ db, payload, now, log }) => {
      await screenMonth(db, payload.period, now, PAUSE_MS);
      log.info({ job: BATCH_JOB, period: payload.period }, 'monthly risk screening done');
      return { done: true };
    },
    { transaction: false },
  );
}
