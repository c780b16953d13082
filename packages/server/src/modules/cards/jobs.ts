/**
 * The cards module's schedule (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * `cards.quarter-proposals` on the first working day after a quarter at 08:00 China time (docs/rules/schedules.md
 * #first-working-day-after-a-quarter), proposing the ended quarter's cards (propose.ts). Once per quarter by the
 * schedule's key; a rerun proposes nothing twice (the table's unique key).
 */
import type { JobRegistry } from '../../platform/jobs/index.js';
import { QUARTER_JOB } from './constants.js';
import { proposeQuarter, quarterOfKey } from './propose.js';

export function cardJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(
    QUARTER_JOB,
    { every: 'quarter-first-workday', at: '08:00' },
    async ({ tx, now, log, payload }) => {
      const r = await proposeQuarter(tx, quarterOfKey(payload.period), now);
      log.info({ job: QUARTER_JOB, quarter: r.quarter, inserted: r.inserted.length }, 'quarter card proposals');
      return { quarter: r.quarter, inserted: r.inserted.length, proposed: r.proposed };
    },
  );
}
