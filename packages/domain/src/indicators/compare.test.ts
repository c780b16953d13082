import { describe, expect, it } from 'vitest';
import { breakdown } from './breakdown.js';
import { compareFigure, doubleDecline } from './compare.js';
import { DEMO_CITY_DEFINITIONS, type IndicatorDefinition } from './definitions.js';
import type { CaseFacts } from './facts.js';
import { quarterPeriod } from './periods.js';

const demo = (id: string): IndicatorDefinition => DEMO_CITY_DEFINITIONS.definitions.find((d) => d.id === id)!;

/** n first instances filed on `filedOn`, `lost` of them concluded REVOKED and the rest CLAIMS_REJECTED on `concludedOn`. */
function batch(prefix: string, n: number, lost: number, filedOn: string, concludedOn: string): CaseFacts[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    kind: 'litigation' as const,
    instance: 'first',
    filedOn,
    concludedOn,
    outcome: i < lost ? 'REVOKED' : 'CLAIMS_REJECTED',
  }));
}

// Q3 2024: 40 new, 8 of 40 lost (20%). Q2 2025: 50 new, 10 of 50 lost (20%). Q3 2025: 45 new, 6 of 45 lost (13.33%).
const CASES = [
  ...batch('a', 40, 8, '2024-07-10', '2024-08-10'),
  ...batch('b', 50, 10, '2025-04-10', '2025-05-10'),
  ...batch('c', 45, 6, '2025-07-10', '2025-08-10'),
];

describe('同比 and 环比 (docs/rules/indicators-and-sanctions.md#comparisons)', () => {
  it('of a count: relative change', () => {
    const f = compareFigure(demo('new_cases'), CASES, quarterPeriod(2025, 3));
    expect(f.current.display).toBe('45');
    expect(f.yearOnYear).toMatchObject({ change: 0.125, display: '+12.50%' });
    expect(f.yearOnYear.previous.display).toBe('40');
    expect(f.periodOnPeriod).toMatchObject({ change: -0.1, display: '-10.00%' });
  });

  it('of a rate: percentage points, on the exact fractions', () => {
    const f = compareFigure(demo('loss_rate'), CASES, quarterPeriod(2025, 3));
    expect(f.current.display).toBe('13.33%');
    expect(f.yearOnYear.display).toBe('-6.67个百分点');
    expect(f.yearOnYear.change).toBeCloseTo(6 / 45 - 0.2, 15);
    expect(f.periodOnPeriod.display).toBe('-6.67个百分点');
  });

  it('against an empty period: "—"', () => {
    const f = compareFigure(demo('loss_rate'), CASES, quarterPeriod(2024, 3));
    expect(f.yearOnYear).toMatchObject({ change: null, display: '—' });
    const n = compareFigure(demo('new_cases'), CASES, quarterPeriod(2024, 3));
    expect(n.yearOnYear).toMatchObject({ change: null, display: '—' });
  });

  it('双下降: both the count and the loss rate below the same period last year', () => {
    const at = (q: number, y = 2025) =>
      [
        compareFigure(demo('new_cases'), CASES, quarterPeriod(y, q)),
        compareFigure(demo('loss_rate'), CASES, quarterPeriod(y, q)),
      ] as const;
    expect(doubleDecline(...at(3))).toBe(false); // the rate fell, the count rose
    const fewer = CASES.filter((c) => !['c0', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15'].includes(c.id)); // 38 new, 5/38
    expect(
      doubleDecline(
        compareFigure(demo('new_cases'), fewer, quarterPeriod(2025, 3)),
        compareFigure(demo('loss_rate'), fewer, quarterPeriod(2025, 3)),
      ),
    ).toBe(true);
    expect(doubleDecline(...at(3, 2024))).toBeNull(); // no 2023 to compare with
  });
});

describe('breakdown (docs/rules/indicators-and-sanctions.md#breakdowns)', () => {
  const cases: CaseFacts[] = [
    { id: '1', kind: 'litigation', filedOn: '2025-07-01', concludedOn: null, outcome: 'REVOKED' },
    { id: '2', kind: 'litigation', filedOn: '2025-07-01', concludedOn: null, outcome: 'REVOKED' },
    { id: '3', kind: 'litigation', filedOn: '2025-08-01', concludedOn: null, outcome: 'CLAIMS_REJECTED' },
    { id: '4', kind: 'litigation', filedOn: '2025-09-01', concludedOn: null, outcome: null },
  ];

  it('counts and shares by key, largest first, with labels', () => {
    const rows = breakdown(
      cases,
      (c) => c.outcome,
      (k) => (k === 'REVOKED' ? '判决撤销' : k),
    );
    expect(rows.map((r) => [r.key, r.label, r.count, r.share, r.display, r.caseIds.join()])).toEqual([
      ['REVOKED', '判决撤销', 2, 0.5, '50.00%', '1,2'],
      ['CLAIMS_REJECTED', 'CLAIMS_REJECTED', 1, 0.25, '25.00%', '3'], // the case without an outcome stays in the base
    ]);
  });

  it('by month; several keys per case (every co-defendant) may add up to more than 100%', () => {
    expect(breakdown(cases, (c) => c.filedOn?.slice(0, 7)).map((r) => `${r.key}:${r.count}`)).toEqual([
      '2025-07:2',
      '2025-08:1',
      '2025-09:1',
    ]);
    const multi = breakdown(cases, (c) => (c.id === '1' ? ['x', 'y'] : ['x']));
    expect(multi.map((r) => `${r.key}:${r.display}`)).toEqual(['x:100.00%', 'y:25.00%']);
  });

  it('over no cases: nothing', () => {
    expect(breakdown([], (c) => c.outcome)).toEqual([]);
  });
});
