import type { CaseNumberType, Instance } from './types.js';

/**
 * Case type codes (类型代字) of the SPC rules on case numbers (《关于人民法院案件案号的若干规定》, 2016, amended 2018)
 * and its table of type codes; administrative codes as listed in docs/rules/case-numbers.md#type-codes.
 *
 * Lookups are exact; callers find the longest code themselves (行审复 before 行审, 行赔初 before 行初).
 * Instance: see {@link Instance}. Note 行保/行保复 are 行为保全 (conduct preservation) cases, not administrative ones,
 * although they start with 行.
 */
const rows: ReadonlyArray<readonly [code: string, name: string, instance: Instance, administrative?: true]> = [
  // 行政 (administrative litigation, including 行政赔偿)
  ['行初', '行政一审', 'first', true],
  ['行终', '行政二审', 'appeal', true],
  ['行申', '行政申请再审审查', 'retrial-review', true],
  ['行抗', '行政抗诉再审审查', 'retrial-review', true],
  ['行监', '行政依职权再审审查', 'retrial-review', true],
  ['行再', '行政再审', 'retrial', true],
  ['行审', '非诉行政行为申请执行审查', 'enforcement-review', true],
  ['行审复', '非诉行政行为申请执行审查复议', 'enforcement-review', true],
  ['行辖', '行政管辖', 'jurisdiction', true],
  ['行辖终', '行政管辖上诉', 'jurisdiction', true],
  ['行他', '其他行政', 'other', true],
  ['行赔初', '行政赔偿一审', 'compensation', true],
  ['行赔终', '行政赔偿二审', 'compensation', true],
  ['行赔申', '行政赔偿申请再审审查', 'retrial-review', true],
  ['行赔抗', '行政赔偿抗诉再审审查', 'retrial-review', true],
  ['行赔监', '行政赔偿依职权再审审查', 'retrial-review', true],
  ['行赔再', '行政赔偿再审', 'retrial', true],
  ['行赔他', '其他行政赔偿', 'compensation', true],
  ['司救行', '行政司法救助', 'other', true],
  ['知行终', '知识产权行政二审', 'appeal', true],
  // 非诉保全 (preservation): not administrative cases
  ['行保', '非诉行为保全审查（非行政案件）', 'other'],
  ['行保复', '非诉行为保全审查复议（非行政案件）', 'other'],
  ['财保', '非诉财产保全审查', 'other'],
  ['证保', '非诉证据保全审查', 'other'],
  // 民事
  ['民初', '民事一审', 'first'],
  ['民终', '民事二审', 'appeal'],
  ['民申', '民事申请再审审查', 'retrial-review'],
  ['民抗', '民事抗诉再审审查', 'retrial-review'],
  ['民监', '民事依职权再审审查', 'retrial-review'],
  ['民再', '民事再审', 'retrial'],
  ['民撤', '第三人撤销之诉', 'first'],
  ['民特', '民事特别程序', 'other'],
  ['民催', '公示催告', 'other'],
  ['民督', '申请支付令审查', 'other'],
  ['民辖', '民事管辖', 'jurisdiction'],
  ['民辖终', '民事管辖上诉', 'jurisdiction'],
  ['民辖监', '民事管辖监督', 'jurisdiction'],
  ['民他', '其他民事', 'other'],
  ['知民终', '知识产权民事二审', 'appeal'],
  // 刑事
  ['刑初', '刑事一审', 'first'],
  ['刑终', '刑事二审', 'appeal'],
  ['刑申', '刑事申诉审查', 'retrial-review'],
  ['刑抗', '刑事抗诉再审审查', 'retrial-review'],
  ['刑监', '刑事依职权再审审查', 'retrial-review'],
  ['刑再', '刑事再审', 'retrial'],
  ['刑辖', '刑事管辖', 'jurisdiction'],
  ['刑核', '死刑复核', 'other'],
  ['刑更', '减刑假释', 'other'],
  ['刑医', '强制医疗', 'other'],
  ['刑没', '违法所得没收', 'other'],
  ['刑他', '其他刑事', 'other'],
  // 执行
  ['执', '首次执行', 'other'],
  ['执恢', '恢复执行', 'other'],
  ['执保', '财产保全执行', 'other'],
  ['执异', '执行异议', 'other'],
  ['执复', '执行复议', 'other'],
  ['执监', '执行监督', 'other'],
  ['执协', '执行协调', 'other'],
  ['执他', '其他执行', 'other'],
  // 国家赔偿 (state compensation decided by courts; not 行政赔偿)
  ['法赔', '法院作为赔偿义务机关自赔', 'compensation'],
  ['委赔', '赔偿委员会审理赔偿', 'compensation'],
  ['委赔监', '司法赔偿监督审查', 'retrial-review'],
  ['法委赔', '最高人民法院赔偿委员会审理赔偿', 'compensation'],
  // 破产, 强制清算
  ['破申', '破产申请审查', 'other'],
  ['破', '破产', 'other'],
  ['破终', '破产上诉', 'appeal'],
  ['破监', '破产监督', 'retrial-review'],
  ['强清申', '强制清算申请审查', 'other'],
  ['强清', '强制清算', 'other'],
  ['强清终', '强制清算上诉', 'appeal'],
  // 司法救助
  ['司救民', '民事司法救助', 'other'],
  ['司救刑', '刑事司法救助', 'other'],
  ['司救执', '执行司法救助', 'other'],
  ['司救赔', '国家赔偿司法救助', 'other'],
];

/** Codes seen only in pre-2016 "字第" numbers. */
const legacyRows: ReadonlyArray<readonly [code: string, name: string, instance: Instance, administrative?: true]> = [
  ['行提', '行政提审（旧）', 'retrial', true],
  ['知行', '知识产权行政（旧）', 'other', true],
  ['民提', '民事提审（旧）', 'retrial'],
  ['刑提', '刑事提审（旧）', 'retrial'],
];

const toType = ([code, name, instance, administrative]: (typeof rows)[number]): CaseNumberType =>
  Object.freeze({ code, name, administrative: administrative === true, instance, known: true });

/** Current type codes → type. */
export const currentTypes: ReadonlyMap<string, CaseNumberType> = new Map(rows.map((r) => [r[0], toType(r)]));

/** Type codes accepted in legacy numbers: the current ones plus the legacy-only ones. */
export const legacyTypes: ReadonlyMap<string, CaseNumberType> = new Map([
  ...currentTypes,
  ...legacyRows.map((r) => [r[0], toType(r)] as const),
]);

/** Length of the longest type code, to bound prefix/suffix searches. */
export const MAX_TYPE_CODE_LENGTH = Math.max(...[...legacyTypes.keys()].map((k) => k.length));

/**
 * Characters that open a type code (行政, 民事, 刑事, 执行, 赔偿): an unknown code must start with one, so that a court
 * code or a masked part is not taken for a type.
 */
const TYPE_OPENERS = '行民刑执赔';
/** A local type code of an old number: 2–5 Chinese characters, starting with a type opener. */
const UNKNOWN_CODE_RE = /^[\u4e00-\u9fff]{2,5}$/;

/**
 * A type code the table does not know, as printed, when it is shaped like one (see {@link CaseNumberType.known});
 * null otherwise. 行保 and 行保复 are known, so every unknown code starting with 行 is an administrative one.
 */
export function unknownType(code: string): CaseNumberType | null {
  if (!UNKNOWN_CODE_RE.test(code) || !TYPE_OPENERS.includes(code[0]!) || code.includes('某')) return null;
  return { code, name: '未知类型', administrative: code[0] === '行', instance: 'other', known: false };
}

/** Where an unknown type code starts in the head of a legacy number (court code + type code): its first opener. */
export function unknownTypeStart(head: string): number {
  for (let i = 0; i < head.length; i++) if (TYPE_OPENERS.includes(head[i]!)) return i;
  return -1;
}
