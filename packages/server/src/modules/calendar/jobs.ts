/**
 * The calendar's recurring tasks (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * - `calendar.recompute`, nightly at 02:00 China time: every open deadline (of every owner) against the calendar in
 *   force, so a date never lags the calendar (docs/rules/calendar.md#re-computation). Met and missed are set when the
 *   case records the act; overdue is read against today — both follow from the dates recomputed here.
 * - `calendar.missing-year`, on the 1st of November, December and January at 08:00: next year's (or this year's)
 *   holiday schedule is not entered yet: administrators are told (docs/rules/calendar.md#provisional-dates).
 * The registry also gets the calendar in force for schedules on working days (the first working day after a quarter).
 */
import { chinaTime } from '@shuangjiang/domain';
import type { JobRegistry } from '../../platform/jobs/index.js';
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
      // TODO(issue 12 §2): notify the administrators in-app (modules/notifications `notifyRoles(tx, ['admin'], …)`,
      // kind 'calendar_missing', dedupe key `calendar-missing:<year>:<period>`) once that module exposes notify in
      // its public.ts; until then the warning goes to the log, and the 工作台 notice (calendarNotice) shows it.
      log.warn(
        { job: 'calendar.missing-year', period: payload.period, year },
        `${year}年放假安排尚未录入：请管理员录入国务院办公厅公布的${year}年放假安排 / the ${year} holiday schedule is missing`,
      );
    },
  );
}
