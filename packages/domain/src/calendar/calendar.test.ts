import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDataError, CalendarYearNotCoveredError, createCalendar, type HolidaySchedule } from './calendar.js';
import { addMonthsClamped, InvalidDateError, isoToDayNumber, quarterEnd, weekdayOf } from './isoDate.js';
import { officialSchedule } from './officialSchedule.js';

const cal = createCalendar(officialSchedule);

// Expected values read by hand from the State Council notices (gov.cn papers in holiday-cn/*.json).
describe('dayInfo on the official schedule', () => {
  it.each([
    ['2024-10-01', false, '国庆节放假'],
    ['2024-10-07', false, '国庆节放假'],
    ['2024-10-05', false, '国庆节放假'], // a Saturday inside the holiday: named after the holiday
    ['2024-09-29', true, '国庆节调休上班'], // Sunday
    ['2024-10-12', true, '国庆节调休上班'], // Saturday
    ['2024-10-08', true, '工作日'],
    ['2024-10-13', false, '周末'],
    ['2025-01-26', true, '春节调休上班'],
    ['2025-01-28', false, '春节放假'],
    ['2025-02-04', false, '春节放假'],
    ['2025-02-08', true, '春节调休上班'],
    ['2025-10-08', false, '国庆节、中秋节放假'],
    ['2025-10-11', true, '国庆节、中秋节调休上班'],
    // 2020 COVID-19 extension (notice of 2020-01-27): 01-31 (Fri) became a holiday, and 02-01 (Sat), originally a
    // make-up working day, became a rest day.
    ['2020-01-31', false, '春节放假'],
    ['2020-02-01', false, '春节放假'],
    ['2020-02-02', false, '春节放假'],
    ['2020-02-03', true, '工作日'],
    ['2020-01-19', true, '春节调休上班'],
    ['2019-05-04', false, '劳动节放假'], // 2019-03-22 adjustment notice: 05-01..05-04 off, 05-05 make-up day
    ['2019-05-05', true, '劳动节调休上班'],
    ['2026-01-01', false, '元旦放假'],
    ['2024-02-29', true, '工作日'],
  ])('%s → workday=%s (%s)', (date, workday, reason) => {
    const info = cal.dayInfo(date);
    expect(info).toMatchObject({ date, workday, reason });
    expect(cal.isWorkday(date)).toBe(workday);
  });
});

describe('nextWorkday / addWorkdays', () => {
  it.each([
    ['2024-09-30', '2024-10-08'],
    ['2024-09-28', '2024-09-29'], // Sunday make-up day is a working day
    ['2024-10-11', '2024-10-12'],
    ['2025-01-27', '2025-02-05'],
    ['2020-01-23', '2020-02-03'],
    ['2024-12-31', '2025-01-02'],
  ])('nextWorkday(%s) = %s', (date, next) => {
    expect(cal.nextWorkday(date)).toBe(next);
  });

  it.each([
    ['2024-09-27', 0, '2024-09-27'],
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-27', 2, '2024-09-30'],
    ['2024-09-27', 3, '2024-10-08'],
    ['2024-09-27', 10, '2024-10-16'],
    ['2025-01-20', 20, '2025-02-21'],
    ['2024-12-27', 10, '2025-01-13'],
    ['2024-10-08', -1, '2024-09-30'],
    ['2024-10-16', -10, '2024-09-27'],
  ])('addWorkdays(%s, %i) = %s', (date, n, expected) => {
    expect(cal.addWorkdays(date, n)).toBe(expected);
  });
});

describe('coverage', () => {
  it('covers exactly the years in the schedule', () => {
    expect(cal.coveredYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(['2018-06-01', '2018-12-31', '2027-01-04', '2030-07-01'])('%s is an explicit error', (date) => {
    expect(() => cal.isWorkday(date)).toThrow(CalendarYearNotCoveredError);
    try {
      cal.dayInfo(date);
    } catch (e) {
      expect(e).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', year: Number(date.slice(0, 4)) });
    }
  });

  it('a walk that leaves the covered years fails instead of guessing', () => {
    expect(() => cal.addWorkdays('2026-12-30', 5)).toThrow(CalendarYearNotCoveredError);
    expect(() => cal.nextWorkday('2026-12-31')).toThrow(/2027/);
  });

  it('rejects invalid dates', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '2024-1-01', '20240101', '', 'x']) {
      expect(() => cal.isWorkday(bad)).toThrow(InvalidDateError);
    }
  });
});

describe('schedule as input, overrides', () => {
  const tiny: HolidaySchedule = {
    years: [{ year: 2030, days: [{ name: '测试节', date: '2030-03-04', isOffDay: true }] }],
  };

  it('uses only the schedule it is given', () => {
    const c = createCalendar(tiny);
    expect(c.coveredYears).toEqual([2030]);
    expect(c.dayInfo('2030-03-04')).toMatchObject({ workday: false, reason: '测试节放假' });
    expect(c.isWorkday('2030-03-05')).toBe(true);
    expect(() => c.isWorkday('2024-10-01')).toThrow(CalendarYearNotCoveredError);
  });

  it('overrides win over the schedule and weekends', () => {
    const c = createCalendar(officialSchedule, [
      { date: '2024-09-12', workday: false, name: '台风停工', reason: '市政府通知' },
      { date: '2024-10-07', workday: true, name: '应急值守', reason: '测试' },
    ]);
    expect(c.dayInfo('2024-09-12')).toMatchObject({ workday: false, kind: 'override', name: '台风停工' });
    expect(c.dayInfo('2024-09-12').reason).toContain('市政府通知');
    expect(c.isWorkday('2024-10-07')).toBe(true);
    expect(cal.isWorkday('2024-09-12')).toBe(true); // the original calendar is unchanged
  });

  it('rejects inconsistent data', () => {
    expect(() => createCalendar({ years: [tiny.years[0]!, tiny.years[0]!] })).toThrow(CalendarDataError);
    expect(() =>
      createCalendar({
        years: [
          {
            year: 2030,
            days: [
              { name: 'a', date: '2030-03-04', isOffDay: true },
              { name: 'b', date: '2030-03-04', isOffDay: false },
            ],
          },
        ],
      }),
    ).toThrow(CalendarDataError);
    expect(() =>
      createCalendar(tiny, [
        { date: '2030-01-02', workday: false, name: 'x', reason: 'y' },
        { date: '2030-01-02', workday: true, name: 'x', reason: 'y' },
      ]),
    ).toThrow(CalendarDataError);
    expect(() => createCalendar(tiny, [{ date: '2030-02-30', workday: false, name: 'x', reason: 'y' }])).toThrow(
      InvalidDateError,
    );
  });

  it('an override in an uncovered year is dormant until that year is covered', () => {
    const override = { date: '2031-01-02', workday: false, name: '停工', reason: '测试' };
    expect(() => createCalendar(tiny, [override]).isWorkday('2031-01-02')).toThrow(CalendarYearNotCoveredError);
    const withYear = createCalendar({ years: [...tiny.years, { year: 2031, days: [] }] }, [override]);
    expect(withYear.dayInfo('2031-01-02')).toMatchObject({ workday: false, kind: 'override' });
    expect(withYear.isWorkday('2031-01-03')).toBe(true);
  });
});

describe('bundled data', () => {
  it('matches the verbatim holiday-cn files and keeps the gov.cn papers', () => {
    for (const y of officialSchedule.years) {
      const raw = JSON.parse(readFileSync(new URL(`./holiday-cn/${y.year}.json`, import.meta.url), 'utf8'));
      expect(y.days).toEqual(raw.days);
      expect(y.source?.papers).toEqual(raw.papers);
      expect(y.source?.papers.every((p) => p.includes('gov.cn'))).toBe(true);
    }
    expect(officialSchedule.years.find((y) => y.year === 2020)?.source?.papers).toHaveLength(2);
  });
});

describe('isoDate helpers', () => {
  it.each([
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-03-31', 6, '2024-09-30'],
    ['2024-11-15', 3, '2025-02-15'],
    ['2024-01-31', 1, '2024-02-29'],
  ])('addMonthsClamped(%s, %i) = %s', (d, n, e) => expect(addMonthsClamped(d, n)).toBe(e));

  it.each([
    ['2024-01-01', '2024-03-31'],
    ['2024-08-15', '2024-09-30'],
    ['2024-06-30', '2024-06-30'],
    ['2024-12-31', '2024-12-31'],
  ])('quarterEnd(%s) = %s', (d, e) => expect(quarterEnd(d)).toBe(e));

  it('knows the weekday of fixed dates', () => {
    expect(weekdayOf(isoToDayNumber('2024-10-01'))).toBe(2); // Tuesday
    expect(weekdayOf(isoToDayNumber('1970-01-01'))).toBe(4); // Thursday
    expect(weekdayOf(isoToDayNumber('2000-02-29'))).toBe(2);
  });
});

describe('properties', () => {
  const dayInCovered = fc
    .integer({ min: isoToDayNumber('2019-01-01'), max: isoToDayNumber('2026-10-31') })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10)); // UTC: an independent date formatter

  it('addWorkdays is monotonic in the start date and in n', () => {
    fc.assert(
      fc.property(dayInCovered, dayInCovered, fc.nat(30), fc.nat(30), (a, b, n, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkdays(lo, n) <= cal.addWorkdays(hi, n)).toBe(true);
        const [k1, k2] = n <= m ? [n, m] : [m, n];
        expect(cal.addWorkdays(a, k1) <= cal.addWorkdays(a, k2)).toBe(true);
      }),
    );
  });

  it('addWorkdays(n ≥ 1) lands on a working day; a weekend working day is always 调休', () => {
    fc.assert(
      fc.property(dayInCovered, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const due = cal.addWorkdays(d, n);
        const info = cal.dayInfo(due);
        expect(info.workday).toBe(true);
        const wd = weekdayOf(isoToDayNumber(due));
        if (wd === 0 || wd === 6) expect(info.kind).toBe('makeup-workday');
      }),
    );
  });

  it('addWorkdays(-n) inverts addWorkdays(n) from a working day', () => {
    fc.assert(
      fc.property(dayInCovered, fc.integer({ min: 1, max: 40 }), (d, n) => {
        fc.pre(cal.isWorkday(d));
        expect(cal.addWorkdays(cal.addWorkdays(d, n), -n)).toBe(d);
      }),
    );
  });
});
