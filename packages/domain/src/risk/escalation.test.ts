import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { planEscalation, supervisionAlert, workdaysLate } from './escalation.js';

const cal = createCalendar(officialSchedule);

describe('planEscalation: county from the first working day late, city from the second', () => {
  it.each([
    ['due today', '2026-03-04', '2026-03-04', 0, 'none'],
    ['the next working day', '2026-03-04', '2026-03-05', 1, 'county'],
    ['two working days', '2026-03-04', '2026-03-06', 2, 'city'],
    ['due Friday, seen Saturday: no working day yet', '2026-03-06', '2026-03-07', 0, 'none'],
    ['due Friday, seen Monday', '2026-03-06', '2026-03-09', 1, 'county'],
    ['due before National Day 2026: the holiday is not counted', '2026-09-30', '2026-10-08', 1, 'county'],
    ['8, 9 and the 调休 Saturday 10 October 2026 count', '2026-09-30', '2026-10-10', 3, 'city'],
  ] as const)('%s: due %s, on %s → %i working days, %s', (_, due, today, late, who) => {
    expect(workdaysLate(due, today, cal)).toBe(late);
    expect(planEscalation(due, today, cal)).toBe(who);
  });
});

describe('supervisionAlert', () => {
  it.each([
    ['10 days before', '2026-12-20', '2026-12-10', 'none'],
    ['4 days before', '2026-12-20', '2026-12-16', 'none'],
    ['3 days before', '2026-12-20', '2026-12-17', 'due_soon'],
    ['on the day', '2026-12-20', '2026-12-20', 'due_soon'],
    ['the day after', '2026-12-20', '2026-12-21', 'overdue'],
  ] as const)('%s: due %s, on %s → %s', (_, due, today, alert) => {
    expect(supervisionAlert(due, today)).toBe(alert);
  });
});
