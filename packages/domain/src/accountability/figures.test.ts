import { describe, expect, it } from 'vitest';
import type { Conclusion, EvaluationState } from './evaluation.js';
import { type EvaluationRow, evaluationFigures } from './figures.js';

const row = (
  id: string,
  state: EvaluationState,
  conclusion: Conclusion | null,
  referredAt: string | null,
  referralDue: string | null,
  outcome: string | null = null,
  trigger: 'loss' | 'self_correction' = 'loss',
): EvaluationRow => ({
  id,
  referralDue,
  evaluation: {
    state,
    trigger,
    conclusion: conclusion ? { by: 'C1', at: '2025-01-05T09:00:00+08:00', conclusion } : null,
    referral: referredAt ? { by: 'C1', at: referredAt } : null,
    outcome: outcome ? { by: 'D1', at: '2025-03-01T09:00:00+08:00', code: outcome } : null,
  },
});

const rows = [
  row('a', 'opened', null, null, '2025-02-05'),
  row('b', 'in_review', null, null, '2025-02-05'),
  row('c', 'concluded', 'no_fault', null, '2025-02-05'),
  row('d', 'concluded', 'self_corrected', null, '2025-02-05', null, 'self_correction'),
  row('e', 'concluded', 'fault', null, '2025-02-05'), // not yet referred
  // 2025-02-05T23:30+08:00 is the due day in China (15:30 UTC): on time
  row('f', 'referred', 'fault', '2025-02-05T15:30:00Z', '2025-02-05'),
  // 2025-02-06T00:30+08:00 is the day after in China though 02-05 in UTC: late
  row('g', 'outcome_recorded', 'fault', '2025-02-05T16:30:00Z', '2025-02-05', 'admonishment'),
  row('h', 'outcome_recorded', 'fault', '2025-01-20T10:00:00+08:00', '2025-02-05', 'admonishment'),
  row('i', 'referred', 'fault', '2025-01-20T10:00:00+08:00', null), // no deadline known: not in the on-time figures
];

describe('evaluationFigures', () => {
  const f = evaluationFigures(rows, '2025-02-06');

  it('counts per state and conclusion, self-correction included', () => {
    expect(f.total).toBe(9);
    expect(f.byState.opened).toEqual(['a']);
    expect(f.byState.initial_evaluated).toEqual([]);
    expect(f.byState.concluded).toEqual(['c', 'd', 'e']);
    expect(f.byConclusion).toEqual({ fault: ['e', 'f', 'g', 'h', 'i'], no_fault: ['c'], self_corrected: ['d'] });
    expect(f.openedForSelfCorrection).toEqual(['d']);
  });

  it.each([
    ['faultRate', 5, 7, 5 / 7],
    ['referralOnTime', 2, 3, 2 / 3],
  ] as const)('%s: %i / %i', (name, numerator, denominator, value) => {
    expect(f[name]).toMatchObject({ numerator, denominator, value });
  });

  it('judges the referral by its China-time date', () => {
    expect(f.referralOnTime.numeratorIds).toEqual(['f', 'h']);
    expect(f.referralOnTime.denominatorIds).toEqual(['f', 'g', 'h']);
  });

  it.each([
    ['2025-02-05', []], // due today: not overdue yet
    ['2025-02-06', ['e']],
    [undefined, []],
  ] as const)('overdue referrals as of %s', (asOf, expected) => {
    expect(evaluationFigures(rows, asOf).referralOverdue).toEqual(expected);
  });

  it('groups the outcomes', () => {
    expect([...f.outcomes]).toEqual([['admonishment', ['g', 'h']]]);
  });

  it('nothing: rates null', () => {
    const empty = evaluationFigures([]);
    expect(empty.faultRate.value).toBeNull();
    expect(empty.referralOnTime.value).toBeNull();
    expect(empty.total).toBe(0);
  });
});
