import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { computeDeadlineRows, computeRow } from './rows.js';

const strict = createCalendar(officialSchedule);
const provisional = createCalendar(officialSchedule, [], { provisional: true });

describe('deadline rows of a case', () => {
  it('a covered year: the final date with its explanation and basis', () => {
    expect(computeRow('litigation.defense', '2024-09-20', strict)).toMatchObject({
      dueDate: '2024-10-08',
      provisional: false,
      basis: '行政诉讼法第67条',
    });
  });

  it('a year not covered: no date on the strict calendar, a 暂定 date on the provisional one', () => {
    const s = computeRow('litigation.defense', '2031-05-01', strict);
    expect(s.dueDate).toBeNull();
    expect(s.explanation).toMatch(/^暂无法计算：/);
    const p = computeRow('litigation.defense', '2031-05-01', provisional);
    expect(p.provisional).toBe(true);
    expect(p.dueDate).toMatch(/^2031-05-/);
  });

  it.each([
    // defence submitted on time / late; a custom date later than the computed one turns late into on time
    ['2024-10-08', new Map<string, string | null>(), 'met'],
    ['2024-10-09', new Map<string, string | null>(), 'missed'],
    ['2024-10-09', new Map<string, string | null>([['litigation.defense', '2024-10-10']]), 'met'],
  ] as const)('defence on %s with custom dates %o → %s', (defenceAt, custom, status) => {
    const rows = computeDeadlineRows(
      {
        kind: 'litigation',
        instance: 'first',
        filedDate: '2024-09-18',
        complaintReceivedDate: '2024-09-20',
        outcome: null,
        outcomeDate: null,
        governmentLost: null,
      },
      defenceAt,
      strict,
      custom,
    );
    expect(rows.map((r) => r.ruleId)).toEqual(['litigation.defense', 'litigation.first-instance']);
    expect(rows[0]).toMatchObject({ fromDate: '2024-09-20', dueDate: '2024-10-08', status });
    expect(rows[1]?.status).toBe('open');
  });
});
