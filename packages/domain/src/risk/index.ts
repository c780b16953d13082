/**
 * Risk warning and resolution (风险预警与化解, docs/rules/risk.md): party-name comparison, related cases, the 三色预警
 * rules, the risk item's workflow and the 包案领导 deadline. The API is described in README.md beside this file.
 */

export {
  planEscalation,
  SUPERVISION_REMINDER_DAYS,
  supervisionAlert,
  workdaysLate,
} from './escalation.js';
export { type RiskFigureInput, type RiskFigures, riskFigures } from './figures.js';
export {
  LEAD_ASSIGNMENT_RULE,
  LEAD_ASSIGNMENT_STATUS_LABELS,
  type LeadAssignmentStatus,
  leadAssignmentDue,
  leadAssignmentStatus,
  leadEscalation,
} from './leadAssignment.js';
export {
  groupParties,
  normalizeIdNumber,
  normalizePartyName,
  type PartyIdentity,
  sameParty,
} from './partyName.js';
export {
  normalizeAct,
  RELATION_LABELS,
  type RelatedCaseInput,
  type RelatedGroup,
  type RelationKind,
  relatedCaseGroups,
  relatedTo,
  SHARED_PLAINTIFFS_FOR_GROUP,
} from './relatedCases.js';
export {
  allowedRiskActions,
  nextRiskState,
  RISK_ACTION_LABELS,
  RISK_ACTIONS,
  RISK_OUTCOME_LABELS,
  RISK_OUTCOMES,
  RISK_STATE_LABELS,
  RISK_STATES,
  RISK_TRANSITIONS,
  type RiskAction,
  type RiskOutcome,
  type RiskState,
  RiskTransitionError,
} from './riskItemState.js';
export {
  DEFAULT_RISK_RULES,
  evaluateRisk,
  type LiaisonSignal,
  maxLevel,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type RiskAssessment,
  type RiskInput,
  type RiskLevel,
  type RiskReason,
  type RiskReasonCode,
  type RiskRules,
  type Thresholds,
  type WarningLevel,
} from './riskRules.js';
