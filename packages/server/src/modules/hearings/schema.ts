/**
 * The hearings module's tables (README.md): a case's hearings (开庭/询问/调解/宣判) with their status history, who was
 * designated and who appeared for the defendant, and the heads' 不出庭说明. Rules: docs/rules/head-appearance.md.
 *
 * User ids (created_by, changed_by …) carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema.js';
import { agencies, agencyHeads, HEAD_ROLES } from '../org/schema.js';
import {
  ABSENCE_STATUSES,
  APPEARANCE_ROLES,
  HEARING_KINDS,
  HEARING_MODES,
  HEARING_STATUSES,
  MUST_APPEAR_REASONS,
} from './constants.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** One sitting of the court on a case (a case row is one instance, so "per instance" is "per case"). */
export const hearings = pgTable(
  'hearings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: HEARING_KINDS }).notNull().default('trial'),
    mode: text('mode', { enum: HEARING_MODES }).notNull().default('in_person'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    courtroom: text('courtroom'),
    status: text('status', { enum: HEARING_STATUSES }).notNull().default('scheduled'),
    /** Why the head must appear in person (constants.ts MUST_APPEAR_REASONS), flagged as the hearing is entered. */
    mustAppearReasons: text('must_appear_reasons', { enum: MUST_APPEAR_REASONS })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** Optimistic concurrency: every change (the hearing, its status, its appearances) names the version it read. */
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
  },
  (t) => [index('hearings_case_idx').on(t.caseId, t.scheduledAt), index('hearings_scheduled_idx').on(t.scheduledAt)],
);

/** Every status change of a hearing (and its entry): who, when, from → to, why; a postponement's old and new time. */
export const hearingStatusChanges = pgTable(
  'hearing_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    at: stamp('at'),
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    /** Null for the hearing's entry. */
    fromStatus: text('from_status', { enum: HEARING_STATUSES }),
    toStatus: text('to_status', { enum: HEARING_STATUSES }).notNull(),
    fromScheduledAt: timestamp('from_scheduled_at', { withTimezone: true }),
    toScheduledAt: timestamp('to_scheduled_at', { withTimezone: true }),
    reason: text('reason').notNull(),
  },
  (t) => [index('hearing_status_changes_hearing_idx').on(t.hearingId, t.at)],
);

/**
 * Who was designated to appear and who appeared for the defendant (负责人出庭应诉): a head from org's list (head_id,
 * with the head's role and agency as they were then), 应诉 staff or a lawyer (name only). Whether it counts is the
 * domain's decision (docs/rules/head-appearance.md#who-counts), computed when read, never stored.
 */
export const hearingAppearances = pgTable(
  'hearing_appearances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    role: text('role', { enum: APPEARANCE_ROLES }).notNull(),
    /** The head (role 'head'); null for staff and lawyers, and for heads recorded by name before the heads list. */
    headId: uuid('head_id').references(() => agencyHeads.id),
    name: text('name').notNull(),
    /** 职务 (a head's, the staff's) or the law firm (a lawyer's). */
    title: text('title'),
    /** A head's 正职/副职/分管 when recorded. */
    headRole: text('head_role', { enum: HEAD_ROLES }),
    /** The agency the person appears for (a head's own agency, copied when recorded). */
    agencyId: uuid('agency_id').references(() => agencies.id),
    designated: boolean('designated').notNull().default(false),
    appeared: boolean('appeared').notNull().default(false),
    /** 出声: spoke on resolving the dispute (负责人出庭规定第11条第3款). */
    spoke: boolean('spoke').notNull().default(false),
    /** 身份证明 filed with the court before the hearing (负责人出庭规定第6条). */
    identityProofFiled: boolean('identity_proof_filed').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('hearing_appearances_hearing_idx').on(t.hearingId, t.sortOrder),
    index('hearing_appearances_head_idx').on(t.headId),
  ],
);

/**
 * 不出庭说明: a head who cannot attend, the statutory reason (the domain's code), the deputy sent instead; filed by
 * the clerk, approved (备案) or returned by a coordinator before the hearing.
 */
export const hearingAbsences = pgTable(
  'hearing_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    headId: uuid('head_id')
      .notNull()
      .references(() => agencyHeads.id),
    reasonCode: text('reason_code').notNull(),
    reasonText: text('reason_text'),
    deputyName: text('deputy_name').notNull(),
    deputyTitle: text('deputy_title'),
    deputyHeadId: uuid('deputy_head_id').references(() => agencyHeads.id),
    status: text('status', { enum: ABSENCE_STATUSES }).notNull().default('filed'),
    filedBy: uuid('filed_by'),
    filedAt: stamp('filed_at'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('hearing_absences_hearing_idx').on(t.hearingId), index('hearing_absences_status_idx').on(t.status)],
);

/**
 * The court's evaluation of a head's appearance (负责人出庭规定第14条; issue 13 §At and after the hearing): prepared,
 * spoke on the merits, respected the court, each 1–5, and a comment — by the court liaison, one per head and hearing
 * (kept by head, so it survives a re-entry of the appearance list).
 */
export const hearingEvaluations = pgTable(
  'hearing_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    headId: uuid('head_id')
      .notNull()
      .references(() => agencyHeads.id),
    prepared: smallint('prepared').notNull(),
    spokeOnMerits: smallint('spoke_on_merits').notNull(),
    respectedCourt: smallint('respected_court').notNull(),
    comment: text('comment'),
    evaluatedBy: uuid('evaluated_by'),
    evaluatedAt: stamp('evaluated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('hearing_evaluations_hearing_head_uq').on(t.hearingId, t.headId),
    index('hearing_evaluations_head_idx').on(t.headId),
    check(
      'hearing_evaluations_scores_ck',
      sql`${t.prepared} between 1 and 5 and ${t.spokeOnMerits} between 1 and 5 and ${t.respectedCourt} between 1 and 5`,
    ),
  ],
);

/**
 * A head's confirmation that they will attend (我的开庭, one tap on the phone): who (the head, and the account that
 * tapped) and when, for the hearing's time as it then stood. Cleared when the hearing is rescheduled, postponed or
 * cancelled, or when a 不出庭说明 is filed for the head: it confirmed that time, not another.
 */
export const hearingConfirmations = pgTable(
  'hearing_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    headId: uuid('head_id')
      .notNull()
      .references(() => agencyHeads.id),
    /** The hearing's time the head confirmed. */
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    confirmedBy: uuid('confirmed_by').notNull(),
    confirmedAt: stamp('confirmed_at'),
  },
  (t) => [uniqueIndex('hearing_confirmations_hearing_head_uq').on(t.hearingId, t.headId)],
);

export type HearingRow = typeof hearings.$inferSelect;
export type EvaluationRow = typeof hearingEvaluations.$inferSelect;
export type ConfirmationRow = typeof hearingConfirmations.$inferSelect;
export type HearingStatusChangeRow = typeof hearingStatusChanges.$inferSelect;
export type AppearanceRow = typeof hearingAppearances.$inferSelect;
export type AbsenceRow = typeof hearingAbsences.$inferSelect;

/**
 * A user's secret iCalendar feed (订阅到手机日历): one per user, the token's SHA-256 only (as sessions keep theirs),
 * replaced when rotated and deleted when revoked. Its URL is the token; whoever has it sees the user's hearings'
 * times and places (never parties' ID numbers or phones), so it is revocable and shown only when made.
 */
export const hearingFeedTokens = pgTable('hearing_feed_tokens', {
  userId: uuid('user_id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: stamp('created_at'),
  /** When a calendar last fetched it (at most once a minute written): the user sees the subscription is in use. */
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});
export type FeedTokenRow = typeof hearingFeedTokens.$inferSelect;
