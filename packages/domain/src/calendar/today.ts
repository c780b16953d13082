/**
 * "Today" in China (UTC+8, no daylight saving): the date a deadline, a reminder or a timeline entry is counted from,
 * whatever the server's own time zone (docs/rules/calendar.md#working-days).
 */
import type { IsoDate } from './isoDate.js';

/** The calendar date in China at `now` (YYYY-MM-DD). */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10) as IsoDate;
}
