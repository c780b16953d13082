/**
 * Entering and editing hearings (hearing.manage, on cases in the caller's scope): one transaction per command with
 * its status-history row where the status is concerned and its audit row (entity `hearing`). A stale version is
 * VERSION_CONFLICT with the current hearing.
 */
import { writeAudit } from '../../../platform/audit.js';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { caseRefInScope } from '../../cases/public.js';
import { HEARING_STATUS_LABELS, HEARING_TRANSITIONS } from '../constants.js';
import type { HearingContext } from '../context.js';
import type { CreateHearingInput, StatusInput, UpdateHearingInput } from '../dto.js';
import { hearingSnapshot, presentHearingDetail, readHearing } from '../presenter.js';
import { markHeld, scheduleReminders, stopReminders } from '../reminders.js';
import {
  deleteConfirmations,
  hearingInScope,
  insertHearing,
  insertStatusChange,
  statusHistory,
  updateHearingAtVersion,
} from '../repository.js';
import type { HearingRow } from '../schema.js';

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

async function conflict(tx: DbOrTx, row: HearingRow) {
  return versionConflict(await presentHearingDetail(tx, row, await statusHistory(tx, row.id)));
}

/** The hearing in scope, locked, at the version the writer read. */
async function lockedAtVersion(tx: DbOrTx, ctx: HearingContext, id: string, version: number): Promise<HearingRow> {
  const row = await hearingInScope(tx, ctx.principal, id, { forUpdate: true });
  if (!row) throw notFound('庭审');
  if (row.version !== version) throw await conflict(tx, row);
  return row;
}

/** POST /cases/:id/hearings: a scheduled hearing, its first history row, audited. */
export async function createHearing(
  db: Db,
  ctx: HearingContext,
  caseId: string,
  input: CreateHearingInput,
  now = new Date(),
) {
  const id = await db.transaction(async (tx) => {
    const ref = await caseRefInScope(tx, ctx.principal, caseId);
    if (!ref) throw notFound('案件');
    const row = await insertHearing(tx, {
      caseId,
      kind: input.kind,
      mode: input.mode,
      scheduledAt: new Date(input.scheduledAt),
      courtroom: input.courtroom ?? null,
      mustAppearReasons: unique(input.mustAppearReasons),
      notes: input.notes ?? null,
      status: 'scheduled',
      createdBy: ctx.principal.userId,
      updatedBy: ctx.principal.userId,
    });
    await insertStatusChange(tx, {
      hearingId: row.id,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.name,
      fromStatus: null,
      toStatus: 'scheduled',
      toScheduledAt: row.scheduledAt,
      reason: '录入庭审',
    });
    await scheduleReminders(tx, row, now);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'hearing',
      entityId: row.id,
      after: hearingSnapshot(row),
    });
    return row.id;
  });
  return readBack(db, ctx, id);
}

/** PATCH /hearings/:id: kind, mode, time, courtroom, must-appear reasons, notes; the time only while not final. */
export async function updateHearing(
  db: Db,
  ctx: HearingContext,
  id: string,
  input: UpdateHearingInput,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const current = await lockedAtVersion(tx, ctx, id, input.version);
    const { version, ...changes } = input;
    if (changes.scheduledAt !== undefined && HEARING_TRANSITIONS[current.status].length === 0) {
      throw validationFailed(
        [{ field: 'scheduledAt', message: `${HEARING_STATUS_LABELS[current.status]}的庭审不能再改开庭时间` }],
        `${HEARING_STATUS_LABELS[current.status]}的庭审不能再改开庭时间`,
      );
    }
    const row = await updateHearingAtVersion(tx, id, version, {
      ...changes,
      scheduledAt: changes.scheduledAt === undefined ? undefined : new Date(changes.scheduledAt),
      mustAppearReasons: changes.mustAppearReasons === undefined ? undefined : unique(changes.mustAppearReasons),
      updatedBy: ctx.principal.userId,
    });
    if (!row) throw await conflict(tx, current);
    const moved = row.scheduledAt.getTime() !== current.scheduledAt.getTime();
    if (moved && row.status === 'scheduled') await scheduleReminders(tx, row, now);
    // The heads confirmed the old time, not the new one.
    const cleared = moved ? await deleteConfirmations(tx, id) : [];
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'hearing',
      entityId: id,
      before: hearingSnapshot(current),
      after: { ...hearingSnapshot(row), ...clearedNote(cleared.length) },
    });
  });
  return readBack(db, ctx, id);
}

/**
 * POST /hearings/:id/status: scheduled → postponed | cancelled | held; postponed → scheduled (with the new time) |
 * cancelled (constants.ts HEARING_TRANSITIONS). A hearing is held only once its time has come. Every change is a
 * history row (who, when, from → to, why) and an audit row.
 */
export async function changeHearingStatus(
  db: Db,
  ctx: HearingContext,
  id: string,
  input: StatusInput,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const current = await lockedAtVersion(tx, ctx, id, input.version);
    const refuse = (field: string, message: string) => validationFailed([{ field, message }], message);
    if (!HEARING_TRANSITIONS[current.status].includes(input.status)) {
      throw refuse(
        'status',
        `${HEARING_STATUS_LABELS[current.status]}的庭审不能改为${HEARING_STATUS_LABELS[input.status]}`,
      );
    }
    if (input.status === 'scheduled' && !input.scheduledAt) {
      throw refuse('scheduledAt', '重新排期请填写新的开庭时间');
    }
    if (input.status !== 'scheduled' && input.status !== 'postponed' && input.scheduledAt) {
      throw refuse('scheduledAt', `${HEARING_STATUS_LABELS[input.status]}时不填写新的开庭时间`);
    }
    if (input.status === 'held' && current.scheduledAt > now) {
      throw refuse('status', '开庭时间未到，不能标记为已开庭');
    }
    const scheduledAt = input.scheduledAt ? new Date(input.scheduledAt) : current.scheduledAt;
    const row = await updateHearingAtVersion(tx, id, input.version, {
      status: input.status,
      scheduledAt,
      updatedBy: ctx.principal.userId,
    });
    if (!row) throw await conflict(tx, current);
    await insertStatusChange(tx, {
      hearingId: id,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.name,
      fromStatus: current.status,
      toStatus: input.status,
      fromScheduledAt: current.scheduledAt,
      toScheduledAt: scheduledAt,
      reason: input.reason,
    });
    if (row.status === 'scheduled') await scheduleReminders(tx, row, now);
    else if (row.status === 'held') await markHeld(tx, row);
    else await stopReminders(tx, row, input.reason, now);
    // Postponed, cancelled or at a new time: the heads' confirmations were for what no longer stands.
    const moved = row.scheduledAt.getTime() !== current.scheduledAt.getTime();
    const clear = row.status === 'postponed' || row.status === 'cancelled' || (row.status === 'scheduled' && moved);
    const cleared = clear ? await deleteConfirmations(tx, id) : [];
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'hearing',
      entityId: id,
      before: hearingSnapshot(current),
      after: { ...hearingSnapshot(row), reason: input.reason, ...clearedNote(cleared.length) },
    });
  });
  return readBack(db, ctx, id);
}

/** What the audit row says of confirmations a change cleared (我的开庭). */
const clearedNote = (n: number) => (n > 0 ? { attendanceConfirmationsCleared: n } : {});

function readBack(db: DbOrTx, ctx: HearingContext, id: string) {
  return readHearing(db, ctx.principal, id);
}
