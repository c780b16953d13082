import { describe, expect, it } from 'vitest';
import { evaluateCards } from './cardEvaluation.js';
import { type CardRuleSet, DEMO_CITY_CARD_RULES, type QuarterFigures, type UnitQuarter } from './cards.js';
import { monthPeriod, quarterPeriod } from './periods.js';

const u = (unitId: string, losses: number, concluded: number): UnitQuarter => ({
  unitId,
  label: `${unitId}区`,
  losses,
  concluded,
});
const q = (year: number, quarter: number, ...units: UnitQuarter[]): QuarterFigures => ({
  period: quarterPeriod(year, quarter),
  units,
});

/** Proposals of each quarter as "unit:sanction", sorted. */
const summary = (set: CardRuleSet, quarters: QuarterFigures[], rejected = []) =>
  evaluateCards(set, quarters, { rejected }).map((r) =>
    r.proposals
      .map((p) => `${p.unitId}:${p.sanction}`)
      .sort()
      .join(' '),
  );

const only = (...kinds: string[]): CardRuleSet => ({
  ...DEMO_CITY_CARD_RULES,
  rules: DEMO_CITY_CARD_RULES.rules.filter((r) => kinds.includes(r.kind)),
});

describe('淮安: yellow card for the highest quarterly loss rate, red after two in a row (docs/rules/indicators-and-sanctions.md#sanctions)', () => {
  const cards = only('highest-loss-rate', 'consecutive');

  it.each<[string, QuarterFigures[], string[]]>([
    [
      'one quarter: the highest rate among units with ≥ 5 concluded',
      [q(2025, 1, u('甲', 3, 20), u('乙', 2, 4), u('丙', 1, 10))],
      ['甲:yellow_card'],
    ],
    [
      'two in a row: red beside the second yellow',
      [q(2025, 1, u('甲', 3, 20), u('丙', 1, 10)), q(2025, 2, u('甲', 4, 20), u('丙', 1, 10))],
      ['甲:yellow_card', '甲:red_card 甲:yellow_card'],
    ],
    [
      'across the year: Q4 then Q1 are consecutive',
      [q(2024, 4, u('甲', 3, 20), u('丙', 1, 10)), q(2025, 1, u('甲', 4, 20), u('丙', 1, 10))],
      ['甲:yellow_card', '甲:red_card 甲:yellow_card'],
    ],
    [
      'a gap breaks the run',
      [q(2025, 1, u('甲', 3, 20), u('丙', 1, 10)), q(2025, 3, u('甲', 4, 20), u('丙', 1, 10))],
      ['甲:yellow_card', '甲:yellow_card'],
    ],
    [
      'another unit in between breaks it',
      [
        q(2025, 1, u('甲', 3, 20), u('丙', 1, 10)),
        q(2025, 2, u('甲', 1, 20), u('丙', 3, 10)),
        q(2025, 3, u('甲', 4, 20), u('丙', 1, 10)),
      ],
      ['甲:yellow_card', '丙:yellow_card', '甲:yellow_card'],
    ],
    [
      'a tie: both get the yellow card',
      [q(2025, 1, u('甲', 2, 20), u('丙', 1, 10))],
      ['丙:yellow_card 甲:yellow_card'],
    ],
    ['no losses anywhere: no card', [q(2025, 1, u('甲', 0, 20), u('丙', 0, 10))], ['']],
    ['a 1-in-2 unit below the minimum is left out', [q(2025, 1, u('甲', 1, 20), u('乙', 1, 2))], ['甲:yellow_card']],
  ])('%s', (_name, quarters, expected) => {
    expect(summary(cards, quarters)).toEqual(expected);
  });

  it('gives reasons with stable codes and Chinese text', () => {
    const [first, second] = evaluateCards(cards, [
      q(2025, 1, u('甲', 2, 20), u('丙', 1, 10), u('乙', 1, 2)),
      q(2025, 2, u('甲', 3, 20), u('丙', 0, 10)),
    ]);
    expect(first!.proposals.find((p) => p.unitId === '甲')!.reasons).toEqual([
      {
        code: 'TIED_HIGHEST_LOSS_RATE',
        text: '2025年第1季度败诉率 10.00%（2/20），在审结 5 件以上的 2 个单位中并列最高（与丙区并列）',
      },
    ]);
    expect(first!.notes).toContainEqual({
      ruleId: 'yellow',
      code: 'BELOW_MINIMUM',
      unitId: '乙',
      text: '乙区 审结 2 件，少于 5 件，不参与黄牌评定',
    });
    expect(second!.proposals.find((p) => p.sanction === 'red_card')).toMatchObject({
      unitId: '甲',
      ruleId: 'red',
      reasons: [{ code: 'CONSECUTIVE', text: '连续 2 个季度被列为黄牌（2025年第1季度、2025年第2季度）' }],
    });
  });

  it('a yellow card the coordinator rejected does not lead to a red one', () => {
    const quarters = [q(2025, 1, u('甲', 3, 20), u('丙', 1, 10)), q(2025, 2, u('甲', 4, 20), u('丙', 1, 10))];
    const rejected = [{ periodFrom: '2025-01-01', unitId: '甲', sanction: 'yellow_card' as const }];
    expect(evaluateCards(cards, quarters, { rejected }).map((r) => r.proposals.map((p) => p.sanction))).toEqual([
      ['yellow_card'],
      ['yellow_card'],
    ]);
  });
});

describe('淮安: 提级约谈 for the first by loss count and the first by loss rate', () => {
  it('proposes both units, one proposal with two reasons when the same', () => {
    const set = only('top-loss-count-and-rate');
    const [a] = evaluateCards(set, [q(2025, 1, u('甲', 6, 60), u('丙', 3, 10), u('丁', 1, 20))]);
    expect(a!.proposals.map((p) => `${p.unitId}:${p.reasons.map((r) => r.code).join('+')}`)).toEqual([
      '甲:TOP_LOSS_COUNT',
      '丙:TOP_LOSS_RATE',
    ]);
    const [b] = evaluateCards(set, [q(2025, 1, u('甲', 6, 20), u('丙', 1, 10))]);
    expect(b!.proposals).toHaveLength(1);
    expect(b!.proposals[0]!.reasons.map((r) => r.text)).toEqual([
      '2025年第1季度败诉 6 件，居全市首位',
      '2025年第1季度败诉率 30.00%（6/20），居全市首位',
    ]);
  });
});

describe('湖州: a quarterly loss rate above 10% → 约谈; the second time → 检讨 at the executive meeting', () => {
  const set = only('loss-rate-above');

  it.each<[string, QuarterFigures[], string[]]>([
    ['exactly 10% is not above', [q(2025, 1, u('甲', 2, 20))], ['']],
    ['above: 约谈', [q(2025, 1, u('甲', 3, 20))], ['甲:interview']],
    [
      'the second time, not necessarily in a row: 检讨; later times too',
      [q(2025, 1, u('甲', 3, 20)), q(2025, 2, u('甲', 1, 20)), q(2025, 3, u('甲', 3, 20)), q(2025, 4, u('甲', 5, 20))],
      ['甲:interview', '', '甲:review_at_executive_meeting', '甲:review_at_executive_meeting'],
    ],
    ['below the minimum of concluded cases: nothing', [q(2025, 1, u('甲', 1, 2))], ['']],
  ])('%s', (_name, quarters, expected) => {
    expect(summary(set, quarters)).toEqual(expected);
  });

  it('says which time it is', () => {
    const [, second] = evaluateCards(set, [q(2025, 1, u('甲', 3, 20)), q(2025, 2, u('甲', 3, 25))]);
    expect(second!.proposals[0]!.reasons).toEqual([
      { code: 'LOSS_RATE_ABOVE', text: '2025年第2季度败诉率 12.00%（3/25），高于 10%，为第 2 次' },
    ]);
  });

  it('a rejected 约谈 does not count as the first time', () => {
    const rejected = [{ periodFrom: '2025-01-01', unitId: '甲', sanction: 'interview' as const }];
    expect(summary(set, [q(2025, 1, u('甲', 3, 20)), q(2025, 2, u('甲', 3, 20))], rejected as never)).toEqual([
      '甲:interview',
      '甲:interview',
    ]);
  });
});

describe('evaluateCards input', () => {
  it('refuses periods that are not quarters in order, and impossible counts, naming them', () => {
    expect(() => evaluateCards(DEMO_CITY_CARD_RULES, [{ period: monthPeriod(2025, 1), units: [] }])).toThrow(
      '第 1 个期间不是季度',
    );
    expect(() => evaluateCards(DEMO_CITY_CARD_RULES, [q(2025, 2), q(2025, 1)])).toThrow('季度应按时间先后排列');
    expect(() => evaluateCards(DEMO_CITY_CARD_RULES, [q(2025, 1, u('甲', 3, 2))])).toThrow('甲区 的败诉数、审结数');
  });

  it('the demo set over a year: all rules together', () => {
    const year = [
      q(2025, 1, u('甲', 3, 20), u('丙', 1, 10), u('丁', 0, 8)),
      q(2025, 2, u('甲', 4, 20), u('丙', 1, 10), u('丁', 0, 8)),
    ];
    expect(summary(DEMO_CITY_CARD_RULES, year)).toEqual([
      '甲:escalated_interview 甲:interview 甲:yellow_card',
      '甲:escalated_interview 甲:red_card 甲:review_at_executive_meeting 甲:yellow_card',
    ]);
  });
});
