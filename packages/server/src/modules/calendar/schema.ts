/**
 * The working-day calendar's stored data (docs/rules/calendar.md#schedule-as-data). The bundled official schedule (2019–2026, domain
 * `officialSchedule`) needs no table; a year published later (each November/December for the next year), or an
 * administrator's corrected copy of a bundled year, is a row of `holiday_years` and replaces the bundled year.
 * Day corrections (a local closure, a late notice) are rows of `calendar_overrides`. Only this module reads and writes
 * them (loader.ts, service.ts); other modules ask for the calendar through public.ts.
 */
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One day of a year's schedule, holiday-cn format: isOffDay=false is 调休上班. */
export interface StoredHolidayDay {
  name: string;
  date: string;
  isOffDay: boolean;
}

export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  /** The days in holiday-cn format, sorted by date. */
  days: jsonb('days').$type<StoredHolidayDay[]>().notNull(),
  /** The State Council notices (gov.cn addresses) the year was built from. */
  papers: jsonb('papers').$type<string[]>().notNull(),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Administrators' corrections to the official holiday schedule (a local closure, a late notice). */
export const calendarOverrides = pgTable('calendar_overrides', {
  date: date('date', { mode: 'string' }).primaryKey(),
  workday: boolean('workday').notNull(),
  name: text('name').notNull(),
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
