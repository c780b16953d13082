import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/schema.js';

/**
 * Runs of the embedded database's backup (modules/backups/README.md): the daily schedule and the administrator's
 * "back up now". A run is inserted as `running` when it starts and finished as `ok` (file, size) or `failed`
 * (error). The backup made before migrations at start is not a row (the table may not exist yet then): it is a file
 * in the backup directory, listed beside the runs.
 */
export const backupRuns = pgTable(
  'backup_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `daily` (the schedule) or `manual` (POST /api/v1/admin/backups). */
    reason: text('reason').notNull(),
    /** `running`, `ok`, `failed`. */
    status: text('status').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** The file written (absolute path), when ok. */
    file: text('file'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    /** Why it failed. */
    error: text('error'),
    /** Who asked for a manual run. */
    requestedBy: uuid('requested_by').references(() => users.id),
  },
  (t) => [index('backup_runs_started_idx').on(t.startedAt)],
);

export type BackupRunRow = typeof backupRuns.$inferSelect;
