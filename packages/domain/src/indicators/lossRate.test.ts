import { describe, expect, it } from 'vitest';
import type { CoDefendantRule, LossDenominator, LossNumerator, LossRateDefinition, LossScope } from './definitions.js';
import type { CaseFacts, Defendant } from './facts.js';
import { agencyUnits, computeFigure, computeFigureBy } from './figure.js';
import { quarterPeriod } from './periods.js';

const Q3 = quarterPeriod(2025, 3);

const lawsuit = (
  id: string,
  outcome: string | null,
  concludedOn: string | null,
  more: Partial<CaseFacts> = {},
): CaseFacts => ({ id, kind: 'litigation', instance: 'first', filedOn: '2025-03-01', concludedOn, outcome, ...more });

const first = (agencyId: string): Defendant => ({ agencyId, role: 'first' });

/**
 * One city's third quarter of 2025, worked out by hand (docs/rules/indicators-and-sanctions.md#loss-rate). First
 * instances concluded in Q3: A, B, C, D, E, K, L, M, S, U; appeals concluded in Q3: H, J, N, T, V.
 */
const CASES: readonly CaseFacts[] = [
  lawsuit('A', 'REVOKED', '2025-07-10', {
    defendants: [first('a1'), { agencyId: 'rb', role: 'reconsideration_body' }], // 复议维持: co-defendant 复议机关
  }),
  lawsuit('B', 'CLAIMS_REJECTED', '2025-07-20', { defendants: [{ agencyId: 'rb', role: 'reconsideration_body' }] }),
  lawsuit('C', 'WITHDRAWN_AFTER_CHANGE', '2025-08-01', { defendants: [first('a3')] }), // the hidden loss
  lawsuit('D', 'WITHDRAWN', '2025-08-02', { defendants: [first('a3')] }),
  lawsuit('E', 'SUIT_DISMISSED', '2025-08-03', { defendants: [first('a3')] }), // a ruling, no judgment
  lawsuit('F', 'CONFIRMED_ILLEGAL', '2025-06-30', { defendants: [first('a3')] }), // Q2: outside
  lawsuit('G', 'CLAIMS_REJECTED', '2025-05-10'), // Q2; reversed on appeal (H)
  lawsuit('H', 'REVOKED', '2025-08-20', { instance: 'appeal', reviewsCaseId: 'G', filedOn: '2025-05-25' }),
  lawsuit('I', 'REVOKED', '2025-04-15'), // Q2; upheld on appeal (J)
  lawsuit('J', 'APPEAL_DISMISSED', '2025-09-01', { instance: 'appeal', reviewsCaseId: 'I', filedOn: '2025-05-01' }),
  lawsuit('K', 'CLAIMS_REJECTED', '2025-09-10', { appealed: true, defendants: [first('a3')] }), // appeal not yet in
  lawsuit('L', 'REVOKED', '2025-09-15', { defendants: [first('a1'), { agencyId: 'a2', role: 'co_defendant' }] }),
  lawsuit('M', 'CLAIMS_REJECTED', '2025-07-05', { defendants: [first('a3')] }), // remanded on appeal (N)
  lawsuit('N', 'REMANDED', '2025-09-20', { instance: 'appeal', reviewsCaseId: 'M', filedOn: '2025-07-20' }),
  lawsuit('S', 'CLAIMS_REJECTED', '2025-07-08'), // won, then lost on appeal (T) in the same quarter
  lawsuit('T', 'REVOKED', '2025-09-25', { instance: 'appeal', reviewsCaseId: 'S', filedOn: '2025-07-25' }),
  lawsuit('U', 'REVOKED', '2025-07-09'), // lost, then won on appeal (V: 改判驳回诉讼请求)
  lawsuit('V', 'CLAIMS_REJECTED', '2025-09-26', { instance: 'appeal', reviewsCaseId: 'U', filedOn: '2025-07-26' }),
  lawsuit('X', 'REVOKED', '2025-08-08', { instance: 'jurisdiction' }), // 管辖: decides nothing on the act
  { id: 'R', kind: 'reconsideration', filedOn: '2025-06-01', concludedOn: '2025-08-01', outcome: 'RECON_REVOKED' },
  lawsuit('O', null, null, { filedOn: '2025-08-15' }), // pending
];

const FIRST = 'A B C D E K L M S U';
const ALL = `${FIRST} H J N T V`;

const def = (
  numerator: LossNumerator,
  denominator: LossDenominator,
  scope: LossScope,
  coDefendants: CoDefendantRule = 'original-agency',
): LossRateDefinition => ({
  id: 'loss',
  kind: 'loss_rate',
  label: '败诉率',
  numerator,
  denominator,
  scope,
  format: { rounding: 'half-up', decimals: 2 },
  coDefendants,
});

describe('败诉率 under every option (docs/rules/indicators-and-sanctions.md#loss-rate)', () => {
  it.each<[LossNumerator, LossDenominator, LossScope, string, string, string]>([
    // 一审审结, own decision: A, L, U lost of 10
    ['losses', 'first-instance-concluded', 'first-instance', 'A L U', FIRST, '30.00%'],
    // the hidden loss C joins the numerator: the option changes the figure
    ['losses-and-withdrawals-after-change', 'first-instance-concluded', 'first-instance', 'A C L U', FIRST, '40.00%'],
    // 判决结案 only: withdrawals and the dismissed suit are rulings, out of the denominator (and C with them)
    ['losses', 'judgments', 'first-instance', 'A L U', 'A B K L M S U', '42.86%'],
    ['losses-and-withdrawals-after-change', 'judgments', 'first-instance', 'A L U', 'A B K L M S U', '42.86%'],
    // 审结, every instance: the appeals H and T revoked in their own judgments; J, N, V decide nothing against it
    ['losses', 'concluded', 'first-instance', 'A L U H T', ALL, '33.33%'],
    // the same cases by their disputes' final results: J upholds I's loss, T reverses S, V reverses U; M, K undecided
    ['losses', 'concluded', 'effective', 'A L S H J T', ALL, '40.00%'],
    ['losses-and-withdrawals-after-change', 'concluded', 'effective', 'A C L S H J T', ALL, '46.67%'],
    // first instances by their final results: S lost on appeal, U won; M's remand and K's appeal leave them undecided
    ['losses', 'first-instance-concluded', 'effective', 'A L S', FIRST, '30.00%'],
    // 生效: each dispute once, at the decision that ended it (not K: appealed; not M, S, U: reviewed; not N: remanded)
    ['losses', 'effective', 'effective', 'A L H J T', 'A B C D E L H J T V', '50.00%'],
    ['losses-and-withdrawals-after-change', 'effective', 'effective', 'A C L H J T', 'A B C D E L H J T V', '60.00%'],
  ])('%s / %s, %s scope: numerator %s of %s → %s', (numerator, denominator, scope, num, den, shown) => {
    const f = computeFigure(def(numerator, denominator, scope), CASES, Q3);
    expect([...f.numeratorCaseIds].sort()).toEqual(num.split(' ').sort());
    expect([...f.denominatorCaseIds].sort()).toEqual(den.split(' ').sort());
    expect(f.numerator).toBe(f.numeratorCaseIds.length);
    expect(f.denominator).toBe(f.denominatorCaseIds.length);
    expect(f.value).toBeCloseTo(f.numerator / f.denominator!, 15);
    expect(f.display).toBe(shown);
  });

  it('a case concluded in the next quarter counts there, not here (cases spanning quarters)', () => {
    const spanning = [lawsuit('P', 'REVOKED', '2025-10-02', { filedOn: '2025-09-01' })];
    expect(computeFigure(def('losses', 'first-instance-concluded', 'first-instance'), spanning, Q3).denominator).toBe(
      0,
    );
    const q4 = computeFigure(
      def('losses', 'first-instance-concluded', 'first-instance'),
      spanning,
      quarterPeriod(2025, 4),
    );
    expect([q4.numerator, q4.denominator, q4.display]).toEqual([1, 1, '100.00%']);
  });

  it('an appeal dismissed takes the first instance it reviewed, also across quarters', () => {
    const f = computeFigure(def('losses', 'effective', 'effective'), CASES, Q3);
    expect(f.numeratorCaseIds).toContain('J'); // I (Q2) was lost, J (Q3) upheld it
    const q2 = computeFigure(def('losses', 'effective', 'effective'), CASES, quarterPeriod(2025, 2));
    expect(q2.denominatorCaseIds).toEqual(['F']); // G and I were reviewed: their disputes ended in Q3
  });

  it.each<[string, Partial<CaseFacts>, boolean]>([
    ['an appeal withdrawn (by its code): the lost first instance takes effect', { outcome: 'WITHDRAWN' }, true],
    ['the appeal dismissed: the same', { outcome: 'APPEAL_DISMISSED' }, true],
    [
      'the suit itself withdrawn on appeal (the text says so): no loss, whatever the first instance decided',
      { outcome: 'WITHDRAWN', outcomeText: '准许上诉人撤回起诉。' },
      false,
    ],
    ['reversed: 改判驳回诉讼请求', { outcome: 'CLAIMS_REJECTED' }, false],
  ])('effective result: %s', (_name, appeal, lost) => {
    const cases = [
      lawsuit('W1', 'REVOKED', '2025-05-01'),
      lawsuit('W2', null, '2025-08-01', { instance: 'appeal', reviewsCaseId: 'W1', filedOn: '2025-05-10', ...appeal }),
    ];
    const f = computeFigure(def('losses', 'effective', 'effective'), cases, Q3);
    expect(f.denominatorCaseIds).toEqual(['W2']);
    expect(f.numeratorCaseIds).toEqual(lost ? ['W2'] : []);
  });

  it('survives links that go round in a circle (a data error): each case judged once, nothing final', () => {
    const cases = [
      lawsuit('Y1', 'APPEAL_DISMISSED', '2025-08-01', { instance: 'appeal', reviewsCaseId: 'Y2' }),
      lawsuit('Y2', 'APPEAL_DISMISSED', '2025-08-02', { instance: 'appeal', reviewsCaseId: 'Y1' }),
    ];
    expect(computeFigure(def('losses', 'concluded', 'effective'), cases, Q3)).toMatchObject({
      numerator: 0,
      denominator: 2,
    });
    expect(computeFigure(def('losses', 'effective', 'effective'), cases, Q3).denominator).toBe(0);
  });

  it('over no concluded case the value is null and the display "—"', () => {
    const f = computeFigure(def('losses', 'first-instance-concluded', 'first-instance'), CASES, quarterPeriod(2024, 1));
    expect(f).toMatchObject({ numerator: 0, denominator: 0, value: null, display: '—' });
    expect(f.numeratorCaseIds).toEqual([]);
    expect(f.denominatorCaseIds).toEqual([]);
  });

  it('refuses the same case twice', () => {
    expect(() => computeFigure(def('losses', 'concluded', 'first-instance'), [CASES[0]!, CASES[0]!], Q3)).toThrow(
      '案件 A 重复出现',
    );
  });
});

describe('co-defendants by agency (docs/rules/indicators-and-sanctions.md#co-defendants)', () => {
  const byAgency = (rule: CoDefendantRule) => {
    const d = def('losses', 'first-instance-concluded', 'first-instance', rule);
    const m = computeFigureBy(d, CASES, Q3, agencyUnits(d));
    return Object.fromEntries(
      [...m].map(([unit, f]) => [unit, `${f.numeratorCaseIds.join('')}/${f.denominatorCaseIds.join('')}`]),
    );
  };

  it.each<[CoDefendantRule, Record<string, string>]>([
    // national practice: the 复议机关 that upheld the act is not the case's owner; alone (it changed the act) it is
    ['original-agency', { a1: 'AL/AL', rb: '/B', a3: '/CDEKM', a2: 'L/L' }],
    ['first-defendant', { a1: 'AL/AL', rb: '/B', a3: '/CDEKM' }],
    ['every-defendant', { a1: 'AL/AL', rb: 'A/AB', a3: '/CDEKM', a2: 'L/L' }],
  ])('%s', (rule, expected) => {
    expect(byAgency(rule)).toEqual(expected);
  });

  it('counts each case once in the total, whatever the rule', () => {
    const d = def('losses', 'first-instance-concluded', 'first-instance', 'every-defendant');
    expect(computeFigure(d, CASES, Q3)).toMatchObject({ numerator: 3, denominator: 10 });
  });
});
