export {
  APPEAL_DECISION_STATE_LABELS,
  APPEAL_DECISION_STATES,
  type AppealDecisionAction,
  type AppealDecisionActor,
  type AppealDecisionState,
  type AppealDecisionStep,
  appealDecisionStep,
} from './appealDecision.js';
export { type ComplianceFacts, complianceDue, DEFAULT_COMPLIANCE_DAYS, needsCompliance } from './compliance.js';
