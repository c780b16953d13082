import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatPointChange, formatProportion, formatRate, type Rounding } from './format.js';

/** docs/rules/indicators-and-sanctions.md#rounding: [numerator, denominator, rounding, decimals, shown]. */
describe('formatRate (exact integer arithmetic)', () => {
  it.each<[number, number, Rounding, number, string]>([
    [33, 536, 'half-up', 2, '6.16%'], // 6.1567…
    [33, 536, 'truncate', 2, '6.15%'],
    [686, 4311, 'half-up', 2, '15.91%'], // 15.9127…
    [686, 4311, 'truncate', 2, '15.91%'],
    [17, 177, 'half-up', 2, '9.60%'], // 象山 2024 复议纠错率, 9.6045…
    [71, 177, 'half-up', 2, '40.11%'], // 象山 2024 调撤率, 40.1129…
    [2, 3, 'half-up', 2, '66.67%'],
    [2, 3, 'truncate', 2, '66.66%'],
    [1, 8, 'half-up', 0, '13%'], // 12.5: a tie goes up
    [1, 8, 'truncate', 0, '12%'],
    [1, 8, 'half-up', 1, '12.5%'],
    [29, 200, 'half-up', 0, '15%'], // 14.5 exactly; 29 / 200 * 100 in floats is 14.4999…
    [201, 20000, 'half-up', 2, '1.01%'], // 1.005 exactly; floats say 1.00
    [201, 20000, 'truncate', 2, '1.00%'],
    [1, 3, 'half-up', 4, '33.3333%'],
    [0, 17, 'half-up', 2, '0.00%'],
    [17, 17, 'truncate', 2, '100.00%'],
    [1, 2, 'half-up', 2, '50.00%'],
  ])('%i / %i, %s, %i decimals → %s', (num, den, rounding, decimals, shown) => {
    expect(formatRate(num, den, { rounding, decimals })).toBe(shown);
  });

  it('shows "—" over a zero denominator, two decimals half-up by default', () => {
    expect(formatRate(0, 0)).toBe('—');
    expect(formatRate(686, 4311)).toBe('15.91%');
  });

  it('refuses fractions of cases and bad decimals', () => {
    expect(() => formatRate(1.5, 3)).toThrow('分子应为整数');
    expect(() => formatRate(1, 3, { rounding: 'half-up', decimals: 5 })).toThrow('小数位数应为 0–4');
    expect(() => formatRate(1, 3, { rounding: 'half-up', decimals: 1.5 })).toThrow('小数位数');
  });
});

describe('formatChange (同比, 环比 of counts)', () => {
  it.each<[number, number, Rounding, string]>([
    [45, 40, 'half-up', '+12.50%'],
    [38, 40, 'half-up', '-5.00%'],
    [40, 40, 'half-up', '0.00%'],
    [1, 3, 'half-up', '-66.67%'], // away from zero on the magnitude
    [1, 3, 'truncate', '-66.66%'],
    [5, 0, 'half-up', '—'], // nothing to compare with
  ])('%i against %i (%s) → %s', (cur, prev, rounding, shown) => {
    expect(formatChange(cur, prev, { rounding, decimals: 2 })).toBe(shown);
  });
});

describe('formatPointChange (rates, in percentage points)', () => {
  it.each<[[number, number], [number, number], string]>([
    [[82, 1000], [63, 1000], '+1.90个百分点'], // 湖州 8.2% against 6.3%
    [[63, 1000], [82, 1000], '-1.90个百分点'],
    [[1, 3], [1, 3], '0.00个百分点'],
    [[1, 0], [1, 3], '—'],
  ])('%o against %o → %s', (a, b, shown) => {
    expect(formatPointChange({ numerator: a[0], denominator: a[1] }, { numerator: b[0], denominator: b[1] })).toBe(
      shown,
    );
  });
});

describe('formatCount and formatProportion', () => {
  it('shows a count as the plain integer', () => {
    expect(formatCount(4311)).toBe('4311');
    expect(() => formatCount(-0.5)).toThrow('数量应为整数');
  });

  it.each<[number, Rounding, number, string]>([
    [0.09453120573423074, 'half-up', 2, '9.45%'],
    [0.9054687942657693, 'half-up', 2, '90.55%'],
    [0.145, 'half-up', 0, '15%'], // 0.145 × 100 is 14.499… in floats
    [0.14851257275119523, 'truncate', 2, '14.85%'],
    [1, 'half-up', 2, '100.00%'],
    [Number.NaN, 'half-up', 2, '—'],
  ])('%f (%s, %i decimals) → %s', (v, rounding, decimals, shown) => {
    expect(formatProportion(v, { rounding, decimals })).toBe(shown);
  });
});
