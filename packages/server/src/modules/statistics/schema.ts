/**
 * The statistics module's tables (README.md, docs/rules/statistics.md): one row per filing (填报) — a form, a period
 * and a unit (a county or the city's own cases, or the city's summary) — with the cells as counted from the registry
 * (each with the case ids behind it) and the person's adjustments kept beside them (value, reason, who, when); and the
 * filing's history (created, recounted, adjusted, submitted, returned with a comment, accepted).
 *
 * User ids carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import type { CellValue } from '@shuangjiang/domain';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FILING_EVENT_KINDS, FILING_SCOPES, FILING_STATUSES, STAT_FORM_KINDS } from './constants.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export interface StoredAdjustment {
  value: number;
  reason: string;
  byName: string;
  at: string;
}

export interface StoredUnit {
  filingId: string;
  regionCode: string;
  regionName: string;
  version: number;
}

export const statisticsFilings = pgTable(
  'statistics_filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    form: text('form', { enum: STAT_FORM_KINDS }).notNull(),
    /** `2025`, `2025-H1`, `2025-Q3`. */
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** `own`: the unit's own cases; `summary`: the city's sum of the accepted filings. */
    scope: text('scope', { enum: FILING_SCOPES }).notNull(),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    /** The unit's region path: who may read it (a coordinator's region and below). */
    regionPath: text('region_path').notNull(),
    status: text('status', { enum: FILING_STATUSES }).notNull().default('draft'),
    /** Every cell as counted (`row:column` → value and case ids). */
    cells: jsonb('cells').$type<Record<string, CellValue>>().notNull(),
    /** The person's adjustments, by cell: kept beside the count, never over it. */
    adjustments: jsonb('adjustments').$type<Record<string, StoredAdjustment>>().notNull().default({}),
    /** A summary's units (the accepted filings summed, at their versions). */
    units: jsonb('units').$type<StoredUnit[]>(),
    countedAt: stamp('counted_at'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: stamp('created_at'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Optimistic concurrency: every write names the version it saw. */
    version: integer('version').notNull().default(1),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('statistics_filings_key').on(t.form, t.period, t.regionCode, t.scope),
    index('statistics_filings_region_path_idx').on(t.regionPath),
  ],
);

export const statisticsFilingEvents = pgTable(
  'statistics_filing_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => statisticsFilings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FILING_EVENT_KINDS }).notNull(),
    /** The 退回 comment, the adjustment's reason. */
    comment: text('comment'),
    /** The adjusted cell and its values. */
    cell: text('cell'),
    before: jsonb('before'),
    after: jsonb('after'),
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    at: stamp('at'),
  },
  (t) => [index('statistics_filing_events_filing_idx').on(t.filingId, t.at)],
);

export type FilingRow = typeof statisticsFilings.$inferSelect;
export type NewFiling = typeof statisticsFilings.$inferInsert;
export type FilingEventRow = typeof statisticsFilingEvents.$inferSelect;
