export { courtCodes } from './courtCodes.js';
export type { FoundCaseNumber } from './findCaseNumbers.js';
export { findCaseNumbers } from './findCaseNumbers.js';
export { parseCaseNumber } from './parseCaseNumber.js';
export type {
  CaseNumberCourt,
  CaseNumberResult,
  CaseNumberType,
  CourtLevel,
  Instance,
  InvalidCaseNumber,
  ParseCaseNumberOptions,
  ValidCaseNumber,
} from './types.js';
