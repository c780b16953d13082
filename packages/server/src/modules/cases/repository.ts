/**
 * SQL of the case registry, by concern (repository/*.ts). Every read goes through `caseScopeCondition` (policy.ts), so
 * a list, its count and a single read agree on what the caller may see. Writes take the caller's transaction. This
 * file is the index the module's other files (and, for now, the imports module) import from.
 */
export { assignmentOfCase, deleteAssignment, insertAssignment } from './repository/assignments.js';
export {
  type DeadlineRow,
  type DeadlineSet,
  deadlineById,
  deadlineOfCase,
  updateDeadlineRow,
} from './repository/deadlineEdits.js';
export {
  type CaseAssignmentOut,
  type CaseDetailParts,
  findCaseDetailInScope,
  findCaseInScope,
  loadCaseDetail,
  partiesOf,
} from './repository/detail.js';
export { eventOfType, insertEvent, insertEventReturning, moveEvent } from './repository/events.js';
export { appealedCase, appealsOutOfStep, insertLink, type LinkType, linkExists } from './repository/links.js';
export {
  type CaseListFilters,
  type CaseListQuery,
  type CaseListRow,
  type Cursor,
  listCases,
  listSelection,
  SORT_KEYS,
  type SortKey,
} from './repository/list.js';
export { adminDomainExists, agenciesByIds, courtByCode, regionNameOf, regionPathOf } from './repository/lookups.js';
export { type CaseInsert, type CaseRow, isUuid, type PartyRow } from './repository/rows.js';
export {
  duplicateCaseNumber,
  insertCase,
  isUniqueViolation,
  type PartyWrite,
  replaceParties,
  updateCaseAtVersion,
} from './repository/write.js';
