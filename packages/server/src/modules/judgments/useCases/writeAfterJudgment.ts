/**
 * After-judgment changes (docs/rules/after-judgment.md), each one transaction with its audit rows: the service date
 * (on the case, by the cases module) and the compliance task that follows it; the appeal decision drafted, revised,
 * approved or rejected (domain `appealDecisionStep`), an approval recording on the case whether the agency appealed;
 * evidence of performance uploaded and the compliance task completed. Every change names the version it read (409).
 */
import { type AppealDecisionActor, appealDecisionStep } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db, Tx } from '../../../platform/db/client.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { sniffFile } from '../../../platform/files/uploads.js';
import { judgmentState, recordAppealed, recordJudgmentService } from '../../cases/service.js';
import { caseUploads, storeCaseUpload } from '../../documents/service.js';
import { meetComplianceDeadline, syncCompliance } from '../compliance.js';
import type { JudgmentContext } from '../context.js';
import {
  decisionById,
  decisionsOfCase,
  insertDecision,
  taskById,
  updateDecisionAtVersion,
  updateTaskAtVersion,
} from '../repository.js';
import {
  afterJudgmentView,
  approvedAppealOf,
  approverKind,
  EVIDENCE_KEY,
  presentDecision,
} from './readAfterJudgment.js';

async function caseOrThrow(tx: Tx, ctx: JudgmentContext, caseId: string) {
  const c = await judgmentState(tx, ctx.principal, caseId);
  if (!c) throw notFound('案件');
  return c;
}

async function view(tx: Tx, ctx: JudgmentContext, caseId: string) {
  return afterJudgmentView(tx, ctx.principal, await caseOrThrow(tx, ctx, caseId));
}

/** PUT /cases/:id/judgment-service: the service date; the appeal window and the compliance task follow. */
export async function recordService(
  db: Db,
  ctx: JudgmentContext,
  caseId: string,
  input: { servedDate: string; version: number },
) {
  return db.transaction(async (tx) => {
    const c = await recordJudgmentService(tx, ctx, caseId, input);
    await syncCompliance(tx, ctx, c, approvedAppealOf(await decisionsOfCase(tx, caseId)));
    return view(tx, ctx, caseId);
  });
}

const drafterOf = (ctx: JudgmentContext): AppealDecisionActor =>
  ctx.principal.role === 'city_coordinator' || ctx.principal.role === 'county_coordinator' ? 'coordinator' : 'drafter';

const refuse = (step: { code: string; message: string }) =>
  step.code === 'NOTE_REQUIRED'
    ? validationFailed([{ field: 'note', message: step.message }], step.message)
    : step.code === 'FINAL'
      ? new AppError('UNPROCESSABLE', step.message)
      : new AppError('FORBIDDEN', step.message);

/** POST /cases/:id/appeal-decisions: a new draft; 409 while another is drafted or approved. */
export async function draftDecision(
  db: Db,
  ctx: JudgmentContext,
  caseId: string,
  input: { appeal: boolean; reason: string },
) {
  return db.transaction(async (tx) => {
    const c = await caseOrThrow(tx, ctx, caseId);
    if (!c.outcome) throw validationFailed([{ field: 'appeal', message: '该案尚未录入裁判结果，不能记录上诉决定' }]);
    const row = await insertDecision(tx, {
      caseId,
      appeal: input.appeal,
      reason: input.reason.trim(),
      draftedBy: ctx.actor.userId,
      draftedByName: ctx.actor.name,
    });
    if (!row) throw new AppError('DUPLICATE', '该案已有待审批或已批准的上诉决定');
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'appeal_decision',
      entityId: row.id,
      after: { caseId, appeal: row.appeal, reason: row.reason, status: row.status },
    });
    return view(tx, ctx, caseId);
  });
}

async function decisionInScope(tx: Tx, ctx: JudgmentContext, id: string) {
  const d = await decisionById(tx, id, true);
  if (!d || !(await judgmentState(tx, ctx.principal, d.caseId))) throw notFound('上诉决定');
  return d;
}

/** PATCH /appeal-decisions/:id: the draft changed (appeal or not, reason) at its version. */
export async function reviseDecision(
  db: Db,
  ctx: JudgmentContext,
  id: string,
  input: { appeal: boolean; reason: string; version: number },
) {
  return db.transaction(async (tx) => {
    const d = await decisionInScope(tx, ctx, id);
    const step = appealDecisionStep(d.status, 'revise', drafterOf(ctx));
    if (!step.ok) throw refuse(step);
    if (d.version !== input.version) throw versionConflict(presentDecision(d));
    const row = await updateDecisionAtVersion(tx, id, input.version, {
      appeal: input.appeal,
      reason: input.reason.trim(),
    });
    if (!row) throw versionConflict(null);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'appeal_decision',
      entityId: id,
      before: { appeal: d.appeal, reason: d.reason },
      after: { appeal: row.appeal, reason: row.reason },
    });
    return view(tx, ctx, d.caseId);
  });
}

/**
 * POST /appeal-decisions/:id/decision: approved or rejected by a head of a defendant (linked account) or a coordinator
 * (others 403). An approval records on the case whether the agency appealed and brings the compliance task in line.
 */
export async function decideDecision(
  db: Db,
  ctx: JudgmentContext,
  id: string,
  input: { decision: 'approved' | 'rejected'; note?: string | null; version: number },
) {
  return db.transaction(async (tx) => {
    const d = await decisionInScope(tx, ctx, id);
    const as = await approverKind(tx, ctx.principal, d.caseId);
    const step = appealDecisionStep(d.status, input.decision === 'approved' ? 'approve' : 'reject', as, input.note);
    if (!step.ok) throw refuse(step);
    if (d.version !== input.version) throw versionConflict(presentDecision(d));
    const row = await updateDecisionAtVersion(tx, id, input.version, {
      status: step.to,
      decidedBy: ctx.actor.userId,
      decidedByName: ctx.actor.name,
      decidedAs: as === 'defendant_head' ? 'head' : 'coordinator',
      decidedAt: new Date(),
      decisionNote: input.note?.trim() || null,
    });
    if (!row) throw versionConflict(null);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'appeal_decision',
      entityId: id,
      before: { status: d.status },
      after: { status: row.status, decidedAs: row.decidedAs, note: row.decisionNote },
    });
    if (row.status === 'approved') {
      await recordAppealed(tx, ctx, d.caseId, row.appeal);
      await syncCompliance(tx, ctx, await caseOrThrow(tx, ctx, d.caseId), row.appeal);
    }
    return view(tx, ctx, d.caseId);
  });
}

async function openTaskInScope(tx: Tx, ctx: JudgmentContext, id: string) {
  const task = await taskById(tx, id, true);
  if (!task || !(await judgmentState(tx, ctx.principal, task.caseId))) throw notFound('履行任务');
  if (task.status !== 'open')
    throw new AppError('UNPROCESSABLE', task.status === 'completed' ? '履行任务已完成' : '履行任务已取消');
  return task;
}

/** POST /compliance-tasks/:id/evidence: a file showing performance (PDF, image, Word), stored by the documents module. */
export async function uploadEvidence(
  db: Db,
  ctx: JudgmentContext,
  id: string,
  file: { fileName: string; content: Buffer },
) {
  // What the file is, by its content (never its name): PDF, JPEG, PNG or Word.
  const mimeType = sniffFile(file.content);
  if (!mimeType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '履行证明材料仅支持 PDF、JPG、PNG 或 Word（.docx）文件');
  return db.transaction(async (tx) => {
    const task = await openTaskInScope(tx, ctx, id);
    await storeCaseUpload(tx, ctx.actor, {
      key: EVIDENCE_KEY,
      caseId: task.caseId,
      fileName: file.fileName,
      mimeType,
      content: file.content,
      inputs: { complianceTaskId: task.id },
    });
    return view(tx, ctx, task.caseId);
  });
}

/** POST /compliance-tasks/:id/complete: done, with a note and at least one piece of evidence; the deadline is met. */
export async function completeTask(db: Db, ctx: JudgmentContext, id: string, input: { note: string; version: number }) {
  return db.transaction(async (tx) => {
    const task = await openTaskInScope(tx, ctx, id);
    if (task.version !== input.version) throw versionConflict(null);
    const evidence = await caseUploads(tx, task.caseId, EVIDENCE_KEY, 'complianceTaskId', task.id);
    if (evidence.length === 0)
      throw validationFailed([{ field: 'evidence', message: '请先上传履行证明材料（至少一份）' }]);
    const row = await updateTaskAtVersion(tx, id, input.version, {
      status: 'completed',
      completionNote: input.note.trim(),
      completedBy: ctx.actor.userId,
      completedByName: ctx.actor.name,
      completedAt: new Date(),
    });
    if (!row) throw versionConflict(null);
    await meetComplianceDeadline(tx, row);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'compliance_task',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'completed', note: row.completionNote, evidence: evidence.map((e) => e.id) },
    });
    return view(tx, ctx, task.caseId);
  });
}
