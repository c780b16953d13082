export { computeDeadline, countingBasisOf, type DeadlineResult, type DeadlineStep } from './compute.js';
export {
  COURT_PERIOD_BASIS,
  type DeadlineCounting,
  type DeadlineRule,
  deadlineRules,
  getDeadlineRule,
  RECONSIDERATION_PERIOD_BASIS,
  UnknownDeadlineRuleError,
} from './rules.js';
