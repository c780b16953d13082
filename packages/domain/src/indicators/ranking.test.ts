import { describe, expect, it } from 'vitest';
import { type RankingRow, rankUnits } from './ranking.js';

const row = (unitId: string, numerator: number, denominator: number): RankingRow => ({
  unitId,
  label: `${unitId}县`,
  numerator,
  denominator,
});

describe('rankings (docs/rules/indicators-and-sanctions.md#rankings)', () => {
  const rows = [
    row('甲', 7, 44),
    row('乙', 1, 2),
    row('丙', 3, 30),
    row('丁', 2, 20),
    row('戊', 0, 0),
    row('己', 10, 100),
    row('庚', 686, 4311),
  ];

  it('ranks by rate, worst first, ties sharing a rank (1, 2, 3, 3, 3) and saying so; small units listed, not ranked', () => {
    const r = rankUnits(rows, { minCases: 5, order: 'highest-first' });
    expect(r.map((u) => [u.unitId, u.rank, u.display, u.note.code])).toEqual([
      ['庚', 1, '15.91%', 'RANKED'],
      ['甲', 2, '15.91%', 'RANKED'], // 7/44 = 15.909…% < 686/4311 = 15.913…%: exact fractions, not the display
      ['丙', 3, '10.00%', 'TIED'], // 3/30, 2/20 and 10/100: one rank, in 拼音 order of their names
      ['丁', 3, '10.00%', 'TIED'],
      ['己', 3, '10.00%', 'TIED'],
      ['乙', null, '50.00%', 'BELOW_MINIMUM'],
      ['戊', null, '—', 'NO_CASES'],
    ]);
  });

  it('states the tie and the small numbers in Chinese', () => {
    const r = rankUnits(rows, { minCases: 5, order: 'highest-first' });
    const ding = r.find((u) => u.unitId === '丁')!;
    expect(ding.tiedWith).toEqual(['丙', '己']);
    expect(ding.note.text).toBe('并列第3名（3个单位比率相同：丙县、丁县、己县）');
    expect(r.find((u) => u.unitId === '乙')!.note.text).toBe('计入分母的案件 2 件，少于 5 件，列出但不参与排名');
  });

  it('shows the 95% Wilson interval beside each rate', () => {
    const r = rankUnits(rows, { minCases: 1, order: 'highest-first' });
    const yi = r.find((u) => u.unitId === '乙')!;
    expect(yi.rank).toBe(1); // 1 of 2 = 50% tops the list once small units are ranked…
    expect(yi.interval!.display).toBe('9.45%–90.55%'); // …and the interval says how little that means
    expect(r.find((u) => u.unitId === '庚')!.interval!.display).toBe('14.85%–17.04%');
    expect(r.find((u) => u.unitId === '戊')!.interval).toBeNull();
  });

  it('gives the rank after a tie by position (standard competition ranking: 1, 1, 3)', () => {
    const r = rankUnits([row('a', 1, 10), row('b', 2, 20), row('c', 1, 20)], { minCases: 1, order: 'highest-first' });
    expect(r.map((u) => `${u.unitId}${u.rank}`)).toEqual(['a1', 'b1', 'c3']);
  });

  it('ranks the best first when low is bad (出庭应诉率)', () => {
    const r = rankUnits([row('a', 9, 10), row('b', 10, 10), row('c', 5, 10)], { minCases: 1, order: 'lowest-first' });
    expect(r.map((u) => `${u.unitId}${u.rank}`)).toEqual(['c1', 'a2', 'b3']);
  });

  it('refuses bad input with a Chinese message naming the unit', () => {
    expect(() => rankUnits([row('a', 3, 2)], { minCases: 1, order: 'highest-first' })).toThrow('单位 a县 的分子、分母');
    expect(() => rankUnits([row('a', 1, 2), row('a', 1, 2)], { minCases: 1, order: 'highest-first' })).toThrow(
      '重复出现',
    );
    expect(() => rankUnits([], { minCases: 0, order: 'highest-first' })).toThrow('最低案件数');
  });
});
