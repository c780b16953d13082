import type { AgencyKind, HeadRole } from '../org/public.js';
import { fictionalName, type Rng } from './random.js';

/**
 * The demo city 示例市: a fictional prefecture-level city with six districts/counties. Its division codes (3299xx)
 * are unused in GB/T 2260, so nothing here matches a real place; court codes follow the same digits (苏99, 苏9902).
 */
export const DEMO_CITY = { code: '329900', name: '示例市', courtCode: '苏99' } as const;

export const DEMO_COUNTIES = [
  { code: '329902', name: '城东区', towns: ['东关街道', '新桥街道'] },
  { code: '329903', name: '城西区', towns: ['西园街道', '柳营街道'] },
  { code: '329904', name: '江北区', towns: ['江浦街道', '北湖镇'] },
  { code: '329921', name: '湖滨县', towns: ['湖滨镇', '渔港镇'] },
  { code: '329922', name: '山南县', towns: ['山南镇', '石桥乡'] },
  { code: '329981', name: '清河市', towns: ['清河街道', '白沙镇'] },
] as const;

const CITY_DEPARTMENTS = [
  '公安局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '市场监督管理局',
  '人力资源和社会保障局',
  '生态环境局',
  '城市管理局',
  '交通运输局',
  '卫生健康委员会',
  '教育局',
  '农业农村局',
  '医疗保障局',
] as const;

const COUNTY_DEPARTMENTS = [
  '公安分局',
  '自然资源局',
  '住房和城乡建设局',
  '市场监督管理局',
  '人力资源和社会保障局',
] as const;

export interface DemoRegion {
  code: string;
  name: string;
  level: 'city' | 'county' | 'town';
  parentCode: string | null;
  path: string;
  sortOrder: number;
}

export interface DemoAgency {
  key: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
  courtCode: string | null;
  heads: { name: string; title: string; headRole: HeadRole }[];
}

export interface DemoOrg {
  regions: DemoRegion[];
  agencies: DemoAgency[];
}

export function buildDemoOrg(rng: Rng): DemoOrg {
  const regions: DemoRegion[] = [
    {
      code: DEMO_CITY.code,
      name: DEMO_CITY.name,
      level: 'city',
      parentCode: null,
      path: `/${DEMO_CITY.code}/`,
      sortOrder: 0,
    },
  ];
  const agencies: DemoAgency[] = [];
  const heads = (kind: AgencyKind) => headsFor(rng, kind);

  agencies.push({
    key: 'city-gov',
    name: `${DEMO_CITY.name}人民政府`,
    shortName: '市政府',
    kind: 'reconsideration_body',
    regionCode: DEMO_CITY.code,
    courtCode: null,
    heads: headsFor(rng, 'reconsideration_body', '市长', '副市长'),
  });
  agencies.push({
    key: 'city-court',
    name: `${DEMO_CITY.name}中级人民法院`,
    shortName: '市中院',
    kind: 'court',
    regionCode: DEMO_CITY.code,
    courtCode: DEMO_CITY.courtCode,
    heads: [],
  });
  CITY_DEPARTMENTS.forEach((d, i) => {
    agencies.push({
      key: `city-dept-${i}`,
      name: `${DEMO_CITY.name}${d}`,
      shortName: `市${d.replace(/局$|委员会$/, '')}`,
      kind: 'department',
      regionCode: DEMO_CITY.code,
      courtCode: null,
      heads: heads('department'),
    });
  });

  DEMO_COUNTIES.forEach((c, ci) => {
    const countyPath = `/${DEMO_CITY.code}/${c.code}/`;
    regions.push({
      code: c.code,
      name: c.name,
      level: 'county',
      parentCode: DEMO_CITY.code,
      path: countyPath,
      sortOrder: ci + 1,
    });
    agencies.push({
      key: `county-${ci}-gov`,
      name: `${DEMO_CITY.name}${c.name}人民政府`,
      shortName: `${c.name}政府`,
      kind: 'reconsideration_body',
      regionCode: c.code,
      courtCode: null,
      heads: headsFor(rng, 'reconsideration_body', `${c.name.slice(-1)}长`, `副${c.name.slice(-1)}长`),
    });
    agencies.push({
      key: `county-${ci}-court`,
      name: `${DEMO_CITY.name}${c.name}人民法院`,
      shortName: `${c.name}法院`,
      kind: 'court',
      regionCode: c.code,
      courtCode: `苏${c.code.slice(2, 6)}`,
      heads: [],
    });
    COUNTY_DEPARTMENTS.forEach((d, di) => {
      agencies.push({
        key: `county-${ci}-dept-${di}`,
        name: `${DEMO_CITY.name}${c.name}${d}`,
        shortName: `${c.name}${d.replace(/局$/, '')}`,
        kind: 'department',
        regionCode: c.code,
        courtCode: null,
        heads: heads('department'),
      });
    });
    c.towns.forEach((t, ti) => {
      const code = `${c.code}${String(ti + 1).padStart(3, '0')}`;
      regions.push({ code, name: t, level: 'town', parentCode: c.code, path: `${countyPath}${code}/`, sortOrder: ti });
      agencies.push({
        key: `county-${ci}-town-${ti}`,
        name: `${c.name}${t}${t.endsWith('街道') ? '办事处' : '人民政府'}`,
        shortName: t,
        kind: 'town',
        regionCode: code,
        courtCode: null,
        heads: heads('town'),
      });
    });
  });
  return { regions, agencies };
}

function headsFor(rng: Rng, kind: AgencyKind, principalTitle?: string, deputyTitle?: string): DemoAgency['heads'] {
  const principal = principalTitle ?? (kind === 'town' ? '镇长（主任）' : '局长');
  const deputy = deputyTitle ?? (kind === 'town' ? '副镇长（副主任）' : '副局长');
  const out: DemoAgency['heads'] = [{ name: fictionalName(rng), title: principal, headRole: 'principal' }];
  const deputies = rng.int(1, 2);
  for (let i = 0; i < deputies; i++) out.push({ name: fictionalName(rng), title: deputy, headRole: 'deputy' });
  out.push({
    name: fictionalName(rng),
    title: kind === 'town' ? '分管法治副职' : '分管法治工作负责人',
    headRole: 'in_charge',
  });
  return out;
}
