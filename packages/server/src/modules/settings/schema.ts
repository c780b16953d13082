import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/schema.js';

/**
 * Versioned settings (配置版本): what a city configures — reminder offsets, indicator definitions, card rules, risk
 * rules, report templates. Each change is a new row (kind, version), never an update: an old version can always be
 * read, and a figure or a report records the version it used. Version 0 is the built-in default and is not stored.
 */
export const settingVersions = pgTable(
  'setting_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The kind's key, e.g. `reminders` (modules/settings/kinds). */
    kind: text('kind').notNull(),
    /** 1, 2, 3 … per kind. */
    version: integer('version').notNull(),
    value: jsonb('value').notNull(),
    /** Why it changed (required: it is what a reader of an old figure needs). */
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('setting_versions_kind_version_uq').on(t.kind, t.version),
    index('setting_versions_kind_idx').on(t.kind, t.createdAt),
  ],
);

export type SettingVersionRow = typeof settingVersions.$inferSelect;
