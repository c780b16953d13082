/**
 * The risk module's recurring task (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * `risk.monthly-screening` on the 1st of every month at 06:00 China time — before the 5th, as 湖州's monthly
 * 排查 asks (docs/rules/risk.md#screening): every live case screened again with the rules in force (a case's facts
 * change with time: its defence deadline nears, its agency loses other cases, its plaintiff files more). The run lists
 * what changed (table risk_screening_runs, once per month) and tells the city's coordinators.
 */
import type { AuditActor } from '../../platform/audit.js';
import type { Tx } from '../../platform/db/client.js';
import type { JobRegistry } from '../../platform/jobs/index.js';
import { caseIdsForScreening } from '../cases/public.js';
import { notifyRoles } from '../notifications/public.js';
import { MONTHLY_JOB, RISK_LEVEL_LABELS } from './constants.js';
import { insertRun, runOfPeriod } from './repository.js';
import { type ScreeningResult, screenCase } from './screening.js';

const SYSTEM: AuditActor = { userId: null, name: '系统（月度风险排查）', ip: null, requestId: null };
const PAGE = 500;

/** Screens every live case once for `period` ('2026-12'); a second run of the same period does nothing. */
export async function monthlyScreening(tx: Tx, period: string, now: Date) {
  if (await runOfPeriod(tx, period)) return { screened: 0, changes: [] as ScreeningResult[], skipped: true };
  let after: string | null = null;
  let screened = 0;
  const changes: ScreeningResult[] = [];
  for (;;) {
    const ids = await caseIdsForScreening(tx, after, PAGE);
    if (ids.length === 0) break;
    for (const id of ids) {
      const r = await screenCase(tx, id, 'monthly', SYSTEM, now);
      if (r) screened++;
      if (r?.changed) changes.push(r);
    }
    after = ids[ids.length - 1]!;
  }
  await insertRun(tx, {
    period,
    screened,
    changes: changes.map((c) => ({ caseId: c.caseId, caseNumber: c.caseNumber, from: c.from, to: c.to })),
    at: now,
  });
  if (changes.length) {
    const lines = changes
      .slice(0, 20)
      .map(
        (c) =>
          `${c.caseNumber ?? '（无案号）'}：${c.from ? RISK_LEVEL_LABELS[c.from] : '—'} → ${RISK_LEVEL_LABELS[c.to]}`,
      );
    await notifyRoles(tx, ['city_coordinator'], {
      kind: 'general',
      title: `${period}月度风险排查：${changes.length}件等级变化`,
      body: `共排查${screened}件。${lines.join('；')}${changes.length > 20 ? `；另有${changes.length - 20}件，见风险预警与化解` : ''}`,
      link: '/risks',
      dedupeKey: `risk-monthly:${period}`,
      at: now,
    });
  }
  return { screened, changes, skipped: false };
}

export function riskJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(MONTHLY_JOB, { every: 'month', day: 1, at: '06:00' }, async ({ tx, now, log, payload }) => {
    const period = payload.period.slice(0, 7);
    const r = await monthlyScreening(tx, period, now);
    log.info({ job: MONTHLY_JOB, period, screened: r.screened, changed: r.changes.length }, 'monthly risk screening');
    return { screened: r.screened, changed: r.changes.length };
  });
}
