/**
 * `backups.daily` (platform/jobs; registered in platform/http/modules.ts `moduleJobs`): every day at BACKUP_TIME
 * (China time, default 03:00) the embedded database backs itself up into BACKUP_DIR, keeping the newest BACKUP_KEEP.
 * It runs outside a transaction (the dump waits until none is open). A failed run is recorded and the job fails, so
 * it is tried again (after 10 and 20 minutes). On PostgreSQL it does nothing but say that backups are the DBA's.
 */
import type { JobDeps, JobRegistry } from '../../platform/jobs/index.js';
import { POSTGRES_NOTE, runBackup } from './service.js';

export function backupJobs(jobs: JobRegistry, { database, config }: JobDeps): void {
  // A registry built without the process's database (a test's, or one only listing schedules) has nothing to back up.
  if (!database || !config) return;
  jobs.defineSchedule(
    'backups.daily',
    { every: 'day', at: config.backupTime },
    async ({ log, payload }) => {
      if (database.kind !== 'pglite') {
        log.info({ job: 'backups.daily', period: payload.period }, POSTGRES_NOTE);
        return;
      }
      const run = await runBackup(database, config, { reason: 'daily' });
      if (run.status !== 'ok') throw new Error(run.error ?? '备份失败');
      log.info(
        { job: 'backups.daily', period: payload.period, file: run.file, size: run.sizeBytes },
        '已备份数据库 / database backed up',
      );
    },
    { transaction: false, maxAttempts: 3, backoffSeconds: 600 },
  );
}
