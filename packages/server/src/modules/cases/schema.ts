/**
 * The case registry (案件台账): one ledger of every administrative dispute — 行政诉讼, 行政复议 and 诉前行政争议
 * (docs/rules/cases.md#kinds) — with parties, links, timeline, deadlines, and assignments; hearings are the hearings
 * module's (modules/hearings).
 *
 * Index choices (the list must stay fast at 1,000,000 cases; no pg_trgm, so everything is a B-tree):
 * - scope by region is a prefix test on the copied `region_path` (`/329900/329902/%`): B-tree with text_pattern_ops,
 *   followed by filed_date so a county's newest cases come from one range scan;
 * - the default list order (filed_date desc, id desc) has its own index, also used for keyset pages; receivedDate,
 *   updatedAt and caseNumber sorts likewise end in id;
 * - (kind, status, filed_date desc) for the common "open litigation cases" view, and outcome for loss filters;
 * - free text (q) only uses prefix matches: the number's key (searchKey.ts: brackets and digits as one kind) and the
 *   reversed key (the number's end: 〔2026〕28号), `case_number_tail` (the number without its year, so
 *   "苏9902行初12" finds （2025）苏9902行初123号), `case_seq` for a bare number, `cause_of_action`, and the parties'
 *   names in case_parties (EXISTS, prefix index on name). No `%q%` scans.
 * - soft-deleted rows stay in the table; the unique case number and the list indexes are partial (deleted_at is
 *   null) so deleted rows neither block a re-entry nor slow the list; with the sort indexes partial, an agency clerk's
 *   page (sort index walked, EXISTS probe per row) is an index-only scan: ~50 ms at 1,000,000 cases instead of ~600.
 *
 * User ids (created_by, deleted_by, case_assignments.user_id …) carry no foreign key: the users table belongs to
 * the auth module and accounts are never hard-deleted.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns.js';
import { agencies, regions } from '../org/schema.js';
import {
  ACT_KINDS,
  ASSIGNMENT_PURPOSES,
  CASE_INSTANCES,
  CASE_KINDS,
  CASE_NUMBER_STATUSES,
  CASE_STATUSES,
  DEADLINE_STATUSES,
  DEFENDANT_ROLES,
  LINK_TYPES,
  PARTY_SIDES,
  PARTY_TYPES,
  RISK_LEVELS,
} from './constants.js';
import { numberKeySql } from './searchKey.js';

/** Partial-index predicate: lists show live rows, so their indexes skip soft-deleted ones (and allow index-only scans). */
const live = sql`deleted_at is null`;

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** 行政管理领域: a configurable list (about 50, docs/rules/cases.md#administrative-domains); seeded by `ensureAdminDomains`. */
export const adminDomains = pgTable('admin_domains', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    /** 案号, normalized by the domain parser (or the trimmed text when 待核实); null for disputes without one. */
    caseNumber: text('case_number'),
    /** The case number as typed or imported. */
    caseNumberRaw: text('case_number_raw'),
    caseNumberStatus: text('case_number_status', { enum: CASE_NUMBER_STATUSES }),
    /** The number after its year: 苏9902行初123号 — for prefix search without the year. */
    caseNumberTail: text('case_number_tail'),
    /** 收案年度 and 案件编号 of a valid number. */
    caseYear: integer('case_year'),
    caseSeq: integer('case_seq'),
    /** 审级 (from the number's type code unless given). */
    instance: text('instance', { enum: CASE_INSTANCES }),
    /** The court, or the 复议机关 for reconsiderations. */
    courtAgencyId: uuid('court_agency_id').references(() => agencies.id),
    courtCode: text('court_code'),
    /** Region of the first defendant: the county the case counts for; `region_path` copied for prefix scope. */
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    /** The first defendant agency, copied from case_parties for display and counting. */
    firstDefendantAgencyId: uuid('first_defendant_agency_id').references(() => agencies.id),
    /** 收案/收到日期 (when the government learnt of the case). */
    receivedDate: date('received_date', { mode: 'string' }),
    /** 立案日期 (复议: 受理日期; 争议: 收案日期). */
    filedDate: date('filed_date', { mode: 'string' }),
    /** 收到起诉状副本（复议申请书副本）之日: the defence period runs from it. */
    complaintReceivedDate: date('complaint_received_date', { mode: 'string' }),
    /** 案由. */
    causeOfAction: text('cause_of_action'),
    /** 被诉行政行为 and its kind. */
    contestedAct: text('contested_act'),
    actKind: text('act_kind', { enum: ACT_KINDS }),
    /** 行政管理领域 (admin_domains.code). */
    domain: text('domain').references(() => adminDomains.code),
    plaintiffCount: integer('plaintiff_count').notNull().default(1),
    amountClaimed: numeric('amount_claimed', { precision: 16, scale: 2 }),
    /** 是否涉及规范性文件附带审查 (行政诉讼法第53条). */
    normativeDocReview: boolean('normative_doc_review').notNull().default(false),
    hearingHeld: boolean('hearing_held').notNull().default(false),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('registered'),
    /** The exact outcome (domain OutcomeCategory); never a bare yes/no. */
    outcome: text('outcome'),
    outcomeDate: date('outcome_date', { mode: 'string' }),
    outcomeText: text('outcome_text'),
    /** 结案方式 as the ledger states it: judgment / ruling / withdrawn / mediated (feeds the 调撤 figures). */
    closingManner: text('closing_manner'),
    /** 败诉, derived from `outcome` by the domain (docs/rules/outcomes-and-loss.md#败诉); null while undecided. */
    governmentLost: boolean('government_lost'),
    appealed: boolean('appealed'),
    /**
     * 送达日期 of this instance's judgment or ruling: the appeal window counts from it (docs/rules/after-judgment.md#service-date);
     * recorded after judgment by the clerk, court liaison or coordinator (modules/judgments).
     */
    judgmentServedDate: date('judgment_served_date', { mode: 'string' }),
    notes: text('notes'),
    riskLevel: text('risk_level', { enum: RISK_LEVELS }).notNull().default('green'),
    /**
     * 承办人: the account handling the case (a clerk of a defendant agency or a coordinator of its county or city;
     * docs/rules/cases.md#handler); null while nobody is named. Work is measured per person by it.
     */
    handlerUserId: uuid('handler_user_id'),
    /** Optimistic concurrency: every update must name the version it read. */
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by'),
    deleteReason: text('delete_reason'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('cases_kind_number_uq').on(t.kind, t.caseNumber).where(sql`deleted_at is null`),
    index('cases_region_path_filed_idx')
      .on(t.regionPath.op('text_pattern_ops'), t.filedDate)
      .where(sql`deleted_at is null`),
    index('cases_kind_status_filed_idx').on(t.kind, t.status, t.filedDate.desc()).where(sql`deleted_at is null`),
    index('cases_filed_id_idx').on(t.filedDate.desc().nullsLast(), t.id.desc()).where(live),
    index('cases_received_id_idx').on(t.receivedDate.desc().nullsLast(), t.id.desc()).where(live),
    index('cases_updated_id_idx').on(t.updatedAt.desc(), t.id.desc()).where(live),
    index('cases_number_id_idx').on(t.caseNumber.desc().nullsLast(), t.id.desc()).where(live),
    // 案号 search by its key (searchKey.ts: any brackets): a prefix of the key, and of the reversed key for its end.
    index('cases_number_key_prefix_idx').using('btree', sql`${numberKeySql(t.caseNumber)} text_pattern_ops`),
    index('cases_number_key_suffix_idx').using('btree', sql`reverse(${numberKeySql(t.caseNumber)}) text_pattern_ops`),
    index('cases_number_tail_prefix_idx').on(t.caseNumberTail.op('text_pattern_ops')),
    index('cases_seq_idx').on(t.caseSeq),
    index('cases_cause_prefix_idx').on(t.causeOfAction.op('text_pattern_ops')),
    index('cases_outcome_idx').on(t.outcome),
    index('cases_court_idx').on(t.courtAgencyId),
    index('cases_first_defendant_idx').on(t.firstDefendantAgencyId),
    index('cases_domain_idx').on(t.domain),
    index('cases_handler_idx').on(t.handlerUserId).where(live),
  ],
);

/** 当事人: plaintiffs, defendants (agencies), third parties. ID numbers and phones are personal data (PIPL). */
export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    side: text('side', { enum: PARTY_SIDES }).notNull(),
    partyType: text('party_type', { enum: PARTY_TYPES }).notNull(),
    name: text('name').notNull(),
    /** For agency parties (defendants, 复议机关). */
    agencyId: uuid('agency_id').references(() => agencies.id),
    defendantRole: text('defendant_role', { enum: DEFENDANT_ROLES }),
    idNumber: text('id_number'),
    phone: text('phone'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('case_parties_case_idx').on(t.caseId, t.sortOrder),
    index('case_parties_agency_case_idx').on(t.agencyId, t.caseId),
    index('case_parties_name_prefix_idx').on(t.name.op('text_pattern_ops'), t.caseId),
  ],
);

/** Links between cases of the same dispute: "from" is the later case (the appeal, the lawsuit after 复议). */
export const caseLinks = pgTable(
  'case_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromCaseId: uuid('from_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    toCaseId: uuid('to_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    linkType: text('link_type', { enum: LINK_TYPES }).notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [uniqueIndex('case_links_pair_uq').on(t.fromCaseId, t.toCaseId), index('case_links_to_idx').on(t.toCaseId)],
);

/** The case timeline (时间线). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: date('at', { mode: 'string' }).notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/**
 * Deadlines on a case, computed with the domain's `computeDeadline` and the working-day calendar. `due_date` is null
 * only beyond the provisional range (the explanation says so); `recomputeOpenDeadlines` fills it in when the schedule
 * is entered. A custom due date (with a reason) overrides the computed one.
 *
 * Each deadline has an owner (docs/rules/deadlines.md#owners): `owner_type = 'case'` for the periods the case's own
 * fields give it (owner_id null: the owner is case_id; at most one per rule), or another owner on the case — a
 * hearing, a risk item, a plan step, a suggestion, a referral … (owner_id its id; `owner_key` tells apart several
 * deadlines of one rule of one owner). A case's save syncs only its own; the other owners write theirs through
 * modules/cases/deadlines/public.ts.
 */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    /**
     * The due date is 暂定: computed on a provisional calendar because its year's holiday schedule is not loaded yet
     * (weekends and statutory holidays only); cleared when a calendar change recomputes it on the official schedule.
     */
    provisional: boolean('provisional').notNull().default(false),
    explanation: text('explanation').notNull(),
    basis: text('basis').notNull(),
    customDueDate: date('custom_due_date', { mode: 'string' }),
    customReason: text('custom_reason'),
    status: text('status', { enum: DEADLINE_STATUSES }).notNull().default('open'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who the deadline belongs to: 'case' (the case's own fields), 'hearing', 'risk_item', 'plan_step' … */
    ownerType: text('owner_type').notNull().default('case'),
    /** The owner's id; null for 'case' (the owner is the case itself, case_id). */
    ownerId: uuid('owner_id'),
    /** Several deadlines of one rule of one owner are told apart by it; '' when the owner has one. */
    ownerKey: text('owner_key').notNull().default(''),
  },
  (t) => [
    // The case's own periods: one per rule (the import's set-based upsert names this index's columns and predicate).
    uniqueIndex('case_deadlines_case_rule_uq').on(t.caseId, t.ruleId).where(sql`owner_type = 'case'`),
    uniqueIndex('case_deadlines_owner_rule_uq')
      .on(t.ownerType, t.ownerId, t.ruleId, t.ownerKey)
      .where(sql`owner_type <> 'case'`),
    // Every deadline on a case, whoever owns it (the list's next due date, the detail).
    index('case_deadlines_case_idx').on(t.caseId, t.status),
    index('case_deadlines_open_due_idx').on(t.dueDate).where(sql`status = 'open'`),
    check('case_deadlines_owner_ck', sql`(owner_type = 'case') = (owner_id is null)`),
  ],
);

/** Who works on a case beyond its region/agency scope: experts (败诉评价) and the discipline commission (纪委监委). */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    purpose: text('purpose', { enum: ASSIGNMENT_PURPOSES }).notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('case_assignments_uq').on(t.caseId, t.userId, t.purpose),
    index('case_assignments_user_idx').on(t.userId, t.purpose, t.caseId),
  ],
);

/**
 * A case's documents (文书): uploaded judgments (PDF/DOCX/TXT) with what was read from them; metadata and the bytes
 * (bytea, so PGlite and PostgreSQL behave alike and a backup of the database holds everything).
 */
export const caseFiles = pgTable(
  'case_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** 'judgment' */
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** The proposal made from the text (outcome, evidence, cited numbers). */
    extracted: jsonb('extracted'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('case_files_case_idx').on(t.caseId, t.createdAt)],
);
