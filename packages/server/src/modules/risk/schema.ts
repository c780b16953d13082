/**
 * The risk module's tables (README.md, docs/rules/risk.md): a case's risk item (its level with the reasons, who set
 * it, the workflow state, the 包案领导 and task force, the closing), every level the case had, the 一案一策 plan with
 * its progress entries, the keys of the case's plaintiffs (for related cases) and the monthly screening runs.
 *
 * User ids carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import type { RiskReason } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema.js';
import { agencyHeads } from '../org/schema.js';
import { LEVEL_SOURCES, RISK_LEVELS, RISK_OUTCOMES, RISK_STATES } from './constants.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** One per case that has ever been yellow or red (or raised by hand). */
export const riskItems = pgTable(
  'risk_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The level in force (copied to the case's row for lists). */
    level: text('level', { enum: RISK_LEVELS }).notNull(),
    levelSource: text('level_source', { enum: LEVEL_SOURCES }).notNull(),
    /** The screening's reasons of the level in force, or of the screening a coordinator overrode. */
    reasons: jsonb('reasons').$type<RiskReason[]>().notNull().default(sql`'[]'::jsonb`),
    /** What the screening said last (an override stands while this stays the same). */
    screenedLevel: text('screened_level', { enum: RISK_LEVELS }).notNull(),
    /** The override's reason while the level is a coordinator's. */
    overrideReason: text('override_reason'),
    /** The version of the setting `riskRules` the screening used. */
    rulesVersion: integer('rules_version').notNull().default(0),
    state: text('state', { enum: RISK_STATES }).notNull().default('warning'),
    /** The day (China) of the warning: the 包案领导 deadline counts from it; again on reopening. */
    warnedOn: date('warned_on', { mode: 'string' }).notNull(),
    leadHeadId: uuid('lead_head_id').references(() => agencyHeads.id),
    leadUserId: uuid('lead_user_id'),
    leadName: text('lead_name'),
    leadTitle: text('lead_title'),
    leadAssignedAt: timestamp('lead_assigned_at', { withTimezone: true }),
    /** 化解专班: accounts working on it. */
    taskForce: uuid('task_force').array().notNull().default(sql`'{}'::uuid[]`),
    outcome: text('outcome', { enum: RISK_OUTCOMES }),
    closeSummary: text('close_summary'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [uniqueIndex('risk_items_case_uq').on(t.caseId), index('risk_items_state_level_idx').on(t.state, t.level)],
);

/** Every level a case's item had: from, to, where it came from, the reasons, the override's reason, who and when. */
export const riskLevelChanges = pgTable(
  'risk_level_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => riskItems.id, { onDelete: 'cascade' }),
    fromLevel: text('from_level', { enum: RISK_LEVELS }),
    toLevel: text('to_level', { enum: RISK_LEVELS }).notNull(),
    source: text('source', { enum: LEVEL_SOURCES }).notNull(),
    reasons: jsonb('reasons').$type<RiskReason[]>().notNull().default(sql`'[]'::jsonb`),
    rulesVersion: integer('rules_version').notNull().default(0),
    reason: text('reason'),
    byUserId: uuid('by_user_id'),
    byName: text('by_name'),
    at: stamp('at'),
  },
  (t) => [index('risk_level_changes_item_idx').on(t.itemId, t.at)],
);

/** 一案一策: one plan per item, revised at its version. */
export const riskPlans = pgTable('risk_plans', {
  itemId: uuid('item_id')
    .primaryKey()
    .references(() => riskItems.id, { onDelete: 'cascade' }),
  goal: text('goal').notNull(),
  measures: text('measures').notNull(),
  /** The person responsible (责任人), by name as the plan states it. */
  responsible: text('responsible').notNull(),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: stamp('updated_at'),
  updatedBy: uuid('updated_by'),
});

/** Progress entries of a plan (化解进展): what was done, on which day, by whom. */
export const riskProgress = pgTable(
  'risk_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => riskItems.id, { onDelete: 'cascade' }),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name'),
    at: stamp('at'),
  },
  (t) => [index('risk_progress_item_idx').on(t.itemId, t.at)],
);

/**
 * The keys of each case's plaintiffs (`id:<number>`, `name:<normalised>`, domain partyName.ts) and of its contested
 * act (`act:<agency>|<normalised>`): related cases are found by key, not by scanning every party. Rewritten on every
 * screening.
 */
export const riskPartyKeys = pgTable(
  'risk_party_keys',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [uniqueIndex('risk_party_keys_uq').on(t.caseId, t.key), index('risk_party_keys_key_idx').on(t.key)],
);

/**
 * 挂牌督办 (docs/rules/risk.md#supervision): the city puts an item under supervision with a deadline and a reason; the
 * agency reports progress on the item; the city lifts it with a summary. One row per supervision, the open one has no
 * `liftedAt`; an item may be supervised again later (a new row).
 */
export const riskSupervisions = pgTable(
  'risk_supervisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => riskItems.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** The day (China) by which the agency is to have resolved it or reported why not. */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    setByUserId: uuid('set_by_user_id'),
    setByName: text('set_by_name'),
    setAt: stamp('set_at'),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedByUserId: uuid('lifted_by_user_id'),
    liftedByName: text('lifted_by_name'),
    liftSummary: text('lift_summary'),
  },
  (t) => [
    index('risk_supervisions_item_idx').on(t.itemId, t.setAt),
    uniqueIndex('risk_supervisions_open_uq').on(t.itemId).where(sql`lifted_at is null`),
  ],
);

/**
 * The court liaison's pre-hearing signals (庭前风险提示, docs/rules/risk.md#liaison-signals): a level and a note on a
 * case; the screening counts the ones not withdrawn.
 */
export const riskSignals = pgTable(
  'risk_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    level: text('level', { enum: ['yellow', 'red'] }).notNull(),
    note: text('note').notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name'),
    at: stamp('at'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [index('risk_signals_case_idx').on(t.caseId, t.at)],
);

/** The monthly screening runs (once per month): how many screened, and what changed. */
export const riskScreeningRuns = pgTable('risk_screening_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  period: text('period').notNull().unique(),
  screened: integer('screened').notNull(),
  changes: jsonb('changes')
    .$type<{ caseId: string; caseNumber: string | null; from: string | null; to: string }[]>()
    .notNull(),
  at: stamp('at'),
});

export type RiskItemRow = typeof riskItems.$inferSelect;
export type RiskPlanRow = typeof riskPlans.$inferSelect;
export type RiskProgressRow = typeof riskProgress.$inferSelect;
export type RiskLevelChangeRow = typeof riskLevelChanges.$inferSelect;
export type RiskSupervisionRow = typeof riskSupervisions.$inferSelect;
export type RiskSignalRow = typeof riskSignals.$inferSelect;
