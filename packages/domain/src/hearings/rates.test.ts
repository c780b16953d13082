import { describe, expect, it } from 'vitest';
import type { Attendee } from './hearingAppearance.js';
import { assessInstance } from './instanceAppearance.js';
import {
  absenceRates,
  appearanceFigures,
  appearanceFiguresBy,
  appearanceRate,
  averageEvaluation,
  type CaseAppearanceRow,
  principalAppearanceRate,
  spokeRate,
} from './rates.js';

type R = CaseAppearanceRow['result'];
const base: R = {
  heard: true,
  valid: false,
  principalAppeared: false,
  spoke: false,
  absence: 'none',
  judicialSuggestionRisk: false,
};
const row = (caseId: string, over: Partial<R>, evaluations?: number[]): CaseAppearanceRow => ({
  caseId,
  result: { ...base, ...over },
  ...(evaluations ? { evaluations } : {}),
});

// c1 正职 spoke, c2 副职 silent, c3 approved absence, c4 unapproved absence (risk), c5 not heard yet.
const rows: CaseAppearanceRow[] = [
  row('c1', { valid: true, principalAppeared: true, spoke: true }, [5, 4]),
  row('c2', { valid: true }, [3]),
  row('c3', { absence: 'approved' }),
  row('c4', { absence: 'unapproved', judicialSuggestionRisk: true }),
  row('c5', { heard: false }),
];

describe('rates (docs/rules/head-appearance.md#rates)', () => {
  it.each<[string, (rows: CaseAppearanceRow[]) => unknown, unknown]>([
    [
      '出庭应诉率',
      appearanceRate,
      {
        numerator: 2,
        denominator: 4,
        value: 0.5,
        numeratorCaseIds: ['c1', 'c2'],
        denominatorCaseIds: ['c1', 'c2', 'c3', 'c4'],
      },
    ],
    [
      '主要负责人出庭率',
      principalAppearanceRate,
      {
        numerator: 1,
        denominator: 4,
        value: 0.25,
        numeratorCaseIds: ['c1'],
        denominatorCaseIds: ['c1', 'c2', 'c3', 'c4'],
      },
    ],
    [
      '出声率',
      spokeRate,
      { numerator: 1, denominator: 2, value: 0.5, numeratorCaseIds: ['c1'], denominatorCaseIds: ['c1', 'c2'] },
    ],
    [
      'absences',
      (r) => [absenceRates(r).approved.numeratorCaseIds, absenceRates(r).unapproved.numeratorCaseIds],
      [['c3'], ['c4']],
    ],
    [
      'average evaluation',
      averageEvaluation,
      { numerator: 12, denominator: 3, value: 4, numeratorCaseIds: ['c1', 'c2'], denominatorCaseIds: ['c1', 'c2'] },
    ],
  ])('%s', (_label, fn, want) => {
    expect(fn(rows)).toEqual(want);
  });

  it('a rate over nothing is null, not NaN', () => {
    const f = appearanceFigures([row('c5', { heard: false })]);
    for (const r of [f.appearance, f.principal, f.spoke, f.approvedAbsences, f.unapprovedAbsences, f.evaluation]) {
      expect(r).toMatchObject({ numerator: 0, denominator: 0, value: null });
    }
    expect(appearanceFigures([]).appearance.value).toBeNull();
    expect(f.casesHeard).toBe(0);
  });

  it('the 主要负责人 count needs a valid appearance', () => {
    expect(principalAppearanceRate([row('x', { principalAppeared: true })]).numerator).toBe(0);
  });

  it('gathers every figure at once', () => {
    const f = appearanceFigures(rows);
    expect(f.casesHeard).toBe(4);
    expect([f.appearance.value, f.principal.value, f.spoke.value, f.evaluation.value]).toEqual([0.5, 0.25, 0.5, 4]);
    expect([f.approvedAbsences.value, f.unapprovedAbsences.value, f.judicialSuggestionRisk.value]).toEqual([
      0.25, 0.25, 0.25,
    ]);
    expect(f.judicialSuggestionRisk.numeratorCaseIds).toEqual(['c4']);
  });

  it('山东 2022: 14,665 of 14,730 cases heard is 99.6%', () => {
    const many = Array.from({ length: 14730 }, (_, i) => row(`c${i}`, { valid: i < 14665 }));
    const r = appearanceRate(many);
    expect([r.numerator, r.denominator, Math.round(r.value! * 1000) / 10]).toEqual([14665, 14730, 99.6]);
  });

  it('groups by any key', () => {
    const by = appearanceFiguresBy(rows, (r) => (r.caseId <= 'c2' ? 'A局' : 'B局'));
    expect([...by.keys()]).toEqual(['A局', 'B局']);
    expect(by.get('A局')!.appearance.value).toBe(1);
    expect(by.get('B局')!.appearance).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
  });

  it.each([[0], [6], [3.5], [Number.NaN]])('refuses a rating of %s, naming the case', (e) => {
    expect(() => averageEvaluation([row('案-7', {}, [e])])).toThrow(/1–5 的整数：案件 案-7/);
  });

  it('refuses a case counted twice', () => {
    expect(() => appearanceRate([row('c1', {}), row('c1', {})])).toThrow('案件 c1 重复出现');
  });

  it('works on assessInstance results', () => {
    const head: Attendee = { role: 'head', position: 'principal', identityProofFiled: true, spoke: false };
    const at = '2026-12-01T09:00:00+08:00';
    const a = assessInstance({ hearings: [{ id: 'h1', kind: 'trial', status: 'held', at, attendees: [head] }] });
    const b = assessInstance({ hearings: [{ id: 'h2', kind: 'trial', status: 'held', at, attendees: [] }] });
    const f = appearanceFigures([
      { caseId: 'a', result: a },
      { caseId: 'b', result: b },
    ]);
    expect([f.appearance.value, f.principal.value, f.spoke.value, f.unapprovedAbsences.numeratorCaseIds]).toEqual([
      0.5,
      0.5,
      0,
      ['b'],
    ]);
  });
});
