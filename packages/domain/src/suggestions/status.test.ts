import { describe, expect, it } from 'vitest';
import { replyDateProblem, suggestionStatus } from './status.js';

describe('suggestionStatus (docs/rules/suggestions.md#status)', () => {
  const due = '2026-03-10';
  it.each([
    // [case, due, repliedOn, today, lead, expected]
    ['long before the due date', due, null, '2026-02-01', 7, 'pending'],
    ['8 days before: not yet due soon', due, null, '2026-03-02', 7, 'pending'],
    ['7 days before: due soon', due, null, '2026-03-03', 7, 'due_soon'],
    ['on the due date: due soon, not overdue', due, null, '2026-03-10', 7, 'due_soon'],
    ['the day after: overdue', due, null, '2026-03-11', 7, 'overdue'],
    ['lead 0: only the due day is due soon', due, null, '2026-03-09', 0, 'pending'],
    ['replied on the due date: on time', due, '2026-03-10', '2026-04-01', 7, 'answered_on_time'],
    ['replied the day after: late', due, '2026-03-11', '2026-04-01', 7, 'answered_late'],
    ['replied early: on time', due, '2026-01-05', '2026-01-06', 7, 'answered_on_time'],
    ['no due date, open: pending however old', null, null, '2030-01-01', 7, 'pending'],
    ['no due date, answered: on time', null, '2026-05-01', '2026-05-02', 7, 'answered_on_time'],
  ] as const)('%s', (_name, d, repliedOn, today, lead, expected) => {
    expect(suggestionStatus({ due: d, repliedOn }, today, lead)).toBe(expected);
  });

  it('refuses bad dates and negative leads', () => {
    expect(() => suggestionStatus({ due, repliedOn: null }, '2026-02-30')).toThrow();
    expect(() => suggestionStatus({ due, repliedOn: null }, '2026-02-01', -1)).toThrow(RangeError);
  });

  it('checks a reply date against receipt and today', () => {
    expect(replyDateProblem('2026-01-10', '2026-01-09', '2026-02-01')).toMatch(/早于/);
    expect(replyDateProblem('2026-01-10', '2026-02-02', '2026-02-01')).toMatch(/晚于/);
    expect(replyDateProblem('2026-01-10', '2026-01-10', '2026-02-01')).toBeNull();
  });
});
