/**
 * The mediation module's tables (docs/rules/mediation.md): a dispute taken in by the 行政争议化解中心 with its stage,
 * state, mediator, result and the case that followed; and its sessions (调解: date, participants, notes).
 *
 * User ids carry no foreign key, as elsewhere: accounts are never hard-deleted. A mediation keeps the numbers of the
 * cases it names, since a mediator reads no case file.
 */
import { MEDIATION_STAGES, MEDIATION_STATES } from '@shuangjiang/domain';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns.js';
import { cases } from '../cases/schema.js';
import { agencies } from '../org/schema.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export interface MediationApplicant {
  name: string;
  partyType: 'person' | 'organization';
}

export const mediations = pgTable(
  'mediations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stage: text('stage', { enum: MEDIATION_STAGES }).notNull(),
    state: text('state', { enum: MEDIATION_STATES }).notNull().default('received'),
    applicants: jsonb('applicants').$type<MediationApplicant[]>().notNull(),
    /** The agency the dispute is with; the mediation's region is its region (scope). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    regionPath: text('region_path').notNull(),
    /** What the dispute is about (争议事项) and what the applicant asks. */
    subject: text('subject').notNull(),
    request: text('request'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** The case the mediation takes place in (诉中), when registered. */
    linkedCaseId: uuid('linked_case_id').references(() => cases.id, { onDelete: 'set null' }),
    linkedCaseNumber: text('linked_case_number'),
    refusalReason: text('refusal_reason'),
    mediatorUserId: uuid('mediator_user_id'),
    mediatorName: text('mediator_name'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    resultOn: date('result_on', { mode: 'string' }),
    /** The agreement's terms (达成调解协议), why it failed, or the withdrawal's note. */
    resultSummary: text('result_summary'),
    /** An agreement in a 诉中 mediation linked to a case: counts in the case's 调撤 (docs/rules/mediation.md#settlement). */
    countsAsSettlement: boolean('counts_as_settlement').notNull().default(false),
    /** The 复议 or lawsuit that followed a failed mediation (docs/rules/mediation.md#hand-over). */
    becameCaseId: uuid('became_case_id').references(() => cases.id, { onDelete: 'set null' }),
    becameCaseNumber: text('became_case_number'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('mediations_region_idx').on(t.regionPath),
    index('mediations_state_idx').on(t.state, t.receivedOn),
    index('mediations_linked_case_idx').on(t.linkedCaseId),
  ],
);
export type MediationRow = typeof mediations.$inferSelect;

export const mediationSessions = pgTable(
  'mediation_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mediationId: uuid('mediation_id')
      .notNull()
      .references(() => mediations.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    participants: text('participants').array().notNull(),
    notes: text('notes').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    createdAt: stamp('created_at'),
  },
  (t) => [index('mediation_sessions_mediation_idx').on(t.mediationId, t.heldOn)],
);
export type MediationSessionRow = typeof mediationSessions.$inferSelect;

/**
 * The signed agreement (调解协议书) of an agreed mediation, as uploaded (docs/rules/mediation.md#agreement); several
 * files may be kept (a scan and its annex), the newest first.
 */
export const mediationFiles = pgTable(
  'mediation_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mediationId: uuid('mediation_id')
      .notNull()
      .references(() => mediations.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: stamp('created_at'),
  },
  (t) => [index('mediation_files_owner_idx').on(t.mediationId, t.createdAt)],
);
export type MediationFileRow = typeof mediationFiles.$inferSelect;
