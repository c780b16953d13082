/**
 * The evaluation's steps (docs/rules/accountability.md#evaluation-workflow): the court liaison's initial evaluation,
 * the coordinator's experts, each expert's blind review, the coordinator's conclusion. Each is one transaction: the
 * evaluation in scope, locked, at the version the writer saw (stale: 409 with the current view); the domain's
 * `applyEvaluationEvent` decides; the audit row goes in the same transaction. A review's audit row names who
 * submitted, never what (docs/rules/accountability.md#blind-review: the audit view must not carry it to anyone).
 */
import {
  applyEvaluationEvent,
  type Evaluation,
  type EvaluationEvent,
  EvaluationEventError,
  EvaluationTransitionError,
  todayInChina,
} from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db, Tx } from '../../../platform/db/client.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { closeDeadline, listDeadlines } from '../../cases/deadlines/public.js';
import { ensureCaseAssignment } from '../../cases/public.js';
import { getSetting } from '../../settings/service.js';
import { accountSummary } from '../../users/service.js';
import type { AccountabilityContext } from '../context.js';
import type { ConclusionInput, ExpertsInput, InitialInput, ReviewInput } from '../dto.js';
import { actorOf } from '../policy.js';
import { toDomain } from '../presenter.js';
import { evaluationInScope, referralsOfEvaluations, updateEvaluationAtVersion } from '../repository.js';
import type { LossEvaluationRow } from '../schema.js';
import { readEvaluation } from './read.js';

/** The domain's refusal as a stable error: 422 with the state (transition), 400 with the field (content). */
export function step(
  e: Evaluation,
  event: EvaluationEvent,
  ctx: AccountabilityContext,
  lists: Parameters<typeof applyEvaluationEvent>[4] = {},
): Evaluation {
  try {
    return applyEvaluationEvent(e, event, actorOf(ctx.principal), new Date().toISOString(), lists);
  } catch (err) {
    if (err instanceof EvaluationTransitionError)
      throw new AppError('UNPROCESSABLE', err.message, {
        code: err.code,
        state: err.state,
        event: err.event,
      });
    if (err instanceof EvaluationEventError)
      throw validationFailed([{ field: err.field, message: err.message }], err.message);
    throw err;
  }
}

/** The evaluation in scope, locked, at the version the writer read. */
export async function lockedEvaluation(
  tx: Tx,
  ctx: AccountabilityContext,
  id: string,
  version: number,
): Promise<{ row: LossEvaluationRow; e: Evaluation }> {
  const row = await evaluationInScope(tx, ctx.principal, id, { forUpdate: true });
  if (!row) throw notFound('败诉评价');
  if (row.version !== version) throw versionConflict(await readEvaluation(tx, ctx.principal, row));
  const ref = (await referralsOfEvaluations(tx, [row.id])).get(row.id);
  return { row, e: toDomain(row, ref) };
}

async function save(tx: Tx, row: LossEvaluationRow, next: Evaluation): Promise<LossEvaluationRow> {
  const saved = await updateEvaluationAtVersion(tx, row.id, row.version, {
    state: next.state,
    initial: next.initial,
    expertIds: [...next.expertIds],
    reviews: [...next.reviews],
    conclusion: next.conclusion,
  });
  if (!saved) throw versionConflict(null);
  return saved;
}

async function done(db: Db, ctx: AccountabilityContext, id: string) {
  const row = await evaluationInScope(db, ctx.principal, id);
  if (!row) throw notFound('败诉评价');
  return readEvaluation(db, ctx.principal, row);
}

export async function recordInitial(db: Db, ctx: AccountabilityContext, id: string, input: InitialInput) {
  await db.transaction(async (tx) => {
    const { row, e } = await lockedEvaluation(tx, ctx, id, input.version);
    const lists = (await getSetting(tx, 'accountabilityLists')).value;
    const next = step(
      e,
      {
        type: 'recordInitial',
        reasons: input.reasons,
        faultAppears: input.faultAppears,
        ...(input.opinion ? { opinion: input.opinion } : {}),
      },
      ctx,
      { reasons: lists.reasons },
    );
    await save(tx, row, next);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'loss_evaluation',
      entityId: id,
      before: { state: row.state, initial: row.initial },
      after: { state: next.state, initial: next.initial },
    });
  });
  return done(db, ctx, id);
}

export async function assignExperts(db: Db, ctx: AccountabilityContext, id: string, input: ExpertsInput) {
  await db.transaction(async (tx) => {
    const { row, e } = await lockedEvaluation(tx, ctx, id, input.version);
    const names: string[] = [];
    for (const expertId of input.expertIds) {
      const u = await accountSummary(tx, expertId);
      if (u?.role !== 'expert' || u.disabled)
        throw validationFailed(
          [{ field: 'expertIds', message: '所选用户不是可用的专家账户' }],
          '所选用户不是可用的专家账户',
        );
      names.push(u.displayName);
    }
    const next = step(e, { type: 'assignExperts', expertIds: input.expertIds }, ctx);
    await save(tx, row, next);
    // The expert sees the case through the case's own expert_review assignment (cases/policy.ts).
    for (const [i, expertId] of input.expertIds.entries())
      await ensureCaseAssignment(tx, {
        caseId: row.caseId,
        userId: expertId,
        purpose: 'expert_review',
        by: ctx.principal.userId,
        title: `败诉评价指派专家复评：${names[i]}`,
      });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'loss_evaluation',
      entityId: id,
      before: { state: row.state, expertIds: row.expertIds },
      after: { state: next.state, expertIds: next.expertIds },
    });
  });
  return done(db, ctx, id);
}

export async function submitReview(db: Db, ctx: AccountabilityContext, id: string, input: ReviewInput) {
  await db.transaction(async (tx) => {
    const { row, e } = await lockedEvaluation(tx, ctx, id, input.version);
    const next = step(
      e,
      {
        type: 'submitReview',
        faultFound: input.faultFound,
        recommendReferral: input.recommendReferral,
        opinion: input.opinion,
      },
      ctx,
    );
    await save(tx, row, next);
    // Who submitted and how many are in; the content stays in the evaluation, read through visibleReviews only.
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'loss_evaluation',
      entityId: id,
      before: { reviewsSubmitted: e.reviews.length },
      after: { reviewSubmittedBy: ctx.principal.userId, reviewsSubmitted: next.reviews.length },
    });
  });
  return done(db, ctx, id);
}

/**
 * A case deadline closed by this module's act: met when done on or before its binding date (China's today), missed
 * when late, so the deadline figures stay true (docs/rules/accountability.md#evaluation-workflow).
 */
export function closedStatus(due: string | null): 'met' | 'missed' {
  return !due || todayInChina() <= due ? 'met' : 'missed';
}

/** The case's loss-analysis deadline (`loss.analysis-report`) is met by the conclusion. */
const LOSS_ANALYSIS_RULE = 'loss.analysis-report';

export async function conclude(db: Db, ctx: AccountabilityContext, id: string, input: ConclusionInput) {
  await db.transaction(async (tx) => {
    const { row, e } = await lockedEvaluation(tx, ctx, id, input.version);
    const next = step(
      e,
      { type: 'conclude', conclusion: input.conclusion, ...(input.note ? { note: input.note } : {}) },
      ctx,
    );
    await save(tx, row, next);
    const open = await listDeadlines(tx, {
      caseId: row.caseId,
      owner: { type: 'case' },
      ruleIds: [LOSS_ANALYSIS_RULE],
      status: 'open',
    });
    for (const d of open) await closeDeadline(tx, d.id, closedStatus(d.effectiveDueDate));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'loss_evaluation',
      entityId: id,
      before: { state: row.state },
      after: { state: next.state, conclusion: next.conclusion, deadlinesMet: open.map((d) => d.ruleId) },
    });
  });
  return done(db, ctx, id);
}
