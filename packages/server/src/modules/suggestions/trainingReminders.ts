/**
 * Reminders to agencies not yet covered (docs/rules/suggestions.md#training-coverage), job
 * `trainings.coverage-reminders` on the first working day of each quarter at 09:00 China time: for each of 业务培训 and
 * 庭审观摩, every administrative agency none of whose people attended one this year has its clerks told — once per
 * agency, kind and quarter (the notification's dedupe key).
 */
import { COVERAGE_KIND_LABELS, COVERAGE_KINDS, coverageOfYear, todayInChina } from '@shuangjiang/domain';
import type { Tx } from '../../platform/db/client.js';
import type { JobRegistry } from '../../platform/jobs/index.js';
import { notify } from '../notifications/public.js';
import { listAgencies } from '../org/public.js';
import { activeUserIds } from '../users/public.js';
import { COVERAGE_REMINDER_JOB } from './constants.js';
import { COVERED_AGENCY_KINDS, sessionsOfYear } from './trainings.js';

export async function remindUncovered(tx: Tx, now: Date): Promise<{ reminded: number }> {
  const today = todayInChina(now);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const agencies = await listAgencies(tx, { kind: [...COVERED_AGENCY_KINDS] });
  const coverage = coverageOfYear(
    agencies.map((a) => a.id),
    await sessionsOfYear(tx, year),
    year,
  );
  let reminded = 0;
  for (const kind of COVERAGE_KINDS) {
    for (const agencyId of coverage.byKind[kind].uncoveredAgencyIds) {
      const recipients = await activeUserIds(tx, { roles: ['agency_clerk'], agencyIds: [agencyId] });
      if (recipients.length === 0) continue;
      const sent = await notify(tx, {
        recipients,
        kind: 'general',
        title: `本单位${year}年尚未参加${COVERAGE_KIND_LABELS[kind]}`,
        body: `“3个全覆盖”要求每个行政机关每年参加${COVERAGE_KIND_LABELS[kind]}。请安排人员参加，并由司法局登记。`,
        link: '/accountability/trainings',
        dedupeKey: `training-coverage:${year}-Q${quarter}:${kind}:${agencyId}`,
        at: now,
      });
      if (sent.messageId) reminded++;
    }
  }
  return { reminded };
}

export function trainingJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(
    COVERAGE_REMINDER_JOB,
    { every: 'quarter-first-workday', at: '09:00' },
    async ({ tx, now, log }) => {
      const run = await remindUncovered(tx, now);
      log.info({ job: COVERAGE_REMINDER_JOB, ...run }, 'training coverage reminders');
      return run;
    },
  );
}
