import { describe, expect, it } from 'vitest';
import { type RelatedCaseInput, type RelatedGroup, relatedCaseGroups, relatedTo } from './relatedCases.js';

const c = (id: string, plaintiffs: string[], contestedAct?: string, defendantAgencyId = 'a1'): RelatedCaseInput => ({
  id,
  plaintiffs: plaintiffs.map((name) => ({ name })),
  contestedAct: contestedAct ?? null,
  defendantAgencyId,
});

describe('relatedCaseGroups (docs/rules/risk.md#related-cases)', () => {
  it.each<[string, RelatedCaseInput[], RelatedGroup[]]>([
    ['nothing shared', [c('1', ['张三']), c('2', ['李四'])], []],
    [
      'the same plaintiff written two ways',
      [c('1', ['张 三']), c('2', ['张三']), c('3', ['王五'])],
      [{ kind: 'same_party', label: '张 三', caseIds: ['1', '2'] }],
    ],
    [
      'the same company form written two ways',
      [c('1', ['某某建设有限责任公司']), c('2', ['某某建设有限公司'])],
      [{ kind: 'same_party', label: '某某建设有限责任公司', caseIds: ['1', '2'] }],
    ],
    [
      'the same act of the same agency, brackets and digits aside',
      [c('1', ['张三'], '某政府〔2025〕12号征收决定'), c('2', ['李四'], '某政府[2025]１２号 征收决定')],
      [{ kind: 'same_act', label: '某政府〔2025〕12号征收决定', caseIds: ['1', '2'] }],
    ],
    [
      'the same act text of another agency is another act',
      [c('1', ['张三'], '罚款决定', 'a1'), c('2', ['李四'], '罚款决定', 'a2')],
      [],
    ],
    [
      'a plaintiffs group chained across three cases',
      [c('1', ['甲', '乙', '丙']), c('2', ['乙', '丙', '丁']), c('3', ['丙', '丁']), c('4', ['戊'])],
      [
        { kind: 'same_party', label: '乙', caseIds: ['1', '2'] },
        { kind: 'same_party', label: '丙', caseIds: ['1', '2', '3'] },
        { kind: 'same_party', label: '丁', caseIds: ['2', '3'] },
        { kind: 'same_plaintiffs', label: '丙等', caseIds: ['1', '2', '3'] },
      ],
    ],
    [
      'one shared plaintiff is a repeat plaintiff, not a group',
      [c('1', ['甲', '乙']), c('2', ['乙', '丙'])],
      [{ kind: 'same_party', label: '乙', caseIds: ['1', '2'] }],
    ],
  ])('%s', (_, cases, groups) => expect(relatedCaseGroups(cases)).toEqual(groups));

  it('relatedTo lists each other case once with every relation', () => {
    const cases = [c('1', ['甲', '乙'], '决定A'), c('2', ['甲', '乙'], '决定A'), c('3', ['丙'])];
    expect(relatedTo('1', cases)).toEqual([
      {
        caseId: '2',
        relations: [
          { kind: 'same_party', label: '甲' },
          { kind: 'same_party', label: '乙' },
          { kind: 'same_act', label: '决定A' },
          { kind: 'same_plaintiffs', label: '甲、乙等' },
        ],
      },
    ]);
    expect(relatedTo('3', cases)).toEqual([]);
  });
});
