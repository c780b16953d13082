/**
 * Use cases of the judgments module (README.md): the module's public index for routes and other modules. Loading it
 * registers the compliance task's deadline owner (compliance.ts) with the case registry.
 */
export { judgmentJobs, notifyOverdueCompliance } from './compliance.js';
export type { JudgmentContext } from './context.js';
export { readAfterJudgment } from './useCases/readAfterJudgment.js';
export {
  completeTask,
  decideDecision,
  draftDecision,
  recordService,
  reviseDecision,
  uploadEvidence,
} from './useCases/writeAfterJudgment.js';
