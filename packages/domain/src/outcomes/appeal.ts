/**
 * Appeal propagation (docs/rules/outcomes-and-loss.md#appeals, 行政诉讼法第八十九条第一款第一项): an appeal or retrial
 * case whose outcome leaves the reviewed judgment in force (驳回上诉维持, 驳回再审申请, 准许撤回上诉) and whose own
 * result is undecided takes that judgment's 败诉; a reversal deciding the act, or a withdrawal of the suit itself,
 * keeps its own; a remand stays undecided.
 */
import { caseGovernmentLost, type RecordedOutcome } from './caseLoss.js';
import { followsReviewedJudgment, type LossOptions } from './loss.js';

/** What is known of the judgment a case reviewed (the first instance an appeal is linked to). */
export interface ReviewedJudgment {
  /** Its own effective 败诉: true, false, or null while undecided. */
  readonly governmentLost: boolean | null;
}

/** Whether a case takes the 败诉 of the judgment it reviewed (then that judgment's result decides, once linked). */
export function takesReviewedResult(c: RecordedOutcome, options: LossOptions = {}): boolean {
  return followsReviewedJudgment(c.outcome, caseGovernmentLost(c, options));
}

/**
 * 败诉 of a case given the judgment it reviewed (`reviewed`: null or undefined while none is linked): that judgment's
 * when the case takes its result (`takesReviewedResult`), otherwise the case's own (`caseGovernmentLost`).
 */
export function effectiveGovernmentLost(
  c: RecordedOutcome,
  reviewed: ReviewedJudgment | null | undefined,
  options: LossOptions = {},
): boolean | null {
  const own = caseGovernmentLost(c, options);
  return reviewed && followsReviewedJudgment(c.outcome, own) ? reviewed.governmentLost : own;
}
