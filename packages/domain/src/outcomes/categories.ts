/**
 * Outcome categories of administrative cases (裁判结果) and the fixed facts about each one:
 * Chinese label, statutory basis, whether it is a loss for the agency (败诉), and precedence.
 * See docs/rules/outcomes-and-loss.md.
 */

/** Every outcome the classifier can report, in the order they are listed in docs/rules/outcomes-and-loss.md#outcomes. */
export const OUTCOME_CATEGORIES = [
  'CLAIMS_REJECTED',
  'REVOKED',
  'ORDERED_TO_PERFORM',
  'ORDERED_TO_PAY',
  'CONFIRMED_ILLEGAL',
  'CONFIRMED_VOID',
  'ALTERED',
  'AGREEMENT_REMEDY',
  'COMPENSATION_ORDERED',
  'SUIT_DISMISSED',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'WITHDRAWN_AFTER_CHANGE',
  'MEDIATED',
  'APPEAL_DISMISSED',
  'REVERSED',
  'REMANDED',
  'RETRIAL_APPLICATION_DISMISSED',
  'RETRIAL_ORDERED',
  'TERMINATED',
  'UNKNOWN',
] as const;

/** One outcome of a judgment, ruling or reconsideration decision (裁判/复议结果). */
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

// Which categories are a loss for the agency (败诉): loss.ts, the one rule.

/** Chinese label of each category, as shown in reports. */
export const OUTCOME_LABELS: Readonly<Record<OutcomeCategory, string>> = {
  CLAIMS_REJECTED: '判决驳回诉讼请求',
  REVOKED: '判决撤销',
  ORDERED_TO_PERFORM: '判决履行法定职责',
  ORDERED_TO_PAY: '判决履行给付义务',
  CONFIRMED_ILLEGAL: '判决确认违法',
  CONFIRMED_VOID: '判决确认无效',
  ALTERED: '判决变更',
  AGREEMENT_REMEDY: '行政协议继续履行、补救、赔偿或补偿',
  COMPENSATION_ORDERED: '判决赔偿或采取补救措施',
  SUIT_DISMISSED: '裁定驳回起诉',
  NOT_ACCEPTED: '不予立案（不予受理）',
  WITHDRAWN: '准许撤诉（撤回）',
  WITHDRAWN_AFTER_CHANGE: '被告改变行政行为后准许撤诉',
  MEDIATED: '调解结案',
  APPEAL_DISMISSED: '驳回上诉，维持原判',
  REVERSED: '撤销原判决、裁定（改判）',
  REMANDED: '发回重审',
  RETRIAL_APPLICATION_DISMISSED: '驳回再审申请',
  RETRIAL_ORDERED: '裁定再审',
  TERMINATED: '终结诉讼（终结审查、终止复议）',
  UNKNOWN: '无法识别',
};

/** Statutory basis of each category in litigation (行政诉讼法 unless named; 解释 = 适用行政诉讼法的解释 2018). */
export const OUTCOME_STATUTE_BASIS: Readonly<Record<OutcomeCategory, string>> = {
  CLAIMS_REJECTED: '行政诉讼法第69条',
  REVOKED: '行政诉讼法第70条',
  ORDERED_TO_PERFORM: '行政诉讼法第72条',
  ORDERED_TO_PAY: '行政诉讼法第73条',
  CONFIRMED_ILLEGAL: '行政诉讼法第74条',
  CONFIRMED_VOID: '行政诉讼法第75条',
  ALTERED: '行政诉讼法第77条',
  AGREEMENT_REMEDY: '行政诉讼法第78条',
  COMPENSATION_ORDERED: '行政诉讼法第76条',
  SUIT_DISMISSED: '适用行政诉讼法的解释第69条',
  NOT_ACCEPTED: '行政诉讼法第51条',
  WITHDRAWN: '行政诉讼法第62条',
  WITHDRAWN_AFTER_CHANGE: '行政诉讼法第62条；最高人民法院关于行政诉讼撤诉若干问题的规定第2-4条',
  MEDIATED: '行政诉讼法第60条',
  APPEAL_DISMISSED: '行政诉讼法第89条第1款第1项',
  REVERSED: '行政诉讼法第89条第1款第2项',
  REMANDED: '行政诉讼法第89条第1款第3、4项',
  RETRIAL_APPLICATION_DISMISSED: '适用行政诉讼法的解释第116条第2款',
  RETRIAL_ORDERED: '行政诉讼法第91条、第92条；适用行政诉讼法的解释第116条第1款',
  TERMINATED: '适用行政诉讼法的解释第88条、第121条',
  UNKNOWN: '',
};

/**
 * Statutory basis of each category when the text is a reconsideration decision (行政复议决定, 行政复议法 2023).
 * Mapping used by the classifier:
 * - 维持 (art. 68) and 驳回行政复议请求 (art. 69) → CLAIMS_REJECTED;
 * - 驳回行政复议申请 (art. 33, the application did not meet the conditions after all) → SUIT_DISMISSED;
 * - 不予受理 (art. 30) → NOT_ACCEPTED;
 * - 变更 (63) → ALTERED; 撤销/部分撤销 ± 责令重作 (64) → REVOKED; 确认违法 (65) → CONFIRMED_ILLEGAL;
 *   责令履行 (66) → ORDERED_TO_PERFORM; 确认无效 (67) → CONFIRMED_VOID; 行政协议 (71) → AGREEMENT_REMEDY;
 *   赔偿 (72) → COMPENSATION_ORDERED — these are 纠错 and count as losses;
 * - 调解 (73) → MEDIATED; 和解 / 准予撤回 (74, 41) → WITHDRAWN; 终止行政复议 (41) → TERMINATED.
 */
export const RECONSIDERATION_STATUTE_BASIS: Readonly<Partial<Record<OutcomeCategory, string>>> = {
  CLAIMS_REJECTED: '行政复议法第68条、第69条',
  REVOKED: '行政复议法第64条',
  ORDERED_TO_PERFORM: '行政复议法第66条',
  CONFIRMED_ILLEGAL: '行政复议法第65条',
  CONFIRMED_VOID: '行政复议法第67条',
  ALTERED: '行政复议法第63条',
  AGREEMENT_REMEDY: '行政复议法第71条',
  COMPENSATION_ORDERED: '行政复议法第72条',
  SUIT_DISMISSED: '行政复议法第33条',
  NOT_ACCEPTED: '行政复议法第30条',
  WITHDRAWN: '行政复议法第41条、第74条',
  MEDIATED: '行政复议法第73条',
  TERMINATED: '行政复议法第41条',
};

/**
 * Precedence for `primary`, most decisive first.
 *
 * | rank | categories | why |
 * |---|---|---|
 * | 1–8 | CONFIRMED_VOID, REVOKED, ALTERED, ORDERED_TO_PERFORM, ORDERED_TO_PAY, AGREEMENT_REMEDY, CONFIRMED_ILLEGAL, COMPENSATION_ORDERED | a loss outranks everything; among losses the one that removes or replaces the act comes first, compensation last (赔偿 is usually accessory to 确认违法/撤销, art. 76, and is "单独赔偿" only when alone) |
 * | 9–14 | WITHDRAWN_AFTER_CHANGE, MEDIATED, CLAIMS_REJECTED, SUIT_DISMISSED, NOT_ACCEPTED, WITHDRAWN | the case ends at this instance without a loss |
 * | 15–20 | REVERSED, REMANDED, APPEAL_DISMISSED, RETRIAL_ORDERED, RETRIAL_APPLICATION_DISMISSED, TERMINATED | appellate and procedural: primary only when no outcome on the act itself is stated |
 * | 21 | UNKNOWN | nothing recognised |
 */
export const OUTCOME_PRECEDENCE: readonly OutcomeCategory[] = [
  'CONFIRMED_VOID',
  'REVOKED',
  'ALTERED',
  'ORDERED_TO_PERFORM',
  'ORDERED_TO_PAY',
  'AGREEMENT_REMEDY',
  'CONFIRMED_ILLEGAL',
  'COMPENSATION_ORDERED',
  'WITHDRAWN_AFTER_CHANGE',
  'MEDIATED',
  'CLAIMS_REJECTED',
  'SUIT_DISMISSED',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'REVERSED',
  'REMANDED',
  'APPEAL_DISMISSED',
  'RETRIAL_ORDERED',
  'RETRIAL_APPLICATION_DISMISSED',
  'TERMINATED',
  'UNKNOWN',
];
