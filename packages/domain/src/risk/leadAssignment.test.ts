import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import {
  type LeadAssignmentStatus,
  leadAssignmentDue,
  leadAssignmentStatus,
  leadEscalation,
} from './leadAssignment.js';

const cal = createCalendar(officialSchedule);

describe('leadAssignmentDue: 3 working days (docs/rules/risk.md#lead-assignment)', () => {
  it.each([
    ['an ordinary Monday', '2026-03-02', '2026-03-05'],
    ['a Thursday: over the weekend', '2026-03-05', '2026-03-10'],
    ['a Saturday warning: counting starts Monday', '2026-03-07', '2026-03-11'],
    ['before the Spring Festival: the 调休 Saturday counts, the holiday does not', '2026-02-12', '2026-02-24'],
    ['the eve of National Day 2026: past the holiday and its 调休 Saturday', '2026-09-29', '2026-10-09'],
    ['over 清明 2026', '2026-04-02', '2026-04-08'],
    ['across the year end into 元旦 2026', '2025-12-30', '2026-01-05'],
  ])('%s: warned %s, due %s', (_, warned, due) => {
    const r = leadAssignmentDue(warned, cal);
    expect(r.due).toBe(due);
    expect(r.rule.id).toBe('risk.lead-assignment');
    expect(r.explanation).toContain(due);
  });
});

describe('leadAssignmentStatus and escalation at given days', () => {
  it.each<[string, string, string | null, string, LeadAssignmentStatus, number, 'none' | 'county' | 'city']>([
    ['due day, none yet', '2026-02-24', null, '2026-02-24', 'open', 0, 'none'],
    ['before the holiday, none yet', '2026-02-24', null, '2026-02-16', 'open', 0, 'none'],
    ['one working day late', '2026-02-24', null, '2026-02-25', 'overdue', 1, 'county'],
    ['two working days late: the city hears', '2026-02-24', null, '2026-02-26', 'overdue', 2, 'city'],
    ['assigned on the due day', '2026-02-24', '2026-02-24', '2026-03-10', 'met', 0, 'none'],
    ['assigned during the holiday, before due', '2026-02-24', '2026-02-17', '2026-03-10', 'met', 0, 'none'],
    ['assigned a day late', '2026-02-24', '2026-02-25', '2026-03-10', 'met_late', 1, 'county'],
    [
      'due Friday, Saturday and Sunday are not late working days',
      '2026-03-06',
      null,
      '2026-03-08',
      'overdue',
      0,
      'none',
    ],
    ['due Friday, Monday is the first late working day', '2026-03-06', null, '2026-03-09', 'overdue', 1, 'county'],
    ['due before National Day, the week off is not counted', '2026-09-30', null, '2026-10-08', 'overdue', 1, 'county'],
  ])('%s', (_, due, assigned, today, status, late, escalation) => {
    const r = leadAssignmentStatus(due, assigned, today, cal);
    expect(r).toEqual({ status, workdaysOverdue: late });
    expect(leadEscalation(r.status === 'met' ? 0 : r.workdaysOverdue)).toBe(escalation);
  });
});
