export { computeDeadline, countingBasisOf, type DeadlineResult, type DeadlineStep } from './compute.js';
export { type CaseDeadlineFacts, type DeadlineCaseKind, type PlannedDeadline, plannedDeadlines } from './planned.js';
export { type ComputedDeadline, computeDeadlineRows, computeRow, type DeadlineRowValues } from './rows.js';
export {
  COURT_PERIOD_BASIS,
  type DeadlineCounting,
  type DeadlineRule,
  deadlineRules,
  getDeadlineRule,
  RECONSIDERATION_PERIOD_BASIS,
  UnknownDeadlineRuleError,
} from './rules.js';
export {
  DEADLINE_STATUS_VALUES,
  type DeadlineState,
  type DeadlineStatusFacts,
  deadlineStatus,
  keptStatus,
} from './status.js';
