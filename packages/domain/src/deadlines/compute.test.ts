import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError, createCalendar } from '../calendar/calendar.js';
import { InvalidDateError, isoToDayNumber, weekdayOf } from '../calendar/isoDate.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { computeDeadline } from './compute.js';
import { deadlineRules, UnknownDeadlineRuleError } from './rules.js';

const cal = createCalendar(officialSchedule);

// Every expected date below was counted by hand on a paper calendar from the State Council notices
// (2024 国庆: 10-01..10-07 off, 09-29 and 10-12 调休上班; 2025 春节: 01-28..02-04 off, 01-26 and 02-08 调休上班;
// 2025 国庆/中秋: 10-01..10-08 off; 2020 春节 extended to 02-02 by the 2020-01-27 notice; 2024 春节 02-10..02-17 off,
// 02-04 and 02-18 调休上班; 2019 劳动节 05-01..05-04 off, 05-05 调休上班).
describe('court-day periods (民事诉讼法第85条 via 行政诉讼法第101条)', () => {
  it.each([
    // rule, from, nominal last day, due
    ['litigation.defense', '2024-09-20', '2024-10-05', '2024-10-08'], // 国庆 → first working day after
    ['litigation.defense', '2024-09-14', '2024-09-29', '2024-09-29'], // last day is a Sunday 调休上班: a working day
    ['litigation.defense', '2020-01-16', '2020-01-31', '2020-02-03'], // COVID extension: 01-31..02-02 off
    ['litigation.defense', '2025-01-14', '2025-01-29', '2025-02-05'], // 2025 春节
    ['litigation.defense', '2019-04-19', '2019-05-04', '2019-05-05'], // 2019 劳动节: 05-05 Sunday 调休上班
    ['litigation.appeal.judgment', '2024-09-16', '2024-10-01', '2024-10-08'],
    ['litigation.appeal.judgment', '2024-10-28', '2024-11-12', '2024-11-12'],
    ['litigation.appeal.ruling', '2024-09-25', '2024-10-05', '2024-10-08'],
    ['litigation.appeal.ruling', '2024-09-19', '2024-09-29', '2024-09-29'],
    ['litigation.appeal.ruling', '2024-11-06', '2024-11-16', '2024-11-18'], // ordinary Saturday → Monday
    ['litigation.simplified', '2024-01-01', '2024-02-15', '2024-02-18'], // 春节 → Sunday 02-18 调休上班
    ['reconsideration.application', '2024-08-02', '2024-10-01', '2024-10-08'],
    ['reconsideration.decision', '2024-08-02', '2024-10-01', '2024-10-08'],
    ['reconsideration.decision', '2024-07-03', '2024-09-01', '2024-09-02'],
    // extension counted from the same start: 60 + 30 = 90 days from acceptance
    ['reconsideration.decision.extended', '2024-08-02', '2024-10-31', '2024-10-31'],
    ['reconsideration.decision.extended', '2024-07-03', '2024-10-01', '2024-10-08'],
    ['reconsideration.decision.simplified', '2024-09-01', '2024-10-01', '2024-10-08'],
    ['reconsideration.correction-report', '2025-08-02', '2025-10-01', '2025-10-09'],
    // quarter-anchored: quarter end + 30 days
    ['accountability.referral', '2024-08-15', '2024-10-30', '2024-10-30'],
    ['accountability.referral', '2024-09-30', '2024-10-30', '2024-10-30'],
    ['accountability.referral', '2024-12-31', '2025-01-30', '2025-02-05'],
    ['accountability.referral', '2025-02-10', '2025-04-30', '2025-04-30'],
  ])('%s from %s: last day %s, due %s', (rule, from, nominal, due) => {
    const r = computeDeadline(rule, from, cal);
    expect(r.nominalDue).toBe(nominal);
    expect(r.due).toBe(due);
    expect(r.rolled).toBe(nominal !== due);
    expect(r.from).toBe(from);
    expect(r.rule.id).toBe(rule);
  });
});

describe('month periods', () => {
  it.each([
    ['litigation.first-instance', '2024-03-31', '2024-09-30', '2024-09-30'],
    ['litigation.first-instance', '2024-08-31', '2025-02-28', '2025-02-28'], // no 02-31: month end
    ['litigation.first-instance', '2023-08-31', '2024-02-29', '2024-02-29'], // leap year
    ['litigation.first-instance', '2024-04-01', '2024-10-01', '2024-10-08'],
    ['litigation.second-instance', '2024-07-01', '2024-10-01', '2024-10-08'],
    ['litigation.second-instance', '2025-08-30', '2025-11-30', '2025-12-01'], // Sunday → Monday
    ['judicial-suggestion.reply', '2025-08-01', '2025-10-01', '2025-10-09'], // 2025 国庆中秋 10-01..10-08
    ['judicial-suggestion.reply', '2024-12-31', '2025-02-28', '2025-02-28'],
  ])('%s from %s: last day %s, due %s', (rule, from, nominal, due) => {
    const r = computeDeadline(rule, from, cal);
    expect(r.nominalDue).toBe(nominal);
    expect(r.due).toBe(due);
  });
});

describe('working-day periods (行政复议法第88条第2款, 政府信息公开条例)', () => {
  it.each([
    ['reconsideration.acceptance', '2024-09-27', '2024-10-10'],
    ['reconsideration.reply', '2024-09-27', '2024-10-16'],
    ['reconsideration.reply.simplified', '2025-01-24', '2025-02-07'],
    ['disclosure.reply', '2025-01-20', '2025-02-21'],
    ['disclosure.reply.extended', '2025-01-20', '2025-03-21'], // 40 working days from the same receipt
    ['risk.lead-assignment', '2024-09-30', '2024-10-10'],
    ['loss.analysis-report', '2024-12-27', '2025-01-13'], // crosses 元旦 and the year
  ])('%s from %s → %s', (rule, from, due) => {
    const r = computeDeadline(rule, from, cal);
    expect(r.due).toBe(due);
    expect(r.rolled).toBe(false);
    expect(r.steps.filter((s) => s.count !== undefined).map((s) => s.count)).toEqual(
      Array.from({ length: r.length }, (_, i) => i + 1),
    );
  });
});

describe('explanations a clerk can check', () => {
  it('court period rolled over 国庆', () => {
    const r = computeDeadline('litigation.defense', '2024-09-20', cal);
    expect(r.explanation).toContain('收到起诉状副本之日（2024-09-20）次日起算15日');
    expect(r.explanation).toContain('届满日2024-10-05为国庆节放假');
    expect(r.explanation).toContain('顺延至其后第一个工作日2024-10-08');
    expect(r.explanation).toContain('行政诉讼法第67条');
    expect(r.explanation).toContain('民事诉讼法第85条');
    expect(r.basis).toBe('行政诉讼法第67条');
  });

  it('working days name the skipped holidays, weekends and 调休 days', () => {
    const r = computeDeadline('reconsideration.reply', '2024-09-27', cal);
    expect(r.explanation).toContain('10个工作日');
    expect(r.explanation).toContain('2024-09-28（周末）');
    expect(r.explanation).toContain('2024-10-01至2024-10-07（国庆节放假）');
    expect(r.explanation).toContain('2024-09-29（国庆节调休上班）');
    expect(r.explanation).toContain('2024-10-12（国庆节调休上班）');
    expect(r.explanation).toContain('行政复议法第88条');
  });

  it('extension and quarter anchor are spelled out', () => {
    expect(computeDeadline('reconsideration.decision.extended', '2024-08-02', cal).explanation).toContain(
      '60日，经批准延长30日，共计90日',
    );
    expect(computeDeadline('accountability.referral', '2024-08-15', cal).explanation).toContain(
      '2024年第3季度于2024-09-30结束',
    );
    expect(computeDeadline('litigation.first-instance', '2024-08-31', cal).explanation).toContain(
      '以该月末日2025-02-28为届满日',
    );
  });
});

describe('errors', () => {
  it('unknown rule', () => {
    expect(() => computeDeadline('litigation.nope', '2024-01-01', cal)).toThrow(UnknownDeadlineRuleError);
    try {
      computeDeadline('x', '2024-01-01', cal);
    } catch (e) {
      expect(e).toMatchObject({ code: 'DEADLINE_RULE_UNKNOWN', ruleId: 'x' });
    }
  });
  it('invalid date', () => {
    expect(() => computeDeadline('litigation.defense', '2024-13-01', cal)).toThrow(InvalidDateError);
  });
  it('a due date in a year without a schedule', () => {
    expect(() => computeDeadline('litigation.defense', '2026-12-20', cal)).toThrow(CalendarYearNotCoveredError);
    expect(() => computeDeadline('disclosure.reply', '2026-12-20', cal)).toThrow(/2027/);
  });
});

describe('rule table', () => {
  const required = [
    'litigation.defense',
    'litigation.appeal.judgment',
    'litigation.appeal.ruling',
    'litigation.first-instance',
    'litigation.simplified',
    'litigation.second-instance',
    'reconsideration.application',
    'reconsideration.acceptance',
    'reconsideration.reply',
    'reconsideration.reply.simplified',
    'reconsideration.decision',
    'reconsideration.decision.extended',
    'reconsideration.decision.simplified',
    'reconsideration.correction-report',
    'disclosure.reply',
    'disclosure.reply.extended',
    'risk.lead-assignment',
    'accountability.referral',
    'loss.analysis-report',
    'judicial-suggestion.reply',
  ];
  it('has every required rule once, with valid extensions', () => {
    const ids = deadlineRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of required) expect(ids).toContain(id);
    for (const r of deadlineRules) {
      if (r.extends) expect(deadlineRules.find((b) => b.id === r.extends)?.counting).toBe(r.counting);
    }
  });

  it.each([
    ['litigation.defense', '行政诉讼法第67条', 'court-days', 15],
    ['litigation.appeal.judgment', '行政诉讼法第85条', 'court-days', 15],
    ['litigation.appeal.ruling', '行政诉讼法第85条', 'court-days', 10],
    ['litigation.first-instance', '行政诉讼法第81条', 'court-months', 6],
    ['litigation.simplified', '行政诉讼法第83条', 'court-days', 45],
    ['litigation.second-instance', '行政诉讼法第88条', 'court-months', 3],
    ['reconsideration.application', '行政复议法第20条', 'court-days', 60],
    ['reconsideration.acceptance', '行政复议法第30条', 'workdays', 5],
    ['reconsideration.reply', '行政复议法第48条', 'workdays', 10],
    ['reconsideration.reply.simplified', '行政复议法第54条', 'workdays', 5],
    ['reconsideration.decision', '行政复议法第62条', 'court-days', 60],
    ['reconsideration.decision.simplified', '行政复议法第62条', 'court-days', 30],
    ['reconsideration.correction-report', '行政复议法第76条', 'court-days', 60],
    ['disclosure.reply', '政府信息公开条例第33条', 'workdays', 20],
  ])('%s: %s, %s × %i', (id, basis, counting, length) => {
    expect(deadlineRules.find((r) => r.id === id)).toMatchObject({ basis, counting, length });
  });
});

describe('properties', () => {
  const fromDate = fc
    .integer({ min: isoToDayNumber('2019-01-01'), max: isoToDayNumber('2026-06-30') })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const anyRule = fc.constantFrom(...deadlineRules.map((r) => r.id));

  it('every due date is a working day, on or after the nominal last day', () => {
    fc.assert(
      fc.property(anyRule, fromDate, (rule, from) => {
        const r = computeDeadline(rule, from, cal);
        expect(cal.isWorkday(r.due)).toBe(true);
        expect(r.due >= r.nominalDue).toBe(true);
        expect(r.nominalDue > r.start).toBe(true);
        if (r.rolled) expect(cal.isWorkday(r.nominalDue)).toBe(false);
        else expect(r.due).toBe(r.nominalDue);
      }),
    );
  });

  it('court-day periods end exactly length days after the start unless rolled to the next working day', () => {
    const courtRules = deadlineRules.filter((r) => r.counting === 'court-days').map((r) => r.id);
    fc.assert(
      fc.property(fc.constantFrom(...courtRules), fromDate, (rule, from) => {
        const r = computeDeadline(rule, from, cal);
        expect(isoToDayNumber(r.nominalDue) - isoToDayNumber(r.start)).toBe(r.length);
        for (let n = isoToDayNumber(r.nominalDue); n < isoToDayNumber(r.due); n++) {
          expect(cal.isWorkday(new Date(n * 86_400_000).toISOString().slice(0, 10))).toBe(false);
        }
      }),
    );
  });

  it('working-day rules never land on a weekend that is not 调休上班', () => {
    const wdRules = deadlineRules.filter((r) => r.counting === 'workdays').map((r) => r.id);
    fc.assert(
      fc.property(fc.constantFrom(...wdRules), fromDate, (rule, from) => {
        const due = computeDeadline(rule, from, cal).due;
        const wd = weekdayOf(isoToDayNumber(due));
        if (wd === 0 || wd === 6) expect(cal.dayInfo(due).kind).toBe('makeup-workday');
      }),
    );
  });

  it('a later start never gives an earlier due date', () => {
    fc.assert(
      fc.property(anyRule, fromDate, fromDate, (rule, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(computeDeadline(rule, lo, cal).due <= computeDeadline(rule, hi, cal).due).toBe(true);
      }),
    );
  });
});
