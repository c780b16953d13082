/**
 * 不出庭说明: a head of the defendant who cannot attend, with a statutory reason (the domain's ABSENCE_REASONS,
 * 负责人出庭规定第8条) and the deputy sent instead — filed by the clerk (hearing.manage) before the hearing, approved
 * (备案) or returned by a county or city coordinator (absence.approve). Each in one transaction with its audit row
 * (entity `hearing_absence`). Whether an absence stands (approved in time, reason stated) is the domain's judgement,
 * shown with the hearing.
 */
import { absenceReasonStated } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { caseRefsByIds } from '../../cases/public.js';
import { headsByIds } from '../../org/public.js';
import { HEARING_STATUS_LABELS } from '../constants.js';
import type { HearingContext } from '../context.js';
import type { AbsenceInput, DecisionInput } from '../dto.js';
import { presentAbsence, readHearing } from '../presenter.js';
import {
  absenceInScope,
  deleteConfirmations,
  hearingInScope,
  insertAbsence,
  pendingAbsencesInScope,
  updateAbsenceAtVersion,
} from '../repository.js';
import type { AbsenceRow } from '../schema.js';

const refuse = (field: string, message: string) => validationFailed([{ field, message }], message);

const snapshot = (a: AbsenceRow) => ({
  ...a,
  filedAt: a.filedAt.toISOString(),
  decidedAt: a.decidedAt?.toISOString() ?? null,
});

/** POST /hearings/:id/absences: the hearing must still be ahead (scheduled or postponed); the head one of the defendants'. */
export async function fileAbsence(db: Db, ctx: HearingContext, hearingId: string, input: AbsenceInput) {
  await db.transaction(async (tx) => {
    const hearing = await hearingInScope(tx, ctx.principal, hearingId, { forUpdate: true });
    if (!hearing) throw notFound('庭审');
    if (hearing.status !== 'scheduled' && hearing.status !== 'postponed') {
      throw refuse('hearingId', `${HEARING_STATUS_LABELS[hearing.status]}的庭审不能再提交不出庭说明`);
    }
    if (!absenceReasonStated(input.reasonCode, input.reasonText)) {
      throw refuse('reasonText', '此不出庭事由须写明具体原因（事由说明）');
    }
    const ids = [input.headId, ...(input.deputyHeadId ? [input.deputyHeadId] : [])];
    const heads = new Map((await headsByIds(tx, ids)).map((h) => [h.id, h]));
    const head = heads.get(input.headId);
    const ref = (await caseRefsByIds(tx, [hearing.caseId])).get(hearing.caseId);
    if (!head || !ref?.defendantAgencyIds.includes(head.agencyId)) {
      throw refuse('headId', '不出庭的负责人应为本案被告机关负责人名录中的人员');
    }
    if (input.deputyHeadId && !heads.has(input.deputyHeadId)) {
      throw refuse('deputyHeadId', '负责人名录中没有改派的负责人');
    }
    const row = await insertAbsence(tx, {
      hearingId,
      headId: head.id,
      reasonCode: input.reasonCode,
      reasonText: input.reasonText ?? null,
      deputyName: input.deputyName,
      deputyTitle: input.deputyTitle ?? null,
      deputyHeadId: input.deputyHeadId ?? null,
      status: 'filed',
      filedBy: ctx.principal.userId,
    });
    // A head who cannot attend no longer confirms attendance (我的开庭).
    const cleared = await deleteConfirmations(tx, hearingId, head.id);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'hearing_absence',
      entityId: row.id,
      after: { ...snapshot(row), ...(cleared.length ? { attendanceConfirmationCleared: true } : {}) },
    });
  });
  return readHearing(db, ctx.principal, hearingId);
}

/** POST /hearing-absences/:id/decision: 备案 (approved) or 退回 (rejected), once, at the version read. */
export async function decideAbsence(db: Db, ctx: HearingContext, id: string, input: DecisionInput, now = new Date()) {
  const hearingId = await db.transaction(async (tx) => {
    const found = await absenceInScope(tx, ctx.principal, id, { forUpdate: true });
    if (!found) throw notFound('不出庭说明');
    const { absence } = found;
    if (absence.version !== input.version) throw versionConflict(snapshot(absence));
    if (absence.status !== 'filed') throw refuse('decision', '此不出庭说明已处理，不能重复备案或退回');
    const row = await updateAbsenceAtVersion(tx, id, input.version, {
      status: input.decision,
      decidedBy: ctx.principal.userId,
      decidedAt: now,
      decisionNote: input.note ?? null,
    });
    if (!row) throw versionConflict(snapshot(absence));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'hearing_absence',
      entityId: id,
      before: snapshot(absence),
      after: snapshot(row),
    });
    return absence.hearingId;
  });
  return readHearing(db, ctx.principal, hearingId);
}

/**
 * GET /hearing-absences/pending: what awaits the caller's 备案 — each filed 不出庭说明 with its hearing and case
 * number, and `late` when the hearing's time has passed (a 备案 now would no longer be before the hearing).
 */
export async function pendingAbsences(db: DbOrTx, principal: Principal, limit: number, now = new Date()) {
  const rows = await pendingAbsencesInScope(db, principal, limit);
  const refs = await caseRefsByIds(
    db,
    rows.map((r) => r.hearing.caseId),
  );
  const heads = new Map(
    (
      await headsByIds(
        db,
        rows.map((r) => r.absence.headId),
      )
    ).map((h) => [h.id, h.name]),
  );
  return {
    items: rows.map(({ absence, hearing }) => ({
      ...presentAbsence(absence, heads),
      caseId: hearing.caseId,
      caseNumber: refs.get(hearing.caseId)?.caseNumber ?? null,
      hearingScheduledAt: hearing.scheduledAt.toISOString(),
      hearingStatus: hearing.status,
      late: hearing.scheduledAt <= now,
    })),
  };
}
