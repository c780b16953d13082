import { describe, expect, it } from 'vitest';
import { parseStatPeriod, previousStatPeriod, statPeriod } from './periods.js';

describe('statistics periods', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31', '2025年', '2024'],
    ['2025-H1', '2025-01-01', '2025-06-30', '2025年上半年', '2024-H2'],
    ['2025-H2', '2025-07-01', '2025-12-31', '2025年下半年', '2025-H1'],
    ['2024-Q1', '2024-01-01', '2024-03-31', '2024年第1季度', '2023-Q4'],
    ['2024-Q1', '2024-01-01', '2024-03-31', '2024年第1季度', '2023-Q4'],
    ['2024-Q4', '2024-10-01', '2024-12-31', '2024年第4季度', '2024-Q3'],
  ])('%s: %s to %s, %s, previous %s', (key, from, to, label, prev) => {
    const p = parseStatPeriod(key)!;
    expect([p.from, p.to, p.label, previousStatPeriod(p).key]).toEqual([from, to, label, prev]);
  });
  it.each(['2025-H3', '2025-Q5', '25', '2025-M1', ''])('%s is not a period', (key) => {
    expect(parseStatPeriod(key)).toBeNull();
  });
  it('February of a leap year ends the quarter right', () => {
    expect(statPeriod('half', 2024, 1).to).toBe('2024-06-30');
  });
});
