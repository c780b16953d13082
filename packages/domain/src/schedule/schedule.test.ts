import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import {
  chinaTime,
  firstWorkdayAfterQuarter,
  latestOccurrence,
  nextOccurrence,
  parseInstant,
  type ScheduleSpec,
  ScheduleSpecError,
} from './schedule.js';

const calendar = createCalendar(officialSchedule, [], { provisional: true });
const at = (s: string) => {
  const d = parseInstant(s);
  if (!d) throw new Error(`bad instant ${s}`);
  return d;
};
/** An occurrence as China-time text, to read the tables below. */
const show = (o: { at: Date; period: string } | null) => {
  if (!o) return null;
  const t = chinaTime(o.at);
  const hh = String(Math.floor(t.minute / 60)).padStart(2, '0');
  const mm = String(t.minute % 60).padStart(2, '0');
  return `${t.date} ${hh}:${mm} ${o.period}`;
};

describe('firstWorkdayAfterQuarter', () => {
  it.each([
    // 2025 Q3 ends 09-30; 10-01..10-08 National Day and Mid-Autumn → 10-09.
    [2025, 3, '2025-10-09'],
    // 2025 Q4 ends 12-31; 2026-01-01..03 New Year off, 01-04 (Sunday) 调休上班 → 01-04.
    [2025, 4, '2026-01-04'],
    // 2026 Q1 ends 03-31 (Tuesday) → 04-01.
    [2026, 1, '2026-04-01'],
    // 2024 Q2 ends 06-30 (Sunday) → 07-01 (Monday).
    [2024, 2, '2024-07-01'],
    // 2024 Q3: 10-01..10-07 off → 10-08.
    [2024, 3, '2024-10-08'],
    // 2023 Q4: 2024-01-01 (Monday) New Year → 01-02.
    [2023, 4, '2024-01-02'],
    // 2026 Q3: 10-01..10-07 off (National Day 2026) → 10-08.
    [2026, 3, '2026-10-08'],
    // 2026 Q4: 2027 not in the schedule → provisional: 2027-01-01 (Friday) statutory holiday, weekend → 01-04.
    [2026, 4, '2027-01-04'],
  ])('%i Q%i → %s', (year, quarter, expected) => {
    expect(firstWorkdayAfterQuarter(year, quarter, calendar)).toBe(expected);
  });

  it('refuses a quarter outside 1–4', () => {
    expect(() => firstWorkdayAfterQuarter(2025, 5, calendar)).toThrow(ScheduleSpecError);
  });
});

const minute: ScheduleSpec = { every: 'minute' };
const daily: ScheduleSpec = { every: 'day', at: '08:00' };
const monthly: ScheduleSpec = { every: 'month', day: 5, at: '08:00' };
const november: ScheduleSpec = { every: 'month', day: 1, at: '09:00', months: [11, 12] };
const quarterly: ScheduleSpec = { every: 'quarter-first-workday', at: '08:00' };

describe('latestOccurrence (China time, the period key)', () => {
  it.each<[string, ScheduleSpec, string, string | null]>([
    ['minute', minute, '2026-11-30T08:00:59+08:00', '2026-11-30 08:00 2026-11-30T08:00'],
    ['minute across midnight UTC', minute, '2026-11-30T00:00:00Z', '2026-11-30 08:00 2026-11-30T08:00'],
    ['daily at 08:00 sharp', daily, '2026-11-30T08:00:00+08:00', '2026-11-30 08:00 2026-11-30'],
    ['daily a minute before', daily, '2026-11-30T07:59:00+08:00', '2026-11-29 08:00 2026-11-29'],
    // 2026-11-30T23:30Z is 2026-12-01 07:30 in China: the last run was 11-30's.
    ['daily, UTC and China on different dates', daily, '2026-11-30T23:30:00Z', '2026-11-30 08:00 2026-11-30'],
    ['daily across a year', daily, '2027-01-01T07:00:00+08:00', '2026-12-31 08:00 2026-12-31'],
    ['monthly on the 5th', monthly, '2026-11-30T08:00:00+08:00', '2026-11-05 08:00 2026-11'],
    ['monthly before the 5th → last month', monthly, '2026-03-04T12:00:00+08:00', '2026-02-05 08:00 2026-02'],
    ['monthly across a year', monthly, '2027-01-05T07:59:00+08:00', '2026-12-05 08:00 2026-12'],
    ['monthly in some months only', november, '2027-03-01T09:00:00+08:00', '2026-12-01 09:00 2026-12'],
    ['monthly in some months, first of them', november, '2026-11-01T09:00:00+08:00', '2026-11-01 09:00 2026-11'],
    ['quarterly after National Day', quarterly, '2025-10-09T08:00:00+08:00', '2025-10-09 08:00 2025-Q3'],
    ['quarterly during National Day → Q2', quarterly, '2025-10-08T12:00:00+08:00', '2025-07-01 08:00 2025-Q2'],
    ['quarterly on a 调休 Sunday', quarterly, '2026-01-04T09:00:00+08:00', '2026-01-04 08:00 2025-Q4'],
    ['quarterly before it on that Sunday', quarterly, '2026-01-04T07:00:00+08:00', '2025-10-09 08:00 2025-Q3'],
    ['quarterly late in the year', quarterly, '2026-11-30T08:00:00+08:00', '2026-10-08 08:00 2026-Q3'],
  ])('%s', (_name, spec, now, expected) => {
    expect(show(latestOccurrence(spec, at(now), calendar))).toBe(expected);
  });
});

describe('nextOccurrence', () => {
  it.each<[string, ScheduleSpec, string, string]>([
    ['minute', minute, '2026-11-30T08:00:00+08:00', '2026-11-30 08:01 2026-11-30T08:01'],
    ['minute across a year', minute, '2026-12-31T23:59:30+08:00', '2027-01-01 00:00 2027-01-01T00:00'],
    ['daily, not yet today', daily, '2026-11-30T07:59:59+08:00', '2026-11-30 08:00 2026-11-30'],
    ['daily, at the instant → tomorrow', daily, '2026-11-30T08:00:00+08:00', '2026-12-01 08:00 2026-12-01'],
    ['daily across a month', daily, '2026-02-28T09:00:00+08:00', '2026-03-01 08:00 2026-03-01'],
    ['monthly', monthly, '2026-11-30T08:00:00+08:00', '2026-12-05 08:00 2026-12'],
    ['monthly across a year', monthly, '2026-12-05T08:00:00+08:00', '2027-01-05 08:00 2027-01'],
    ['monthly in some months', november, '2026-12-02T00:00:00+08:00', '2027-11-01 09:00 2027-11'],
    ['quarterly from the quarter end', quarterly, '2025-09-30T18:00:00+08:00', '2025-10-09 08:00 2025-Q3'],
    ['quarterly after National Day', quarterly, '2025-10-09T08:00:00+08:00', '2026-01-04 08:00 2025-Q4'],
    ['quarterly into a year without its schedule', quarterly, '2026-10-08T08:00:00+08:00', '2027-01-04 08:00 2026-Q4'],
  ])('%s', (_name, spec, after, expected) => {
    expect(show(nextOccurrence(spec, at(after), calendar))).toBe(expected);
  });

  it('the next occurrence is the latest one at its instant (the two agree)', () => {
    for (const spec of [minute, daily, monthly, november, quarterly]) {
      let t = at('2024-12-15T10:00:00+08:00');
      for (let i = 0; i < 20; i++) {
        const next = nextOccurrence(spec, t, calendar);
        expect(latestOccurrence(spec, next.at, calendar)).toEqual(next);
        expect(latestOccurrence(spec, new Date(next.at.getTime() - 1), calendar)?.period).not.toBe(next.period);
        t = next.at;
      }
    }
  });
});

describe('specs and instants', () => {
  it.each<[ScheduleSpec]>([
    [{ every: 'day', at: '8:00' }],
    [{ every: 'day', at: '24:00' }],
    [{ every: 'month', day: 31, at: '08:00' }],
    [{ every: 'month', day: 5, at: '08:00', months: [13] }],
  ])('refuses %j', (spec) => {
    expect(() => latestOccurrence(spec, new Date())).toThrow(ScheduleSpecError);
  });

  it('quarterly needs the calendar', () => {
    expect(() => latestOccurrence(quarterly, new Date())).toThrow(ScheduleSpecError);
  });

  it.each([
    ['2026-11-30T08:00:00+08:00', '2026-11-30T00:00:00.000Z'],
    ['2026-11-30T08:00+08:00', '2026-11-30T00:00:00.000Z'],
    ['2026-11-30T00:00:00Z', '2026-11-30T00:00:00.000Z'],
    ['2026-11-30T08:00:00', null],
    ['2026-11-30', null],
    ['2026-13-30T08:00:00Z', null],
  ])('parseInstant(%s)', (text, expected) => {
    expect(parseInstant(text)?.toISOString() ?? null).toBe(expected);
  });
});
