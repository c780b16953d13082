import { describe, expect, it } from 'vitest';
import { DEMO_CITY_CARD_RULES } from './cards.js';
import { DEMO_CITY_DEFINITIONS } from './definitions.js';
import { validateCardRuleSet, validateDefinitionSet } from './validate.js';

const lossRate = DEMO_CITY_DEFINITIONS.definitions.find((d) => d.id === 'loss_rate')!;
const withDefinition = (patch: Record<string, unknown>) => ({
  ...DEMO_CITY_DEFINITIONS,
  definitions: [...DEMO_CITY_DEFINITIONS.definitions, { ...lossRate, id: 'x', label: '试行败诉率', ...patch }],
});
const last = DEMO_CITY_DEFINITIONS.definitions.length;

describe('validateDefinitionSet (docs/rules/indicators-and-sanctions.md#definitions)', () => {
  it('accepts the demo set, and it survives JSON (export and import)', () => {
    expect(validateDefinitionSet(DEMO_CITY_DEFINITIONS)).toEqual([]);
    expect(validateDefinitionSet(JSON.parse(JSON.stringify(DEMO_CITY_DEFINITIONS)))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'numerator',
      { numerator: 'all' },
      'numerator',
      '分子应为 losses、losses-and-withdrawals-after-change 之一，收到 "all"',
    ],
    [
      'denominator',
      { denominator: 'filed' },
      'denominator',
      '分母应为 concluded、first-instance-concluded、judgments、effective 之一',
    ],
    ['scope', { scope: 'final' }, 'scope', '口径应为 first-instance、effective 之一'],
    [
      'effective cases need the effective result',
      { denominator: 'effective', scope: 'first-instance' },
      'scope',
      '分母为生效案件，口径应为生效结果',
    ],
    [
      'rounding',
      { format: { rounding: 'ceil', decimals: 2 } },
      'format.rounding',
      '取舍方式应为 half-up、truncate 之一',
    ],
    [
      'decimals',
      { format: { rounding: 'half-up', decimals: 7 } },
      'format.decimals',
      '小数位数应为 0–4 的整数，收到 7',
    ],
    ['no format', { format: undefined }, 'format', '缺少显示格式'],
    ['co-defendants', { coDefendants: 'both' }, 'coDefendants', '共同被告计算规则应为'],
    ['id', { id: 'Loss Rate' }, 'id', '编号应由小写字母、数字'],
    ['duplicate id', { id: 'loss_rate' }, 'id', '编号“loss_rate”与第4项重复'],
    ['label', { label: ' ' }, 'label', '缺少名称'],
    ['kind', { kind: 'win_rate' }, 'kind', '指标应为 new_cases、'],
  ])('%s', (_name, patch, field, message) => {
    const errors = validateDefinitionSet(withDefinition(patch));
    expect(errors.map((e) => e.field)).toContain(`definitions[${last}].${field}`);
    expect(errors.find((e) => e.field === `definitions[${last}].${field}`)!.message).toContain(message);
    expect(errors[0]!.message).toMatch(new RegExp(`^第${last + 1}项指标口径`));
  });

  it('checks the options of the other kinds', () => {
    const errors = validateDefinitionSet({
      id: 'c',
      name: '口径',
      definitions: [
        {
          id: 'n',
          kind: 'new_cases',
          label: '新收',
          caseKinds: ['civil'],
          instances: 'some',
          coDefendants: 'original-agency',
        },
        {
          id: 'm',
          kind: 'mediation_withdrawal_rate',
          label: '调撤率',
          caseKind: 'dispute',
          instances: 'first',
          format: { rounding: 'half-up', decimals: 2 },
          coDefendants: 'original-agency',
        },
        {
          id: 'a',
          kind: 'appeal_rate',
          label: '上诉率',
          denominator: 'all',
          format: { rounding: 'half-up', decimals: 2 },
          coDefendants: 'original-agency',
        },
        {
          id: 'k',
          kind: 'concluded',
          label: '审结',
          caseKinds: ['litigation'],
          instances: 'first',
          coDefendants: 'original-agency',
          format: {},
        },
        'loss',
      ],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'definitions[0].caseKinds',
      'definitions[0].instances',
      'definitions[1].caseKind',
      'definitions[2].denominator',
      'definitions[3].format',
      'definitions[4]',
    ]);
    expect(errors[4]!.message).toBe('第4项指标口径“审结”是审结案件数（数量），不设百分比格式');
  });

  it('refuses what is not a set', () => {
    expect(validateDefinitionSet(null)).toEqual([{ field: '', message: '指标口径集应为对象' }]);
    expect(validateDefinitionSet({ id: 'x', name: 'x', definitions: [] })).toEqual([
      { field: 'definitions', message: '指标口径集至少应包含一项指标口径' },
    ]);
  });
});

describe('validateCardRuleSet (docs/rules/indicators-and-sanctions.md#sanctions)', () => {
  const lossIds = ['loss_rate', 'loss_rate_hidden'];

  it('accepts the demo rules', () => {
    expect(validateCardRuleSet(DEMO_CITY_CARD_RULES, lossIds)).toEqual([]);
  });

  it('names the wrong fields', () => {
    const errors = validateCardRuleSet(
      {
        ...DEMO_CITY_CARD_RULES,
        lossRateDefinitionId: 'nope',
        rules: [
          { id: 'red', kind: 'consecutive', of: 'yellow_card', quarters: 1, sanction: 'red_card' },
          { id: 'yellow', kind: 'highest-loss-rate', minConcluded: 0, sanction: 'green_card' },
          { id: 'above', kind: 'loss-rate-above', abovePercent: 120, minConcluded: 5, steps: [] },
        ],
      },
      lossIds,
    );
    expect(errors.map((e) => e.field)).toEqual([
      'lossRateDefinitionId',
      'rules[0].quarters',
      'rules[0].of',
      'rules[1].sanction',
      'rules[1].minConcluded',
      'rules[2].abovePercent',
      'rules[2].steps',
    ]);
    expect(errors[2]!.message).toBe('第1条通报规则连续计算的“yellow_card”须由排在它之前的规则提出');
  });
});
