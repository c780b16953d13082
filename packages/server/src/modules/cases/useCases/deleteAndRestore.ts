/**
 * Use cases: soft delete (with its reason; the 案号 is free again) and restore (DUPLICATE when the number was
 * registered again meanwhile). Each with its timeline entry and audit row, in one transaction.
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, notFound, versionConflict } from '../../../platform/errors.js';
import type { CaseContext } from '../context.js';
import { presentDetail } from '../presenter.js';
import { findCaseInScope, insertEvent, loadCaseDetail, updateCaseAtVersion } from '../repository.js';
import { getCaseDetail } from './caseDetail.js';
import { withUniqueNumber } from './writeSupport.js';

export async function deleteCase(db: Db, ctx: CaseContext, id: string, body: { reason: string; version?: number }) {
  await db.transaction(async (tx) => {
    const current = await findCaseInScope(tx, ctx.principal, id, { forUpdate: true });
    if (!current) throw notFound('案件');
    if (body.version !== undefined && body.version !== current.version) {
      throw versionConflict(presentDetail(current, await loadCaseDetail(tx, current), ctx.principal));
    }
    const row = await updateCaseAtVersion(tx, id, current.version, {
      deletedAt: new Date(),
      deletedBy: ctx.principal.userId,
      deleteReason: body.reason,
      updatedBy: ctx.principal.userId,
    });
    await insertEvent(tx, {
      caseId: id,
      at: todayInChina(),
      type: 'deleted',
      title: '删除',
      detail: body.reason,
      createdBy: ctx.principal.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'delete',
      entityType: 'case',
      entityId: id,
      before: { deletedAt: null, version: current.version },
      after: { deletedAt: row!.deletedAt, deleteReason: body.reason, version: row!.version },
    });
  });
}

export async function restoreCase(db: Db, ctx: CaseContext, id: string) {
  const current = await findCaseInScope(db, ctx.principal, id, { includeDeleted: true });
  if (!current) throw notFound('案件');
  if (!current.deletedAt) throw new AppError('UNPROCESSABLE', '案件未被删除，无需恢复');
  await withUniqueNumber(
    () =>
      db.transaction(async (tx) => {
        const row = await updateCaseAtVersion(tx, id, current.version, {
          deletedAt: null,
          deletedBy: null,
          deleteReason: null,
          updatedBy: ctx.principal.userId,
        });
        if (!row) throw versionConflict(null);
        await insertEvent(tx, {
          caseId: id,
          at: todayInChina(),
          type: 'restored',
          title: '恢复',
          createdBy: ctx.principal.userId,
        });
        await writeAudit(tx, {
          actor: ctx.actor,
          action: 'restore',
          entityType: 'case',
          entityId: id,
          before: { deletedAt: current.deletedAt, deleteReason: current.deleteReason },
          after: { deletedAt: null, version: row.version },
        });
      }),
    () => current.caseNumber,
  );
  return getCaseDetail(db, ctx.principal, id);
}
