// The domain library bundled from source (vite alias): case-number parsing and outcome classification in the browser.
export {
  type CaseNumberResult,
  type CourtLevel,
  classifyOutcome,
  OUTCOME_LABELS,
  type OutcomeCategory,
  type OutcomeResult,
  type ParseCaseNumberOptions,
  parseCaseNumber,
} from '@shuangjiang/domain';
