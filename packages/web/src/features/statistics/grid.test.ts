import { describe, expect, it } from 'vitest';
import { cellLabel, headerTree } from './grid.js';

const col = (id: string, label: string, groups: string[]) => ({ id, label, groups, unit: 'count' as const });

describe('the form grid', () => {
  it('nests neighbours of the same group path, keeps separate runs apart', () => {
    const tree = headerTree([
      col('a', '上期结转', ['收案情况']),
      col('b', '受理', ['收案情况']),
      col('c', '总计', ['已审结']),
      col('d', '撤回申请', ['已审结', '终止']),
      col('e', '和解协议', ['已审结', '终止']),
      col('f', '其他', ['已审结']),
      col('g', '未审结', []),
    ]);
    expect(tree.map((n) => n.title)).toEqual(['收案情况', '已审结', '未审结']);
    expect(tree[1]!.children!.map((n) => n.title)).toEqual(['总计', '终止', '其他']);
    expect(tree[1]!.children![1]!.children!.map((n) => n.column?.id)).toEqual(['d', 'e']);
  });
  it('names a cell by its row (forms of several rows) and its headers', () => {
    const layout = {
      kind: 'litigation' as const,
      title: '',
      code: '',
      periods: ['year' as const],
      rows: [
        { id: 'first', label: '一审' },
        { id: 'total', label: '合计' },
      ],
      columns: [col('c', '总计', ['已审结'])],
    };
    expect(cellLabel(layout, 'first:c')).toBe('一审·已审结·总计');
  });
});
