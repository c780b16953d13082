import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from './parseCaseNumber.js';
import type { Instance } from './types.js';

describe('parseCaseNumber — type codes (docs/rules/case-numbers.md#type-codes; SPC rules 2016)', () => {
  // [type code as printed, canonical code, administrative, instance, name]
  const cases: ReadonlyArray<readonly [string, string, boolean, Instance, string]> = [
    ['行初', '行初', true, 'first', '行政一审'],
    ['行终', '行终', true, 'appeal', '行政二审'],
    ['行申', '行申', true, 'retrial-review', '行政申请再审审查'],
    ['行监', '行监', true, 'retrial-review', '行政依职权再审审查'],
    ['行抗', '行抗', true, 'retrial-review', '行政抗诉再审审查'],
    ['行再', '行再', true, 'retrial', '行政再审'],
    ['行审', '行审', true, 'enforcement-review', '非诉行政行为申请执行审查'],
    ['行审复', '行审复', true, 'enforcement-review', '非诉行政行为申请执行审查复议'],
    ['行辖', '行辖', true, 'jurisdiction', '行政管辖'],
    ['行辖终', '行辖终', true, 'jurisdiction', '行政管辖上诉'],
    ['行他', '行他', true, 'other', '其他行政'],
    ['行赔初', '行赔初', true, 'compensation', '行政赔偿一审'],
    ['行赔终', '行赔终', true, 'compensation', '行政赔偿二审'],
    ['行赔申', '行赔申', true, 'retrial-review', '行政赔偿申请再审审查'],
    ['行赔监', '行赔监', true, 'retrial-review', '行政赔偿依职权再审审查'],
    ['行赔抗', '行赔抗', true, 'retrial-review', '行政赔偿抗诉再审审查'],
    ['行赔再', '行赔再', true, 'retrial', '行政赔偿再审'],
    ['行赔他', '行赔他', true, 'compensation', '其他行政赔偿'],
    ['司救行', '司救行', true, 'other', '行政司法救助'],
    ['知行终', '知行终', true, 'appeal', '知识产权行政二审'],
    // 行保 = 行为保全: starts with 行 but is no administrative case
    ['行保', '行保', false, 'other', '非诉行为保全审查（非行政案件）'],
    ['行保复', '行保复', false, 'other', '非诉行为保全审查复议（非行政案件）'],
    ['财保', '财保', false, 'other', '非诉财产保全审查'],
    ['民初', '民初', false, 'first', '民事一审'],
    ['民终', '民终', false, 'appeal', '民事二审'],
    ['民申', '民申', false, 'retrial-review', '民事申请再审审查'],
    ['民再', '民再', false, 'retrial', '民事再审'],
    ['民特', '民特', false, 'other', '民事特别程序'],
    ['民辖', '民辖', false, 'jurisdiction', '民事管辖'],
    ['民辖终', '民辖终', false, 'jurisdiction', '民事管辖上诉'],
    ['民撤', '民撤', false, 'first', '第三人撤销之诉'],
    ['刑初', '刑初', false, 'first', '刑事一审'],
    ['刑终', '刑终', false, 'appeal', '刑事二审'],
    ['刑申', '刑申', false, 'retrial-review', '刑事申诉审查'],
    ['刑再', '刑再', false, 'retrial', '刑事再审'],
    ['执', '执', false, 'other', '首次执行'],
    ['执恢', '执恢', false, 'other', '恢复执行'],
    ['执异', '执异', false, 'other', '执行异议'],
    ['执复', '执复', false, 'other', '执行复议'],
    ['执监', '执监', false, 'other', '执行监督'],
    ['委赔', '委赔', false, 'compensation', '赔偿委员会审理赔偿'],
    ['法委赔', '法委赔', false, 'compensation', '最高人民法院赔偿委员会审理赔偿'],
    ['破申', '破申', false, 'other', '破产申请审查'],
    ['破', '破', false, 'other', '破产'],
  ];

  it.each(cases)('%s', (printed, code, administrative, instance, name) => {
    const r = parseCaseNumber(`（2020）苏01${printed}7号`);
    expect(r.valid && r.type).toEqual({ code, administrative, instance, name, known: true });
  });

  // Legacy: the type is the longest known suffix before 字; SPC chambers (民一, 刑三) are skipped.
  const legacy: ReadonlyArray<readonly [string, string, string, boolean, Instance]> = [
    ['（2014）浙杭行审复字第1号', '浙杭', '行审复', true, 'enforcement-review'],
    ['（2014）浙杭行审字第1号', '浙杭', '行审', true, 'enforcement-review'],
    ['（2014）行监字第1号', '', '行监', true, 'retrial-review'],
    ['（2012）知行字第3号', '', '知行', true, 'other'],
    ['（2013）刑三他字第2号', '', '刑他', false, 'other'],
    ['（2013）民四终字第9号', '', '民终', false, 'appeal'],
    ['（2012）法委赔字第1号', '', '法委赔', false, 'compensation'],
    ['（2014）海执字第123号', '海', '执', false, 'other'],
  ];

  it.each(legacy)('%s', (input, courtCode, typeCode, administrative, instance) => {
    const r = parseCaseNumber(input);
    expect(r.valid && [r.court.code, r.type.code, r.type.administrative, r.type.instance]).toEqual([
      courtCode,
      typeCode,
      administrative,
      instance,
    ]);
  });

  // Local codes of old numbers: not in the 2016 table, still numbers with a year, a court and a sequence.
  const local: ReadonlyArray<readonly [string, string, string, boolean, number]> = [
    ['（2015）鄂江岸行受初字第2号', '鄂江岸', '行受初', true, 2],
    ['（2014）浙杭行受终字第8号', '浙杭', '行受终', true, 8],
    ['（2013）苏行指字第6号', '苏', '行指', true, 6],
    ['（2014）粤高法赔辖字第3号', '粤高法', '赔辖', false, 3],
    ['（2015）行受初字第11号', '', '行受初', true, 11],
    ['（2016）苏01行受终12号', '苏01', '行受终', true, 12],
    ['（2017）冀01行指3号', '冀01', '行指', true, 3],
    ['（2016）京0105行受初第5号', '京0105', '行受初', true, 5],
  ];

  it.each(local)('%s: unknown type, raw code kept', (input, courtCode, typeCode, administrative, seq) => {
    const r = parseCaseNumber(input);
    if (!r.valid) throw new Error(r.reason);
    expect([r.court.code, r.type.code, r.seq]).toEqual([courtCode, typeCode, seq]);
    expect(r.type).toEqual({ code: typeCode, name: '未知类型', administrative, instance: 'other', known: false });
    expect(parseCaseNumber(r.normalized)).toEqual({ ...r, input: r.normalized });
  });

  it.each([
    ['（2023）苏01行受终12号', '无法识别的类型代字（行受终）'],
    ['（2018）冀01行指3号', '无法识别的类型代字（行指）'],
    ['（2015）海字第5号', '无法识别的类型代字（海）'],
    ['（2015）苏XY字第5号', '匿名化的案号：法院代字被隐去（苏XY），不是可登记的案号'],
  ])(
    '%s: a current number after 2017 needs a known code; an unknown one must look like a type code',
    (input, reason) => {
      expect(parseCaseNumber(input)).toEqual({ valid: false, input, reason });
    },
  );
});
