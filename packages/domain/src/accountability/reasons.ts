/**
 * The configurable lists of an evaluation: reasons for a loss (docs/rules/accountability.md#reasons) and what the
 * discipline commission decided (docs/rules/accountability.md#referral-outcomes). Codes are stable; a city may adopt
 * its own list (add codes, relabel), and an evaluation is checked against the list in force.
 */

export interface ListEntry {
  readonly code: string;
  readonly label: string;
  /** The statute article or seed the entry follows, when there is one. */
  readonly basis?: string;
}

export const DEFAULT_LOSS_REASONS: readonly ListEntry[] = [
  { code: 'facts_unclear', label: '事实不清' },
  { code: 'insufficient_evidence', label: '证据不足', basis: '行政诉讼法第70条第1项' },
  { code: 'wrong_law', label: '适用法律错误', basis: '行政诉讼法第70条第2项' },
  { code: 'procedure_violated', label: '违反法定程序', basis: '行政诉讼法第70条第3项、第74条第1款第2项' },
  { code: 'beyond_authority', label: '超越职权', basis: '行政诉讼法第70条第4项' },
  { code: 'abuse_of_power', label: '滥用职权', basis: '行政诉讼法第70条第5项' },
  { code: 'clearly_improper', label: '明显不当', basis: '行政诉讼法第70条第6项' },
  { code: 'duty_not_performed', label: '不履行法定职责', basis: '行政诉讼法第72条' },
  { code: 'agreement_breach', label: '行政协议违约', basis: '行政诉讼法第78条' },
  { code: 'other', label: '其他' },
];

export const DEFAULT_REFERRAL_OUTCOMES: readonly ListEntry[] = [
  { code: 'reminder_talk', label: '谈话提醒' },
  { code: 'criticism', label: '批评教育' },
  { code: 'self_examination', label: '责令检查' },
  { code: 'admonishment', label: '诫勉' },
  { code: 'circulated_criticism', label: '通报批评' },
  { code: 'organizational', label: '组织处理' },
  { code: 'disciplinary_sanction', label: '党纪政务处分' },
  { code: 'to_judiciary', label: '移送司法机关' },
  { code: 'no_accountability', label: '不予追责' },
];

/** 一案四查 (seed 000, 淮安): the four lines of responsibility each referral checks. */
export const FOUR_CHECKS: readonly ListEntry[] = [
  { code: 'supervising_department', label: '行业主管部门指导监督责任', basis: '淮安（seed 000）' },
  { code: 'losing_unit', label: '败诉单位主体责任', basis: '淮安（seed 000）' },
  { code: 'business_deputy', label: '业务分管负责人直接责任', basis: '淮安（seed 000）' },
  { code: 'litigation_deputy', label: '应诉分管负责人应诉责任', basis: '淮安（seed 000）' },
];

export function listLabel(list: readonly ListEntry[], code: string): string | undefined {
  return list.find((e) => e.code === code)?.label;
}

/**
 * Checks a configured list: non-empty codes and labels, no duplicate code. Returns Chinese problems, one per row
 * (第N行), empty when the list is fine.
 */
export function listProblems(list: readonly ListEntry[], name: string): string[] {
  const problems: string[] = [];
  if (list.length === 0) problems.push(`${name}不能为空`);
  const seen = new Set<string>();
  list.forEach((e, i) => {
    const row = `${name}第${i + 1}行`;
    if (!e.code.trim()) problems.push(`${row}：代码不能为空`);
    if (!e.label.trim()) problems.push(`${row}：名称不能为空`);
    if (seen.has(e.code)) problems.push(`${row}：代码“${e.code}”重复`);
    seen.add(e.code);
  });
  return problems;
}
