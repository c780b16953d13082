/**
 * The mediation's steps (docs/rules/mediation.md#workflow): intake, accept or refuse, assign, sessions, result and the
 * case that followed a failure. Each step: the row in scope locked at the version read, the domain's verdict on the
 * transition, the change, the audit row and (with a linked case) the case's timeline entry — one transaction.
 */
import {
  countsAsSettlement,
  MEDIATION_STAGE_LABELS,
  MEDIATION_STATE_LABELS,
  type MediationAction,
  MediationTransitionError,
  nextMediationState,
  todayInChina,
} from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, Tx } from '../../platform/db/client.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { addMediationTimelineEvent, caseByNumberInRegion, linkBecameCase } from '../cases/public.js';
import { agencyById } from '../org/public.js';
import type { IntakeBody, ResultBody, SessionBody } from './dto.js';
import { getMediation, mediatorsFor } from './read.js';
import { insertMediation, insertSession, lockMediation, updateMediationAtVersion } from './repository.js';
import type { MediationRow, mediations } from './schema.js';
import { mediationScopePath } from './scope.js';

export interface MediationContext {
  principal: Principal;
  actor: AuditActor;
}

function scopeOf(principal: Principal): string {
  const path = mediationScopePath(principal);
  if (!path) throw notFound('调解案件');
  return path;
}

/** The domain's refusal as a stable error: 422 UNPROCESSABLE with the state and the allowed actions. */
function next(row: MediationRow, action: MediationAction) {
  try {
    return nextMediationState(row.state, action);
  } catch (e) {
    if (e instanceof MediationTransitionError)
      throw new AppError('UNPROCESSABLE', e.message, { state: e.state, action: e.action, allowed: e.allowed });
    throw e;
  }
}

async function timeline(tx: Tx, ctx: MediationContext, caseId: string | null, title: string, detail?: string) {
  if (!caseId) return;
  await addMediationTimelineEvent(tx, { caseId, at: todayInChina(), title, detail, by: ctx.principal.userId });
}

export async function intake(db: Db, ctx: MediationContext, body: IntakeBody) {
  const path = scopeOf(ctx.principal);
  const id = await db.transaction(async (tx) => {
    const agency = await agencyById(tx, body.agencyId);
    if (!agency?.active || !agency.regionPath.startsWith(path))
      throw validationFailed([{ field: 'agencyId', message: '被申请机关不存在或不在本人辖区' }]);
    let linked: { id: string; caseNumber: string } | null = null;
    if (body.linkedCaseNumber) {
      if (body.stage !== 'in_litigation')
        throw validationFailed([{ field: 'linkedCaseNumber', message: '诉前调解尚无案件，不能关联案号' }]);
      linked = await caseByNumberInRegion(tx, body.linkedCaseNumber, path);
      if (!linked) throw validationFailed([{ field: 'linkedCaseNumber', message: '案号未登记或不在本人辖区' }]);
    }
    const row = await insertMediation(tx, {
      stage: body.stage,
      applicants: body.applicants,
      agencyId: agency.id,
      regionPath: agency.regionPath,
      subject: body.subject,
      request: body.request ?? null,
      receivedOn: body.receivedOn,
      linkedCaseId: linked?.id ?? null,
      linkedCaseNumber: linked?.caseNumber ?? null,
      createdBy: ctx.principal.userId,
    });
    await writeAudit(tx, { actor: ctx.actor, action: 'create', entityType: 'mediation', entityId: row.id, after: row });
    await timeline(
      tx,
      ctx,
      row.linkedCaseId,
      `行政争议化解中心收案（${MEDIATION_STAGE_LABELS[row.stage]}调解）`,
      row.subject,
    );
    return row.id;
  });
  return getMediation(db, ctx.principal, id);
}

/**
 * One step on a mediation: lock it in scope at `version`, check the transition, apply `change` (which may add rows
 * and returns the columns to set and the timeline title), save at the version, audit.
 */
async function step(
  db: Db,
  ctx: MediationContext,
  id: string,
  version: number,
  action: MediationAction,
  change: (
    tx: Tx,
    row: MediationRow,
  ) => Promise<{ set: Partial<typeof mediations.$inferInsert>; title: string; detail?: string }>,
) {
  const path = scopeOf(ctx.principal);
  await db.transaction(async (tx) => {
    const row = await lockMediation(tx, path, id);
    if (!row) throw notFound('调解案件');
    if (row.version !== version) throw versionConflict({ version: row.version, state: row.state });
    const state = next(row, action);
    const { set, title, detail } = await change(tx, row);
    const saved = await updateMediationAtVersion(tx, id, version, { ...set, state });
    if (!saved) throw versionConflict(null);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'mediation',
      entityId: id,
      before: {
        state: row.state,
        ...Object.fromEntries(Object.keys(set).map((k) => [k, row[k as keyof MediationRow]])),
      },
      after: { state, action, ...set },
    });
    await timeline(tx, ctx, row.linkedCaseId, title, detail);
  });
  return getMediation(db, ctx.principal, id);
}

export const accept = (db: Db, ctx: MediationContext, id: string, b: { version: number }) =>
  step(db, ctx, id, b.version, 'accept', async () => ({ set: {}, title: '行政争议化解中心受理调解' }));

export const refuse = (db: Db, ctx: MediationContext, id: string, b: { version: number; reason: string }) =>
  step(db, ctx, id, b.version, 'refuse', async () => ({
    set: { refusalReason: b.reason },
    title: '行政争议化解中心不予受理',
    detail: b.reason,
  }));

export const assign = (db: Db, ctx: MediationContext, id: string, b: { version: number; mediatorUserId: string }) =>
  step(db, ctx, id, b.version, 'assign', async (tx, row) => {
    const m = (await mediatorsFor(tx, row.regionPath)).find((x) => x.id === b.mediatorUserId);
    if (!m) throw validationFailed([{ field: 'mediatorUserId', message: '调解员不存在、已停用或不负责该地区' }]);
    return {
      set: { mediatorUserId: m.id, mediatorName: m.displayName, assignedAt: new Date() },
      title: `分案：调解员 ${m.displayName}`,
    };
  });

export const addSession = (db: Db, ctx: MediationContext, id: string, b: SessionBody) =>
  step(db, ctx, id, b.version, 'record_session', async (tx, row) => {
    if (b.heldOn < row.receivedOn) throw validationFailed([{ field: 'heldOn', message: '调解日期不能早于收案日期' }]);
    await insertSession(tx, {
      mediationId: row.id,
      heldOn: b.heldOn,
      participants: b.participants,
      notes: b.notes,
      recordedBy: ctx.principal.userId,
      recordedByName: ctx.principal.displayName,
    });
    return { set: {}, title: `调解（${b.heldOn}）`, detail: b.notes };
  });

const RESULT_ACTION = { agree: 'agree', withdraw: 'withdraw', fail: 'fail' } as const;
const RESULT_STATE = { agree: 'agreed', withdraw: 'withdrawn', fail: 'failed' } as const;

export const recordResult = (db: Db, ctx: MediationContext, id: string, b: ResultBody) =>
  step(db, ctx, id, b.version, RESULT_ACTION[b.result], async (_tx, row) => {
    if (b.resultOn < row.receivedOn)
      throw validationFailed([{ field: 'resultOn', message: '结果日期不能早于收案日期' }]);
    const state = RESULT_STATE[b.result];
    return {
      set: {
        resultOn: b.resultOn,
        resultSummary: b.summary,
        countsAsSettlement: countsAsSettlement({ state, stage: row.stage, linkedCaseId: row.linkedCaseId }),
      },
      title: `调解结果：${MEDIATION_STATE_LABELS[state]}`,
      detail: b.summary,
    };
  });

/**
 * The 复议 or lawsuit that followed a failed mediation (docs/rules/mediation.md#hand-over): stored on the mediation,
 * linked `became_case` to the mediation's own case when it has one, and written on the new case's timeline.
 */
export const recordBecameCase = (
  db: Db,
  ctx: MediationContext,
  id: string,
  b: { version: number; caseNumber: string },
) =>
  step(db, ctx, id, b.version, 'record_case', async (tx, row) => {
    if (row.becameCaseId) throw new AppError('DUPLICATE', `已登记转入的案件：${row.becameCaseNumber ?? ''}`);
    const found = await caseByNumberInRegion(tx, b.caseNumber, scopeOf(ctx.principal));
    if (!found) throw validationFailed([{ field: 'caseNumber', message: '案号未登记或不在本人辖区' }]);
    if (found.id === row.linkedCaseId)
      throw validationFailed([{ field: 'caseNumber', message: '转入的案件不能是调解所在的案件' }]);
    const at = todayInChina();
    if (row.linkedCaseId && row.linkedCaseNumber)
      await linkBecameCase(tx, {
        fromCaseId: found.id,
        toCaseId: row.linkedCaseId,
        toCaseNumber: row.linkedCaseNumber,
        at,
        by: ctx.principal.userId,
      });
    await addMediationTimelineEvent(tx, {
      caseId: found.id,
      at,
      title: '行政争议化解中心调解不成后转入',
      detail: row.subject,
      by: ctx.principal.userId,
    });
    return {
      set: { becameCaseId: found.id, becameCaseNumber: found.caseNumber },
      title: `调解不成，转入：${found.caseNumber}`,
    };
  });
