/** Outcomes of judgments, rulings and reconsideration decisions, and what counts as a loss (docs/rules/outcomes-and-loss.md). */
export {
  isLossCategory,
  LOSS_CATEGORIES,
  OUTCOME_CATEGORIES,
  OUTCOME_LABELS,
  OUTCOME_PRECEDENCE,
  OUTCOME_STATUTE_BASIS,
  type OutcomeCategory,
  RECONSIDERATION_STATUTE_BASIS,
} from './categories.js';
export { type ClassifyOutcomeOptions, classifyOutcome, type OutcomeResult } from './classify.js';
