export {
  DEFAULT_SUGGESTION_DUE_SOON_DAYS,
  replyDateProblem,
  SUGGESTION_STATUS_LABELS,
  SUGGESTION_STATUSES,
  type SuggestionStatus,
  type SuggestionStatusInput,
  suggestionStatus,
} from './status.js';
