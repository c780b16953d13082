/**
 * The accountability module's tables (README.md, docs/rules/accountability.md): one loss evaluation per case (the
 * domain's Evaluation stored as its parts: the initial evaluation, the experts, their reviews, the conclusion, the
 * referral and its outcome) and the referral to the discipline commission (the package sent, the 一案四查 findings,
 * the outcome, the deadline it met or missed). Reviews are read only through the presenter's `visibleReviews`
 * filter (docs/rules/accountability.md#blind-review).
 *
 * User ids carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import type { EvaluationConclusion, ExpertReview, FourCheckFinding, InitialEvaluation } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const LOSS_EVALUATION_TRIGGERS = ['loss', 'self_correction'] as const;
export const LOSS_EVALUATION_STATES = [
  'opened',
  'initial_evaluated',
  'in_review',
  'concluded',
  'referred',
  'outcome_recorded',
] as const;

export const lossEvaluations = pgTable(
  'loss_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    trigger: text('trigger', { enum: LOSS_EVALUATION_TRIGGERS }).notNull(),
    state: text('state', { enum: LOSS_EVALUATION_STATES }).notNull().default('opened'),
    /** The day the loss became effective (the case's outcome date) when opened: the referral's quarter. */
    effectiveOn: date('effective_on', { mode: 'string' }),
    initial: jsonb('initial').$type<InitialEvaluation>(),
    expertIds: uuid('expert_ids').array().notNull().default(sql`'{}'::uuid[]`),
    reviews: jsonb('reviews').$type<ExpertReview[]>().notNull().default(sql`'[]'::jsonb`),
    conclusion: jsonb('conclusion').$type<EvaluationConclusion>(),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [uniqueIndex('loss_evaluations_case_uq').on(t.caseId), index('loss_evaluations_state_idx').on(t.state)],
);

export interface AccountabilityReferralPackage {
  case: Record<string, unknown>;
  judgment: Record<string, unknown>;
  evaluation: Record<string, unknown>;
}

/** One per evaluation concluded with fault and referred (移送纪委监委). */
export const referrals = pgTable(
  'accountability_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => lossEvaluations.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The case's `discipline` assignment (case_assignments) this referral made: the liaison's scope. */
    assignmentId: uuid('assignment_id').notNull(),
    disciplineUserId: uuid('discipline_user_id').notNull(),
    package: jsonb('package').$type<AccountabilityReferralPackage>().notNull(),
    /** The quarter's batch (e.g. 2026-Q3), the due date from the case's accountability.referral deadline. */
    batch: text('batch'),
    dueDate: date('due_date', { mode: 'string' }),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    onTime: boolean('on_time'),
    outcomeCode: text('outcome_code'),
    outcomeNote: text('outcome_note'),
    checks: jsonb('checks').$type<FourCheckFinding[]>(),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    outcomeBy: uuid('outcome_by'),
    sentBy: uuid('sent_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('accountability_referrals_evaluation_uq').on(t.evaluationId),
    index('accountability_referrals_user_idx').on(t.disciplineUserId),
  ],
);

export type LossEvaluationRow = typeof lossEvaluations.$inferSelect;
export type AccountabilityReferralRow = typeof referrals.$inferSelect;
