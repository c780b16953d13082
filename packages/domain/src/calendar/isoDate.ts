/**
 * Timezone-free calendar dates as ISO strings ('YYYY-MM-DD').
 *
 * Everything is plain arithmetic on a day number (days since 1970-01-01, proleptic Gregorian), so there is no
 * `Date`, no local time and no DST anywhere in the calendar or deadline code.
 */

/** An ISO calendar date 'YYYY-MM-DD' (日期). */
export type IsoDate = string;

/** Thrown when a string is not a real calendar date in 'YYYY-MM-DD' form. */
export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE' as const;
  constructor(readonly input: unknown) {
    super(`日期格式无效（应为YYYY-MM-DD）：${String(input)}`);
    this.name = 'InvalidDateError';
  }
}

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses 'YYYY-MM-DD'; throws InvalidDateError for anything else (including 2023-02-29). */
export function parseIsoDate(input: unknown): DateParts {
  if (typeof input !== 'string') throw new InvalidDateError(input);
  const m = ISO_RE.exec(input);
  if (!m) throw new InvalidDateError(input);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new InvalidDateError(input);
  return { year, month, day };
}

export function isIsoDate(input: unknown): input is IsoDate {
  try {
    parseIsoDate(input);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

export function isoToDayNumber(date: IsoDate): number {
  return toDayNumber(parseIsoDate(date));
}

export function dayNumberToIso(n: number): IsoDate {
  return formatIsoDate(fromDayNumber(n));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(date) + n);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDayNumber(b) - isoToDayNumber(a);
}

/**
 * The same day-of-month `months` later; when that month is shorter, its last day
 * (2024-08-31 + 6 months → 2025-02-28; 2023-08-31 + 6 → 2024-02-29).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** The last day of the calendar quarter containing `date` (03-31, 06-30, 09-30, 12-31). */
export function quarterEnd(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  const endMonth = Math.ceil(month / 3) * 3;
  return formatIsoDate({ year, month: endMonth, day: daysInMonth(year, endMonth) });
}

export function quarterOf(date: IsoDate): number {
  return Math.ceil(parseIsoDate(date).month / 3);
}
