/**
 * Referral to the discipline commission (docs/rules/accountability.md#referral-deadline, #referral-outcomes): a
 * coordinator refers an evaluation concluded with fault to a discipline liaison. No parallel mechanism: the referral
 * is the case's `discipline` assignment (cases' case_assignments, which gives the liaison the case), with the package
 * as sent (case summary, judgment, the evaluation with every review) and the quarter batch. Sending it closes the
 * case's `accountability.referral` deadline (met on or before its due date, missed after); its due date is the one
 * the case's deadline row holds (the domain's `referralDeadline` rule on the working-day calendar). The liaison
 * records the outcome with the 一案四查 findings.
 */
import { REFERRAL_RULE_ID, referralBatch, referralOnTime, todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { closeDeadline, listDeadlines } from '../../cases/deadlines/public.js';
import { ensureCaseAssignment, lossCaseFacts } from '../../cases/public.js';
import { getSetting } from '../../settings/service.js';
import { accountSummary, displayNamesOf } from '../../users/service.js';
import type { AccountabilityContext } from '../context.js';
import type { OutcomeInput, ReferralInput } from '../dto.js';
import { presentReferral } from '../presenter.js';
import {
  evaluationInScope,
  insertReferral,
  referralInScope,
  updateEvaluationAtVersion,
  updateReferralAtVersion,
} from '../repository.js';
import { closedStatus, lockedEvaluation, step } from './write.js';

export async function createReferral(db: Db, ctx: AccountabilityContext, input: ReferralInput) {
  const id = await db.transaction(async (tx) => {
    const { row, e } = await lockedEvaluation(tx, ctx, input.evaluationId, input.version);
    const next = step(e, { type: 'refer' }, ctx);
    const liaison = await accountSummary(tx, input.disciplineUserId);
    if (liaison?.role !== 'discipline_liaison' || liaison.disabled)
      throw validationFailed(
        [{ field: 'disciplineUserId', message: '所选用户不是可用的纪委监委联络员账户' }],
        '所选用户不是可用的纪委监委联络员账户',
      );
    const facts = (await lossCaseFacts(tx, [row.caseId])).get(row.caseId);
    if (!facts) throw notFound('案件');
    const assignmentId = await ensureCaseAssignment(tx, {
      caseId: row.caseId,
      userId: liaison.id,
      purpose: 'discipline',
      by: ctx.principal.userId,
      title: `移送纪委监委：${liaison.displayName}`,
    });
    const [deadline] = await listDeadlines(tx, {
      caseId: row.caseId,
      owner: { type: 'case' },
      ruleIds: [REFERRAL_RULE_ID],
    });
    const sentOn = todayInChina();
    const due = deadline?.effectiveDueDate ?? null;
    if (deadline?.status === 'open') await closeDeadline(tx, deadline.id, closedStatus(due));
    const names = await displayNamesOf(tx, [...row.expertIds]);
    const ref = await insertReferral(tx, {
      evaluationId: row.id,
      caseId: row.caseId,
      assignmentId,
      disciplineUserId: liaison.id,
      package: {
        case: {
          caseNumber: facts.caseNumber,
          kind: facts.kind,
          causeOfAction: facts.causeOfAction,
          contestedAct: facts.contestedAct,
          defendantName: facts.defendantName,
          courtName: facts.courtName,
        },
        judgment: {
          outcome: facts.outcome,
          outcomeDate: facts.outcomeDate,
          outcomeText: facts.outcomeText,
          servedDate: facts.judgmentServedDate,
          file: facts.judgmentFile,
        },
        evaluation: {
          trigger: row.trigger,
          initial: next.initial,
          reviews: next.reviews.map((r) => ({ ...r, expertName: names.get(r.expertId) ?? null })),
          conclusion: next.conclusion,
        },
      },
      batch: row.effectiveOn ? referralBatch(row.effectiveOn) : null,
      dueDate: due,
      sentOn,
      onTime: due ? referralOnTime(due, sentOn) : null,
      sentBy: ctx.principal.userId,
    });
    // The referral row is the domain's `referral`; the evaluation's state and version move with it.
    const saved = await updateEvaluationAtVersion(tx, row.id, row.version, { state: next.state });
    if (!saved) throw versionConflict(null);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'accountability_referral',
      entityId: ref.id,
      after: {
        evaluationId: row.id,
        caseId: row.caseId,
        disciplineUserId: liaison.id,
        assignmentId,
        batch: ref.batch,
        dueDate: due,
        sentOn,
        onTime: ref.onTime,
      },
    });
    return ref.id;
  });
  return readReferral(db, ctx, id);
}

async function readReferral(db: Db, ctx: AccountabilityContext, id: string) {
  const r = await referralInScope(db, ctx.principal, id);
  if (!r) throw notFound('移送记录');
  return presentReferral(r, await displayNamesOf(db, [r.disciplineUserId]));
}

export async function recordOutcome(db: Db, ctx: AccountabilityContext, id: string, input: OutcomeInput) {
  await db.transaction(async (tx) => {
    const ref = await referralInScope(tx, ctx.principal, id, { forUpdate: true });
    if (!ref) throw notFound('移送记录');
    if (ref.version !== input.version)
      throw versionConflict(presentReferral(ref, await displayNamesOf(tx, [ref.disciplineUserId])));
    // The liaison sees the evaluation through the referral (repository.evaluationScope); its version follows.
    const current = await evaluationInScope(tx, ctx.principal, ref.evaluationId);
    if (!current) throw notFound('败诉评价');
    const { row, e } = await lockedEvaluation(tx, ctx, ref.evaluationId, current.version);
    const lists = (await getSetting(tx, 'accountabilityLists')).value;
    const checks = input.checks.map((c) => ({
      code: c.code,
      responsible: c.responsible,
      ...(c.note ? { note: c.note } : {}),
    }));
    const next = step(
      e,
      { type: 'recordOutcome', code: input.code, ...(input.note ? { note: input.note } : {}), checks },
      ctx,
      { outcomes: lists.outcomes },
    );
    const saved = await updateReferralAtVersion(tx, ref.id, ref.version, {
      outcomeCode: input.code,
      outcomeNote: input.note ?? null,
      checks,
      outcomeAt: new Date(next.outcome!.at),
      outcomeBy: ctx.principal.userId,
    });
    if (!saved) throw versionConflict(null);
    if (!(await updateEvaluationAtVersion(tx, row.id, row.version, { state: next.state }))) throw versionConflict(null);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'accountability_referral',
      entityId: ref.id,
      before: { outcomeCode: ref.outcomeCode },
      after: { outcomeCode: input.code, outcomeNote: input.note ?? null, checks },
    });
  });
  return readReferral(db, ctx, id);
}
