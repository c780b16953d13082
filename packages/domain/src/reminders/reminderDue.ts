/**
 * Deadline reminders (docs/rules/reminders.md#offsets): a reminder goes out when a deadline is a configured number of
 * working days away (default 5, 2 and 0: the day itself). Pure: the calendar is passed in.
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/isoDate.js';

/** The offsets used until a city sets its own (issue 12: "5, 2 and 0 working days away"). */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [5, 2, 0];

/**
 * Working days from `today` to `due`: the number of working days in (today, due] — 0 when the deadline is today,
 * 1 when it is the next working day; negative (-1) once it has passed. Counting stops at `cap` (a deadline further
 * away than any offset needs no exact count).
 */
export function workdaysLeft(calendar: WorkCalendar, today: IsoDate, due: IsoDate, cap = 60): number {
  if (due < today) return -1;
  let n = 0;
  let day = today;
  while (n < cap) {
    day = calendar.nextWorkday(day);
    if (day > due) break;
    n++;
  }
  return n;
}

/**
 * Which reminder is due with `left` working days to go: the smallest offset not below `left` (a reminder missed on
 * its day is not sent late beside a nearer one: with [5, 2, 0] and 1 day left, the 2-day reminder). None once the
 * deadline has passed or while it is further away than every offset.
 */
export function reminderOffsetDue(offsets: readonly number[], left: number): number | null {
  if (left < 0) return null;
  const candidates = offsets.filter((o) => Number.isInteger(o) && o >= left);
  return candidates.length ? Math.min(...candidates) : null;
}

/** Offsets as a setting may hold them: whole working days 0–30, distinct, descending. Throws on anything else. */
export function normaliseReminderOffsets(offsets: readonly number[]): number[] {
  for (const o of offsets) {
    if (!Number.isInteger(o) || o < 0 || o > 30) throw new RangeError(`提醒天数应为 0–30 的整数：${o}`);
  }
  return [...new Set(offsets)].sort((a, b) => b - a);
}
