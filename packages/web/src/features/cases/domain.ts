// The domain library bundled from source (vite alias): case-number parsing and outcome classification in the browser.
export {
  type CaseNumberResult,
  classifyOutcome,
  OUTCOME_LABELS,
  type OutcomeCategory,
  type OutcomeResult,
  parseCaseNumber,
} from '@shuangjiang/domain';
