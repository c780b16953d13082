/**
 * Which first-instance outcomes are judgments (判决) and which rulings (裁定) may be appealed: the appeal window a
 * case gets depends on it (docs/rules/deadlines.md#which-periods-a-case-has, docs/rules/outcomes-and-loss.md#outcomes).
 * The one list: the deadlines and the demo data read it from here.
 */
import type { OutcomeCategory } from './categories.js';

/**
 * The outcomes a court gives by judgment (判决), 行政诉讼法第六十九条至第七十八条: 驳回诉讼请求 (69), 撤销 (70),
 * 履行法定职责 (72), 给付义务 (73), 确认违法 (74), 确认无效 (75), 赔偿或补救 (76), 变更 (77), 行政协议 (78).
 * Appealable within 15 days (行政诉讼法第八十五条).
 */
export const JUDGMENT_CATEGORIES: readonly OutcomeCategory[] = [
  'CLAIMS_REJECTED',
  'REVOKED',
  'ORDERED_TO_PERFORM',
  'ORDERED_TO_PAY',
  'CONFIRMED_ILLEGAL',
  'CONFIRMED_VOID',
  'COMPENSATION_ORDERED',
  'ALTERED',
  'AGREEMENT_REMEDY',
];

/**
 * The rulings (裁定) that end a first instance and may be appealed within 10 days (行政诉讼法第八十五条): 不予立案 and
 * 驳回起诉 (适用行政诉讼法的解释第一百零一条第二款; the third appealable ruling, 管辖异议, ends no case). 准许撤诉
 * and 终结诉讼 are rulings without appeal.
 */
export const APPEALABLE_RULING_CATEGORIES: readonly OutcomeCategory[] = ['NOT_ACCEPTED', 'SUIT_DISMISSED'];

const JUDGMENTS: ReadonlySet<string> = new Set(JUDGMENT_CATEGORIES);
const APPEALABLE_RULINGS: ReadonlySet<string> = new Set(APPEALABLE_RULING_CATEGORIES);

/** Whether a litigation outcome code is a judgment (判决); false for rulings, other kinds' codes and unknown codes. */
export function isJudgment(outcome: string | null | undefined): boolean {
  return !!outcome && JUDGMENTS.has(outcome);
}

/** Whether a litigation outcome code is a ruling that may be appealed (不予立案, 驳回起诉). */
export function isAppealableRuling(outcome: string | null | undefined): boolean {
  return !!outcome && APPEALABLE_RULINGS.has(outcome);
}
