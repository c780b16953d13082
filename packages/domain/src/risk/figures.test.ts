import { describe, expect, it } from 'vitest';
import { type RiskFigureInput, riskFigures } from './figures.js';

const row = (over: Partial<RiskFigureInput>): RiskFigureInput => ({
  unit: 'A',
  level: 'yellow',
  closed: false,
  outcome: null,
  caseLost: false,
  warnedOn: '2026-03-02',
  leadOn: null,
  planOverdue: false,
  ...over,
});

describe('riskFigures (docs/rules/risk.md#figures)', () => {
  it('no items: counts 0, every rate null', () => {
    expect(riskFigures([]).total).toEqual({
      warnings: 0,
      red: 0,
      lost: 0,
      lostRate: null,
      closed: 0,
      resolvedBeforeJudgment: 0,
      resolvedRate: null,
      withLead: 0,
      avgDaysToLead: null,
      overduePlans: 0,
    });
  });

  it.each([
    ['a red warning that ended in a loss', [row({ level: 'red', caseLost: true })], { red: 1, lost: 1, lostRate: 1 }],
    [
      'withdrawn after settlement and mediated count as resolved before judgment; a judgment does not',
      [
        row({ closed: true, outcome: 'withdrawn_after_settlement' }),
        row({ closed: true, outcome: 'mediated' }),
        row({ closed: true, outcome: 'judgment', caseLost: true }),
        row({}),
      ],
      { warnings: 4, closed: 3, resolvedBeforeJudgment: 2, resolvedRate: 2 / 3, lost: 1, lostRate: 0.25 },
    ],
    [
      'days to a leader averaged over items with one (a leader named the same day is 0 days)',
      [
        row({ leadOn: '2026-03-02' }),
        row({ leadOn: '2026-03-05' }),
        row({ leadOn: '2026-03-08' }),
        row({ leadOn: null }),
      ],
      { withLead: 3, avgDaysToLead: 3 },
    ],
    [
      'an overdue plan counts while the item is open only',
      [row({ planOverdue: true }), row({ planOverdue: true, closed: true, outcome: 'other' })],
      { overduePlans: 1, closed: 1, resolvedBeforeJudgment: 0, resolvedRate: 0 },
    ],
  ] as const)('%s', (_, rows, expected) => {
    expect(riskFigures(rows).total).toMatchObject(expected);
  });

  it('units in first-seen order, each with its own figures; the total is their sum', () => {
    const r = riskFigures([row({ unit: 'B', level: 'red' }), row({ unit: 'A' }), row({ unit: 'B', caseLost: true })]);
    expect(r.units.map((u) => [u.unit, u.warnings, u.red, u.lost])).toEqual([
      ['B', 2, 1, 1],
      ['A', 1, 0, 0],
    ]);
    expect(r.total).toMatchObject({ warnings: 3, red: 1, lost: 1 });
  });
});
