/**
 * One step on a filing in one transaction: the filing in scope, the step allowed for the caller and the status, at
 * the version the writer saw (409 stale); the step's change, its history entry and its audit row together.
 */
import type { FilingAction } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { versionConflict } from '../../../platform/errors.js';
import type { FilingEventKind } from '../constants.js';
import type { FilingOut } from '../dto.js';
import { insertEvent, updateFiling } from '../repository.js';
import type { FilingRow } from '../schema.js';
import { allow, ENTITY, visible } from './access.js';
import { present } from './present.js';

export async function change(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  version: number,
  action: FilingAction,
  make: (
    tx: DbOrTx,
    before: FilingRow,
    status: FilingRow['status'],
  ) => Promise<{
    set: Parameters<typeof updateFiling>[3];
    event: FilingEventKind;
    comment?: string | null;
    cell?: string | null;
    eventBefore?: unknown;
    eventAfter?: unknown;
  }>,
): Promise<FilingOut> {
  const row = await db.transaction(async (tx) => {
    const before = await visible(tx, principal, id);
    const status = allow(principal, before, action);
    if (before.version !== version) throw versionConflict(before.version);
    const c = await make(tx, before, status);
    const after = await updateFiling(tx, id, version, { status, ...c.set });
    if (!after) throw versionConflict(before.version);
    await insertEvent(tx, {
      filingId: id,
      kind: c.event,
      comment: c.comment,
      cell: c.cell,
      before: c.eventBefore,
      after: c.eventAfter,
      byUserId: actor.userId,
      byName: actor.name,
    });
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      entityId: id,
      before: { status: before.status, version: before.version, ...(c.cell ? { [c.cell]: c.eventBefore } : {}) },
      after: {
        status: after.status,
        version: after.version,
        action: c.event,
        ...(c.cell ? { [c.cell]: c.eventAfter } : {}),
        ...(c.comment ? { comment: c.comment } : {}),
      },
    });
    return after;
  });
  return present(db, principal, row);
}
