/**
 * Reporting periods (docs/rules/indicators-and-sanctions.md#periods): a month, a quarter, a year or any date range,
 * inclusive at both ends, as China-time calendar dates 'YYYY-MM-DD'; the same period last year (同比) and the previous
 * period (环比). A case belongs to a period by the date the indicator names (filing, conclusion, due date). Date
 * arithmetic is the calendar's (calendar/isoDate.ts).
 */
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  quarterOf,
} from '../calendar/isoDate.js';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface Period {
  readonly kind: PeriodKind;
  /** First day, 'YYYY-MM-DD'. */
  readonly from: string;
  /** Last day, inclusive, 'YYYY-MM-DD'. */
  readonly to: string;
}

const day = (year: number, month: number, d: number) => formatIsoDate({ year, month, day: d });

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`年份无效：${year}`);
}

/** The month `month` (1–12) of `year`. */
export function monthPeriod(year: number, month: number): Period {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`月份应为 1–12，收到 ${month}`);
  return { kind: 'month', from: day(year, month, 1), to: day(year, month, daysInMonth(year, month)) };
}

/** Quarter `quarter` (1–4) of `year`: Q1 January–March … Q4 October–December. */
export function quarterPeriod(year: number, quarter: number): Period {
  checkYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`季度应为 1–4，收到 ${quarter}`);
  const last = quarter * 3;
  return { kind: 'quarter', from: day(year, last - 2, 1), to: day(year, last, daysInMonth(year, last)) };
}

export function yearPeriod(year: number): Period {
  checkYear(year);
  return { kind: 'year', from: day(year, 1, 1), to: day(year, 12, 31) };
}

/** Any range of days, both ends included; `from` must not be after `to`. Throws a Chinese message naming the end. */
export function rangePeriod(from: string, to: string): Period {
  for (const [name, d] of [
    ['开始日期', from],
    ['结束日期', to],
  ] as const) {
    try {
      parseIsoDate(d);
    } catch {
      throw new RangeError(`${name}应为 YYYY-MM-DD 格式的有效日期，收到 ${JSON.stringify(d)}`);
    }
  }
  if (from > to) throw new RangeError(`开始日期 ${from} 晚于结束日期 ${to}`);
  return { kind: 'range', from, to };
}

/** Whether a date lies in the period (of a timestamp, its first ten characters); false for no date. */
export function inPeriod(date: string | null | undefined, period: Period): boolean {
  if (!date) return false;
  const d = date.slice(0, 10);
  return d >= period.from && d <= period.to;
}

/** The quarter a date falls in, as a period. */
export function quarterPeriodOf(date: string): Period {
  const d = date.slice(0, 10);
  return quarterPeriod(parseIsoDate(d).year, quarterOf(d));
}

/** "2025年第3季度", "2025年7月", "2025年", "2025-07-01至2025-09-30". */
export function periodLabel(period: Period): string {
  const { year, month } = parseIsoDate(period.from);
  switch (period.kind) {
    case 'month':
      return `${year}年${month}月`;
    case 'quarter':
      return `${year}年第${Math.ceil(month / 3)}季度`;
    case 'year':
      return `${year}年`;
    default:
      return `${period.from}至${period.to}`;
  }
}

/**
 * 同比: the same period of the year before. A month, quarter or year is that month, quarter or year; a range is the
 * same calendar days twelve months earlier (a range ending on 29 February ends on 28 February).
 */
export function samePeriodLastYear(period: Period): Period {
  const { year, month } = parseIsoDate(period.from);
  switch (period.kind) {
    case 'month':
      return monthPeriod(year - 1, month);
    case 'quarter':
      return quarterPeriod(year - 1, Math.ceil(month / 3));
    case 'year':
      return yearPeriod(year - 1);
    default:
      return rangePeriod(addMonthsClamped(period.from, -12), addMonthsClamped(period.to, -12));
  }
}

/**
 * 环比: the period just before — the previous month, quarter or year; for a range, as many days, ending the day before
 * it starts.
 */
export function previousPeriod(period: Period): Period {
  const { year, month } = parseIsoDate(period.from);
  switch (period.kind) {
    case 'month':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, q - 1);
    }
    case 'year':
      return yearPeriod(year - 1);
    default: {
      const length = daysBetween(period.from, period.to) + 1;
      return rangePeriod(addDays(period.from, -length), addDays(period.from, -1));
    }
  }
}

/** Whether quarter `b` is the quarter right after quarter `a` (Q4 → next year's Q1). */
export function isNextQuarter(a: Period, b: Period): boolean {
  if (a.kind !== 'quarter' || b.kind !== 'quarter') return false;
  const before = previousPeriod(b);
  return before.from === a.from && before.to === a.to;
}
