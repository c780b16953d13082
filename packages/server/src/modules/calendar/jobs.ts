/**
 * The calendar's recurring tasks (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * - `calendar.recompute`, nightly at 02:00 China time: every open deadline (of every owner) against the calendar in
 *   force, so a date never lags the calendar (docs/rules/calendar.md#re-computation). Met and missed are set when the
 *   case records the act; overdue is read against today — both follow from the dates recomputed here.
 * - `calendar.missing-year`, on the 1st of November, December and January at 08:00: next year's (or this year's)
 *   holiday schedule is not entered yet: every active administrator gets an in-app notification (notifications'
 *   notifyRoles, in the job's transaction; docs/rules/calendar.md#provisional-dates).
 * The registry also gets the calendar in force for schedules on working days (the first working day after a quarter).
 */
import { chinaTime } from '@shuangjiang/domain';
import type { JobRegistry } from '../../platform/jobs/index.js';
import { notifyRoles } from '../notifications/public.js';
import { loadCalendar } from './loader.js';
import { missingScheduleYear, recomputeAllDependents } from './service.js';

export function calendarJobs(jobs: JobRegistry): void {
  jobs.useCalendar((db) => loadCalendar(db, { provisional: true }));

  jobs.defineSchedule('calendar.recompute', { every: 'day', at: '02:00' }, async ({ tx, log, payload }) => {
    const moved = await recomputeAllDependents(tx);
    log.info({ job: 'calendar.recompute', period: payload.period, moved }, 'deadlines recomputed against the calendar');
  });

  jobs.defineSchedule(
    'calendar.missing-year',
    { every: 'month', day: 1, at: '08:00', months: [1, 11, 12] },
    async ({ tx, now, log, payload }) => {
      const year = await missingScheduleYear(tx, chinaTime(now).date);
      if (year === null) return;
      // In the notification centre of every active administrator, once per year and month (dedupe key).
      const sent = await notifyRoles(tx, ['admin'], {
        kind: 'calendar_missing',
        title: `${year}年放假安排尚未录入`,
        body: `工作日历尚未包含${year}年的放假安排，${year}年的期限暂按周末和法定节假日推算（标为“暂定”）。请在国务院办公厅公布后录入${year}年放假安排。`,
        link: '/settings/calendar',
        dedupeKey: `calendar-missing:${year}:${payload.period}`,
        at: now,
      });
      log.warn(
        { job: 'calendar.missing-year', period: payload.period, year, notified: sent.inApp },
        `${year}年放假安排尚未录入 / the ${year} holiday schedule is missing`,
      );
    },
  );
}
