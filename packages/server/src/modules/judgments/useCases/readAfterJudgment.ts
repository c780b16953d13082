/**
 * GET /cases/:id/after-judgment: the 判决后 section of a case — the service date, the appeal window (the case's own
 * deadline, counted from it), the appeal decisions with their approval, whether the caller may approve, and the
 * compliance task with its deadline and evidence. 404 outside the caller's scope.
 */
import { caseOutcomeLabel } from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { listDeadlines } from '../../cases/deadlines/public.js';
import { caseRefsByIds } from '../../cases/public.js';
import { type JudgmentState, judgmentState } from '../../cases/service.js';
import { caseUploads } from '../../documents/service.js';
import { headsOfAgencies } from '../../org/public.js';
import { COMPLIANCE_OWNER } from '../compliance.js';
import { decisionsOfCase, taskOfCase } from '../repository.js';
import type { AppealDecisionRow } from '../schema.js';

export const EVIDENCE_KEY = 'compliance.evidence';
const APPEAL_RULES = ['litigation.appeal.judgment', 'litigation.appeal.ruling'];
const COORDINATORS = ['city_coordinator', 'county_coordinator'];

/** Who the caller is to a decision: a coordinator, a head of one of the case's defendants (by the linked account), or other. */
export async function approverKind(db: DbOrTx, principal: Principal, caseId: string) {
  if (COORDINATORS.includes(principal.role)) return 'coordinator' as const;
  if (principal.role !== 'agency_head') return 'other' as const;
  const ref = (await caseRefsByIds(db, [caseId])).get(caseId);
  const heads = await headsOfAgencies(db, ref?.defendantAgencyIds ?? []);
  return heads.some((h) => h.userId === principal.userId) ? ('defendant_head' as const) : ('other' as const);
}

export const presentDecision = (d: AppealDecisionRow) => ({
  id: d.id,
  appeal: d.appeal,
  reason: d.reason,
  status: d.status,
  draftedByName: d.draftedByName,
  createdAt: d.createdAt.toISOString(),
  decidedByName: d.decidedByName,
  decidedAs: d.decidedAs,
  decidedAt: d.decidedAt?.toISOString() ?? null,
  decisionNote: d.decisionNote,
  version: d.version,
});

/** The approved decision's choice (true appeal, false not), or null while none is approved. */
export const approvedAppealOf = (decisions: readonly AppealDecisionRow[]) =>
  decisions.find((d) => d.status === 'approved')?.appeal ?? null;

export async function afterJudgmentView(db: DbOrTx, principal: Principal, c: JudgmentState) {
  const deadlines = await listDeadlines(db, { caseId: c.id });
  const window = deadlines.find((d) => d.ownerType === 'case' && APPEAL_RULES.includes(d.ruleId));
  const decisions = await decisionsOfCase(db, c.id);
  const task = await taskOfCase(db, c.id);
  const taskDeadline = task
    ? deadlines.find((d) => d.ownerType === COMPLIANCE_OWNER && d.ownerId === task.id)
    : undefined;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const deadlineOf = (d: (typeof deadlines)[number] | undefined) =>
    d
      ? {
          id: d.id,
          ruleId: d.ruleId,
          fromDate: d.fromDate,
          dueDate: d.effectiveDueDate,
          status: d.status,
          overdue: d.status === 'open' && !!d.effectiveDueDate && d.effectiveDueDate < today,
          explanation: d.explanation,
        }
      : null;
  return {
    caseId: c.id,
    caseVersion: c.version,
    outcome: c.outcome,
    outcomeLabel: c.outcome ? caseOutcomeLabel(c.outcome) : null,
    outcomeDate: c.outcomeDate,
    governmentLost: c.governmentLost,
    appealed: c.appealed,
    servedDate: c.judgmentServedDate,
    appealWindow: deadlineOf(window),
    decisions: decisions.map(presentDecision),
    canApprove: (await approverKind(db, principal, c.id)) !== 'other',
    compliance: task
      ? {
          id: task.id,
          status: task.status,
          fromDate: task.fromDate,
          days: task.days,
          deadline: deadlineOf(taskDeadline),
          completionNote: task.completionNote,
          completedByName: task.completedByName,
          completedAt: task.completedAt?.toISOString() ?? null,
          cancelReason: task.cancelReason,
          version: task.version,
          evidence: await caseUploads(db, c.id, EVIDENCE_KEY, 'complianceTaskId', task.id),
        }
      : null,
  };
}

export async function readAfterJudgment(db: DbOrTx, principal: Principal, caseId: string) {
  const c = await judgmentState(db, principal, caseId);
  if (!c) throw notFound('案件');
  return afterJudgmentView(db, principal, c);
}
