/** The accountability module's use cases (README.md): evaluations, blind reviews, conclusions, referrals. */
export type { AccountabilityContext } from './context.js';
export { openIfLost, openMissingEvaluations, sendSelfCorrection } from './useCases/open.js';
export {
  evaluationFiguresOf,
  evaluationMeta,
  listEvaluations,
  listReferrals,
  readEvaluation,
} from './useCases/read.js';
export { createReferral, recordOutcome } from './useCases/referral.js';
export { assignExperts, conclude, recordInitial, submitReview } from './useCases/write.js';

import { registerCaseWritten } from '../cases/public.js';
import { openIfLost } from './useCases/open.js';

// A case's outcome recorded as a loss opens its evaluation in the writing transaction (docs/rules/accountability.md#evaluation-workflow).
registerCaseWritten(openIfLost);
