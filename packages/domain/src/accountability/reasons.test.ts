import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_REASONS, DEFAULT_REFERRAL_OUTCOMES, FOUR_CHECKS, listLabel, listProblems } from './reasons.js';

describe('the default lists', () => {
  it.each([
    ['reasons', DEFAULT_LOSS_REASONS],
    ['outcomes', DEFAULT_REFERRAL_OUTCOMES],
    ['four checks', FOUR_CHECKS],
  ] as const)('%s are well formed', (name, list) => {
    expect(listProblems(list, name)).toEqual([]);
  });

  it("hold the issue's reasons and outcomes", () => {
    const reasons = DEFAULT_LOSS_REASONS.map((r) => r.label);
    for (const label of [
      '事实不清',
      '证据不足',
      '适用法律错误',
      '违反法定程序',
      '超越职权',
      '滥用职权',
      '明显不当',
      '不履行法定职责',
    ])
      expect(reasons).toContain(label);
    const outcomes = DEFAULT_REFERRAL_OUTCOMES.map((r) => r.label);
    for (const label of ['谈话提醒', '批评教育', '诫勉', '党纪政务处分']) expect(outcomes).toContain(label);
    expect(FOUR_CHECKS).toHaveLength(4);
  });

  it('labels a code', () => {
    expect(listLabel(DEFAULT_LOSS_REASONS, 'abuse_of_power')).toBe('滥用职权');
    expect(listLabel(DEFAULT_LOSS_REASONS, 'nope')).toBeUndefined();
  });
});

describe('listProblems', () => {
  it.each([
    [[], ['理由清单不能为空']],
    [
      [
        { code: 'a', label: '甲' },
        { code: 'a', label: '乙' },
      ],
      ['理由清单第2行：代码“a”重复'],
    ],
    [[{ code: ' ', label: '甲' }], ['理由清单第1行：代码不能为空']],
    [[{ code: 'a', label: '' }], ['理由清单第1行：名称不能为空']],
  ])('%j', (list, problems) => {
    expect(listProblems(list, '理由清单')).toEqual(problems);
  });
});
