/**
 * The accountability module's recurring task (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * `accountability.open-evaluations` every day at 05:30 China time opens the missing evaluation of every lost case
 * (docs/rules/accountability.md#evaluation-workflow). A loss recorded through the case form opens its evaluation at
 * once (service.ts hears of the write); cases written another way — the ledger import's batch writer, a database from
 * before this module — are caught here, and an administrator can run it now (POST /admin/jobs/run). Idempotent.
 */
import type { AuditActor } from '../../platform/audit.js';
import type { JobRegistry } from '../../platform/jobs/index.js';
import { openMissingEvaluations } from './service.js';

export const OPEN_EVALUATIONS_JOB = 'accountability.open-evaluations';
const SYSTEM: AuditActor = { userId: null, name: '系统（败诉评价补开）', ip: null, requestId: null };

export function accountabilityJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(OPEN_EVALUATIONS_JOB, { every: 'day', at: '05:30' }, async ({ tx, log }) => {
    const opened = await openMissingEvaluations(tx, SYSTEM);
    log.info({ job: OPEN_EVALUATIONS_JOB, opened }, 'missing loss evaluations opened');
    return { opened };
  });
}

/** The demo seed's step: the demo's lost cases get their evaluations (modules/demo/seed.ts). */
export const DEMO_ACTOR: AuditActor = { userId: null, name: '系统（演示数据）', ip: null, requestId: null };
