/**
 * Chinese lunisolar calendar (农历) → Gregorian dates, 1900–2100, for the holidays that the 全国年节及纪念日放假办法
 * fixes by lunar date (春节 and its 除夕, 端午, 中秋). Only the direction lunar → solar is needed.
 *
 * Data: the widely published compact table of lunar years (one number per year, from 农历 1900 whose 正月初一 is
 * 1900-01-31), with the 2033 correction (闰十一月, 0x04afb; older copies wrongly have 闰七月 0x04bd7). Each entry:
 * - bits 15..4: months 1..12, 1 = 大月 (30 days), 0 = 小月 (29 days);
 * - bits 3..0: the leap month (闰月) number, 0 = none;
 * - bit 16: the leap month is 30 days (else 29).
 * The table is checked against the official holiday schedules 2019–2026 (lunar.test.ts).
 */
import { dayNumberToIso, type IsoDate, toDayNumber } from './isoDate.js';

// biome-ignore format: one decade per line, as the table is usually published
const LUNAR_YEARS: readonly number[] = [
  0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2, // 1900
  0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977, // 1910
  0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970, // 1920
  0x06566, 0x0d4a0, 0x0ea50, 0x06e95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950, // 1930
  0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557, // 1940
  0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0, // 1950
  0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0, // 1960
  0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6, // 1970
  0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570, // 1980
  0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x055c0, 0x0ab60, 0x096d5, 0x092e0, // 1990
  0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, // 2000
  0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, // 2010
  0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, // 2020
  0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, // 2030
  0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, // 2040
  0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, // 2050
  0x0a2e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, // 2060
  0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, // 2070
  0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160, // 2080
  0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252, // 2090
  0x0d520, // 2100
];

export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = LUNAR_FIRST_YEAR + LUNAR_YEARS.length - 1;

/** 正月初一 of lunar 1900. */
const EPOCH = toDayNumber({ year: 1900, month: 1, day: 31 });

export class LunarYearOutOfRangeError extends RangeError {
  constructor(readonly year: number) {
    super(`农历换算仅支持${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}年：${year}`);
    this.name = 'LunarYearOutOfRangeError';
  }
}

function info(year: number): number {
  const v = LUNAR_YEARS[year - LUNAR_FIRST_YEAR];
  if (v === undefined || !Number.isInteger(year)) throw new LunarYearOutOfRangeError(year);
  return v;
}

/** The leap month of a lunar year (1..12), or 0. */
export function leapMonthOf(year: number): number {
  return info(year) & 0xf;
}

/** Days of an ordinary (non-leap) lunar month. */
function monthDays(year: number, month: number): number {
  return info(year) & (0x10000 >> month) ? 30 : 29;
}

function leapDays(year: number): number {
  return leapMonthOf(year) ? (info(year) & 0x10000 ? 30 : 29) : 0;
}

function yearDays(year: number): number {
  let sum = leapDays(year);
  for (let m = 1; m <= 12; m++) sum += monthDays(year, m);
  return sum;
}

// Day number of each lunar year's 正月初一, computed once (201 additions).
const NEW_YEAR: number[] = [];
for (let y = LUNAR_FIRST_YEAR, n = EPOCH; y <= LUNAR_LAST_YEAR; n += yearDays(y), y++) NEW_YEAR.push(n);

/**
 * The Gregorian date of a lunar date: `month` 1..12 (正月 … 腊月), `day` 1..30, `leap` for the 闰月 of that number.
 * Throws RangeError for a date that does not exist (腊月三十 in a year whose 腊月 is short, a leap month not in the year).
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): IsoDate {
  info(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`农历月份无效：${month}`);
  const leapMonth = leapMonthOf(year);
  if (leap && leapMonth !== month) throw new RangeError(`农历${year}年没有闰${month}月`);
  const length = leap ? leapDays(year) : monthDays(year, month);
  if (!Number.isInteger(day) || day < 1 || day > length) throw new RangeError(`农历${year}年${month}月没有第${day}日`);
  let n = NEW_YEAR[year - LUNAR_FIRST_YEAR]!;
  for (let m = 1; m < month; m++) {
    n += monthDays(year, m);
    if (m === leapMonth) n += leapDays(year);
  }
  if (leap) n += monthDays(year, month);
  return dayNumberToIso(n + day - 1);
}

/** 正月初一 (春节) of the lunar year that begins in Gregorian `year`. */
export function springFestival(year: number): IsoDate {
  return lunarToSolar(year, 1, 1);
}

/** 除夕: the last day of the lunar year before the one beginning in Gregorian `year` (腊月二十九 or 三十). */
export function lunarNewYearsEve(year: number): IsoDate {
  info(year);
  if (year === LUNAR_FIRST_YEAR) throw new LunarYearOutOfRangeError(year - 1);
  return dayNumberToIso(NEW_YEAR[year - LUNAR_FIRST_YEAR]! - 1);
}
