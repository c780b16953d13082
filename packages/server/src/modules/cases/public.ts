/**
 * What other modules use of the case registry besides its use cases (service.ts): the set-based batch writer of many
 * cases (the import; the demo seed and the benchmark generator, in this module), the lookup of cases by number, the
 * deadlines of many cases at once, and the few registry rules an importer applies to a row in memory (a county's
 * path, China's "today", the outcome field's label per kind, the default administrative domains). Other modules never
 * read or write the case tables themselves.
 */

// The accountability module (败诉评价与移送): lost cases' facts, the walk over them, assignments in its transaction.
export { ensureCaseAssignment, type LossCaseFacts, lossCaseFacts, lostCasesAfter } from './accountabilityPort.js';
export { DEFAULT_ADMIN_DOMAINS, ensureAdminDomains, listAdminDomains } from './adminDomains.js';
export {
  type BatchActor,
  type CaseBatchRow,
  type CaseColumn,
  type CaseWrite,
  caseColumnsOf,
  type EventWrite,
  insertCaseBatch,
  type PartyWrite,
  type UpdateColumn,
} from './batchInsert.js';
export { type ExistingCase, type ExistingParty, findCasesByNumbers } from './byNumbers.js';
// Records hung on a case by other modules (hearings …): the case in the caller's scope, and the scope as a condition.
export { type CaseRef, caseInScopeSql, caseMatchesSql, caseRefInScope, caseRefsByIds } from './caseRefs.js';
export { RISK_EVENT_TYPE_LABELS, type RiskEventType } from './constants.js';
export { type DeadlineInputs, loadCalendar, plannedDeadlines } from './deadlines.js';
export {
  type DeadlineEntry,
  type DeadlineLookup,
  type DeadlineRef,
  DeadlineTable,
  plannedDeadlineRefs,
} from './deadlineTable.js';
// The demo data set and the benchmark generator (modules/demo) build and write cases with these.
export { Builder, buildFiling, DEMO_TODAY, seedDemoCases, writeBuilt } from './demo.js';
export { type ExportFilter, exportCasesXlsx } from './export.js';
export { type CaseHearingSummary, type CaseHearingsReader, registerCaseHearings } from './hearingsPort.js';
// The mediation module (行政争议化解中心): a case by number in a region, the timeline entry, the `became_case` link.
export {
  addMediationTimelineEvent,
  caseByNumberInRegion,
  linkBecameCase,
  type MediationCaseRef,
} from './mediationPort.js';
export { OUTCOME_FIELD_LABELS } from './outcomeKind.js';
export { canSeeDeleted, countyPath, figuresRegionPath } from './policy.js';
export { todayInChina } from './presenter.js';
export { isUniqueViolation } from './repository.js';
// The risk module (风险预警与化解): hears of every case written, reads what it screens, owns the case's risk level.
export {
  addRiskTimelineEvent,
  type CaseWrittenListener,
  caseIdsForScreening,
  recentLossCount,
  registerCaseWritten,
  type ScreeningFacts,
  type ScreeningParty,
  screeningFacts,
  setCaseRiskLevel,
} from './riskPort.js';
// The statistics module (统计报表): the recorded facts of the cases that could count in a period.
export { type StatisticsCaseRow, statisticsCaseRows } from './statisticsPort.js';
