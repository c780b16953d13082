import { describe, expect, it } from 'vitest';
import { DEMO_CITY_DEFINITIONS, type IndicatorDefinition } from './definitions.js';
import type { AppearanceFacts, CaseFacts } from './facts.js';
import { computeFigure } from './figure.js';
import { quarterPeriod } from './periods.js';

const Q3 = quarterPeriod(2025, 3);
const demo = (id: string): IndicatorDefinition => DEMO_CITY_DEFINITIONS.definitions.find((d) => d.id === id)!;

const c = (id: string, more: Partial<CaseFacts>): CaseFacts => ({
  id,
  kind: 'litigation',
  instance: 'first',
  filedOn: null,
  concludedOn: null,
  outcome: null,
  ...more,
});

const recon = (id: string, outcome: string | null, concludedOn: string | null = '2025-08-01') =>
  c(id, { kind: 'reconsideration', instance: null, filedOn: '2025-06-01', concludedOn, outcome });

const heard = (heardOn: string, valid: boolean, principalAppeared = false, spoke = false): AppearanceFacts => ({
  heardOn,
  heard: true,
  valid,
  principalAppeared,
  spoke,
  absence: valid ? 'none' : 'unapproved',
  judicialSuggestionRisk: !valid,
});

const sorted = (ids: readonly string[]) => [...ids].sort().join(' ');

/** [definition id, cases, numerator ids, denominator ids ('' for a count), display] — worked out by hand. */
const TABLE: ReadonlyArray<[string, string, readonly CaseFacts[], string, string | null, string]> = [
  [
    'new_cases',
    "新收: first instances filed in the quarter (a case filed in Q2 and concluded in Q3 is Q2's)",
    [
      c('a', { filedOn: '2025-07-01' }),
      c('b', { filedOn: '2025-09-30', concludedOn: '2025-10-10' }),
      c('c', { filedOn: '2025-06-30', concludedOn: '2025-07-02' }),
      c('d', { filedOn: '2025-08-01', instance: 'appeal' }),
      recon('e', null),
    ],
    'a b',
    null,
    '2',
  ],
  [
    'new_reconsiderations',
    '新收复议',
    [recon('r1', null), c('r2', { kind: 'reconsideration', instance: null, filedOn: '2025-07-03' })],
    'r2',
    null,
    '1',
  ],
  [
    'concluded',
    '审结: first instances concluded in the quarter',
    [
      c('a', { filedOn: '2025-07-01' }),
      c('b', { filedOn: '2025-09-30', concludedOn: '2025-10-10' }),
      c('c', { filedOn: '2025-06-30', concludedOn: '2025-07-02', outcome: 'WITHDRAWN' }),
    ],
    'c',
    null,
    '1',
  ],
  [
    'mediation_withdrawal_rate',
    '调撤率 (litigation): 调解, 撤诉, 撤诉 after a changed act / first instances concluded',
    [
      c('m', { concludedOn: '2025-07-10', outcome: 'MEDIATED' }),
      c('w', { concludedOn: '2025-07-11', outcome: 'WITHDRAWN' }),
      c('h', { concludedOn: '2025-07-12', outcome: 'WITHDRAWN_AFTER_CHANGE' }),
      c('j', { concludedOn: '2025-07-13', outcome: 'REVOKED' }),
      c('x', { concludedOn: '2025-07-14', outcome: 'WITHDRAWN', instance: 'appeal' }),
    ],
    'h m w',
    'h j m w',
    '75.00%',
  ],
  [
    'reconsideration_mediation_withdrawal_rate',
    '调撤率 (复议): 调解, 和解撤回 — a court code recorded on a 复议 case read as its 复议 counterpart',
    [recon('1', 'RECON_MEDIATED'), recon('2', 'RECON_WITHDRAWN'), recon('3', 'WITHDRAWN'), recon('4', 'RECON_UPHELD')],
    '1 2 3',
    '1 2 3 4',
    '75.00%',
  ],
  [
    'reconsideration_correction_rate',
    '复议纠错率: corrected (变更, 撤销, 确认违法, 责令履行, 确认无效) / concluded; 终止 concluded, not corrected',
    [
      recon('1', 'RECON_REVOKED'),
      recon('2', 'RECON_ALTERED'),
      recon('3', 'RECON_UPHELD'),
      recon('4', 'RECON_TERMINATED'),
      recon('5', 'REVOKED'), // the court's code on a 复议 case: its 复议 counterpart, a correction
      recon('6', 'RECON_REVOKED', '2025-10-01'),
    ],
    '1 2 5',
    '1 2 3 4 5',
    '60.00%',
  ],
  [
    'litigation_after_reconsideration_rate',
    '复议后起诉率: reconsiderations concluded that a lawsuit followed (whenever filed) / concluded',
    [
      recon('1', 'RECON_UPHELD'),
      recon('2', 'RECON_UPHELD'),
      recon('3', 'RECON_REVOKED'),
      c('s', { filedOn: '2025-10-20', afterReconsiderationCaseId: '1' }),
    ],
    '1',
    '1 2 3',
    '33.33%',
  ],
  [
    'appeal_rate',
    '上诉率: first instances concluded that were appealed (recorded, or an appeal linked) / concluded',
    [
      c('f1', { concludedOn: '2025-07-01', outcome: 'CLAIMS_REJECTED', appealed: true }),
      c('f2', { concludedOn: '2025-07-02', outcome: 'REVOKED' }),
      c('f3', { concludedOn: '2025-07-03', outcome: 'WITHDRAWN' }),
      c('ap', { instance: 'appeal', reviewsCaseId: 'f2', filedOn: '2025-07-20' }),
    ],
    'f1 f2',
    'f1 f2 f3',
    '66.67%',
  ],
  [
    'defence_on_time_rate',
    '答辩按期率: filed on or before the due date / due in the quarter (the last day counts)',
    [
      c('d1', { defenceDueOn: '2025-07-15', defenceFiledOn: '2025-07-15' }),
      c('d2', { defenceDueOn: '2025-07-15', defenceFiledOn: '2025-07-16' }),
      c('d3', { defenceDueOn: '2025-09-01', defenceFiledOn: null }),
      c('d4', { defenceDueOn: '2025-06-30', defenceFiledOn: '2025-06-01' }),
      recon('d5', null),
    ],
    'd1',
    'd1 d2 d3',
    '33.33%',
  ],
  [
    'head_appearance_rate',
    "负责人出庭应诉率 (the hearings' rates): valid appearances / cases first heard in the quarter",
    [
      c('h1', { appearance: heard('2025-07-02', true, true, true) }),
      c('h2', { appearance: heard('2025-07-03', true) }),
      c('h3', { appearance: heard('2025-07-04', false) }),
      c('h4', { appearance: heard('2025-06-04', true) }),
      c('h5', { appearance: { ...heard('2025-07-04', false), heard: false, heardOn: null } }),
    ],
    'h1 h2',
    'h1 h2 h3',
    '66.67%',
  ],
  [
    'principal_appearance_rate',
    '主要负责人出庭率: the 正职 appeared / cases heard',
    [c('h1', { appearance: heard('2025-07-02', true, true) }), c('h2', { appearance: heard('2025-07-03', true) })],
    'h1',
    'h1 h2',
    '50.00%',
  ],
  [
    'head_spoke_rate',
    '出声率: the head spoke / valid appearances',
    [
      c('h1', { appearance: heard('2025-07-02', true, false, true) }),
      c('h2', { appearance: heard('2025-07-03', true) }),
      c('h3', { appearance: heard('2025-07-04', false) }),
    ],
    'h1',
    'h1 h2',
    '50.00%',
  ],
];

describe('indicators other than 败诉率 (docs/rules/indicators-and-sanctions.md#definitions)', () => {
  it.each(TABLE)('%s — %s', (id, _what, cases, num, den, shown) => {
    const f = computeFigure(demo(id), cases, Q3);
    expect(sorted(f.numeratorCaseIds)).toBe(num);
    expect(f.numerator).toBe(f.numeratorCaseIds.length);
    if (den === null) {
      expect(f.denominator).toBeNull();
      expect(f.value).toBe(f.numerator);
    } else {
      expect(sorted(f.denominatorCaseIds)).toBe(den);
      expect(f.denominator).toBe(f.denominatorCaseIds.length);
    }
    expect(f.display).toBe(shown);
  });

  it('covers every definition of the demo set', () => {
    const tested = new Set([...TABLE.map((r) => r[0]), 'loss_rate', 'loss_rate_hidden', 'loss_rate_effective']);
    expect(DEMO_CITY_DEFINITIONS.definitions.map((d) => d.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each(DEMO_CITY_DEFINITIONS.definitions.filter((d) => 'format' in d).map((d) => [d.id, d] as const))(
    '%s over no cases: null and "—"',
    (_id, d) => {
      const f = computeFigure(d, [], Q3);
      expect(f).toMatchObject({ numerator: 0, denominator: 0, value: null, display: '—' });
    },
  );

  it('答辩按期率 leaves a defence not yet due and not yet filed out while the quarter runs (asOf)', () => {
    const cases = [
      c('late', { defenceDueOn: '2025-08-01' }),
      c('open', { defenceDueOn: '2025-08-20' }),
      c('early', { defenceDueOn: '2025-08-25', defenceFiledOn: '2025-08-10' }),
    ];
    const f = computeFigure(demo('defence_on_time_rate'), cases, Q3, { asOf: '2025-08-15' });
    expect(sorted(f.denominatorCaseIds)).toBe('early late');
    expect(f.display).toBe('50.00%');
  });

  it('上诉率 over appealable decisions only leaves withdrawals out', () => {
    const [, , cases] = TABLE.find((r) => r[0] === 'appeal_rate')!;
    const f = computeFigure({ ...(demo('appeal_rate') as never), denominator: 'appealable' }, cases, Q3);
    expect(sorted(f.denominatorCaseIds)).toBe('f1 f2');
    expect(f.display).toBe('100.00%');
  });

  it('counts all instances when the definition says so', () => {
    const cases = [c('a', { filedOn: '2025-07-01' }), c('b', { filedOn: '2025-08-01', instance: 'appeal' })];
    const f = computeFigure({ ...(demo('new_cases') as never), instances: 'all' }, cases, Q3);
    expect(f.display).toBe('2');
  });
});
