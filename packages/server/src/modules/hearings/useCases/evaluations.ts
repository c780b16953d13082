/**
 * The court's evaluation of a head's appearance (PUT /hearings/:id/evaluations/:headId, hearing.evaluate: the court
 * liaison, on the court's cases): prepared, spoke on the merits, respected the court (1–5 each) and a comment, for a
 * head who appeared at a held hearing (负责人出庭规定第14条: courts may evaluate and publish appearances). The first
 * evaluation is created, a later one changes it at its version; audited (entity `hearing_evaluation`).
 */
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import type { HearingContext } from '../context.js';
import type { EvaluationInput } from '../dto.js';
import { readHearing } from '../presenter.js';
import {
  appearancesOf,
  evaluationForUpdate,
  hearingInScope,
  insertEvaluation,
  updateEvaluationAtVersion,
} from '../repository.js';
import type { EvaluationRow } from '../schema.js';

const snapshot = (e: EvaluationRow) => ({ ...e, evaluatedAt: e.evaluatedAt.toISOString() });

export async function evaluateAppearance(
  db: Db,
  ctx: HearingContext,
  hearingId: string,
  headId: string,
  input: EvaluationInput,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const hearing = await hearingInScope(tx, ctx.principal, hearingId, { forUpdate: true });
    if (!hearing) throw notFound('庭审');
    if (hearing.status !== 'held') {
      throw validationFailed(
        [{ field: 'hearingId', message: '庭审尚未开庭，不能评价出庭情况' }],
        '庭审尚未开庭，不能评价出庭情况',
      );
    }
    const appeared = (await appearancesOf(tx, [hearingId])).some(
      (a) => a.role === 'head' && a.headId === headId && a.appeared,
    );
    if (!appeared) {
      throw validationFailed(
        [{ field: 'headId', message: '该负责人未在本次庭审出庭，不能评价' }],
        '该负责人未在本次庭审出庭，不能评价',
      );
    }
    const values = {
      prepared: input.prepared,
      spokeOnMerits: input.spokeOnMerits,
      respectedCourt: input.respectedCourt,
      comment: input.comment ?? null,
      evaluatedBy: ctx.principal.userId,
      evaluatedAt: now,
    };
    const current = await evaluationForUpdate(tx, hearingId, headId);
    if (!current) {
      const row = await insertEvaluation(tx, { hearingId, headId, ...values });
      await writeAudit(tx, {
        actor: ctx.actor,
        action: 'create',
        entityType: 'hearing_evaluation',
        entityId: row.id,
        after: snapshot(row),
      });
      return;
    }
    if (input.version !== current.version) throw versionConflict(snapshot(current));
    const row = await updateEvaluationAtVersion(tx, current.id, current.version, values);
    if (!row) throw versionConflict(snapshot(current));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'hearing_evaluation',
      entityId: row.id,
      before: snapshot(current),
      after: snapshot(row),
    });
  });
  return readHearing(db, ctx.principal, hearingId);
}
