/**
 * Statutory and local periods (期限), one entry each. Article numbers were checked against the statute texts in
 * shared/law/ (行政诉讼法 2017, 行政复议法 2023, 政府信息公开条例 2019, SPC rules on judicial suggestions 2023).
 *
 * Counting (docs/rules/deadlines.md#counting):
 * - 'court-days': 行政诉讼法第101条 → 民事诉讼法第85条: the start day is not counted; if the last day is a statutory
 *   holiday or rest day it ends on the first working day after it. 行政复议法第88条第1款 applies the same rule to
 *   reconsideration periods other than 3/5/7/10 days.
 * - 'workdays': 行政复议法第88条第2款 ("三日""五日""七日""十日" are working days, 不含法定休假日) and the 政府信息公开条例
 *   ("N个工作日"): count N working days after the start day; the result is always a working day.
 * - 'court-months': 民事诉讼法第85条 by months: the same date N months later (the month's last day when it has no
 *   such date: 08-31 + 6 months → 02-28/29), rolled to the next working day when it is a holiday or rest day.
 *
 * Extensions (`extends`): the extended rule is computed from the SAME start as the base rule, with total length
 * base + extension, and the holiday roll applied once, at the very end. Example: 行政复议法第62条 60 days from
 * acceptance, extended by at most 30 → 90 days from acceptance. We do not start the extension from the base rule's
 * (possibly rolled) due date: the roll only postpones an end that falls on a holiday, it does not lengthen the period,
 * and the earlier date is the safe one for the authority that must act.
 */

export type DeadlineCounting = 'court-days' | 'workdays' | 'court-months';

export interface DeadlineRule {
  /** Stable id, e.g. 'litigation.defense'. */
  id: string;
  nameZh: string;
  /** Legal basis as shown to users, e.g. '行政诉讼法第67条'. */
  basis: string;
  counting: DeadlineCounting;
  /** Days, working days or months. For a rule that `extends` another: the extension only. */
  length: number;
  /** What the `from` date is, in Chinese: '收到起诉状副本之日'. */
  startsFrom: string;
  /** The base rule this one extends; the due date counts base.length + length from the same start. */
  extends?: string;
  /**
   * 'quarter-end': `from` may be any date in a calendar quarter; counting starts at that quarter's last day
   * (accountability.referral: "每季度结束30日内").
   */
  anchor?: 'quarter-end';
  /** Whether the rule is statute, a local mechanism, or a local practice. */
  source: 'statute' | 'judicial-rule' | 'local';
  note?: string;
}

/** Period counting for court periods, cited in every explanation. */
export const COURT_PERIOD_BASIS = '行政诉讼法第101条、民事诉讼法第85条';
export const RECONSIDERATION_PERIOD_BASIS = '行政复议法第88条、民事诉讼法第85条';

export const deadlineRules: readonly DeadlineRule[] = [
  // 行政诉讼法第67条第1款: 被告应当在收到起诉状副本之日起十五日内……提出答辩状。
  {
    id: 'litigation.defense',
    nameZh: '提交答辩状、证据和规范性文件',
    basis: '行政诉讼法第67条',
    counting: 'court-days',
    length: 15,
    startsFrom: '收到起诉状副本之日',
    source: 'statute',
  },
  // 行政诉讼法第85条: 判决书送达之日起十五日内……裁定书送达之日起十日内向上一级人民法院提起上诉。
  {
    id: 'litigation.appeal.judgment',
    nameZh: '不服一审判决上诉',
    basis: '行政诉讼法第85条',
    counting: 'court-days',
    length: 15,
    startsFrom: '判决书送达之日',
    source: 'statute',
  },
  {
    id: 'litigation.appeal.ruling',
    nameZh: '不服一审裁定上诉',
    basis: '行政诉讼法第85条',
    counting: 'court-days',
    length: 10,
    startsFrom: '裁定书送达之日',
    source: 'statute',
  },
  // 行政诉讼法第81条: 人民法院应当在立案之日起六个月内作出第一审判决。
  {
    id: 'litigation.first-instance',
    nameZh: '一审审理期限',
    basis: '行政诉讼法第81条',
    counting: 'court-months',
    length: 6,
    startsFrom: '立案之日',
    source: 'statute',
    note: '有特殊情况经高级人民法院批准可延长',
  },
  // 行政诉讼法第83条: 适用简易程序……应当在立案之日起四十五日内审结。
  {
    id: 'litigation.simplified',
    nameZh: '简易程序审理期限',
    basis: '行政诉讼法第83条',
    counting: 'court-days',
    length: 45,
    startsFrom: '立案之日',
    source: 'statute',
  },
  // 行政诉讼法第88条: 应当在收到上诉状之日起三个月内作出终审判决。
  {
    id: 'litigation.second-instance',
    nameZh: '二审审理期限',
    basis: '行政诉讼法第88条',
    counting: 'court-months',
    length: 3,
    startsFrom: '收到上诉状之日',
    source: 'statute',
    note: '有特殊情况经高级人民法院批准可延长',
  },
  // 行政复议法第20条第1款: 自知道或者应当知道该行政行为之日起六十日内提出行政复议申请 (法律规定超过六十日的除外).
  {
    id: 'reconsideration.application',
    nameZh: '申请行政复议',
    basis: '行政复议法第20条',
    counting: 'court-days',
    length: 60,
    startsFrom: '知道或者应当知道该行政行为之日',
    source: 'statute',
  },
  // 行政复议法第30条第1款: 收到行政复议申请后，应当在五日内进行审查 — 五日 = working days (第88条第2款).
  {
    id: 'reconsideration.acceptance',
    nameZh: '行政复议申请受理审查',
    basis: '行政复议法第30条',
    counting: 'workdays',
    length: 5,
    startsFrom: '收到行政复议申请之日',
    source: 'statute',
    note: '期限届满未作出不予受理决定的，视为受理（第30条第3款）',
  },
  // 行政复议法第48条: 被申请人应当自收到申请书副本……之日起十日内，提出书面答复 — 十日 = working days (第88条).
  {
    id: 'reconsideration.reply',
    nameZh: '行政复议答复及提交证据',
    basis: '行政复议法第48条',
    counting: 'workdays',
    length: 10,
    startsFrom: '收到行政复议申请书副本或者申请笔录复印件之日',
    source: 'statute',
  },
  // 行政复议法第54条: 简易程序……被申请人应当自收到……之日起五日内，提出书面答复 — 五日 = working days (第88条).
  {
    id: 'reconsideration.reply.simplified',
    nameZh: '行政复议答复（简易程序）',
    basis: '行政复议法第54条',
    counting: 'workdays',
    length: 5,
    startsFrom: '收到行政复议申请书副本或者申请笔录复印件之日',
    source: 'statute',
  },
  // 行政复议法第62条第1款: 自受理申请之日起六十日内作出行政复议决定; 经批准可以适当延长, 最多不得超过三十日.
  {
    id: 'reconsideration.decision',
    nameZh: '行政复议决定（普通程序）',
    basis: '行政复议法第62条',
    counting: 'court-days',
    length: 60,
    startsFrom: '受理行政复议申请之日',
    source: 'statute',
  },
  {
    id: 'reconsideration.decision.extended',
    nameZh: '行政复议决定（经批准延长）',
    basis: '行政复议法第62条',
    counting: 'court-days',
    length: 30,
    startsFrom: '受理行政复议申请之日',
    extends: 'reconsideration.decision',
    source: 'statute',
    note: '经行政复议机构负责人批准并书面告知当事人；延长最多不超过30日',
  },
  // 行政复议法第62条第2款: 适用简易程序……应当自受理申请之日起三十日内作出行政复议决定.
  {
    id: 'reconsideration.decision.simplified',
    nameZh: '行政复议决定（简易程序）',
    basis: '行政复议法第62条',
    counting: 'court-days',
    length: 30,
    startsFrom: '受理行政复议申请之日',
    source: 'statute',
  },
  // 行政复议法第76条: 应当自收到行政复议意见书之日起六十日内, 将纠正……情况报送行政复议机关.
  {
    id: 'reconsideration.correction-report',
    nameZh: '报送行政复议意见书纠正情况',
    basis: '行政复议法第76条',
    counting: 'court-days',
    length: 60,
    startsFrom: '收到行政复议意见书之日',
    source: 'statute',
  },
  // 政府信息公开条例第33条第2款: 自收到申请之日起20个工作日内予以答复; 延长……最长不得超过20个工作日.
  {
    id: 'disclosure.reply',
    nameZh: '政府信息公开申请答复',
    basis: '政府信息公开条例第33条',
    counting: 'workdays',
    length: 20,
    startsFrom: '收到政府信息公开申请之日',
    source: 'statute',
    note: '征求第三方和其他机关意见所需时间不计算在期限内（第33条第3款）',
  },
  {
    id: 'disclosure.reply.extended',
    nameZh: '政府信息公开申请答复（经同意延长）',
    basis: '政府信息公开条例第33条',
    counting: 'workdays',
    length: 20,
    startsFrom: '收到政府信息公开申请之日',
    extends: 'disclosure.reply',
    source: 'statute',
    note: '经政府信息公开工作机构负责人同意并告知申请人',
  },
  // 淮安市《关于进一步规范行政行为 推动行政诉讼“双下降”的若干措施》(seed 000): 涉案地区、部门在3个工作日内明确包案领导.
  {
    id: 'risk.lead-assignment',
    nameZh: '败诉风险案件明确包案领导',
    basis: '淮安市推动行政诉讼“双下降”若干措施（地方机制）',
    counting: 'workdays',
    length: 3,
    startsFrom: '案件被确定为败诉风险案件之日',
    source: 'local',
  },
  // Same document: 每季度结束30日内……集中移送市纪委监委机关. Counted like a court period from the quarter's last day.
  {
    id: 'accountability.referral',
    nameZh: '败诉案件评价结论集中移送',
    basis: '淮安市行政诉讼败诉案件评价工作机制（地方机制）',
    counting: 'court-days',
    length: 30,
    startsFrom: '季度结束之日（输入该季度内任一日期）',
    anchor: 'quarter-end',
    source: 'local',
  },
  // docs/rules/deadlines.md#periods: local practice in 海口 — loss analysis report within 10 working days after the judgment.
  {
    id: 'loss.analysis-report',
    nameZh: '败诉案件分析报告',
    basis: '海口市败诉案件分析报告制度（地方实践）',
    counting: 'workdays',
    length: 10,
    startsFrom: '收到败诉判决之日',
    source: 'local',
  },
  // 最高人民法院关于综合治理类司法建议工作若干问题的规定(2023)第8条: 答复期限根据具体情况确定，一般不超过两个月.
  {
    id: 'judicial-suggestion.reply',
    nameZh: '司法建议书面答复',
    basis: '最高人民法院关于综合治理类司法建议工作若干问题的规定第8条',
    counting: 'court-months',
    length: 2,
    startsFrom: '收到司法建议书之日',
    source: 'judicial-rule',
    note: '答复期限由法院根据具体情况确定，一般不超过两个月；法院另定期限的，以建议书为准（可设置自定义期限）',
  },
];

const byId = new Map(deadlineRules.map((r) => [r.id, r]));

export class UnknownDeadlineRuleError extends Error {
  readonly code = 'DEADLINE_RULE_UNKNOWN' as const;
  constructor(readonly ruleId: unknown) {
    super(`未知的期限规则：${String(ruleId)}`);
    this.name = 'UnknownDeadlineRuleError';
  }
}

export function getDeadlineRule(id: string): DeadlineRule {
  const rule = typeof id === 'string' ? byId.get(id) : undefined;
  if (!rule) throw new UnknownDeadlineRuleError(id);
  return rule;
}
