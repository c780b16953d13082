/**
 * The risk module's recurring task (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * `risk.monthly-screening` on the 1st of every month at 06:00 China time — before the 5th, as 湖州's monthly
 * 排查 asks (docs/rules/risk.md#screening): every live case screened again with the rules in force (a case's facts
 * change with time: its defence deadline nears, its agency loses other cases, its plaintiff files more). The schedule
 * opens the month's run (table risk_screening_runs, once per month) and hands the cases to `risk.screen-batch` jobs of
 * BATCH cases each, one short transaction apiece, so the embedded database keeps answering requests in between; the
 * last batch tells the city's coordinators what changed.
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
export const BATCH_JOB = 'risk.screen-batch';
const BATCH = 50;

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

/** The whole month at once, batch by batch, each in its own transaction (tests; an operator's rerun). */
export async function runMonthlyScreening(db: Db, period: string, now: Date): Promise<boolean> {
  if (!(await db.transaction((tx) => startMonthlyScreening(tx, period, now)))) return false;
  let afterId: string | null = null;
  do {
    const from: string | null = afterId;
    afterId = await db.transaction((tx) => screenBatch(tx, { period, afterId: from }, now));
  } while (afterId !== null);
  return true;
}

export function riskJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(MONTHLY_JOB, { every: 'month', day: 1, at: '06:00' }, async ({ tx, now, log, payload }) => {
    const period = payload.period.slice(0, 7);
    const started = await startMonthlyScreening(tx, period, now);
    if (started) await enqueue(tx, BATCH_JOB, { period, afterId: null }, { key: `${BATCH_JOB}:${period}:start` });
    log.info({ job: MONTHLY_JOB, period, started }, 'monthly risk screening');
    return { started };
  });
  jobs.defineJob<BatchPayload>(BATCH_JOB, async ({ tx, payload, now, log }) => {
    const next = await screenBatch(tx, payload, now);
    if (next) {
      await enqueue(
        tx,
        BATCH_JOB,
        { period: payload.period, afterId: next },
        { key: `${BATCH_JOB}:${payload.period}:${next}` },
      );
    }
    log.info({ job: BATCH_JOB, period: payload.period, done: next === null }, 'risk screening batch');
    return { done: next === null };
  });
}
