/**
 * The indicators' summary (README.md#summary): one row of facts per live case, with the flags the definitions' options
 * read already decided by the domain (losses under both numerators, the final result of the dispute, 是否上诉 with
 * the linked appeals, 复议后起诉 …), so every figure is a count over these rows in SQL, narrowed by a date index — no
 * scan of the registry and no law in SQL. `indicator_dirty` is the queue of cases whose row must be recomputed:
 * triggers on the registry's tables fill it in the writer's transaction (sql/dirty-triggers.sql, migration 0017), and
 * every read of figures empties it first (refresh.ts).
 *
 * No foreign keys to `cases`: a row is removed by the refresh once its case is deleted, and the triggers must not
 * depend on the order in which a transaction writes the tables.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const indicatorCaseFacts = pgTable(
  'indicator_case_facts',
  {
    caseId: uuid('case_id').primaryKey(),
    kind: text('kind').notNull(),
    /** 审级 as recorded (null: a lawsuit's first instance). */
    instance: text('instance'),
    /** A lawsuit at first instance (domain `isFirstInstance`). */
    firstInstance: boolean('first_instance').notNull(),
    /** A lawsuit of an instance that decides on the act (the loss rate's denominators). */
    deciding: boolean('deciding').notNull(),
    regionPath: text('region_path').notNull(),
    /** The county the case counts for (the second code of its path; the city's own code for a city-level case). */
    countyCode: text('county_code').notNull(),
    /** The agencies the case counts for under each co-defendant rule (domain `attributedAgencies`). */
    agenciesOriginal: uuid('agencies_original').array().notNull(),
    agenciesFirst: uuid('agencies_first').array().notNull(),
    agenciesEvery: uuid('agencies_every').array().notNull(),
    domain: text('domain'),
    causeOfAction: text('cause_of_action'),
    filedOn: date('filed_on', { mode: 'string' }),
    concludedOn: date('concluded_on', { mode: 'string' }),
    defenceDueOn: date('defence_due_on', { mode: 'string' }),
    defenceFiledOn: date('defence_filed_on', { mode: 'string' }),
    outcome: text('outcome'),
    /** Outcome flags, each the domain's reading (facts.ts): true only when the rule says true. */
    isJudgment: boolean('is_judgment').notNull(),
    appealableEnd: boolean('appealable_end').notNull(),
    ownLost: boolean('own_lost').notNull(),
    ownLostHidden: boolean('own_lost_hidden').notNull(),
    finalLost: boolean('final_lost').notNull(),
    finalLostHidden: boolean('final_lost_hidden').notNull(),
    isFinal: boolean('is_final').notNull(),
    mediatedOrWithdrawn: boolean('mediated_or_withdrawn').notNull(),
    reconsiderationCorrected: boolean('reconsideration_corrected').notNull(),
    suedAfter: boolean('sued_after').notNull(),
    appealedAny: boolean('appealed_any').notNull(),
    /** The domain's `CaseFacts` the flags were read from (the recount compares it; a snapshot keeps it). */
    facts: jsonb('facts').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('indicator_facts_filed_idx').on(t.filedOn),
    index('indicator_facts_concluded_idx').on(t.concludedOn),
    index('indicator_facts_defence_due_idx').on(t.defenceDueOn),
    index('indicator_facts_region_idx').on(t.regionPath.op('text_pattern_ops')),
  ],
);

/**
 * The summary's counts (README.md#counts): how many summary rows share every column a definition's predicate, a scope
 * or a unit reads, per month of each date a period is placed by — so a figure over whole months is a sum over a few
 * thousand rows instead of a count over the period's cases. One row per `key` (md5 of the other columns); the rows a
 * case contributes are those of the view `indicator_count_contributions` (migration 0030, sql/counts.sql): one per
 * date it has (filed, concluded, defence due: the month's first day in that column, the others null) and per unit
 * partition — `unit_by` '' (the case itself), 'instance', 'outcome', 'domain', 'cause', or the agencies under each
 * co-defendant rule ('agencies_original' | 'agencies_first' | 'agencies_every', one row per agency) with the unit in
 * `unit_key`. A flag no definition dated by that column reads is false there (predicates.ts); `open_due_on` is the
 * due day of a defence not yet filed (whether it is still open depends on the day a figure is asked).
 *
 * Kept by the refresh in the transaction that replaces the summary rows (the old rows' contribution subtracted, the
 * new ones' added); `rebuildAndCompare` checks it against a recount.
 */
export const indicatorCounts = pgTable(
  'indicator_counts',
  {
    key: text('key').primaryKey(),
    unitBy: text('unit_by').notNull(),
    unitKey: text('unit_key').notNull(),
    filedOn: date('filed_on', { mode: 'string' }),
    concludedOn: date('concluded_on', { mode: 'string' }),
    defenceDueOn: date('defence_due_on', { mode: 'string' }),
    openDueOn: date('open_due_on', { mode: 'string' }),
    regionPath: text('region_path').notNull(),
    countyCode: text('county_code').notNull(),
    kind: text('kind').notNull(),
    firstInstance: boolean('first_instance').notNull(),
    deciding: boolean('deciding').notNull(),
    isJudgment: boolean('is_judgment').notNull(),
    appealableEnd: boolean('appealable_end').notNull(),
    ownLost: boolean('own_lost').notNull(),
    ownLostHidden: boolean('own_lost_hidden').notNull(),
    finalLost: boolean('final_lost').notNull(),
    finalLostHidden: boolean('final_lost_hidden').notNull(),
    isFinal: boolean('is_final').notNull(),
    mediatedOrWithdrawn: boolean('mediated_or_withdrawn').notNull(),
    reconsiderationCorrected: boolean('reconsideration_corrected').notNull(),
    suedAfter: boolean('sued_after').notNull(),
    appealedAny: boolean('appealed_any').notNull(),
    defenceFiled: boolean('defence_filed').notNull(),
    defenceOnTime: boolean('defence_on_time').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    // The month of the row's one date, per partition: a period's rows are one range of it. Migration 0032 also
    // CLUSTERs the table on it and leaves room in each page (fillfactor 70), so a count's update stays in its page
    // (HOT: `n` is in no index) and a quarter's rows stay in few pages.
    index('indicator_counts_month_idx').on(t.unitBy, sql`coalesce(${t.concludedOn}, ${t.filedOn}, ${t.defenceDueOn})`),
  ],
);

/** Cases whose facts row is to be recomputed (filled by the triggers of migration 0017). */
export const indicatorDirty = pgTable('indicator_dirty', {
  caseId: uuid('case_id').primaryKey(),
});

/**
 * Published figures (issue 14 §Published figures): a snapshot of a period, scope and definition version with the case
 * ids behind every figure; a re-run is the next version of the same (period, scope, definition set).
 */
export const indicatorSnapshots = pgTable(
  'indicator_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `${from}|${to}|${regionCode ?? ''}|${definitionSetId}`: versions are counted per key. */
    snapshotKey: text('snapshot_key').notNull(),
    version: integer('version').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    regionCode: text('region_code'),
    definitionSetId: text('definition_set_id').notNull(),
    definitionVersion: integer('definition_version').notNull(),
    /** The figures as computed, each with `numeratorCaseIds` and `denominatorCaseIds`. */
    figures: jsonb('figures').notNull(),
    /** Against the previous version: per figure the counts before and after and the case ids added and removed. */
    differences: jsonb('differences'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [uniqueIndex('indicator_snapshots_key_version_uq').on(t.snapshotKey, t.version)],
);

export type IndicatorFactsRow = typeof indicatorCaseFacts.$inferInsert;
