/**
 * 我的开庭: a head with a login (role agency_head, linked in org's heads list) sees the hearings ahead where they are
 * designated or their agency is a defendant, confirms attendance in one tap, or files their own 不出庭说明 (the
 * absence use case, with the head as themselves). A confirmation is for the hearing's time as it stands: a
 * rescheduling, postponement or cancellation clears it (writeHearings.ts), and so does the head's 不出庭说明.
 * Each change in one transaction with its audit row (entity `hearing_confirmation`).
 */
import { writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { caseRefsByIds } from '../../cases/public.js';
import { activeHeadOfUser, type HeadRow } from '../../org/public.js';
import { HEARING_STATUS_LABELS, type HearingStatus } from '../constants.js';
import type { HearingContext } from '../context.js';
import type { ConfirmInput, MyAbsenceInput } from '../dto.js';
import { presentHearingDetail, presentHearings, readHearing } from '../presenter.js';
import {
  absencesOf,
  appearancesOf,
  hearingInScope,
  hearingsInScope,
  statusHistory,
  upsertConfirmation,
} from '../repository.js';
import type { HearingRow } from '../schema.js';
import { fileAbsence } from './absences.js';

const DAY_MS = 86_400_000;
const CHINA_MS = 8 * 3600_000;
/** How far ahead 我的开庭 looks: a quarter covers the court's usual notice and postponements. */
const AHEAD_DAYS = 90;
const AHEAD: readonly HearingStatus[] = ['scheduled', 'postponed'];

const refuse = (field: string, message: string) => validationFailed([{ field, message }], message);

/** 00:00 China time of the day `now` falls on: a hearing this morning is still the head's today. */
function startOfChinaDay(now: Date): Date {
  const china = now.getTime() + CHINA_MS;
  return new Date(china - (china % DAY_MS) - CHINA_MS);
}

async function headOf(db: DbOrTx, principal: Principal): Promise<HeadRow | null> {
  return activeHeadOfUser(db, principal.userId);
}

/** The hearings that concern the head: designated on them, or of a case their agency defends. */
async function concerning(db: DbOrTx, head: HeadRow, rows: HearingRow[]): Promise<HearingRow[]> {
  const refs = await caseRefsByIds(
    db,
    rows.map((h) => h.caseId),
  );
  const designated = new Set(
    (
      await appearancesOf(
        db,
        rows.map((h) => h.id),
      )
    )
      .filter((a) => a.headId === head.id && a.designated)
      .map((a) => a.hearingId),
  );
  return rows.filter(
    (h) => designated.has(h.id) || (refs.get(h.caseId)?.defendantAgencyIds.includes(head.agencyId) ?? false),
  );
}

/** GET /hearings/mine: from today (China) for AHEAD_DAYS, scheduled or postponed, soonest first. */
export async function myHearings(db: DbOrTx, principal: Principal, now = new Date()) {
  const head = await headOf(db, principal);
  if (!head) return { head: null, items: [] };
  const from = startOfChinaDay(now);
  const rows = await hearingsInScope(db, principal, {
    from,
    to: new Date(from.getTime() + AHEAD_DAYS * DAY_MS),
    statuses: AHEAD,
    limit: 200,
  });
  return {
    head: { id: head.id, name: head.name, title: head.title, headRole: head.headRole, agencyId: head.agencyId },
    items: await presentHearings(db, await concerning(db, head, rows)),
  };
}

/** The caller's head, or a clear refusal: an agency_head account not in the heads list cannot confirm or file. */
async function requireHead(db: DbOrTx, principal: Principal): Promise<HeadRow> {
  const head = await headOf(db, principal);
  if (!head) throw refuse('headId', '您的账号未关联负责人名录中的负责人，请联系协调员在负责人名录中关联登录账号');
  return head;
}

/**
 * POST /hearings/:id/confirm: the head will attend the hearing at the time they read (its `version`): a stale
 * version is 409 with the current hearing (it may have been rescheduled). Only a scheduled hearing; not while the
 * head's 不出庭说明 stands (filed or approved). Confirming again at the same time changes nothing.
 */
export async function confirmAttendance(
  db: Db,
  ctx: HearingContext,
  hearingId: string,
  input: ConfirmInput,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const head = await requireHead(tx, ctx.principal);
    const hearing = await hearingInScope(tx, ctx.principal, hearingId, { forUpdate: true });
    if (!hearing || (await concerning(tx, head, [hearing])).length === 0) throw notFound('庭审');
    if (hearing.version !== input.version) {
      throw versionConflict(await presentHearingDetail(tx, hearing, await statusHistory(tx, hearing.id)));
    }
    if (hearing.status !== 'scheduled') {
      throw refuse('hearingId', `${HEARING_STATUS_LABELS[hearing.status]}的庭审不能确认出庭`);
    }
    const standing = (await absencesOf(tx, [hearingId])).find(
      (a) => a.headId === head.id && (a.status === 'filed' || a.status === 'approved'),
    );
    if (standing) throw refuse('hearingId', '您已提交本次庭审的不出庭说明，不能再确认出庭');
    const row = await upsertConfirmation(tx, {
      hearingId,
      headId: head.id,
      scheduledAt: hearing.scheduledAt,
      confirmedBy: ctx.principal.userId,
      confirmedAt: now,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'hearing_confirmation',
      entityId: row.id,
      after: {
        hearingId,
        headId: head.id,
        headName: head.name,
        scheduledAt: row.scheduledAt.toISOString(),
        confirmedBy: row.confirmedBy,
        confirmedAt: row.confirmedAt.toISOString(),
        hearingVersion: hearing.version,
      },
    });
  });
  return readHearing(db, ctx.principal, hearingId);
}

/** POST /hearings/:id/my-absence: the head's own 不出庭说明 (absences.ts, the head being the caller's). */
export async function fileMyAbsence(db: Db, ctx: HearingContext, hearingId: string, input: MyAbsenceInput) {
  const head = await requireHead(db, ctx.principal);
  return fileAbsence(db, ctx, hearingId, { ...input, headId: head.id });
}
