import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.js';

/**
 * Known values (docs/rules/indicators-and-sanctions.md#small-numbers): SciPy 1.17
 * `binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson')`, the same as R's prop.test(correct = FALSE).
 */
describe('wilsonInterval (95%)', () => {
  it.each<[number, number, number, number]>([
    [1, 2, 0.09453120573423074, 0.9054687942657693], // 1 loss in 2 cases: "50%" says little
    [0, 10, 0, 0.27753279986288926],
    [10, 10, 0.7224672001371109, 1],
    [5, 10, 0.236593090512564, 0.7634069094874361],
    [1, 1, 0.20654931437723745, 1],
    [686, 4311, 0.14851257275119523, 0.17035000237496722],
    [33, 536, 0.04417198077402104, 0.08520203761512912],
    [17, 177, 0.060832403068680124, 0.1484197179187659],
    [81, 263, 0.2552885198782742, 0.36620957698280004],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const ci = wilsonInterval(k, n)!;
    expect(ci.low).toBeCloseTo(low, 12);
    expect(ci.high).toBeCloseTo(high, 12);
  });

  it('is null over no cases and narrows as cases grow', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const small = wilsonInterval(1, 10)!;
    const large = wilsonInterval(100, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow('0 ≤ 分子 ≤ 分母');
    expect(() => wilsonInterval(-1, 2)).toThrow('威尔逊区间');
    expect(() => wilsonInterval(1.5, 2)).toThrow('威尔逊区间');
  });
});
