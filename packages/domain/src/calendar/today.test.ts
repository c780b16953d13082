import { describe, expect, it } from 'vitest';
import { todayInChina } from './today.js';

describe('today in China (UTC+8)', () => {
  it.each([
    ['2026-11-30T15:59:59Z', '2026-11-30'],
    ['2026-11-30T16:00:00Z', '2026-12-01'], // midnight in Beijing
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2026-03-01T00:00:00+08:00', '2026-03-01'],
    ['2024-02-28T16:30:00Z', '2024-02-29'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInChina(new Date(instant))).toBe(expected);
  });
});
