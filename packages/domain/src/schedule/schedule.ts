/**
 * Recurring schedules in China time (UTC+8 all year, no daylight saving): when a recurring task is due, and the period
 * an occurrence belongs to. The period key makes a run unique per period (the job's idempotency key carries it), so
 * two server processes on one database run each occurrence once. Pure: the instant and the working-day calendar are
 * passed in (docs/rules/schedules.md).
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import {
  dayNumberToIso,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  isoToDayNumber,
  parseIsoDate,
} from '../calendar/isoDate.js';

/** China Standard Time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type ScheduleSpec =
  /** Every minute, on the minute. */
  | { every: 'minute' }
  /** Every day at `at` (HH:MM, China time). */
  | { every: 'day'; at: string }
  /** On `day` (1–28) of each month at `at`; `months` (1–12) limits it to some months. */
  | { every: 'month'; day: number; at: string; months?: readonly number[] }
  /**
   * On the first working day after each quarter ends (the day after 03-31, 06-30, 09-30, 12-31, skipping holidays and
   * weekends, counting 调休上班 Saturdays and Sundays as working days), at `at`. Needs the working-day calendar.
   */
  | { every: 'quarter-first-workday'; at: string };

export interface Occurrence {
  /** The instant the occurrence is due. */
  at: Date;
  /**
   * The period it belongs to, in China time: `2026-11-30T08:00` (minute), `2026-11-30` (day), `2026-11` (month),
   * `2025-Q3` (the quarter that ended).
   */
  period: string;
}

export class ScheduleSpecError extends Error {
  readonly code = 'SCHEDULE_SPEC_INVALID' as const;
}

/** A China-time wall clock reading of an instant. */
export interface ChinaTime {
  date: IsoDate;
  /** Minutes since midnight, 0–1439. */
  minute: number;
}

export function chinaTime(instant: Date): ChinaTime {
  const local = instant.getTime() + CHINA_OFFSET_MS;
  const dayNumber = Math.floor(local / DAY_MS);
  return { date: dayNumberToIso(dayNumber), minute: Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS) };
}

/** The instant of a China-time date and minute of the day. */
export function chinaInstant(date: IsoDate, minute: number): Date {
  return new Date(isoToDayNumber(date) * DAY_MS + minute * MINUTE_MS - CHINA_OFFSET_MS);
}

function parseAt(at: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at);
  if (!m) throw new ScheduleSpecError(`时间格式应为 HH:MM（00:00–23:59）：${at}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Checks a spec; throws ScheduleSpecError naming what is wrong. */
export function validateSchedule(spec: ScheduleSpec): void {
  if (spec.every === 'minute') return;
  parseAt(spec.at);
  if (spec.every === 'month') {
    if (!Number.isInteger(spec.day) || spec.day < 1 || spec.day > 28)
      throw new ScheduleSpecError(`每月执行日应为 1–28：${spec.day}`);
    for (const m of spec.months ?? [])
      if (!Number.isInteger(m) || m < 1 || m > 12) throw new ScheduleSpecError(`月份应为 1–12：${m}`);
  }
}

/**
 * The first working day after the quarter `quarter` (1–4) of `year` ends: 2025 Q3 ends 09-30, 10-01..10-08 are the
 * National Day holiday, so 2025-10-09.
 */
export function firstWorkdayAfterQuarter(year: number, quarter: number, calendar: WorkCalendar): IsoDate {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new ScheduleSpecError(`季度应为 1–4：${quarter}`);
  const endMonth = quarter * 3;
  return calendar.nextWorkday(formatIsoDate({ year, month: endMonth, day: daysInMonth(year, endMonth) }));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function needCalendar(calendar: WorkCalendar | undefined): WorkCalendar {
  if (!calendar) throw new ScheduleSpecError('“每季度首个工作日”需要工作日历');
  return calendar;
}

/** Occurrences of a month or quarter schedule around a given month index (year * 12 + month - 1), ascending. */
function candidates(spec: ScheduleSpec, monthIndex: number, calendar: WorkCalendar | undefined): Occurrence[] {
  const out: Occurrence[] = [];
  if (spec.every === 'month') {
    const minute = parseAt(spec.at);
    for (let i = monthIndex - 12; i <= monthIndex + 12; i++) {
      const year = Math.floor(i / 12);
      const month = i - year * 12 + 1;
      if (spec.months && !spec.months.includes(month)) continue;
      out.push({
        at: chinaInstant(formatIsoDate({ year, month, day: spec.day }), minute),
        period: `${year}-${pad2(month)}`,
      });
    }
  } else if (spec.every === 'quarter-first-workday') {
    const minute = parseAt(spec.at);
    const cal = needCalendar(calendar);
    const q0 = Math.floor(monthIndex / 3);
    for (let q = q0 - 2; q <= q0 + 2; q++) {
      const year = Math.floor(q / 4);
      const quarter = q - year * 4 + 1;
      out.push({
        at: chinaInstant(firstWorkdayAfterQuarter(year, quarter, cal), minute),
        period: `${year}-Q${quarter}`,
      });
    }
  }
  return out;
}

function monthIndexOf(instant: Date): number {
  const { year, month } = parseIsoDate(chinaTime(instant).date);
  return year * 12 + month - 1;
}

/** The latest occurrence due at or before `now`; null when the schedule has none within a year before it. */
export function latestOccurrence(spec: ScheduleSpec, now: Date, calendar?: WorkCalendar): Occurrence | null {
  validateSchedule(spec);
  const t = chinaTime(now);
  switch (spec.every) {
    case 'minute': {
      const hh = Math.floor(t.minute / 60);
      return { at: chinaInstant(t.date, t.minute), period: `${t.date}T${pad2(hh)}:${pad2(t.minute % 60)}` };
    }
    case 'day': {
      const minute = parseAt(spec.at);
      const date = t.minute >= minute ? t.date : dayNumberToIso(isoToDayNumber(t.date) - 1);
      return { at: chinaInstant(date, minute), period: date };
    }
    default: {
      const due = candidates(spec, monthIndexOf(now), calendar).filter((o) => o.at.getTime() <= now.getTime());
      return due.at(-1) ?? null;
    }
  }
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(spec: ScheduleSpec, after: Date, calendar?: WorkCalendar): Occurrence {
  validateSchedule(spec);
  switch (spec.every) {
    case 'minute': {
      const next = new Date(Math.floor(after.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS);
      return latestOccurrence(spec, next)!;
    }
    case 'day': {
      const minute = parseAt(spec.at);
      const t = chinaTime(after);
      const today = chinaInstant(t.date, minute);
      const date = today.getTime() > after.getTime() ? t.date : dayNumberToIso(isoToDayNumber(t.date) + 1);
      return { at: chinaInstant(date, minute), period: date };
    }
    default: {
      const next = candidates(spec, monthIndexOf(after), calendar).find((o) => o.at.getTime() > after.getTime());
      if (!next) throw new ScheduleSpecError('一年内没有下一次执行时间');
      return next;
    }
  }
}

/** Parses an instant with an explicit offset or Z (`2026-11-30T08:00:00+08:00`); null when it is not one. */
export function parseInstant(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}
