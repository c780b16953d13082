import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError, createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { computeDeadline } from '../deadlines/compute.js';
import { referralBatch, referralDeadline, referralOnTime } from './referralDeadline.js';

const cal = createCalendar(officialSchedule);

// Counted by hand from the State Council notices: 30 calendar days from the day after the quarter's last day; a 30th
// day on a holiday or rest day moves to the next working day. 2025 春节 01-28..02-04 off (02-08 调休上班);
// 2024 国庆 10-01..10-07; 2025 国庆/中秋 10-01..10-08; 2026 劳动节 05-01..05-05.
describe('referralDeadline', () => {
  it.each([
    // [effective on, batch, quarter end, due, rolled]
    ['2025-01-01', '2025-Q1', '2025-03-31', '2025-04-30', false], // first day of a quarter (Wednesday)
    ['2025-03-31', '2025-Q1', '2025-03-31', '2025-04-30', false], // last day of the same quarter: same batch
    ['2025-04-01', '2025-Q2', '2025-06-30', '2025-07-30', false], // one day later: next quarter
    ['2025-06-30', '2025-Q2', '2025-06-30', '2025-07-30', false],
    ['2025-09-30', '2025-Q3', '2025-09-30', '2025-10-30', false],
    ['2024-12-20', '2024-Q4', '2024-12-31', '2025-02-05', true], // 01-30 in the 2025 Spring Festival → 02-05
    ['2024-12-31', '2024-Q4', '2024-12-31', '2025-02-05', true], // across the year end
    ['2025-12-31', '2025-Q4', '2025-12-31', '2026-01-30', false], // Friday
    ['2024-06-15', '2024-Q2', '2024-06-30', '2024-07-30', false],
    ['2024-09-30', '2024-Q3', '2024-09-30', '2024-10-30', false],
    ['2023-03-31', '2023-Q1', '2023-03-31', '2023-05-04', true], // 2023-04-30 Sunday, 05-01..05-03 劳动节 → 05-04
    ['2024-03-31', '2024-Q1', '2024-03-31', '2024-04-30', false], // 04-30 Tuesday
  ])('loss effective %s → %s, quarter ends %s, due %s', (effective, batch, end, due, rolled) => {
    const r = referralDeadline(effective, cal);
    expect(r).toMatchObject({ batch, quarterEnd: end, due, rolled, provisional: false });
    expect(r.explanation).toContain('淮安');
    // The case's deadline row comes from the same rule: the two never disagree.
    expect(r.due).toBe(computeDeadline('accountability.referral', effective, cal).due);
  });

  it('throws for a year no schedule covers, rather than guessing', () => {
    expect(() => referralDeadline('2099-05-01', cal)).toThrow(CalendarYearNotCoveredError);
  });

  it('says which batch a date belongs to', () => {
    expect(referralBatch('2026-10-01')).toBe('2026-Q4');
    expect(referralBatch('2026-09-30')).toBe('2026-Q3');
  });

  it.each([
    ['2025-02-05', '2025-02-05', true],
    ['2025-02-05', '2025-01-10', true],
    ['2025-02-05', '2025-02-06', false],
    ['2025-02-05', null, null],
  ] as const)('due %s, sent %s → on time %s', (due, sent, expected) => {
    expect(referralOnTime(due, sent)).toBe(expected);
  });
});
