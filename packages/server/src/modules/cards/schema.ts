/**
 * The cards module's table (README.md, docs/rules/indicators-and-sanctions.md#sanctions): one row per proposal of the
 * quarter-end job — a unit (county or city department), a sanction (黄牌, 红牌, 提级约谈, 约谈, 检讨), the rule and its
 * reasons, the unit's quarterly loss figures and the settings versions used — and the city coordinator's decision on it.
 * Unique per quarter, level, unit and sanction: a second run of the job proposes nothing twice.
 *
 * User ids carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import type { CardReason } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CARD_LEVELS, CARD_STATUSES } from './constants.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const cardProposals = pgTable(
  'card_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The quarter evaluated: its first and last day (China dates). */
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    level: text('level', { enum: CARD_LEVELS }).notNull(),
    /** A county's region code, or an agency's id. */
    unitId: text('unit_id').notNull(),
    unitLabel: text('unit_label').notNull(),
    /** The unit's region path (a county's own, a department's region): the scope of who reads it. */
    regionPath: text('region_path').notNull(),
    /** The domain's `Sanction`. */
    sanction: text('sanction').notNull(),
    ruleId: text('rule_id').notNull(),
    reasons: jsonb('reasons').$type<CardReason[]>().notNull().default(sql`'[]'::jsonb`),
    /** The unit's loss figure of the quarter: losses over its denominator, as displayed. */
    losses: integer('losses').notNull(),
    concluded: integer('concluded').notNull(),
    rateDisplay: text('rate_display').notNull(),
    /** Settings versions used: `cardRules` and `indicatorDefinitions` (0 = the built-in default). */
    rulesVersion: integer('rules_version').notNull(),
    definitionVersion: integer('definition_version').notNull(),
    status: text('status', { enum: CARD_STATUSES }).notNull().default('proposed'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /**
     * The version of the documents module's template `card.notice` in force when the card was confirmed (0 = built-in):
     * a confirmed card's notice is filled from exactly that version (docs/rules/reports.md#templates). Null while
     * proposed (a draft uses the template in force) and when rejected.
     */
    noticeTemplateVersion: integer('notice_template_version'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('card_proposals_unit_uq').on(t.periodFrom, t.level, t.unitId, t.sanction),
    index('card_proposals_region_idx').on(t.regionPath.op('text_pattern_ops')),
    index('card_proposals_unit_idx').on(t.level, t.unitId, t.periodFrom),
  ],
);
export type CardProposalRow = typeof cardProposals.$inferSelect;
