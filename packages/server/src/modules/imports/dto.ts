/**
 * The shapes of the import API's answers (zod; validated and serialized by Fastify): one `importJob` for the upload,
 * the job's GET and the commit, so a reloaded screen reads from GET exactly what the upload answered — counts, errors,
 * changes, the header report (unmapped columns, the mapping applied) and the overview.
 */
import { z } from 'zod';
import { errorBody } from '../../platform/http/routeKit.js';
import { COLUMN_KEYS } from './columns.js';
import { IMPORT_STATUSES } from './schema.js';

const int = z.number().int();

const rowError = z.object({ row: int, column: z.string(), message: z.string() });

const updateReport = z.object({
  row: int,
  caseNumber: z.string(),
  fields: z.array(z.object({ column: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});

/** {source header → column key | null (ignore)}, as given with an upload (mappings.ts ColumnMapping). */
export const columnMapping = z.record(z.string(), z.enum(COLUMN_KEYS).nullable());

const overviewCase = z.object({
  row: int,
  caseNumber: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  changed: z.boolean().optional(),
});

const importOverview = z.object({
  newCases: z.array(overviewCase),
  knownCases: z.array(overviewCase),
  agencies: z.array(z.object({ agencyId: z.string().nullable(), name: z.string(), newCases: int, knownCases: int })),
});

export const importJob = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum([...IMPORT_STATUSES]),
  rows: int,
  created: int,
  updated: int,
  unchanged: int,
  errorCount: int,
  /** The first errors (capped, KEEP_ERRORS); errorCount is exact. */
  errors: z.array(rowError),
  /** The first field-by-field updates (capped, KEEP_CHANGES). */
  changes: z.array(updateReport),
  message: z.string().nullable(),
  progress: z.object({
    phase: z.enum(['reading', 'applying', 'done']),
    rowsRead: int,
    rowsWritten: int,
    rowsTotal: int.nullable(),
  }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The first warnings (答辩截止日期 that disagrees with the computed deadline): they do not block the import. */
  warningCount: int,
  warnings: z.array(rowError),
  /** All errors counted by column and kind. */
  errorKinds: z.array(z.object({ column: z.string(), kind: z.string(), count: int })),
  /** Rows skipped as the ledger's footer (制表人, 合计, 填表日期). */
  skippedRows: z.array(z.object({ row: int, text: z.string(), reason: z.enum(['footer']) })),
  /** Every named header column and how it is read (by its name, a synonym, the mapping; ignored; not read). */
  columns: z.array(
    z.object({
      index: int,
      letter: z.string(),
      header: z.string(),
      field: z.enum(COLUMN_KEYS).nullable(),
      how: z.enum(['header', 'synonym', 'mapping', 'ignored', 'unmapped']),
    }),
  ),
  /** Header columns neither recognised nor mapped (empty when the job has no header report). */
  unmappedColumns: z.array(z.object({ index: int, letter: z.string(), header: z.string() })),
  /** The mapping applied to the file, and whether it was given with the upload or remembered for its source. */
  appliedMapping: columnMapping.nullable(),
  mappingSource: z.enum(['request', 'remembered']).nullable(),
  /** The fields a column can be mapped to (the template's columns). */
  mappableFields: z.array(z.object({ key: z.enum(COLUMN_KEYS), header: z.string() })),
  /** New and known cases of the file and the agencies they concern; null when the file was not checked. */
  overview: importOverview.nullable(),
});

/** Error answers of the import routes (platform/http/errorHandler.ts). */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  413: errorBody,
  422: errorBody,
};
