/**
 * Use cases of the working-day calendar (工作日历, docs/rules/calendar.md). Every change (a year's schedule added or replaced, a
 * day corrected or its correction removed) runs in ONE transaction that writes the data, re-computes what depends on
 * the days it changed (every registered dependent, dependents.ts: the deadlines of every owner today) and writes the
 * audit row, so a deadline never shows a date computed from a calendar that was not committed. Calendar changes are serialized with a
 * transaction-level advisory lock: a second change waits, then re-computes on top of the first.
 */
import {
  CalendarDataError,
  CalendarYearNotCoveredError,
  createCalendar,
  type DayInfo,
  type DayOverride,
  type IsoDate,
  todayInChina,
} from '@shuangjiang/domain';
import { eq, sql } from 'drizzle-orm';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { countProvisionalDependents, fillPendingDependents, recomputeDependents } from './dependents.js';
import type { HolidayYearBody, OverrideBody } from './dto.js';
import { type CalendarData, loadCalendar, loadCalendarData } from './loader.js';
import { calendarOverrides, holidayYears, type StoredHolidayDay } from './schema.js';

export interface CalendarContext {
  principal: Principal;
  actor: AuditActor;
}

/** Arbitrary constant key of the advisory lock that serializes calendar changes. */
const CALENDAR_LOCK_KEY = 7_305_002_016;

async function lockCalendar(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK_KEY})`);
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

export async function listYears(db: DbOrTx) {
  const data = await loadCalendarData(db);
  const overridesByYear = new Map<number, number>();
  for (const o of data.overrides) {
    const y = Number(o.date.slice(0, 4));
    overridesByYear.set(y, (overridesByYear.get(y) ?? 0) + 1);
  }
  return {
    items: data.years.map((y) => ({
      year: y.year,
      origin: y.origin,
      papers: [...(y.source?.papers ?? [])],
      note: y.source?.note ?? null,
      holidayCount: y.days.filter((d) => d.isOffDay && d.date.startsWith(`${y.year}-`)).length,
      makeupWorkdayCount: y.days.filter((d) => !d.isOffDay && d.date.startsWith(`${y.year}-`)).length,
      overrideCount: overridesByYear.get(y.year) ?? 0,
      updatedAt: y.updatedAt?.toISOString() ?? null,
    })),
    /** Years with overrides but no schedule yet: the overrides wait for the year (dormant). */
    uncoveredOverrideYears: [...overridesByYear.keys()]
      .filter((y) => !data.years.some((c) => c.year === y))
      .sort((a, b) => a - b),
  };
}

export interface CalendarDayOut {
  date: string;
  workday: boolean;
  kind: DayInfo['kind'];
  reason: string;
  name: string | null;
  /** The day is an administrator's correction (it can be removed). */
  override: { workday: boolean; name: string; reason: string; createdAt: string } | null;
}

/** Every non-ordinary day of a year (holidays, 调休上班, corrections) with the reason the calendar gives. */
export async function listDays(db: DbOrTx, year: number) {
  const data = await loadCalendarData(db);
  const calendar = createCalendar(data.schedule, data.overrides);
  const y = data.years.find((x) => x.year === year);
  const prefix = `${year}-`;
  const overrides = new Map(data.overrides.filter((o) => o.date.startsWith(prefix)).map((o) => [o.date, o]));
  const dates = new Set<string>([...(y?.days ?? []).map((d) => d.date).filter((d) => d.startsWith(prefix))]);
  for (const d of overrides.keys()) dates.add(d);
  const days: CalendarDayOut[] = [...dates].sort().map((date) => {
    const o = overrides.get(date);
    const override = o
      ? { workday: o.workday, name: o.name, reason: o.reason, createdAt: o.createdAt.toISOString() }
      : null;
    if (!y) {
      // A dormant override in a year not covered yet: shown as entered.
      return {
        date,
        workday: o!.workday,
        kind: 'override',
        reason: `${o!.name}${o!.workday ? '上班' : '放假'}（人工调整：${o!.reason}，${year}年放假安排录入后生效）`,
        name: o!.name,
        override,
      };
    }
    const info = calendar.dayInfo(date as IsoDate);
    return { date, workday: info.workday, kind: info.kind, reason: info.reason, name: info.name ?? null, override };
  });
  return {
    year,
    covered: !!y,
    origin: y?.origin ?? null,
    papers: [...(y?.source?.papers ?? [])],
    note: y?.source?.note ?? null,
    days,
  };
}

/** What a date is: working day or not, and why. A date in a year not covered is 422 CALENDAR_YEAR_NOT_COVERED. */
export async function checkDate(db: DbOrTx, date: string) {
  const calendar = await loadCalendar(db);
  try {
    const info = calendar.dayInfo(date as IsoDate);
    return { date: info.date, workday: info.workday, kind: info.kind, reason: info.reason, name: info.name ?? null };
  } catch (err) {
    if (err instanceof CalendarYearNotCoveredError) {
      throw new AppError('CALENDAR_YEAR_NOT_COVERED', err.message, {
        year: err.year,
        coveredYears: [...err.coveredYears],
      });
    }
    throw err;
  }
}

/** Who is told that a year's schedule is missing: those who enter it or chase it (administrators, coordinators). */
const NOTICE_ROLES: ReadonlySet<string> = new Set(['admin', 'city_coordinator', 'county_coordinator']);

/**
 * The year whose schedule is missing on `today`: the current year's, or from November on the next year's (published
 * by the State Council in November/December); null when both are there. Read by the notice and the warning job.
 */
export async function missingScheduleYear(db: DbOrTx, today: IsoDate): Promise<number | null> {
  const covered = new Set((await loadCalendarData(db)).years.map((y) => y.year));
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return !covered.has(year) ? year : month >= 11 && !covered.has(year + 1) ? year + 1 : null;
}

/**
 * Computed on read: a missing schedule (missingScheduleYear), told to administrators and coordinators with the number
 * of open deadlines that carry a 暂定 date meanwhile. (Administrators are also notified by the job `calendar.missing-year`.)
 */
export async function calendarNotice(db: DbOrTx, principal: Principal, today = todayInChina()) {
  const none = { show: false, year: null, provisionalDeadlines: 0 };
  if (!NOTICE_ROLES.has(principal.role)) return none;
  const missing = await missingScheduleYear(db, today);
  if (missing === null) return none;
  return { show: true, year: missing, provisionalDeadlines: await countProvisionalDependents(db) };
}

// ---------------------------------------------------------------------------------------------------------------
// Changes

/**
 * At start: open deadlines still without a due date (stored before provisional dates existed) get their 暂定 date.
 * Serialized with calendar changes; a no-op (one indexed query) once done.
 */
export async function fillPendingAtStart(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await lockCalendar(tx);
    const data = await loadCalendarData(tx);
    return fillPendingDependents(tx, createCalendar(data.schedule, data.overrides, { provisional: true }));
  });
}

/**
 * The nightly recompute (schedule `calendar.recompute`, jobs.ts): every open dated item of every dependent (the
 * deadlines of every owner) against the calendar in force, in the job's transaction, serialized with calendar
 * changes. Catches what no change triggered (a dependent registered later, a row written by an older version).
 * Returns how many dates moved.
 */
export async function recomputeAllDependents(tx: DbOrTx): Promise<number> {
  await lockCalendar(tx);
  const data = await loadCalendarData(tx);
  return recomputeDependents(tx, createCalendar(data.schedule, data.overrides, { provisional: true }));
}

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The effective calendar after a change, or 400 naming the conflict (a day both off and working, …). Provisional for
 * years still not covered, as deadlines are computed (loader.ts loadCalendar with `provisional: true`): their dates stay 暂定.
 */
function calendarOf(data: Pick<CalendarData, 'schedule'>, overrides: readonly DayOverride[]) {
  try {
    return createCalendar(data.schedule, overrides, { provisional: true });
  } catch (err) {
    if (err instanceof CalendarDataError)
      throw validationFailed([{ field: 'days', message: err.message }], err.message);
    throw err;
  }
}

/**
 * Validates a year's schedule in holiday-cn format. Every date must be a real date in `year`, at most once; names are
 * required. Errors are Chinese and name the row (1-based, as in the pasted file's `days` list).
 */
export function validateYear(year: number, body: HolidayYearBody): StoredHolidayDay[] {
  const problems: { field: string; row?: number; message: string }[] = [];
  if (body.year !== undefined && body.year !== year) {
    problems.push({ field: 'year', message: `文件中的年份（${body.year}）与所选年份（${year}）不一致` });
  }
  const seen = new Map<string, number>();
  const days: StoredHolidayDay[] = [];
  body.days.forEach((d, i) => {
    const row = i + 1;
    const at = `第${row}条（${d.date || '无日期'}${d.name ? ` ${d.name}` : ''}）`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(`${d.date}T00:00:00Z`))) {
      problems.push({ field: `days.${i}.date`, row, message: `${at}：日期格式应为YYYY-MM-DD` });
      return;
    }
    const parsed = new Date(`${d.date}T00:00:00Z`);
    if (parsed.toISOString().slice(0, 10) !== d.date) {
      problems.push({ field: `days.${i}.date`, row, message: `${at}：日期不存在` });
      return;
    }
    if (!d.date.startsWith(`${year}-`)) {
      problems.push({
        field: `days.${i}.date`,
        row,
        message: `${at}：日期不在${year}年内（跨年的放假或调休日请录入所在年份，或以“日期调整”录入）`,
      });
      return;
    }
    const first = seen.get(d.date);
    if (first !== undefined) {
      problems.push({ field: `days.${i}.date`, row, message: `${at}：日期与第${first}条重复` });
      return;
    }
    seen.set(d.date, row);
    days.push({ name: d.name, date: d.date, isOffDay: d.isOffDay });
  });
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${year}年放假安排有${problems.length}处错误：${problems[0]!.message}`,
      problems,
    );
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** Adds or replaces a year's schedule; re-computes the open deadlines in that year. */
export async function putYear(db: Db, ctx: CalendarContext, year: number, body: HolidayYearBody) {
  const days = validateYear(year, body);
  const papers = [...new Set(body.papers.map((p) => p.trim()).filter(Boolean))];
  const note = body.note?.trim() || null;
  return db.transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await loadCalendarData(tx);
    const previous = before.years.find((y) => y.year === year) ?? null;
    const merged = {
      schedule: {
        years: [
          ...before.schedule.years.filter((y) => y.year !== year),
          { year, days, source: { papers, ...(note ? { note } : {}) } },
        ],
      },
    };
    const calendar = calendarOf(merged, before.overrides);
    await tx
      .insert(holidayYears)
      .values({ year, days, papers, note, createdBy: ctx.principal.userId, updatedBy: ctx.principal.userId })
      .onConflictDoUpdate({
        target: holidayYears.year,
        set: { days, papers, note, updatedAt: new Date(), updatedBy: ctx.principal.userId },
      });
    const changedDeadlines = await recomputeDependents(tx, calendar, yearRange(year));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: previous ? 'update' : 'create',
      entityType: 'calendar_year',
      entityId: String(year),
      before: previous
        ? { origin: previous.origin, papers: previous.source?.papers ?? [], days: previous.days.length }
        : undefined,
      after: { origin: 'stored', papers, note, days: days.length, changedDeadlines },
    });
    return { year, days: days.length, replaced: previous?.origin ?? null, changedDeadlines };
  });
}

/** Adds (or replaces) the correction of one day; re-computes the open deadlines around it. */
export async function putOverride(db: Db, ctx: CalendarContext, body: OverrideBody) {
  return db.transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await loadCalendarData(tx);
    const previous = before.overrides.find((o) => o.date === body.date) ?? null;
    const next: DayOverride = { date: body.date, workday: body.workday, name: body.name, reason: body.reason };
    const calendar = calendarOf(before, [...before.overrides.filter((o) => o.date !== body.date), next]);
    await tx
      .insert(calendarOverrides)
      .values({ ...next, createdBy: ctx.principal.userId })
      .onConflictDoUpdate({
        target: calendarOverrides.date,
        set: { workday: next.workday, name: next.name, reason: next.reason, createdBy: ctx.principal.userId },
      });
    const changedDeadlines = await recomputeDependents(tx, calendar, { from: body.date, to: body.date });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: previous ? 'update' : 'create',
      entityType: 'calendar_override',
      entityId: body.date,
      before: previous ? { workday: previous.workday, name: previous.name, reason: previous.reason } : undefined,
      after: { ...next, changedDeadlines },
    });
    const covered = calendar.coveredYears.includes(Number(body.date.slice(0, 4)));
    return { date: body.date, covered, changedDeadlines };
  });
}

/** Removes a day's correction (the day is again what the schedule says); re-computes the open deadlines around it. */
export async function deleteOverride(db: Db, ctx: CalendarContext, date: string, reason: string | null) {
  return db.transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await loadCalendarData(tx);
    const previous = before.overrides.find((o) => o.date === date);
    if (!previous) throw notFound(`${date}的日期调整`);
    const calendar = calendarOf(
      before,
      before.overrides.filter((o) => o.date !== date),
    );
    await tx.delete(calendarOverrides).where(eq(calendarOverrides.date, date));
    const changedDeadlines = await recomputeDependents(tx, calendar, { from: date, to: date });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'delete',
      entityType: 'calendar_override',
      entityId: date,
      before: { workday: previous.workday, name: previous.name, reason: previous.reason },
      after: { reason, changedDeadlines },
    });
    return { date, changedDeadlines };
  });
}
