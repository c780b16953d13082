import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Regions (行政区划): city → county/district → town, keyed by the GB/T 2260 code (6 digits; towns 9 digits).
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'town'] }).notNull(),
    parentCode: text('parent_code'),
    /** Materialised path of codes from the root, e.g. `/320800/320803/`, so "region and everything below" is a prefix test. */
    path: text('path').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_path_idx').on(t.path)],
);

export const AGENCY_KINDS = ['department', 'town', 'reconsideration_body', 'court', 'procuratorate', 'other'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Agencies (行政机关/乡镇/复议机关/法院): every agency sits in one region. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** Courts only: the court code of case numbers, e.g. 苏0803. */
    courtCode: text('court_code'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agencies_region_idx').on(t.regionCode), index('agencies_court_code_idx').on(t.courtCode)],
);

export const HEAD_ROLES = ['principal', 'deputy', 'in_charge'] as const;
export type HeadRole = (typeof HEAD_ROLES)[number];

/**
 * Agency heads (负责人): 正职 (principal), 副职 (deputy), or the deputy in charge of the matter (分管, in_charge).
 * Only these count for 负责人出庭应诉 (SPC rules on heads appearing in court, 2020, art. 2;
 * docs/rules/head-appearance.md#who-counts). Maintained by coordinators (org.manage) in their region; a head leaving
 * office is deactivated, never deleted, so past appearances keep their name.
 */
export const agencyHeads = pgTable(
  'agency_heads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    /** 职务 as the agency writes it, e.g. 局长, 副局长, 镇长. */
    title: text('title').notNull(),
    headRole: text('head_role', { enum: HEAD_ROLES }).notNull(),
    /** 分管事项: the matters this head is in charge of (text list), e.g. 行政执法, 信访. */
    matters: text('matters').array().notNull().default(sql`'{}'::text[]`),
    /** Mobile or landline for reminders; personal data, masked for roles without need (platform/auth/masking.ts). */
    phone: text('phone'),
    /**
     * The head's own login (role agency_head), if any. No foreign key: users/schema.ts references this module's
     * tables, a reference back would make the two schema files a cycle; the org service checks the account exists.
     */
    userId: uuid('user_id'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('agency_heads_agency_idx').on(t.agencyId),
    uniqueIndex('agency_heads_user_active_uq').on(t.userId).where(sql`user_id is not null and active`),
  ],
);
