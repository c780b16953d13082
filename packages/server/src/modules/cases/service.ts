/**
 * Use cases of the case registry: the module's public index (other modules import `cases/service.js`). Each use case
 * is its own file in useCases/; each command runs in one transaction that also writes its audit row (so a failed
 * change leaves no audit row) and, where meaningful, a timeline event; deadlines are re-computed when the dates they
 * depend on change. Scope: every read and write goes through `caseScopeCondition` (policy.ts); a case outside the
 * caller's scope is NOT_FOUND.
 */

/**
 * 败诉 comes from the domain's one rule (loss.ts, caseLoss.ts): `governmentLostOf` for an outcome code (re-exported for
 * the demo data and the imports), `caseGovernmentLost` for a recorded case (its operative text decides when it states
 * the outcome); an appeal that takes the result of the judgment it reviewed: useCases/appeals.ts.
 */
export { governmentLostOf } from '@shuangjiang/domain';
export type { CaseContext } from './context.js';
export { encodeCursor } from './cursor.js';
export { addCaseEvent } from './useCases/addCaseEvent.js';
export { getCaseDetail } from './useCases/caseDetail.js';
export { caseMeta } from './useCases/caseMeta.js';
export { createCase } from './useCases/createCase.js';
export { deleteCase, restoreCase } from './useCases/deleteAndRestore.js';
export { deadlineInputs } from './useCases/derived.js';
export { handlerCandidatesFor } from './useCases/handler.js';
export {
  type JudgmentState,
  judgmentState,
  judgmentStatesOf,
  recordAppealed,
  recordJudgmentService,
} from './useCases/judgmentService.js';
export { linkCases } from './useCases/linkCases.js';
export { LIST_COUNT_CAP, listCasesFor, MAX_PAGE_SIZE } from './useCases/listCases.js';
export { unmaskParties } from './useCases/unmaskParties.js';
export { updateCase } from './useCases/updateCase.js';
export { updateDeadline } from './useCases/updateDeadline.js';
export { workloadFor } from './useCases/workload.js';
