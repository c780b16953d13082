/**
 * The risk module's recurring task (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * `risk.monthly-screening` on the 1st of every month at 06:00 China time — before the 5th, as 湖州's monthly
 * 排查 asks (docs/rules/risk.md#screening): every live case screened again with the rules in force (a case's facts
 * change with time: its defence deadline nears, its agency loses other cases, its plaintiff files more). The schedule
 * opens the month's run (table risk_screening_runs, once per month) and enqueues `risk.screen-month`, which walks the
 * cases twice: first every case's party keys, KEY_BATCH cases a statement (a case entered by the demo seed or a bulk
 * path was never screened, and a live case's related cases are found through closed cases' keys too); then the live
 * cases one by one, in transactions of at most SLICE_MS with a pause of PAUSE_MS between, so the embedded database
 * (one connection, on the server's main thread) keeps answering requests. The last slice tells the city's
 * coordinators what changed. (A worker that dies mid-month reruns the job from the first case: screening is
 * idempotent, a change found twice is listed twice.)
 */
import type { AuditActor } from '../../platform/audit.js';
import type { Db, Tx } from '../../platform/db/client.js';
import { enqueue, type JobRegistry } from '../../platform/jobs/index.js';
import { caseIdsForScreening, screeningFacts } from '../cases/public.js';
import { notifyRoles } from '../notifications/public.js';
import { MONTHLY_JOB, RISK_LEVEL_LABELS } from './constants.js';
import { ESCALATION_JOB, runEscalations } from './escalation.js';
import { addToRun, insertRun, replacePartyKeysOfCases, runOfPeriod } from './repository.js';
import { caseKeys, screenCase } from './screening.js';

const SYSTEM: AuditActor = { userId: null, name: '系统（月度风险排查）', ip: null, requestId: null };
export const BATCH_JOB = 'risk.screen-month';
/** Cases whose party keys are rewritten in one transaction (three reads, one delete, one insert). */
const KEY_BATCH = 500;
/** A screening transaction stops taking cases after this long (a case is some 20 ms on the embedded database)… */
const SLICE_MS = 60;
/** …and the next one starts after this pause, in which requests waiting for the database run. */
const PAUSE_MS = 40;
/** Live cases read ahead per slice (ids only). */
const SLICE_MAX_CASES = 50;

interface BatchPayload {
  period: string;
  afterId: string | null;
}

/** Opens the month's run; false when it was opened already (the month is screened once). */
export async function startMonthlyScreening(tx: Tx, period: string, now: Date): Promise<boolean> {
  if (await runOfPeriod(tx, period)) return false;
  return insertRun(tx, { period, screened: 0, changes: [], at: now });
}

/** Rewrites the party keys of the next KEY_BATCH cases after `afterId`; the last id, or null at the end. */
export async function refreshKeysBatch(tx: Tx, afterId: string | null): Promise<string | null> {
  const ids = await caseIdsForScreening(tx, afterId, KEY_BATCH);
  const facts = await screeningFacts(tx, ids);
  await replacePartyKeysOfCases(tx, new Map(facts.map((f) => [f.id, caseKeys(f)])));
  return ids.length === KEY_BATCH ? ids[ids.length - 1]! : null;
}

/**
 * Screens live cases after `afterId` until `sliceMs` has passed; returns the last id, or null when the month is done
 * (then the coordinators are told).
 */
export async function screenSlice(
  tx: Tx,
  { period, afterId }: BatchPayload,
  now: Date,
  sliceMs = SLICE_MS,
): Promise<string | null> {
  const ids = await caseIdsForScreening(tx, afterId, SLICE_MAX_CASES, { live: true });
  const started = performance.now();
  let screened = 0;
  let last: string | null = null;
  const changes = [];
  for (const id of ids) {
    const r = await screenCase(tx, id, 'monthly', SYSTEM, now);
    last = id;
    if (r) screened++;
    if (r?.changed) changes.push({ caseId: r.caseId, caseNumber: r.caseNumber, from: r.from, to: r.to });
    if (performance.now() - started >= sliceMs) break;
  }
  await addToRun(tx, period, screened, changes);
  if (last !== null && (last !== ids[ids.length - 1] || ids.length === SLICE_MAX_CASES)) return last;
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

/** The month's two walks, each step its own transaction, `pauseMs` apart so requests are answered in between. */
export async function screenMonth(db: Db, period: string, now: Date, pauseMs = 0): Promise<void> {
  const pause = () => (pauseMs > 0 ? new Promise((r) => setTimeout(r, pauseMs)) : Promise.resolve());
  let afterId: string | null = null;
  do {
    const from: string | null = afterId;
    afterId = await db.transaction((tx) => refreshKeysBatch(tx, from));
    await pause();
  } while (afterId !== null);
  do {
    const from: string | null = afterId;
    afterId = await db.transaction((tx) => screenSlice(tx, { period, afterId: from }, now));
    if (afterId) await pause();
  } while (afterId !== null);
}

/** The whole month at once (tests; an operator's rerun): false when the month was screened already. */
export async function runMonthlyScreening(db: Db, period: string, now: Date): Promise<boolean> {
  if (!(await db.transaction((tx) => startMonthlyScreening(tx, period, now)))) return false;
  await screenMonth(db, period, now);
  return true;
}

export function riskJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(ESCALATION_JOB, { every: 'day', at: '08:30' }, async ({ tx, now, log }) => {
    const run = await runEscalations(tx, now);
    log.info({ job: ESCALATION_JOB, ...run }, 'risk escalations');
    return run;
  });
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
