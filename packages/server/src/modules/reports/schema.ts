/**
 * The reports module's table (README.md, docs/rules/reports.md): one row per edition of a notice — the monthly
 * 新收案件通报 or the quarterly 指标通报 of a region (city or county) and period. A draft's figures are computed when it
 * is drafted (or redrafted); issuing freezes the row: its figures, with the definition versions behind them, are then
 * never written again. A correction after issuing is the next edition (a new row) with the differences from the
 * previous edition listed.
 *
 * User ids carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REPORT_KINDS, REPORT_STATUSES } from './constants.js';
import type { ReportContent, ReportDifference } from './content.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    /** `2025-09` (a month) or `2025-Q3` (a quarter). */
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    /** The region's path: who may read it (a coordinator's region and below). */
    regionPath: text('region_path').notNull(),
    /** 1 for the first edition, 2 for the first correction … */
    edition: integer('edition').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
    title: text('title').notNull(),
    /** 发文字号, e.g. 示范应诉通〔2025〕9号. */
    documentNumber: text('document_number').notNull(),
    /** The figures as computed (definition and settings versions inside): the snapshot once issued. */
    content: jsonb('content').$type<ReportContent>().notNull(),
    /** The edition this one corrects (null for the first), and what changed from it. */
    previousId: uuid('previous_id'),
    differences: jsonb('differences').$type<ReportDifference[]>(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: stamp('created_at'),
    issuedBy: uuid('issued_by'),
    issuedByName: text('issued_by_name'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    /**
     * The documents module's template the edition was issued with (`report.<kind>` and its version, 0 = built-in):
     * the Word file of an issued edition is filled from exactly that version, never from one uploaded later
     * (docs/rules/reports.md#templates). Null on a draft (it uses the template in force).
     */
    templateKey: text('template_key'),
    templateVersion: integer('template_version'),
    /** Optimistic concurrency: redraft and issue name the version they saw. */
    version: integer('version').notNull().default(1),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('reports_edition_key').on(t.kind, t.period, t.regionCode, t.edition),
    index('reports_region_path_idx').on(t.regionPath),
  ],
);

export type ReportRow = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;
