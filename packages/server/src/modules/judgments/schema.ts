/**
 * The judgments module's tables (README.md, docs/rules/after-judgment.md): the agency's appeal decisions with their
 * approval, and the compliance (履行) task of a lost case. The service date itself is the case's column
 * (cases.judgment_served_date). User ids carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */

import { APPEAL_DECISION_STATES } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const COMPLIANCE_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** 上诉决定: drafted by the clerk, approved or rejected by a head of a defendant or a coordinator; final once decided. */
export const appealDecisions = pgTable(
  'appeal_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** true: appeal (上诉); false: do not appeal. */
    appeal: boolean('appeal').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: APPEAL_DECISION_STATES }).notNull().default('drafted'),
    draftedBy: uuid('drafted_by'),
    draftedByName: text('drafted_by_name').notNull(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    /** 'head' (a head of a defendant, by the linked account) or 'coordinator'. */
    decidedAs: text('decided_as'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('appeal_decisions_case_idx').on(t.caseId, t.createdAt),
    // One decision in force per case: a rejected one stays as history beside the next draft.
    uniqueIndex('appeal_decisions_live_uq').on(t.caseId).where(sql`status in ('drafted', 'approved')`),
  ],
);

/** 履行 of a lost judgment: one per case; its deadline is a case deadline with owner 'compliance'. */
export const complianceTasks = pgTable(
  'compliance_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: text('status', { enum: COMPLIANCE_STATUSES }).notNull().default('open'),
    /** The service date the period counts from (the outcome date when none was recorded), and its length in days. */
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    days: integer('days').notNull(),
    /** The setting version the days were taken from. */
    settingVersion: integer('setting_version').notNull(),
    completionNote: text('completion_note'),
    completedBy: uuid('completed_by'),
    completedByName: text('completed_by_name'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [uniqueIndex('compliance_tasks_case_uq').on(t.caseId)],
);

export type AppealDecisionRow = typeof appealDecisions.$inferSelect;
export type ComplianceTaskRow = typeof complianceTasks.$inferSelect;
