/**
 * The statutory holidays that the 全国年节及纪念日放假办法 (国务院令) itself fixes, for a year whose State Council
 * schedule (放假安排) is not published or not loaded yet. Only these days are known in advance: the yearly notice adds
 * bridge days and 调休上班 (make-up working days) that nobody can predict, so a date computed from them is provisional
 * (暂定) and is replaced when the year's schedule is entered.
 *
 * 放假办法 article 2 (全体公民放假的节日), by version:
 * - as amended 2024-11-10 (国务院令第795号, from 2025): 元旦 1 day (1 Jan); 春节 4 days (农历除夕、正月初一至初三);
 *   清明节 1 day (农历清明当日); 劳动节 2 days (5月1日、2日); 端午节 1 day (农历端午当日); 中秋节 1 day (农历中秋当日);
 *   国庆节 3 days (10月1日至3日).
 * - as amended 2013 (国务院令第644号, 2014–2024): the same, but 春节 3 days (正月初一至初三) and 劳动节 1 day.
 * - as amended 2007 (国务院令第513号, 2008–2013): 春节 3 days (农历除夕、正月初一、初二), 劳动节 1 day.
 * Lunar dates come from lunar.ts, 清明 from the Sun's position (solarTerms.ts).
 */
import type { HolidayDay } from './calendar.js';
import { addDays, formatIsoDate, type IsoDate } from './isoDate.js';
import { lunarNewYearsEve, lunarToSolar, springFestival } from './lunar.js';
import { qingming } from './solarTerms.js';

export const STATUTORY_FIRST_YEAR = 2008;
export const STATUTORY_LAST_YEAR = 2100;

/** The version of the 放假办法 in force in `year`, cited in explanations. */
export function holidayActVersion(year: number): string {
  if (year >= 2025) return '《全国年节及纪念日放假办法》（2024年修订）';
  if (year >= 2014) return '《全国年节及纪念日放假办法》（2013年修订）';
  return '《全国年节及纪念日放假办法》（2007年修订）';
}

/**
 * The statutory days off of `year` (isOffDay: true, holiday-cn names), ascending; two holidays on one day (中秋 on
 * 1 October) give one day named '国庆节、中秋节'. Throws RangeError outside 2008–2100.
 */
export function statutoryHolidays(year: number): HolidayDay[] {
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) {
    throw new RangeError(`法定节假日推算仅支持${STATUTORY_FIRST_YEAR}–${STATUTORY_LAST_YEAR}年：${year}`);
  }
  const d = (month: number, day: number): IsoDate => formatIsoDate({ year, month, day });
  const eve = lunarNewYearsEve(year);
  const first = springFestival(year);
  const spring =
    year >= 2025
      ? [eve, first, addDays(first, 1), addDays(first, 2)]
      : year >= 2014
        ? [first, addDays(first, 1), addDays(first, 2)]
        : [eve, first, addDays(first, 1)];
  const labour = year >= 2025 ? [d(5, 1), d(5, 2)] : [d(5, 1)];
  const holidays: [string, IsoDate[]][] = [
    ['元旦', [d(1, 1)]],
    ['春节', spring],
    ['清明节', [qingming(year)]],
    ['劳动节', labour],
    ['端午节', [lunarToSolar(year, 5, 5)]],
    ['国庆节', [d(10, 1), d(10, 2), d(10, 3)]],
    ['中秋节', [lunarToSolar(year, 8, 15)]],
  ];
  const names = new Map<IsoDate, string[]>();
  for (const [name, dates] of holidays) {
    // Every date is in `year`: 春节 falls between 21 January and 20 February, so 除夕 is never in December.
    for (const date of dates) names.set(date, [...(names.get(date) ?? []), name]);
  }
  return [...names.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, n]) => ({ name: n.join('、'), date, isOffDay: true }));
}
