/** Outcomes of judgments, rulings and reconsideration decisions, and what counts as a loss (docs/rules/outcomes-and-loss.md). */

export { effectiveGovernmentLost, type ReviewedJudgment, takesReviewedResult } from './appeal.js';
export {
  ALL_CASE_OUTCOMES,
  type CaseOutcome,
  caseOutcomeBasis,
  caseOutcomeLabel,
  classifyOutcomeForKind,
  DISPUTE_OUTCOME_LABELS,
  DISPUTE_OUTCOMES,
  type DisputeOutcome,
  isDisputeOutcome,
  type KindOutcomeResult,
  kindOfOutcome,
  nonLitigationOutcomeLost,
  type OutcomeCaseKind,
  outcomeFitsKind,
  outcomeForKind,
  outcomesForKind,
} from './byKind.js';
export { caseGovernmentLost, governmentLostOf, type RecordedOutcome } from './caseLoss.js';
export {
  OUTCOME_CATEGORIES,
  OUTCOME_LABELS,
  OUTCOME_PRECEDENCE,
  OUTCOME_STATUTE_BASIS,
  type OutcomeCategory,
  RECONSIDERATION_STATUTE_BASIS,
} from './categories.js';
export { type ClassifyOutcomeOptions, classifyOutcome, type OutcomeResult } from './classify.js';
export { classifyReconsideration, type ReconsiderationResult } from './classifyReconsideration.js';
export {
  APPEALABLE_RULING_CATEGORIES,
  isAppealableRuling,
  isJudgment,
  JUDGMENT_CATEGORIES,
} from './judgments.js';
export {
  followsReviewedJudgment,
  isLossCategory,
  LOSS_CATEGORIES,
  type LossEffect,
  type LossOptions,
  litigationGovernmentLost,
  OUTCOME_LOSS_EFFECT,
  OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT,
} from './loss.js';
export {
  isReconsiderationOutcome,
  RECONSIDERATION_CORRECTIONS,
  RECONSIDERATION_OF_LITIGATION,
  RECONSIDERATION_OUTCOME_BASIS,
  RECONSIDERATION_OUTCOME_LABELS,
  RECONSIDERATION_OUTCOMES,
  RECONSIDERATION_PRECEDENCE,
  type ReconsiderationOutcome,
  reconsiderationCorrected,
} from './reconsideration.js';
