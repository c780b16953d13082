/**
 * The ONE loader of the working-day calendar in force (docs/rules/calendar.md#working-days): the bundled official schedule (domain
 * `officialSchedule`, 2019–2026), with every year stored in `holiday_years` added or replacing the bundled one, plus
 * the administrators' day corrections (`calendar_overrides`). The case registry computes every deadline with it, and
 * the calendar routes answer from it, so the two can never disagree.
 */
import {
  type CalendarOptions,
  createCalendar,
  type DayOverride,
  type HolidaySchedule,
  type HolidayYear,
  officialSchedule,
  type WorkCalendar,
} from '@shuangjiang/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { calendarOverrides, holidayYears } from './schema.js';

/** Where a covered year's schedule comes from: bundled with the software, or entered by an administrator. */
export type YearOrigin = 'official' | 'stored';

export interface CalendarYearInfo extends HolidayYear {
  origin: YearOrigin;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export interface CalendarData {
  schedule: HolidaySchedule;
  years: CalendarYearInfo[];
  overrides: (DayOverride & { createdAt: Date; createdBy: string | null })[];
}

/** Pure: the bundled schedule with stored years added or replacing bundled ones, ascending by year. */
export function mergeSchedule(
  stored: readonly { year: number; days: HolidayYear['days']; papers: readonly string[]; note: string | null }[],
  official: HolidaySchedule = officialSchedule,
): CalendarYearInfo[] {
  const byYear = new Map<number, CalendarYearInfo>();
  for (const y of official.years) byYear.set(y.year, { ...y, origin: 'official', updatedAt: null, updatedBy: null });
  for (const s of stored) {
    byYear.set(s.year, {
      year: s.year,
      days: s.days,
      source: { papers: [...s.papers], ...(s.note ? { note: s.note } : {}) },
      origin: 'stored',
      updatedAt: null,
      updatedBy: null,
    });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The calendar's data as stored: the effective schedule (with each year's origin) and the overrides. */
export async function loadCalendarData(db: DbOrTx): Promise<CalendarData> {
  const [stored, overrideRows] = await Promise.all([
    db.select().from(holidayYears),
    db.select().from(calendarOverrides).orderBy(calendarOverrides.date),
  ]);
  const years = mergeSchedule(stored);
  const meta = new Map(stored.map((s) => [s.year, s]));
  for (const y of years) {
    const m = meta.get(y.year);
    if (m) {
      y.updatedAt = m.updatedAt;
      y.updatedBy = m.updatedBy;
    }
  }
  return {
    schedule: { years },
    years,
    overrides: overrideRows.map((r) => ({
      date: r.date,
      workday: r.workday,
      name: r.name,
      reason: r.reason,
      createdAt: r.createdAt,
      createdBy: r.createdBy,
    })),
  };
}

/**
 * The working-day calendar in force. `{ provisional: true }` answers a year not covered yet from weekends and the
 * statutory holidays (for deadlines, marked 暂定); without it such a year is CALENDAR_YEAR_NOT_COVERED.
 */
export async function loadCalendar(db: DbOrTx, options: CalendarOptions = {}): Promise<WorkCalendar> {
  const data = await loadCalendarData(db);
  return createCalendar(data.schedule, data.overrides, options);
}
