import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError, createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { statutoryHolidays } from '../calendar/statutoryHolidays.js';
import { computeDeadline } from './compute.js';

const strict = createCalendar(officialSchedule);
const provisional = createCalendar(officialSchedule, [], { provisional: true });
/** 2027 as if its schedule were entered: here simply the statutory days plus a bridge day and a make-up day. */
const with2027 = createCalendar({
  years: [
    ...officialSchedule.years,
    {
      year: 2027,
      days: [
        ...statutoryHolidays(2027),
        { name: '春节', date: '2027-02-09', isOffDay: true },
        { name: '春节', date: '2027-02-20', isOffDay: false },
      ],
    },
  ],
});

describe('computeDeadline in a year whose schedule is not loaded', () => {
  it('a strict calendar throws, as before', () => {
    expect(() => computeDeadline('litigation.defense', '2027-01-21', strict)).toThrow(CalendarYearNotCoveredError);
  });

  it('a provisional calendar gives a date marked 暂定, and the explanation says why', () => {
    // 15 days after 2027-01-21 is 02-05, 除夕 (a statutory day off since 2025); 02-06/07 weekend, 02-08 初三 → 02-09.
    const r = computeDeadline('litigation.defense', '2027-01-21', provisional);
    expect(r).toMatchObject({ nominalDue: '2027-02-05', due: '2027-02-09', rolled: true, provisional: true });
    expect(r.provisionalYears).toEqual([2027]);
    expect(r.explanation).toContain(
      '届满日2027-02-05为春节放假（休息日连续至2027-02-08），顺延至其后第一个工作日2027-02-09',
    );
    expect(r.explanation).toMatch(
      /暂定：2027年放假安排尚未录入，按周末和《全国年节及纪念日放假办法》（2024年修订）规定的法定节假日推算（未计调休和补假）/,
    );
  });

  it('working-day periods across the new year are provisional too, skipping 元旦', () => {
    const r = computeDeadline('reconsideration.reply', '2026-12-25', provisional);
    expect(r.due).toBe('2027-01-11');
    expect(r.provisional).toBe(true);
    expect(r.explanation).toContain('2027-01-01（元旦放假）');
  });

  it('a period inside covered years is final, with no 暂定 text, on the provisional calendar too', () => {
    const r = computeDeadline('litigation.defense', '2026-09-20', provisional);
    expect(r).toEqual(computeDeadline('litigation.defense', '2026-09-20', strict));
    expect(r.provisional).toBe(false);
    expect(r.provisionalYears).toEqual([]);
    expect(r.explanation).not.toContain('暂定');
  });

  it('once the year is entered the date is final and may move (a bridge day the statute does not know)', () => {
    const r = computeDeadline('litigation.defense', '2027-01-21', with2027);
    expect(r).toMatchObject({ due: '2027-02-10', provisional: false });
    expect(r.explanation).not.toContain('暂定');
  });
});
