// The domain library bundled from source (vite alias): case-number parsing and outcome classification in the browser.
export {
  ALL_CASE_OUTCOMES,
  type CaseNumberResult,
  type CourtLevel,
  caseOutcomeLabel,
  classifyOutcome,
  classifyOutcomeForKind,
  type KindOutcomeResult,
  OUTCOME_LABELS,
  type OutcomeCaseKind,
  type OutcomeCategory,
  type OutcomeResult,
  outcomeFitsKind,
  outcomeForKind,
  type ParseCaseNumberOptions,
  parseCaseNumber,
} from '@shuangjiang/domain';
