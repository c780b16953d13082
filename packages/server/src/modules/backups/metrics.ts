/**
 * What /metrics says of backups (platform/http/metrics.ts, registered in platform/http/modules.ts moduleMetrics):
 * when the last backup succeeded, and whether the newest finished run failed — so a monitoring server can alert on a
 * backup older than a day or a failing one. From the runs table (daily and manual runs); the pre-migration backup
 * is a file only and not counted. Embedded database only (on PostgreSQL the backups are the DBA's): there, no backup
 * yet reads as 0 (1970), so an alert on "older than a day" fires for a server that never backed up.
 */
import { Gauge } from 'prom-client';
import type { RegisterMetrics } from '../../platform/http/metrics.js';
import { recentRuns } from './repository.js';
import type { BackupRunRow } from './schema.js';

export const backupMetrics: RegisterMetrics = (registry, { database }) => {
  if (database.kind !== 'pglite') return;
  // One query per scrape for both gauges (prom-client collects them concurrently); null: it failed.
  let inFlight: Promise<BackupRunRow[] | null> | null = null;
  const runs = () => {
    inFlight ??= recentRuns(database.db, 20)
      .catch(() => null)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  new Gauge({
    name: 'shuangjiang_backup_last_success_timestamp_seconds',
    help: 'When the last successful backup of the embedded database finished (Unix time)',
    registers: [registry],
    async collect() {
      this.reset();
      const ok = (await runs())?.find((r) => r.status === 'ok' && r.finishedAt);
      if (ok) this.set(ok.finishedAt!.getTime() / 1000);
    },
  });
  new Gauge({
    name: 'shuangjiang_backup_last_run_failed',
    help: '1 when the newest finished backup run failed, 0 when it succeeded',
    registers: [registry],
    async collect() {
      this.reset();
      const last = (await runs())?.find((r) => r.status !== 'running');
      if (last) this.set(last.status === 'failed' ? 1 : 0);
    },
  });
};
