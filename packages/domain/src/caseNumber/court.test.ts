import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from './parseCaseNumber.js';
import type { CaseNumberCourt } from './types.js';

const court = (text: string, options?: Parameters<typeof parseCaseNumber>[1]): CaseNumberCourt | string => {
  const r = parseCaseNumber(text, options);
  return r.valid ? r.court : r.reason;
};

describe('parseCaseNumber — courts (法院代字)', () => {
  // [court code, level, province, name]
  const cases: ReadonlyArray<readonly [string, CaseNumberCourt['level'], string | null, string | null]> = [
    ['最高法', 'supreme', null, '最高人民法院'],
    ['苏', 'high', '江苏省', '江苏省高级人民法院'],
    ['京', 'high', '北京市', '北京市高级人民法院'],
    ['内', 'high', '内蒙古自治区', '内蒙古自治区高级人民法院'],
    ['兵', 'high', '新疆生产建设兵团', '新疆维吾尔自治区高级人民法院生产建设兵团分院'],
    // intermediate: abbreviation + GB/T 2260 city tail
    ['苏01', 'intermediate', '江苏省', '南京市中级人民法院'],
    ['苏03', 'intermediate', '江苏省', '徐州市中级人民法院'],
    ['黔01', 'intermediate', '贵州省', '贵阳市中级人民法院'],
    ['湘31', 'intermediate', '湖南省', '湘西土家族苗族自治州中级人民法院'],
    ['新29', 'intermediate', '新疆维吾尔自治区', '阿克苏地区中级人民法院'],
    ['苏14', 'intermediate', '江苏省', null],
    ['兵01', 'intermediate', '新疆生产建设兵团', null],
    // municipalities number their intermediate courts
    ['京01', 'intermediate', '北京市', '北京市第一中级人民法院'],
    ['京04', 'intermediate', '北京市', '北京市第四中级人民法院'],
    ['京05', 'intermediate', '北京市', null],
    ['沪02', 'intermediate', '上海市', '上海市第二中级人民法院'],
    ['渝05', 'intermediate', '重庆市', '重庆市第五中级人民法院'],
    // basic: a district court carries its city's name; county and county-level city courts do not
    ['苏0102', 'basic', '江苏省', '南京市玄武区人民法院'],
    ['苏0322', 'basic', '江苏省', '沛县人民法院'],
    ['苏0381', 'basic', '江苏省', '新沂市人民法院'],
    ['京0105', 'basic', '北京市', '北京市朝阳区人民法院'],
    ['沪0115', 'basic', '上海市', '上海市浦东新区人民法院'],
    ['粤0106', 'basic', '广东省', '广州市天河区人民法院'],
    ['渝0229', 'basic', '重庆市', '城口县人民法院'],
    ['鄂9004', 'basic', '湖北省', '仙桃市人民法院'],
    ['鄂9021', 'basic', '湖北省', '神农架林区人民法院'],
    ['苏0591', 'basic', '江苏省', null],
    ['苏0171', 'basic', '江苏省', null],
    ['兵0101', 'basic', '新疆生产建设兵团', null],
    // special courts
    ['京73', 'special', '北京市', '北京知识产权法院'],
    ['沪73', 'special', '上海市', '上海知识产权法院'],
    ['粤73', 'special', '广东省', '广州知识产权法院'],
    ['沪74', 'special', '上海市', '上海金融法院'],
    ['沪72', 'special', '上海市', '上海海事法院'],
    ['粤71', 'special', '广东省', null],
    ['苏8601', 'special', '江苏省', '徐州铁路运输法院'],
    ['沪7101', 'special', '上海市', '上海铁路运输法院'],
    ['陕7102', 'special', '陕西省', null],
    ['浙8699', 'special', '浙江省', null],
    ['浙0192', 'basic', '浙江省', '杭州互联网法院'],
    // ranges not known with confidence
    ['琼96', 'unknown', '海南省', null],
    ['苏87', 'unknown', '江苏省', null],
    ['苏8701', 'unknown', '江苏省', null],
    ['苏9601', 'unknown', '江苏省', null],
  ];

  it.each(cases)('%s', (code, level, province, name) => {
    expect(court(`（2020）${code}行初1号`)).toEqual({ code, level, province, name });
  });

  const legacy: ReadonlyArray<readonly [string, string | null]> = [
    ['海', null],
    ['鄂江岸', '湖北省'],
    ['京一中', '北京市'],
    ['浙杭', '浙江省'],
    ['青', null],
    ['', null],
  ];

  it.each(legacy)('legacy %j: level unknown, province %s, no name', (code, province) => {
    expect(court(`（2015）${code}行初字第1号`)).toEqual({ code, level: 'unknown', province, name: null });
  });

  it('legacy 最高法 is the supreme court', () => {
    expect(court('（2015）最高法行他字第6号')).toEqual({
      code: '最高法',
      level: 'supreme',
      province: null,
      name: '最高人民法院',
    });
  });

  it('takes extra courts from options, before the built-in table and derivation', () => {
    const courts = {
      苏8602: '南京铁路运输法院（测试）',
      苏0102: { name: '玄武法院', level: 'basic' as const },
      鄂江岸: { name: '武汉市江岸区人民法院', level: 'basic' as const },
      苏8701: { name: '某法院' },
    };
    expect(court('（2020）苏8602行初1号', { courts })).toEqual({
      code: '苏8602',
      level: 'special',
      province: '江苏省',
      name: '南京铁路运输法院（测试）',
    });
    expect(court('（2020）苏0102行初1号', { courts })).toMatchObject({ name: '玄武法院', level: 'basic' });
    expect(court('（2020）苏8701行初1号', { courts })).toMatchObject({ name: '某法院', level: 'unknown' });
    expect(court('（2015）鄂江岸行初字第00300号', { courts })).toEqual({
      code: '鄂江岸',
      level: 'basic',
      province: '湖北省',
      name: '武汉市江岸区人民法院',
    });
    // without options, the built-in answer is unchanged (no leaking cache)
    expect(court('（2020）苏0102行初1号')).toMatchObject({ name: '南京市玄武区人民法院' });
  });
});
