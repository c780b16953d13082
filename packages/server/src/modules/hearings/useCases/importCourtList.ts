/**
 * Importing a court's hearing list (开庭公告 / 排期表; courtList/check.ts reads and checks it). A dry run answers the
 * check and writes nothing. The commit checks the file again inside ONE transaction and writes each row through the
 * module's own use cases — createHearing, updateHearing, changeHearingStatus — so an imported hearing gets what a
 * hearing entered by hand gets (status history, version, deadline, notices and reminders, audit row); each runs in a
 * savepoint of the import's transaction. A changed time is a 改期: the scheduled hearing moves (with a history row
 * naming the file and row), a postponed one is scheduled again at the list's time. Importing the same file again finds
 * every row unchanged. Any row with an error, or any failure, writes nothing.
 */
import type { Readable } from 'node:stream';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import type { HearingContext } from '../context.js';
import { checkHearingList, type PlannedHearing, presentListCheck } from '../courtList/check.js';
import { chinaIso, chinaText } from '../courtList/when.js';
import { insertStatusChange } from '../repository.js';
import { changeHearingStatus, createHearing, updateHearing } from './writeHearings.js';

export interface CourtListOptions {
  dryRun: boolean;
  fileName: string;
  now?: Date;
}

export async function importCourtList(db: Db, ctx: HearingContext, source: string | Readable, opts: CourtListOptions) {
  const now = opts.now ?? new Date();
  if (opts.dryRun) {
    const checked = await checkHearingList(db, ctx.principal, source, opts.fileName);
    return presentListCheck(checked, checked.errorCount > 0 ? 'invalid' : 'checked');
  }
  const done = await db.transaction(async (tx) => {
    const checked = await checkHearingList(tx, ctx.principal, source, opts.fileName);
    if (checked.errorCount > 0) {
      throw new AppError(
        'IMPORT_INVALID',
        `排期表有 ${checked.errorCount} 处错误，未导入任何庭审；请按提示修改后重新上传`,
        checked.errors.map((e) => ({ field: `第${e.row}行 ${e.column}`, message: e.message })),
      );
    }
    // The use cases take the database; inside the transaction each opens a savepoint of it.
    const within = tx as unknown as Db;
    for (const item of checked.items) await writeRow(within, ctx, item, opts.fileName, now);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'import',
      entityType: 'hearing_import',
      after: { file: opts.fileName, rows: checked.rows, ...checked.counts },
    });
    return checked;
  });
  return presentListCheck(done, 'done');
}

async function writeRow(db: Db, ctx: HearingContext, item: PlannedHearing, fileName: string, now: Date) {
  const where = `按法院排期表（${fileName} 第${item.row}行）`;
  const h = item.hearing;
  const scheduledAt = chinaIso(item.scheduledAt);
  // What the list says differently of the hearing (a blank cell changes nothing).
  const details = {
    ...(item.courtroom !== null && item.courtroom !== h?.courtroom ? { courtroom: item.courtroom } : {}),
    ...(item.mode !== null && item.mode !== h?.mode ? { mode: item.mode } : {}),
  };
  if (item.action === 'create') {
    await createHearing(
      db,
      ctx,
      item.caseId,
      {
        scheduledAt,
        kind: item.kind,
        mode: item.mode ?? 'in_person',
        courtroom: item.courtroom ?? undefined,
        mustAppearReasons: [],
        notes: item.notes ?? undefined,
      },
      now,
    );
    return;
  }
  if (!h || item.action === 'unchanged') return;
  if (item.action === 'update') {
    await updateHearing(db, ctx, h.id, { version: h.version, ...details }, now);
    return;
  }
  // 改期
  const reason = `${where}改期：${chinaText(h.scheduledAt)} → ${chinaText(item.scheduledAt)}`;
  if (h.status === 'postponed') {
    const moved = await changeHearingStatus(
      db,
      ctx,
      h.id,
      { version: h.version, status: 'scheduled', scheduledAt, reason },
      now,
    );
    if (Object.keys(details).length > 0)
      await updateHearing(db, ctx, h.id, { version: moved.version, ...details }, now);
    return;
  }
  await updateHearing(db, ctx, h.id, { version: h.version, scheduledAt, ...details }, now);
  await insertStatusChange(db, {
    hearingId: h.id,
    byUserId: ctx.actor.userId,
    byName: ctx.actor.name,
    fromStatus: 'scheduled',
    toStatus: 'scheduled',
    fromScheduledAt: h.scheduledAt,
    toScheduledAt: item.scheduledAt,
    reason,
  });
}
