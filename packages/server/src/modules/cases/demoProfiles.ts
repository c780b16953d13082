/**
 * The demo registry's shape (demo.ts): its "today", what each kind of agency is sued about, and the proportions of
 * outcomes; and the small helpers that make fictional parties from the seeded random source.
 */
import type { DemoAgency, Rng } from '../demo/public.js';
import type { ActKind } from './constants.js';

/** The demo's "today": cases are filed up to here, and concluded only when their outcome date is before it. */
export const DEMO_TODAY = '2026-11-28';

// Small helpers

export const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
export const plus = (date: string, days: number) => iso(day(date) + days);
/** Nothing in the demo happens after its "today" (a case filed yesterday was not received tomorrow). */
export const notAfterToday = (date: string) => (date < DEMO_TODAY ? date : DEMO_TODAY);

/** A v4-shaped uuid from the seeded generator, so the demo ids are the same on every machine. */
export function uuid(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng.next() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

export function idNumber(rng: Rng, county: string): string {
  const birth = plus('1950-01-01', rng.int(0, 365 * 50)).replaceAll('-', '');
  return `3299${county}${birth}${String(rng.int(1, 999)).padStart(3, '0')}${rng.pick([...'0123456789X'])}`;
}
export const phone = (rng: Rng) =>
  `1${rng.pick(['39', '58', '86', '77', '35'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
export const orgName = (rng: Rng) =>
  `示例${rng.pick(['鑫', '华', '盛', '达', '恒', '泰', '诚', '润'])}${rng.pick(['宇', '源', '安', '信', '丰'])}${rng.pick(['建设', '置业', '商贸', '餐饮', '物流', '科技', '农业'])}有限公司`;

/** What kind of act an agency's cases are about: domain, act kind, 案由, 被诉行政行为. */
const PROFILES: { match: RegExp; items: [domain: string, act: ActKind, cause: string, contested: string][] }[] = [
  {
    match: /公安/,
    items: [
      ['public_security', 'penalty', '治安管理-行政处罚', '治安管理行政处罚决定'],
      ['traffic_police', 'penalty', '道路交通管理-行政处罚', '道路交通安全违法行为处罚决定'],
      ['public_security', 'inaction', '公安行政管理-不履行法定职责', '未依法处理报警求助'],
      ['info_disclosure', 'disclosure', '政府信息公开', '政府信息公开申请答复'],
    ],
  },
  {
    match: /自然资源/,
    items: [
      ['natural_resources', 'penalty', '国土资源行政管理-土地行政处罚', '非法占地行政处罚决定'],
      ['real_estate_registration', 'registration', '不动产登记', '不动产权属登记'],
      ['expropriation', 'expropriation', '土地征收', '征收土地补偿安置决定'],
      ['info_disclosure', 'disclosure', '政府信息公开', '征地信息公开申请答复'],
    ],
  },
  {
    match: /住房|城乡建设/,
    items: [
      ['expropriation', 'expropriation', '房屋征收与补偿', '房屋征收补偿决定'],
      ['urban_rural_construction', 'penalty', '城乡建设行政管理-行政处罚', '违法建设行政处罚决定'],
      ['housing', 'license', '房屋管理-行政许可', '商品房预售许可'],
    ],
  },
  {
    match: /市场监督/,
    items: [
      ['market_regulation', 'penalty', '市场监督管理-行政处罚', '食品安全行政处罚决定'],
      ['market_regulation', 'inaction', '市场监督管理-投诉举报处理', '投诉举报不予立案告知'],
      ['market_regulation', 'registration', '企业登记', '公司变更登记'],
    ],
  },
  {
    match: /人力资源/,
    items: [
      ['work_injury', 'confirmation', '劳动和社会保障行政管理-工伤认定', '工伤认定决定'],
      ['social_insurance', 'benefit', '社会保险待遇', '养老保险待遇核定'],
      ['labour_inspection', 'inaction', '劳动保障监察', '劳动保障监察投诉处理'],
    ],
  },
  {
    match: /生态环境/,
    items: [['ecology_environment', 'penalty', '环境保护行政管理-行政处罚', '环境违法行政处罚决定']],
  },
  {
    match: /城市管理/,
    items: [
      ['urban_management', 'coercion', '城市管理-强制拆除', '限期拆除决定及强制拆除'],
      ['urban_management', 'penalty', '城市管理-行政处罚', '占道经营行政处罚决定'],
    ],
  },
  { match: /交通运输/, items: [['transport', 'penalty', '交通运输行政管理-行政处罚', '非法营运行政处罚决定']] },
  { match: /卫生健康/, items: [['health', 'penalty', '卫生行政管理-行政处罚', '非法行医行政处罚决定']] },
  { match: /教育/, items: [['education', 'inaction', '教育行政管理', '学籍管理申请处理']] },
  { match: /农业农村/, items: [['agriculture', 'confirmation', '农村土地承包经营权', '土地承包经营权确认']] },
  { match: /医疗保障/, items: [['medical_insurance', 'benefit', '医疗保险待遇', '医疗费用报销核定']] },
  {
    match: /街道|镇|乡/,
    items: [
      ['expropriation', 'coercion', '城乡建设行政管理-房屋拆迁管理（拆迁）', '强制拆除房屋行为'],
      ['expropriation', 'agreement', '行政协议', '房屋征收补偿协议'],
      ['info_disclosure', 'disclosure', '政府信息公开', '政府信息公开申请答复'],
      ['township', 'inaction', '乡镇行政管理-不履行法定职责', '未答复履职申请'],
    ],
  },
  {
    match: /人民政府/,
    items: [
      ['expropriation', 'expropriation', '房屋征收与补偿', '国有土地上房屋征收决定'],
      ['info_disclosure', 'disclosure', '政府信息公开', '政府信息公开申请答复'],
      ['government_general', 'adjudication', '行政复议', '行政复议决定'],
    ],
  },
];
export const profileOf = (a: DemoAgency) => PROFILES.find((p) => p.match.test(a.name))?.items ?? PROFILES[0]!.items;

export type Weighted<T> = readonly (readonly [T, number])[];
export const FIRST_INSTANCE_OUTCOMES: Weighted<string> = [
  ['WITHDRAWN', 30],
  ['WITHDRAWN_AFTER_CHANGE', 3],
  ['SUIT_DISMISSED', 22],
  ['NOT_ACCEPTED', 3],
  ['CLAIMS_REJECTED', 27],
  ['REVOKED', 7],
  ['CONFIRMED_ILLEGAL', 4],
  ['ORDERED_TO_PERFORM', 2.5],
  ['CONFIRMED_VOID', 0.5],
  ['ORDERED_TO_PAY', 0.5],
  ['ALTERED', 0.5],
];
export const APPEAL_OUTCOMES: Weighted<string> = [
  ['APPEAL_DISMISSED', 80],
  ['REVERSED', 8],
  ['REMANDED', 5],
  ['WITHDRAWN', 7],
];
/** 复议决定 in the 复议机关's own terms (行政复议法 2023 arts. 33, 41, 63–69, 73–74); 纠错 ≈ 15%. */
export const RECONSIDERATION_OUTCOMES: Weighted<string> = [
  ['RECON_UPHELD', 50],
  ['RECON_CLAIM_REJECTED', 5],
  ['RECON_WITHDRAWN', 20],
  ['RECON_MEDIATED', 8],
  ['RECON_REVOKED', 8],
  ['RECON_CONFIRMED_ILLEGAL', 4],
  ['RECON_ALTERED', 1],
  ['RECON_ORDERED_TO_PERFORM', 2],
  ['RECON_APPLICATION_DISMISSED', 2],
];
/** After an upheld act or a dismissed application the applicant may still sue (复议后起诉, 行政诉讼法第26条第2款). */
export const RECONSIDERATION_NOT_CORRECTED = new Set([
  'RECON_UPHELD',
  'RECON_CLAIM_REJECTED',
  'RECON_APPLICATION_DISMISSED',
]);
export const DISPUTE_OUTCOMES: Weighted<string> = [
  ['DISPUTE_MEDIATED', 55],
  ['DISPUTE_WITHDRAWN', 30],
  ['DISPUTE_UNRESOLVED', 15],
];
export const JUDGMENTS = new Set([
  'CLAIMS_REJECTED',
  'REVOKED',
  'CONFIRMED_ILLEGAL',
  'ORDERED_TO_PERFORM',
  'CONFIRMED_VOID',
  'ORDERED_TO_PAY',
  'ALTERED',
]);

export function countyOf(a: DemoAgency): number | null {
  const m = /^county-(\d+)-/.exec(a.key);
  return m ? Number(m[1]) : null;
}
