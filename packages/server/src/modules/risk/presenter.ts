/** Risk item rows → API JSON (dto.ts), with the domain's labels and allowed actions, and what is overdue today. */
import { allowedRiskActions, RISK_LEVEL_LABELS, RISK_STATE_LABELS } from '@shuangjiang/domain';
import type { CaseRef } from '../cases/public.js';
import type { RiskItemRow, RiskLevelChangeRow, RiskPlanRow, RiskProgressRow } from './schema.js';

export interface LeadDeadlineView {
  effectiveDueDate: string | null;
  status: string;
  explanation: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const OPEN_STATES = new Set(['lead_assigned', 'planned', 'supervised']);

/** Overdue today: no leader by the lead deadline, or the plan's due date passed while the item is being resolved. */
export function isOverdue(
  row: RiskItemRow,
  lead: LeadDeadlineView | null,
  planDueDate: string | null,
  today: string,
): boolean {
  const leadLate = lead?.status === 'open' && lead.effectiveDueDate !== null && lead.effectiveDueDate < today;
  const planLate = OPEN_STATES.has(row.state) && planDueDate !== null && planDueDate < today;
  return leadLate || planLate;
}

export function presentItem(
  row: RiskItemRow,
  x: { ref: CaseRef | undefined; lead: LeadDeadlineView | null; planDueDate: string | null; today: string },
) {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: x.ref?.caseNumber ?? null,
    causeOfAction: x.ref?.causeOfAction ?? null,
    level: row.level,
    levelLabel: RISK_LEVEL_LABELS[row.level],
    levelSource: row.levelSource,
    reasons: row.reasons,
    screenedLevel: row.screenedLevel,
    overrideReason: row.overrideReason,
    rulesVersion: row.rulesVersion,
    state: row.state,
    stateLabel: RISK_STATE_LABELS[row.state],
    allowedActions: allowedRiskActions(row.state),
    warnedOn: row.warnedOn,
    lead: row.leadName
      ? {
          headId: row.leadHeadId,
          userId: row.leadUserId,
          name: row.leadName,
          title: row.leadTitle,
          assignedAt: iso(row.leadAssignedAt)!,
        }
      : null,
    leadDeadline: x.lead
      ? {
          dueDate: x.lead.effectiveDueDate,
          status: x.lead.status,
          overdue: x.lead.status === 'open' && x.lead.effectiveDueDate !== null && x.lead.effectiveDueDate < x.today,
          explanation: x.lead.explanation,
        }
      : null,
    taskForce: row.taskForce,
    planDueDate: x.planDueDate,
    overdue: isOverdue(row, x.lead, x.planDueDate, x.today),
    outcome: row.outcome,
    closeSummary: row.closeSummary,
    closedAt: iso(row.closedAt),
    version: row.version,
  };
}

export const presentPlan = (p: RiskPlanRow | null) =>
  p
    ? {
        goal: p.goal,
        measures: p.measures,
        responsible: p.responsible,
        startDate: p.startDate,
        dueDate: p.dueDate,
        version: p.version,
        updatedAt: p.updatedAt.toISOString(),
      }
    : null;

export const presentProgress = (p: RiskProgressRow) => ({
  id: p.id,
  onDate: p.onDate,
  note: p.note,
  byName: p.byName,
  at: p.at.toISOString(),
});

export const presentHistory = (h: RiskLevelChangeRow) => ({
  fromLevel: h.fromLevel,
  toLevel: h.toLevel,
  source: h.source,
  reasons: h.reasons,
  rulesVersion: h.rulesVersion,
  reason: h.reason,
  byName: h.byName,
  at: h.at.toISOString(),
});
