import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { normaliseReminderOffsets, reminderOffsetDue, workdaysLeft } from './reminderDue.js';

const cal = createCalendar(officialSchedule);

describe('workdaysLeft', () => {
  // 2025-09-26 (Fri) … National Day 10-01..10-08, make-up days 09-28 (Sun) and 10-11 (Sat).
  it.each([
    ['2025-09-26', '2025-09-26', 0], // the day itself
    ['2025-09-26', '2025-09-29', 2], // 09-28 (Sunday) is a make-up working day
    ['2025-09-26', '2025-10-09', 4], // 09-28, 09-29, 09-30, 10-09
    ['2025-09-30', '2025-10-09', 1], // the whole holiday counts for nothing
    ['2025-10-10', '2025-10-13', 2], // 10-11 (Saturday) is a make-up working day
    ['2024-10-11', '2024-10-14', 2], // 10-12 (Saturday) make-up day, 10-13 Sunday off
    ['2025-12-05', '2025-12-08', 1], // Friday → Monday
    ['2025-12-06', '2025-12-08', 1], // from a Saturday
    ['2025-12-08', '2025-12-05', -1], // passed
  ])('%s → %s: %i working days', (today, due, left) => {
    expect(workdaysLeft(cal, today, due)).toBe(left);
  });

  it('stops counting at the cap', () => {
    expect(workdaysLeft(cal, '2025-01-02', '2025-12-31', 10)).toBe(10);
  });
});

describe('reminderOffsetDue with [5, 2, 0]', () => {
  it.each([
    [7, null],
    [6, null],
    [5, 5],
    [4, 5],
    [3, 5],
    [2, 2],
    [1, 2], // a missed 2-day reminder still goes out, once; not the 5-day one beside it
    [0, 0],
    [-1, null],
  ])('%i working days left → offset %s', (left, offset) => {
    expect(reminderOffsetDue([5, 2, 0], left)).toBe(offset);
  });

  it('works with any configured offsets', () => {
    expect(reminderOffsetDue([10, 3], 0)).toBe(3);
    expect(reminderOffsetDue([], 0)).toBeNull();
  });
});

describe('normaliseReminderOffsets', () => {
  it('sorts descending and drops duplicates', () => {
    expect(normaliseReminderOffsets([0, 5, 2, 5])).toEqual([5, 2, 0]);
  });
  it.each([[-1], [1.5], [31]])('refuses %s', (o) => {
    expect(() => normaliseReminderOffsets([o])).toThrow(RangeError);
  });
});
