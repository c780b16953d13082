import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { complianceDue, DEFAULT_COMPLIANCE_DAYS, needsCompliance } from './compliance.js';

const cal = createCalendar(officialSchedule);

describe('whether a case needs a compliance task (docs/rules/after-judgment.md#compliance)', () => {
  it.each<[boolean | null, boolean | null, boolean]>([
    [true, null, true],
    [true, false, true],
    [true, true, false],
    [false, null, false],
    [false, false, false],
    [null, null, false],
    [null, false, false],
  ])('lost %s, approved appeal %s → %s', (governmentLost, approvedAppeal, expected) => {
    expect(needsCompliance({ governmentLost, approvedAppeal })).toBe(expected);
  });
});

describe('the compliance due date: days after service, a rest day or holiday rolled to the next working day', () => {
  it.each<[string, number, string]>([
    ['2025-09-10', 30, '2025-10-10'], // a Friday, a working day
    ['2025-09-08', 30, '2025-10-09'], // 10-08 is the last day of the National Day holiday
    ['2025-09-01', 30, '2025-10-09'], // 10-01: the whole holiday is skipped
    ['2025-08-30', 30, '2025-09-29'], // 09-29, a Monday
    ['2025-08-29', 30, '2025-09-28'], // 09-28 is a Sunday worked for the holiday (调休上班): no roll
    ['2026-01-01', 30, '2026-02-02'], // 01-31 is a Saturday → Monday
    ['2026-01-01', 15, '2026-01-16'],
  ])('served %s + %i days → %s', (served, days, due) => {
    const r = complianceDue(served, days, cal);
    expect(r.dueDate).toBe(due);
    expect(r.explanation).toContain(served);
    expect(r.explanation).toContain(due);
  });

  it('says when the last day was rolled, and refuses a period that is not a positive whole number', () => {
    expect(complianceDue('2025-09-08', DEFAULT_COMPLIANCE_DAYS, cal).explanation).toContain('顺延至2025-10-09');
    expect(() => complianceDue('2025-09-08', 0, cal)).toThrow(RangeError);
    expect(() => complianceDue('2025-09-08', 1.5, cal)).toThrow(RangeError);
  });
});
