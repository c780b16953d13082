/**
 * The indicators' background upkeep (platform/jobs; registered in platform/http/modules.ts `moduleJobs`): on every
 * tick of the server's worker (JOBS_INTERVAL_SECONDS, default 30 s) the summary's queue is drained — the cases the
 * triggers queued since (a form, an import job, a link …) recomputed with their counts — so the next figure read finds
 * it empty instead of paying for the import. The read-time refresh stays the guarantee (README.md#summary): a read
 * within the interval drains what is left itself. An empty queue costs one query.
 */
import type { JobRegistry } from '../../platform/jobs/index.js';
import { refreshIndicatorFacts } from './refresh.js';

export function indicatorJobs(jobs: JobRegistry): void {
  jobs.defineTick('indicators.refresh', async ({ db, log }) => {
    const rows = await refreshIndicatorFacts(db);
    if (rows > 0) log?.info({ tick: 'indicators.refresh', rows }, 'indicator summary refreshed in the background');
  });
}
