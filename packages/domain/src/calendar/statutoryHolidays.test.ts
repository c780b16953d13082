import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError, createCalendar } from './calendar.js';
import { isoToDayNumber } from './isoDate.js';
import { LUNAR_LAST_YEAR, lunarNewYearsEve, lunarToSolar, springFestival } from './lunar.js';
import { officialSchedule } from './officialSchedule.js';
import { qingming } from './solarTerms.js';
import { statutoryHolidays } from './statutoryHolidays.js';

/** The official days off of a year whose holiday-cn name includes `name`. */
function officialOff(year: number, name: string): Set<string> {
  const y = officialSchedule.years.find((x) => x.year === year)!;
  return new Set(
    y.days.filter((d) => d.isOffDay && d.name.includes(name) && d.date.startsWith(`${year}-`)).map((d) => d.date),
  );
}

const YEARS = officialSchedule.years.map((y) => y.year);

// Lunar and solar-term dates are computed (lunar.ts, solarTerms.ts); the State Council schedules 2019–2026 are the
// independent reference: each festival's day must be one of that festival's official days off.
describe('lunar dates and 清明 against the official schedules 2019–2026', () => {
  it('covers 2019–2026', () => expect(YEARS).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]));

  it.each(YEARS)(
    '%i: 正月初一, 端午 (五月初五), 中秋 (八月十五) and 清明 are official days off of their festival',
    (y) => {
      expect(officialOff(y, '春节')).toContain(springFestival(y));
      expect(officialOff(y, '端午节')).toContain(lunarToSolar(y, 5, 5));
      expect(officialOff(y, '中秋节')).toContain(lunarToSolar(y, 8, 15));
      expect(officialOff(y, '清明节')).toContain(qingming(y));
    },
  );

  it.each(YEARS)('%i: 除夕 is a 春节 day off or the day before the holiday (2024), and the day before 初一', (y) => {
    const off = officialOff(y, '春节');
    const first = [...off].sort()[0]!;
    expect(off.has(lunarNewYearsEve(y)) || isoToDayNumber(first) - isoToDayNumber(lunarNewYearsEve(y)) === 1).toBe(
      true,
    );
    expect(isoToDayNumber(springFestival(y)) - isoToDayNumber(lunarNewYearsEve(y))).toBe(1);
  });

  it.each([2025, 2026])('%i (放假办法 2024): 除夕 is a statutory day off, and an official one', (y) => {
    expect(officialOff(y, '春节')).toContain(lunarNewYearsEve(y));
  });

  it.each(YEARS)('%i: every statutory day off is an official day off (the notice only adds days)', (y) => {
    const official = new Set(
      officialSchedule.years
        .find((x) => x.year === y)!
        .days.filter((d) => d.isOffDay)
        .map((d) => d.date),
    );
    for (const d of statutoryHolidays(y)) expect(official, `${d.date} ${d.name}`).toContain(d.date);
  });

  it('a few later dates read from published calendars', () => {
    expect(springFestival(2027)).toBe('2027-02-06');
    expect(springFestival(2028)).toBe('2028-01-26');
    expect(springFestival(2033)).toBe('2033-01-31'); // the 2033 problem: 闰十一月 in 2033
    expect(lunarToSolar(2033, 8, 15)).toBe('2033-09-08');
    expect(qingming(2027)).toBe('2027-04-05');
    expect(qingming(2028)).toBe('2028-04-04');
    expect(() => lunarToSolar(LUNAR_LAST_YEAR + 1, 1, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2027, 13, 1)).toThrow(RangeError);
  });
});

describe('statutoryHolidays', () => {
  it('2027 under the 2024 amendment: 13 days, 春节 from 除夕, 劳动节 2 days, 国庆 3 days', () => {
    expect(statutoryHolidays(2027).map((d) => `${d.date.slice(5)} ${d.name}`)).toEqual([
      '01-01 元旦',
      '02-05 春节',
      '02-06 春节',
      '02-07 春节',
      '02-08 春节',
      '04-05 清明节',
      '05-01 劳动节',
      '05-02 劳动节',
      '06-09 端午节',
      '09-15 中秋节',
      '10-01 国庆节',
      '10-02 国庆节',
      '10-03 国庆节',
    ]);
  });

  it('中秋 on a 国庆 day is one day with both names (2028: 中秋 is 10-03)', () => {
    const days = statutoryHolidays(2028);
    expect(days.filter((d) => d.date === '2028-10-03')).toEqual([
      { name: '国庆节、中秋节', date: '2028-10-03', isOffDay: true },
    ]);
    expect(days).toHaveLength(12);
  });

  it('2024 (2013 version): 春节 初一–初三, 劳动节 1 day', () => {
    const days = statutoryHolidays(2024);
    expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toEqual([
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
    ]);
    expect(days.filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual(['2024-05-01']);
  });
});

describe('provisional calendar for a year the schedule does not cover', () => {
  const strict = createCalendar(officialSchedule);
  const provisional = createCalendar(officialSchedule, [], { provisional: true });

  it('the strict calendar still refuses to guess', () => {
    expect(() => strict.dayInfo('2027-02-05')).toThrow(CalendarYearNotCoveredError);
    expect(strict.provisional).toBe(false);
  });

  it.each([
    ['2027-02-05', false, 'holiday', '春节放假'], // 除夕, Friday
    ['2027-02-08', false, 'holiday', '春节放假'], // 初三, Monday
    ['2027-02-09', true, 'weekday', '工作日'],
    ['2027-02-06', false, 'holiday', '春节放假'], // Saturday and 初一: named after the holiday
    ['2027-02-13', false, 'weekend', '周末'],
    ['2027-10-04', true, 'weekday', '工作日'], // the notice will very likely make it a bridge day: not known yet
  ])('%s → workday=%s (%s, %s), marked provisional', (date, workday, kind, reason) => {
    expect(provisional.dayInfo(date)).toEqual({
      date,
      workday,
      kind,
      reason,
      ...(kind === 'holiday' ? { name: '春节' } : {}),
      provisional: true,
    });
  });

  it('covered years are unchanged and not provisional; years beyond 2100 are still not covered', () => {
    expect(provisional.dayInfo('2026-10-01')).toEqual(strict.dayInfo('2026-10-01'));
    expect(provisional.dayInfo('2026-10-01').provisional).toBeUndefined();
    expect(() => provisional.dayInfo('2101-01-03')).toThrow(CalendarYearNotCoveredError);
    expect(provisional.addWorkdays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('an override in an uncovered year stays dormant, as without the provisional option', () => {
    const cal = createCalendar(
      officialSchedule,
      [{ date: '2027-02-09', workday: false, name: '台风', reason: '停工' }],
      { provisional: true },
    );
    expect(cal.dayInfo('2027-02-09')).toMatchObject({ workday: true, provisional: true });
  });
});
