import { z } from 'zod';

export const backupRun = z.object({
  id: z.string(),
  reason: z.enum(['daily', 'manual']),
  status: z.enum(['running', 'ok', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The file's name in the backup directory. */
  file: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  error: z.string().nullable(),
});

export const backupFileItem = z.object({
  name: z.string(),
  reason: z.enum(['daily', 'manual', 'pre-migration']),
  at: z.string(),
  sizeBytes: z.number().int(),
});

/** GET /api/v1/admin/backups. */
export const backupStatusResponse = z.object({
  /** Which database this server uses: automatic backups are the embedded database's only. */
  database: z.enum(['pglite', 'postgres']),
  /** Whether this server backs the database up itself (daily and on request). */
  automatic: z.boolean(),
  /** BACKUP_DIR (embedded database), else null. */
  directory: z.string().nullable(),
  /** How many backups are kept (BACKUP_KEEP). */
  keep: z.number().int(),
  /** The daily time, China time (BACKUP_TIME). */
  dailyAt: z.string(),
  /** The latest run and the latest that succeeded (null when none). */
  lastRun: backupRun.nullable(),
  lastSuccess: backupRun.nullable(),
  /** Recent runs, newest first. */
  runs: z.array(backupRun),
  /** The backup files in the directory, newest first (including those made before migrations). */
  files: z.array(backupFileItem),
});
