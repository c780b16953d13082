import { describe, expect, it } from 'vitest';
import {
  inPeriod,
  isNextQuarter,
  monthPeriod,
  type Period,
  periodLabel,
  previousPeriod,
  quarterPeriod,
  quarterPeriodOf,
  rangePeriod,
  samePeriodLastYear,
  yearPeriod,
} from './periods.js';

const span = (p: Period) => `${p.kind} ${p.from}..${p.to}`;

describe('periods (docs/rules/indicators-and-sanctions.md#periods)', () => {
  it.each<[string, Period, string, string, string]>([
    [
      'month',
      monthPeriod(2024, 2),
      'month 2024-02-01..2024-02-29',
      'month 2023-02-01..2023-02-28',
      'month 2024-01-01..2024-01-31',
    ],
    [
      'January',
      monthPeriod(2025, 1),
      'month 2025-01-01..2025-01-31',
      'month 2024-01-01..2024-01-31',
      'month 2024-12-01..2024-12-31',
    ],
    [
      'quarter',
      quarterPeriod(2025, 3),
      'quarter 2025-07-01..2025-09-30',
      'quarter 2024-07-01..2024-09-30',
      'quarter 2025-04-01..2025-06-30',
    ],
    [
      'Q1',
      quarterPeriod(2025, 1),
      'quarter 2025-01-01..2025-03-31',
      'quarter 2024-01-01..2024-03-31',
      'quarter 2024-10-01..2024-12-31',
    ],
    [
      'year',
      yearPeriod(2024),
      'year 2024-01-01..2024-12-31',
      'year 2023-01-01..2023-12-31',
      'year 2023-01-01..2023-12-31',
    ],
    // a range: 同比 the same days a year earlier (29 February → 28 February), 环比 as many days just before
    [
      'range',
      rangePeriod('2024-02-20', '2024-02-29'),
      'range 2024-02-20..2024-02-29',
      'range 2023-02-20..2023-02-28',
      'range 2024-02-10..2024-02-19',
    ],
    [
      'one day',
      rangePeriod('2025-03-01', '2025-03-01'),
      'range 2025-03-01..2025-03-01',
      'range 2024-03-01..2024-03-01',
      'range 2025-02-28..2025-02-28',
    ],
  ])('%s: %o, 同比 and 环比', (_name, period, itself, lastYear, previous) => {
    expect(span(period)).toBe(itself);
    expect(span(samePeriodLastYear(period))).toBe(lastYear);
    expect(span(previousPeriod(period))).toBe(previous);
  });

  it.each<[Period, string]>([
    [monthPeriod(2025, 7), '2025年7月'],
    [quarterPeriod(2025, 3), '2025年第3季度'],
    [yearPeriod(2025), '2025年'],
    [rangePeriod('2025-07-01', '2025-08-15'), '2025-07-01至2025-08-15'],
  ])('labels %o as %s', (p, label) => {
    expect(periodLabel(p)).toBe(label);
  });

  it('places a date (or a timestamp by its date) in a period, both ends included', () => {
    const q = quarterPeriod(2025, 3);
    expect(inPeriod('2025-07-01', q)).toBe(true);
    expect(inPeriod('2025-09-30', q)).toBe(true);
    expect(inPeriod('2025-09-30T23:59:00+08:00', q)).toBe(true);
    expect(inPeriod('2025-10-01', q)).toBe(false);
    expect(inPeriod('2025-06-30', q)).toBe(false);
    expect(inPeriod(null, q)).toBe(false);
    expect(span(quarterPeriodOf('2025-11-05'))).toBe('quarter 2025-10-01..2025-12-31');
  });

  it('knows consecutive quarters, across the year too', () => {
    expect(isNextQuarter(quarterPeriod(2025, 2), quarterPeriod(2025, 3))).toBe(true);
    expect(isNextQuarter(quarterPeriod(2024, 4), quarterPeriod(2025, 1))).toBe(true);
    expect(isNextQuarter(quarterPeriod(2025, 1), quarterPeriod(2025, 3))).toBe(false);
    expect(isNextQuarter(quarterPeriod(2025, 3), quarterPeriod(2025, 2))).toBe(false);
    expect(isNextQuarter(monthPeriod(2025, 3), quarterPeriod(2025, 2))).toBe(false);
  });

  it('refuses impossible periods with a Chinese message naming the field', () => {
    expect(() => monthPeriod(2025, 13)).toThrow('月份应为 1–12');
    expect(() => quarterPeriod(2025, 5)).toThrow('季度应为 1–4');
    expect(() => rangePeriod('2025-02-30', '2025-03-01')).toThrow('开始日期应为 YYYY-MM-DD');
    expect(() => rangePeriod('2025-03-01', '2025/03/31')).toThrow('结束日期应为 YYYY-MM-DD');
    expect(() => rangePeriod('2025-03-02', '2025-03-01')).toThrow('开始日期 2025-03-02 晚于结束日期 2025-03-01');
  });
});
