/**
 * Outcomes of an administrative reconsideration (行政复议决定, 行政复议法 2023) — a case kind with its own decisions,
 * distinct from a court's judgments: a 复议 case is 维持 or 撤销, never 判决驳回诉讼请求 or 裁定驳回起诉.
 *
 * 纠错 (the reconsideration body corrected the agency, counted like a loss in 复议纠错率): 变更 (第六十三条),
 * 撤销或者部分撤销 ± 责令重作 (第六十四条), 确认违法 (第六十五条), 责令履行 (第六十六条), 确认无效 (第六十七条), and the
 * agreement form of the same orders (行政协议: 责令依法订立、继续履行、补救、赔偿或补偿, 第七十一条). Not 纠错: 维持
 * (第六十八条), 驳回行政复议请求 (第六十九条), 驳回行政复议申请 (第三十三条), 不予受理 (第三十条), 调解 (第七十三条),
 * 和解或撤回后准予撤回 (第四十一条第一项、第七十四条). 终止行政复议 for any other reason (第四十一条第二至五项) ends the
 * proceeding without a decision on the act: neither corrected nor upheld (null), as 终结诉讼 in litigation.
 */

/** Every reconsideration outcome, in the order of the statute. */
export const RECONSIDERATION_OUTCOMES = [
  'RECON_ALTERED',
  'RECON_REVOKED',
  'RECON_CONFIRMED_ILLEGAL',
  'RECON_ORDERED_TO_PERFORM',
  'RECON_CONFIRMED_VOID',
  'RECON_UPHELD',
  'RECON_CLAIM_REJECTED',
  'RECON_AGREEMENT_REMEDY',
  'RECON_APPLICATION_DISMISSED',
  'RECON_NOT_ACCEPTED',
  'RECON_MEDIATED',
  'RECON_WITHDRAWN',
  'RECON_TERMINATED',
] as const;

/** One outcome of a reconsideration (复议结果). */
export type ReconsiderationOutcome = (typeof RECONSIDERATION_OUTCOMES)[number];

const RECON_SET: ReadonlySet<string> = new Set(RECONSIDERATION_OUTCOMES);

export function isReconsiderationOutcome(code: string | null | undefined): code is ReconsiderationOutcome {
  return !!code && RECON_SET.has(code);
}

/** Chinese label of each outcome, in the reconsideration body's own words. */
export const RECONSIDERATION_OUTCOME_LABELS: Readonly<Record<ReconsiderationOutcome, string>> = {
  RECON_ALTERED: '决定变更',
  RECON_REVOKED: '决定撤销（部分撤销、责令重作）',
  RECON_CONFIRMED_ILLEGAL: '决定确认违法',
  RECON_ORDERED_TO_PERFORM: '责令履行法定职责',
  RECON_CONFIRMED_VOID: '决定确认无效',
  RECON_UPHELD: '决定维持',
  RECON_CLAIM_REJECTED: '驳回行政复议请求',
  RECON_AGREEMENT_REMEDY: '行政协议：责令履行、补救、赔偿或补偿',
  RECON_APPLICATION_DISMISSED: '驳回行政复议申请',
  RECON_NOT_ACCEPTED: '不予受理',
  RECON_MEDIATED: '复议调解',
  RECON_WITHDRAWN: '和解或撤回，准予撤回',
  RECON_TERMINATED: '终止行政复议',
};

/** Statutory basis of each outcome (行政复议法 2023). */
export const RECONSIDERATION_OUTCOME_BASIS: Readonly<Record<ReconsiderationOutcome, string>> = {
  RECON_ALTERED: '行政复议法第63条',
  RECON_REVOKED: '行政复议法第64条',
  RECON_CONFIRMED_ILLEGAL: '行政复议法第65条',
  RECON_ORDERED_TO_PERFORM: '行政复议法第66条',
  RECON_CONFIRMED_VOID: '行政复议法第67条',
  RECON_UPHELD: '行政复议法第68条',
  RECON_CLAIM_REJECTED: '行政复议法第69条',
  RECON_AGREEMENT_REMEDY: '行政复议法第71条',
  RECON_APPLICATION_DISMISSED: '行政复议法第33条',
  RECON_NOT_ACCEPTED: '行政复议法第30条',
  RECON_MEDIATED: '行政复议法第73条',
  RECON_WITHDRAWN: '行政复议法第41条第1项、第74条',
  RECON_TERMINATED: '行政复议法第41条',
};

/** 纠错: the outcomes in which the reconsideration body corrected the agency (arts. 63–67, 71). */
export const RECONSIDERATION_CORRECTIONS: readonly ReconsiderationOutcome[] = [
  'RECON_ALTERED',
  'RECON_REVOKED',
  'RECON_CONFIRMED_ILLEGAL',
  'RECON_ORDERED_TO_PERFORM',
  'RECON_CONFIRMED_VOID',
  'RECON_AGREEMENT_REMEDY',
];
const CORRECTION_SET: ReadonlySet<string> = new Set(RECONSIDERATION_CORRECTIONS);

/** Outcomes that end the reconsideration without correcting the agency (arts. 30, 33, 41(1), 68, 69, 73, 74). */
const NOT_CORRECTED: ReadonlySet<string> = new Set<ReconsiderationOutcome>([
  'RECON_UPHELD',
  'RECON_CLAIM_REJECTED',
  'RECON_APPLICATION_DISMISSED',
  'RECON_NOT_ACCEPTED',
  'RECON_MEDIATED',
  'RECON_WITHDRAWN',
]);

/**
 * Whether the agency lost (复议纠错) by this outcome: true for a correction, false for an outcome that ends the
 * reconsideration without one, null for 终止 (no decision on the act).
 */
export function reconsiderationCorrected(outcome: ReconsiderationOutcome): boolean | null {
  if (CORRECTION_SET.has(outcome)) return true;
  return NOT_CORRECTED.has(outcome) ? false : null;
}

/** Precedence for `primary`, most decisive first: corrections, then outcomes ending the case, then 终止. */
export const RECONSIDERATION_PRECEDENCE: readonly ReconsiderationOutcome[] = [
  'RECON_CONFIRMED_VOID',
  'RECON_REVOKED',
  'RECON_ALTERED',
  'RECON_ORDERED_TO_PERFORM',
  'RECON_AGREEMENT_REMEDY',
  'RECON_CONFIRMED_ILLEGAL',
  'RECON_MEDIATED',
  'RECON_WITHDRAWN',
  'RECON_UPHELD',
  'RECON_CLAIM_REJECTED',
  'RECON_APPLICATION_DISMISSED',
  'RECON_NOT_ACCEPTED',
  'RECON_TERMINATED',
];

/**
 * The reconsideration outcome a litigation category stands for when it was recorded on a 复议 case (older records
 * and ledgers used the court's categories for both kinds). 维持 and 驳回复议请求 were both CLAIMS_REJECTED: 维持 is by
 * far the commoner, so it is the reading. A category with no reconsideration counterpart (上诉、再审) maps to null.
 */
export const RECONSIDERATION_OF_LITIGATION: Readonly<Record<string, ReconsiderationOutcome>> = {
  CLAIMS_REJECTED: 'RECON_UPHELD',
  REVOKED: 'RECON_REVOKED',
  ORDERED_TO_PERFORM: 'RECON_ORDERED_TO_PERFORM',
  ORDERED_TO_PAY: 'RECON_ORDERED_TO_PERFORM',
  CONFIRMED_ILLEGAL: 'RECON_CONFIRMED_ILLEGAL',
  CONFIRMED_VOID: 'RECON_CONFIRMED_VOID',
  ALTERED: 'RECON_ALTERED',
  AGREEMENT_REMEDY: 'RECON_AGREEMENT_REMEDY',
  SUIT_DISMISSED: 'RECON_APPLICATION_DISMISSED',
  NOT_ACCEPTED: 'RECON_NOT_ACCEPTED',
  WITHDRAWN: 'RECON_WITHDRAWN',
  WITHDRAWN_AFTER_CHANGE: 'RECON_WITHDRAWN',
  MEDIATED: 'RECON_MEDIATED',
  TERMINATED: 'RECON_TERMINATED',
};
