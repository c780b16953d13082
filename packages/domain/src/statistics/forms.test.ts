import { describe, expect, it } from 'vitest';
import { formCells, STAT_FORM_KINDS, STAT_FORMS } from './forms.js';

describe('the forms as data', () => {
  it.each(STAT_FORM_KINDS)('%s: unique ids, every rule names columns of the form', (kind) => {
    const f = STAT_FORMS[kind];
    const cols = new Set(f.columns.map((c) => c.id));
    expect(cols.size).toBe(f.columns.length);
    expect(new Set(f.rows.map((r) => r.id)).size).toBe(f.rows.length);
    for (const s of f.sums) for (const c of [...s.left, ...s.right]) expect(cols.has(c), `${s.id}:${c}`).toBe(true);
    if (f.carriedOver) expect(cols.has(f.carriedOver.carried) && cols.has(f.carriedOver.open)).toBe(true);
    expect(formCells(f).length).toBe(f.rows.length * f.columns.length);
  });

  it('the reconsideration form has the national layout (国法复统字1号) with its 9 respondent levels', () => {
    const f = STAT_FORMS.reconsideration;
    expect(f.code).toBe('国法复统字1号');
    const labels = (group: string) => f.columns.filter((c) => c.groups[0] === group).map((c) => c.label);
    expect(labels('被申请人')).toEqual([
      '乡镇政府',
      '县级政府的部门',
      '县级政府',
      '市(地)级政府的部门',
      '市(地)级政府',
      '省级政府的部门',
      '省部级政府',
      '国务院部门',
      '其他',
    ]);
    expect(labels('已审结')).toEqual([
      '总计',
      '驳回',
      '维持',
      '确认违法',
      '撤销',
      '变更',
      '责令履行',
      '调解',
      '撤回申请',
      '和解协议',
      '其他',
      '其他',
    ]);
    expect(f.columns.filter((c) => c.groups[1] === '终止').map((c) => c.label)).toEqual([
      '撤回申请',
      '和解协议',
      '其他',
    ]);
  });

  it('table 4 has three groups of the same five columns', () => {
    const f = STAT_FORMS.disclosure;
    expect(f.columns.map((c) => [...c.groups, c.label].join('/'))).toEqual(
      ['行政复议', '行政诉讼/未经复议直接起诉', '行政诉讼/复议后起诉'].flatMap((g) =>
        ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((l) => `${g}/${l}`),
      ),
    );
  });
});
