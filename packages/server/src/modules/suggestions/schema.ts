/**
 * The suggestions module's tables (README.md, docs/rules/suggestions.md): suggestions received (司法建议, 检察建议,
 * 复议意见书/建议书, 执法监督建议) with their files (the document, the reply), the typical-case library (典型案例,
 * anonymised when written) and the training / trial-observation register with its attendees.
 *
 * Files are kept here as bytea (as case_files are): the documents module's upload store is tied to cases. User ids
 * carry no foreign key, as elsewhere: accounts are never hard-deleted.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns.js';
import { agencies } from '../org/schema.js';
import { FILE_PURPOSES, SUGGESTION_KINDS, TRAINING_KINDS, TYPICAL_CASE_STATUSES } from './constants.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: SUGGESTION_KINDS }).notNull(),
    /** 发出机关: the court, procuratorate, reconsideration body … */
    issuer: text('issuer').notNull(),
    /** 文号 of the document, when it has one. */
    docNumber: text('doc_number'),
    title: text('title').notNull(),
    summary: text('summary'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** The reply date the document itself sets (建议书所定期限). */
    statedDue: date('stated_due', { mode: 'string' }),
    /** Computed at registration (docs/rules/suggestions.md#reply-periods); null: the kind has no period configured. */
    due: date('due', { mode: 'string' }),
    dueFrom: text('due_from').notNull(),
    dueBasis: text('due_basis').notNull(),
    /** The agency that must answer; its region path is copied for scope. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    regionPath: text('region_path').notNull(),
    /** The case it arose from, if any (no foreign key: a suggestion outlives a deleted case). */
    caseId: uuid('case_id'),
    repliedOn: date('replied_on', { mode: 'string' }),
    replySummary: text('reply_summary'),
    repliedBy: uuid('replied_by'),
    repliedByName: text('replied_by_name'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('suggestions_agency_idx').on(t.agencyId, t.due),
    index('suggestions_region_idx').on(t.regionPath, t.receivedOn),
    index('suggestions_open_due_idx').on(t.due).where(sql`replied_on is null`),
  ],
);

export const suggestionFiles = pgTable(
  'suggestion_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: FILE_PURPOSES }).notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: stamp('created_at'),
  },
  (t) => [index('suggestion_files_owner_idx').on(t.suggestionId, t.createdAt)],
);

export interface TypicalCaseParty {
  side: string;
  /** Already masked for a natural person (docs/rules/personal-data.md#masking). */
  name: string;
}

export const typicalCases = pgTable(
  'typical_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** The year of the compilation it belongs to. */
    year: integer('year').notNull(),
    status: text('status', { enum: TYPICAL_CASE_STATUSES }).notNull().default('draft'),
    caseId: uuid('case_id'),
    caseNumber: text('case_number'),
    /** Organisations by name, natural persons masked. */
    parties: jsonb('parties').$type<TypicalCaseParty[]>().notNull().default(sql`'[]'::jsonb`),
    /** 行政管理领域 (the cases' administrative domain names). */
    domain: text('domain'),
    /** Loss reason codes (docs/rules/accountability.md#reasons). */
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    summary: text('summary').notNull(),
    lesson: text('lesson').notNull(),
    /** The author's region: coordinators write within it. */
    regionPath: text('region_path').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [index('typical_cases_year_idx').on(t.year, t.status)],
);

export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: TRAINING_KINDS }).notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    note: text('note'),
    /** The organiser's region (scope of who sees and edits the record). */
    regionPath: text('region_path').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: stamp('created_at'),
  },
  (t) => [index('trainings_held_idx').on(t.heldOn, t.kind)],
);

export const trainingAttendees = pgTable(
  'training_attendees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The person, by name (and account when they have one); null: the agency attended, names not recorded. */
    personName: text('person_name'),
    userId: uuid('user_id'),
  },
  (t) => [
    index('training_attendees_agency_idx').on(t.agencyId),
    uniqueIndex('training_attendees_uq').on(t.trainingId, t.agencyId, t.personName),
  ],
);
