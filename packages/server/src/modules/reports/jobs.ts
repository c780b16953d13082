/**
 * The reports' schedules (platform/jobs; registered in platform/http/modules.ts `moduleJobs`), docs/rules/reports.md
 * #schedule: the monthly 新收案件通报 of the month before drafted on the 5th at 08:00 China time, the quarterly 指标通报
 * of the ended quarter on the first working day after it at 09:00 (after the cards' proposals at 08:00), for the city
 * and every county; each region's coordinators are told to review it. Once per period by the schedule's key, and a
 * notice that already has an edition is not drafted again.
 */
import { systemActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import type { JobRegistry } from '../../platform/jobs/index.js';
import { notify } from '../notifications/public.js';
import { regionsWithTree } from '../org/service.js';
import { activeUserIds } from '../users/public.js';
import { monthlyPeriod, quarterlyPeriod, type ReportPeriod } from './compute.js';
import { MONTHLY_JOB, QUARTERLY_JOB, REPORT_KIND_LABELS, type ReportKind } from './constants.js';
import { draftReport, reportRegion } from './service.js';

/** The month before a schedule period `2026-11` (the 5th of November drafts October's notice). */
export function monthBefore(period: string): ReportPeriod {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 1 ? monthlyPeriod(y - 1, 12) : monthlyPeriod(y, m - 1);
}

/** `2025-Q3` → the quarter itself (the schedule's period is the quarter that ended). */
export const quarterOfKey = (period: string) => quarterlyPeriod(Number(period.slice(0, 4)), Number(period.slice(-1)));

export async function draftScheduled(db: Db, kind: ReportKind, p: ReportPeriod, now: Date) {
  const regions = (await regionsWithTree(db)).items.filter((r) => r.level === 'city' || r.level === 'county');
  const drafted: string[] = [];
  for (const r of regions) {
    const region = await reportRegion(db, r.code);
    const out = await draftReport(db, systemActor('定时起草通报'), region, kind, p, { onlyFirst: true });
    if (!out) continue;
    drafted.push(out.row.id);
    await db.transaction(async (tx) => {
      const recipients = await activeUserIds(tx, {
        roles: [region.level === 'city' ? 'city_coordinator' : 'county_coordinator'],
        regionCodes: [region.code],
      });
      if (recipients.length === 0) return;
      await notify(tx, {
        recipients,
        kind: 'general',
        title: `${out.row.title}已起草`,
        body: `${REPORT_KIND_LABELS[kind]}（${out.row.content.period.label}，${region.name}）草稿已生成，请审核后印发。`,
        link: `/reports/${out.row.id}`,
        dedupeKey: `report-draft:${out.row.id}`,
        at: now,
      });
    });
  }
  return { period: p.key, drafted: drafted.length };
}

export function reportJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(
    MONTHLY_JOB,
    { every: 'month', day: 5, at: '08:00' },
    async ({ db, now, log, payload }) => {
      const r = await draftScheduled(db, 'monthly', monthBefore(payload.period), now);
      log.info({ job: MONTHLY_JOB, ...r }, 'monthly notices drafted');
      return r;
    },
    { transaction: false },
  );
  jobs.defineSchedule(
    QUARTERLY_JOB,
    { every: 'quarter-first-workday', at: '09:00' },
    async ({ db, now, log, payload }) => {
      const r = await draftScheduled(db, 'quarterly', quarterOfKey(payload.period), now);
      log.info({ job: QUARTERLY_JOB, ...r }, 'quarterly notices drafted');
      return r;
    },
    { transaction: false },
  );
}
