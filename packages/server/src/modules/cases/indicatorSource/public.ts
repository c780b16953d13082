// For the indicators module (modules/indicators): the registry's facts it keeps per case, read here so only this module
// reads its tables (source.ts).

// The case list's indicator filter: the indicators module registers the membership condition.
export {
  type IndicatorListCondition,
  type IndicatorListFilter,
  registerIndicatorListFilter,
} from './listFilter.js';
export { type CaseIndicatorSource, caseIndicatorSources, linkedCaseIds, liveCaseIdsPage } from './source.js';
