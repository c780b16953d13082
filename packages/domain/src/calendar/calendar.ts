/**
 * Working-day calendar (工作日历) built from data: the State Council's yearly holiday schedule (放假安排, including
 * 调休上班 make-up working days), weekends, and administrators' corrections. No hidden state: the schedule is an
 * argument, so a changed schedule gives a new calendar (and the caller re-computes the deadlines it affects).
 *
 * A date in a year that the schedule does not cover is an error (CalendarYearNotCoveredError), never a silent
 * "weekday = working day": the next year's schedule is only published each November/December.
 */
import {
  dayNumberToIso,
  fromDayNumber,
  type IsoDate,
  isoToDayNumber,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
} from './isoDate.js';
import {
  holidayActVersion,
  STATUTORY_FIRST_YEAR,
  STATUTORY_LAST_YEAR,
  statutoryHolidays,
} from './statutoryHolidays.js';

/** One entry of the official schedule, holiday-cn format. isOffDay=false means 调休上班 (make-up working day). */
export interface HolidayDay {
  name: string;
  date: IsoDate;
  isOffDay: boolean;
}

/** Where a year's schedule comes from: the State Council notices (gov.cn papers) and a free note. */
export interface HolidaySource {
  papers: readonly string[];
  note?: string;
}

export interface HolidayYear {
  year: number;
  days: readonly HolidayDay[];
  source?: HolidaySource;
}

/** The official holiday schedule: one entry per covered year. */
export interface HolidaySchedule {
  years: readonly HolidayYear[];
}

/**
 * An administrator's correction of one day (e.g. a local typhoon closure, a late State Council notice). Overrides only
 * correct covered years; a new year's schedule is added as a HolidayYear, not as overrides (an override in an uncovered
 * year is kept but has no effect until that year is covered).
 */
export interface DayOverride {
  date: IsoDate;
  workday: boolean;
  name: string;
  reason: string;
}

/**
 * What a day is. `reason` is the Chinese label a clerk sees: '工作日', '周末', '国庆节放假', '国庆节调休上班', or the
 * override's name and reason.
 */
export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'makeup-workday' | 'override';

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  kind: DayKind;
  reason: string;
  /** Holiday name from the schedule or the override ('国庆节'), when there is one. */
  name?: string;
  /**
   * The day is in a year the schedule does not cover, answered by a provisional calendar from weekends and the
   * statutory holidays only (statutoryHolidays.ts): the year's notice may still add days off and 调休上班.
   */
  provisional?: true;
}

export interface CalendarOptions {
  /**
   * Answer a year the schedule does not cover from weekends and the 放假办法's statutory holidays (each such day has
   * `provisional: true`) instead of throwing CalendarYearNotCoveredError. For deadlines, never for the calendar itself:
   * a date's official status stays unknown until its year's schedule is entered.
   */
  provisional?: boolean;
}

export interface WorkCalendar {
  /** Years the schedule covers, ascending. */
  readonly coveredYears: readonly number[];
  /** Whether uncovered years are answered provisionally (CalendarOptions.provisional). */
  readonly provisional: boolean;
  isWorkday(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** The first working day strictly after `date`. */
  nextWorkday(date: IsoDate): IsoDate;
  /**
   * The n-th working day after `date`, not counting `date` itself (n = 0 returns `date`). Negative n counts backwards
   * (the n-th working day before `date`).
   */
  addWorkdays(date: IsoDate, n: number): IsoDate;
}

export class CalendarYearNotCoveredError extends Error {
  readonly code = 'CALENDAR_YEAR_NOT_COVERED' as const;
  constructor(
    readonly year: number,
    readonly coveredYears: readonly number[],
  ) {
    const covered = coveredYears.length ? `${coveredYears[0]}–${coveredYears[coveredYears.length - 1]}` : '无';
    super(`工作日历未包含${year}年的放假安排（已覆盖：${covered}），请先录入国务院办公厅公布的${year}年放假安排`);
    this.name = 'CalendarYearNotCoveredError';
  }
}

/** The schedule or the overrides given to createCalendar are inconsistent. */
export class CalendarDataError extends Error {
  readonly code = 'CALENDAR_DATA_INVALID' as const;
  constructor(message: string) {
    super(message);
    this.name = 'CalendarDataError';
  }
}

interface Entry {
  workday: boolean;
  kind: DayKind;
  reason: string;
  name: string;
  provisional?: true;
}

/** Why a provisional date is provisional, in the words a clerk sees (暂定 and why). */
export function provisionalNote(years: readonly number[]): string {
  const list = years.map((y) => `${y}年`).join('、');
  const acts = [...new Set(years.map(holidayActVersion))].join('、');
  return `暂定：${list}放假安排尚未录入，按周末和${acts}规定的法定节假日推算（未计调休和补假），录入该年放假安排后自动改为正式日期`;
}

function scheduleEntry(day: HolidayDay): Entry {
  if (day.isOffDay) return { workday: false, kind: 'holiday', reason: `${day.name}放假`, name: day.name };
  const weekend = isWeekend(isoToDayNumber(day.date));
  // holiday-cn sometimes lists a weekday as a working day (2020-02-03, after the COVID extension): it is an ordinary
  // working day, only a weekend working day is 调休上班.
  return weekend
    ? { workday: true, kind: 'makeup-workday', reason: `${day.name}调休上班`, name: day.name }
    : { workday: true, kind: 'weekday', reason: '工作日', name: day.name };
}

function isWeekend(dayNumber: number): boolean {
  const wd = weekdayOf(dayNumber);
  return wd === 0 || wd === 6;
}

export function createCalendar(
  schedule: HolidaySchedule,
  overrides: readonly DayOverride[] = [],
  options: CalendarOptions = {},
): WorkCalendar {
  const covered = new Set<number>();
  const entries = new Map<number, Entry>();

  for (const y of schedule.years) {
    if (!Number.isInteger(y.year)) throw new CalendarDataError(`放假安排年份无效：${String(y.year)}`);
    if (covered.has(y.year)) throw new CalendarDataError(`放假安排重复：${y.year}年`);
    covered.add(y.year);
  }
  for (const y of schedule.years) {
    for (const day of y.days) {
      parseIsoDate(day.date);
      // A year's notice may list days of the neighbouring year (2019's lists 2018-12-29..31); they are kept as data
      // but do not make that year covered.
      const n = isoToDayNumber(day.date);
      const entry = scheduleEntry(day);
      const previous = entries.get(n);
      if (previous && previous.workday !== entry.workday) {
        throw new CalendarDataError(`放假安排自相矛盾：${day.date}既是放假日又是上班日`);
      }
      entries.set(n, entry);
    }
  }

  const overrideEntries = new Map<number, Entry>();
  for (const o of overrides) {
    // An override in a year the schedule does not cover stays dormant: that year still answers
    // CALENDAR_YEAR_NOT_COVERED until its schedule is added, then the override applies.
    parseIsoDate(o.date);
    const n = isoToDayNumber(o.date);
    if (overrideEntries.has(n)) throw new CalendarDataError(`同一日期重复调整：${o.date}`);
    overrideEntries.set(n, {
      workday: o.workday,
      kind: 'override',
      reason: `${o.name}${o.workday ? '上班' : '放假'}（人工调整：${o.reason}）`,
      name: o.name,
    });
  }

  const coveredYears = [...covered].sort((a, b) => a - b);

  // Day-number span of each covered year, so that the hot path (a 40-working-day walk touches ~60 days) is two
  // comparisons per covered year.
  const spans = coveredYears.map((year) => [
    toDayNumber({ year, month: 1, day: 1 }),
    toDayNumber({ year, month: 12, day: 31 }),
  ]);
  const isCovered = (n: number): boolean => {
    for (const [lo, hi] of spans) if (n >= lo! && n <= hi!) return true;
    return false;
  };

  // Provisional years, built on first use: the statutory days off, nothing else (overrides of an uncovered year stay
  // dormant, as documented on DayOverride).
  const provisionalYears = new Map<number, Map<number, Entry>>();
  const provisionalEntry = (n: number): Entry => {
    const { year } = fromDayNumber(n);
    if (!options.provisional || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) {
      throw new CalendarYearNotCoveredError(year, coveredYears);
    }
    let days = provisionalYears.get(year);
    if (!days) {
      days = new Map(
        statutoryHolidays(year).map((h) => [
          isoToDayNumber(h.date),
          { workday: false, kind: 'holiday', reason: `${h.name}放假`, name: h.name, provisional: true } as Entry,
        ]),
      );
      provisionalYears.set(year, days);
    }
    // A neighbouring year's notice may already list the day (2019's lists 2018-12-29..31): it knows better.
    const listed = entries.get(n);
    const e = listed ? { ...listed, provisional: true as const } : days.get(n);
    if (e) return e;
    return isWeekend(n)
      ? { workday: false, kind: 'weekend', reason: '周末', name: '', provisional: true }
      : { workday: true, kind: 'weekday', reason: '工作日', name: '', provisional: true };
  };

  const entryOf = (n: number): Entry => {
    if (!isCovered(n)) return provisionalEntry(n);
    const e = overrideEntries.get(n) ?? entries.get(n);
    if (e) return e;
    return isWeekend(n)
      ? { workday: false, kind: 'weekend', reason: '周末', name: '' }
      : { workday: true, kind: 'weekday', reason: '工作日', name: '' };
  };

  const workdayAt = (n: number): boolean => entryOf(n).workday;

  return {
    coveredYears,
    provisional: options.provisional === true,
    isWorkday: (date) => workdayAt(isoToDayNumber(date)),
    dayInfo(date) {
      const n = isoToDayNumber(date);
      const e = entryOf(n);
      const info: DayInfo = { date: dayNumberToIso(n), workday: e.workday, kind: e.kind, reason: e.reason };
      if (e.name) info.name = e.name;
      if (e.provisional) info.provisional = true;
      return info;
    },
    nextWorkday(date) {
      let n = isoToDayNumber(date) + 1;
      while (!workdayAt(n)) n++;
      return dayNumberToIso(n);
    },
    addWorkdays(date, count) {
      if (!Number.isInteger(count)) throw new RangeError(`工作日数必须为整数：${count}`);
      let n = isoToDayNumber(date);
      const step = count < 0 ? -1 : 1;
      for (let left = Math.abs(count); left > 0; ) {
        n += step;
        if (workdayAt(n)) left--;
      }
      return dayNumberToIso(n);
    },
  };
}
