// For the indicators module (modules/indicators): the registry's facts it keeps per case, read here so only this module
// reads its tables (source.ts).
export { type CaseIndicatorSource, caseIndicatorSources, linkedCaseIds, liveCaseIdsPage } from './source.js';
