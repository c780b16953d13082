/** The answer of a court hearing list's check or import (courtList/check.ts presentListCheck), for OpenAPI and the web. */
import { z } from 'zod';
import { HEARING_KINDS, HEARING_MODES, HEARING_STATUSES } from '../constants.js';

const rowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

export const courtListQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], { error: 'dryRun 应为 true 或 false' })
    .default('true')
    .transform((v) => v === 'true'),
});

export const courtListOut = z.object({
  /** checked: a dry run without errors; invalid: a dry run with errors; done: imported. */
  status: z.enum(['checked', 'invalid', 'done']),
  fileName: z.string(),
  rows: z.number().int(),
  counts: z.object({
    create: z.number().int(),
    reschedule: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
  }),
  items: z.array(
    z.object({
      row: z.number().int(),
      action: z.enum(['create', 'reschedule', 'update', 'unchanged']),
      caseId: z.string(),
      caseNumber: z.string(),
      kind: z.enum(HEARING_KINDS),
      mode: z.enum(HEARING_MODES).nullable(),
      courtroom: z.string().nullable(),
      scheduledAt: z.string(),
      hearingId: z.string().nullable(),
      previousScheduledAt: z.string().nullable(),
      previousStatus: z.enum(HEARING_STATUSES).nullable(),
    }),
  ),
  errorCount: z.number().int(),
  errors: z.array(rowError),
  errorKinds: z.array(z.object({ column: z.string(), kind: z.string(), count: z.number().int() })),
  skippedRows: z.array(z.object({ row: z.number().int(), text: z.string(), reason: z.literal('footer') })),
});
