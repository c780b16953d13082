/**
 * Excel imports of the case registry (台账导入). An import is a job: the file is read and checked (dry run), its valid
 * rows are staged in `import_rows`, and a commit applies every staged row to the registry in ONE transaction with
 * set-based statements. Staging is outside the registry's tables, so a crash (even kill -9) during reading or
 * staging leaves the registry untouched, and a crash during the apply rolls the whole file back: the database is
 * always "before" or "after" the file, never half of it.
 */
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const IMPORT_STATUSES = ['reading', 'validated', 'invalid', 'applying', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'cases' — what the file holds. */
    kind: text('kind').notNull().default('cases'),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('reading'),
    createdBy: uuid('created_by'),
    /** The commit must be made by the same user (whose scope the dry run checked). */
    rows: integer('rows').notNull().default(0),
    toCreate: integer('to_create').notNull().default(0),
    toUpdate: integer('to_update').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** The first errors ({row, column, message}), capped; the count is exact. */
    errors: jsonb('errors').notNull().default([]),
    /** The first field-by-field updates ({row, caseNumber, fields: [{column, from, to}]}), capped. */
    changes: jsonb('changes').notNull().default([]),
    /** Deadlines computed once per (rule, start date) for the staged rows: {rule_id, from_date, due_date, explanation, basis}[]. */
    deadlineTable: jsonb('deadline_table').notNull().default([]),
    /**
     * What the check found in the header: {unmappedColumns, appliedMapping, mappingSource} (mappings.ts MappingReport
     * without the signature). Null until the header was read, and for jobs checked before this column existed.
     */
    mappingReport: jsonb('mapping_report'),
    /** The file's new and known cases and the agencies they concern (overview.ts ImportOverview), capped; null as above. */
    overview: jsonb('overview'),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_created_by_idx').on(t.createdBy, t.createdAt)],
);

/**
 * One staged row: what the commit will write for one case, computed during the dry run. `payload` is the complete
 * row of `cases` (snake_case keys) plus its parties, timeline events, deadlines and the audit entry.
 */
export const importRows = pgTable(
  'import_rows',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    rowNo: integer('row_no').notNull(),
    /** 'create' | 'update' (unchanged rows are not staged). */
    action: text('action').notNull(),
    caseId: uuid('case_id').notNull(),
    /** For updates: the version the dry run compared against; a case changed since then stops the commit. */
    baseVersion: integer('base_version'),
    payload: jsonb('payload').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.rowNo] })],
);

/**
 * Column mappings remembered per source (导入列对应): a ledger whose header the importer does not fully recognise is
 * mapped once by a user (each unrecognised column → one of the template's fields, or ignored); the next file with the
 * same header (same `signature`: a hash of its normalized header texts) from the same region is mapped the same way.
 * `mapping` is {source header text → column key | null (ignore)}.
 */
export const importMappings = pgTable(
  'import_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The user's region ('' for users without one: the city-wide administrator or the command line). */
    regionCode: text('region_code').notNull(),
    signature: text('signature').notNull(),
    headers: jsonb('headers').notNull(),
    mapping: jsonb('mapping').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('import_mappings_source_idx').on(t.regionCode, t.signature)],
);
