/** Rows → the API's JSON (dto.ts): hearings with their appearances and absences, a hearing's status history. */

import type { HearingInput } from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { caseRefsByIds } from '../cases/public.js';
import { headsByIds } from '../org/public.js';
import { judgeHearing, judgeInstance } from './assessment.js';
import type { HearingDetailDto, HearingDto } from './dto.js';
import {
  absencesOf,
  appearancesOf,
  confirmationsOf,
  evaluationsOf,
  hearingInScope,
  statusHistory,
} from './repository.js';
import type { AbsenceRow, AppearanceRow, HearingRow, HearingStatusChangeRow } from './schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function groupBy<T extends { hearingId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.hearingId) ?? [];
    list.push(r);
    out.set(r.hearingId, list);
  }
  return out;
}

function presentAppearance(a: AppearanceRow): HearingDto['appearances'][number] {
  return {
    id: a.id,
    role: a.role,
    headId: a.headId,
    name: a.name,
    title: a.title,
    headRole: a.headRole,
    agencyId: a.agencyId,
    designated: a.designated,
    appeared: a.appeared,
    spoke: a.spoke,
    identityProofFiled: a.identityProofFiled,
  };
}

export function presentAbsence(a: AbsenceRow, headNames: Map<string, string>): HearingDto['absences'][number] {
  return {
    id: a.id,
    hearingId: a.hearingId,
    headId: a.headId,
    headName: headNames.get(a.headId) ?? null,
    reasonCode: a.reasonCode,
    reasonText: a.reasonText,
    deputyName: a.deputyName,
    deputyTitle: a.deputyTitle,
    deputyHeadId: a.deputyHeadId,
    status: a.status,
    filedAt: a.filedAt.toISOString(),
    decidedAt: iso(a.decidedAt),
    decisionNote: a.decisionNote,
    version: a.version,
  };
}

/**
 * Hearings as the API shows them: each with its case number, appearances, absences and the domain's judgement of them
 * (a few statements in all, whatever the number of hearings). With `instance`, also the case's instance as a whole.
 */
export async function presentHearings(db: DbOrTx, rows: HearingRow[]): Promise<HearingDto[]> {
  return (await presentWithInstance(db, rows)).items;
}

/** A case's hearings and the instance judged over all of them (GET /cases/:id/hearings). */
export async function presentCaseHearings(db: DbOrTx, rows: HearingRow[], defendantAgencyIds: readonly string[]) {
  const { items, inputs } = await presentWithInstance(db, rows);
  const judged = judgeInstance(inputs, rows, defendantAgencyIds);
  return {
    items,
    instance: {
      ...judged.appearance,
      validHearingIds: [...judged.appearance.validHearingIds],
      reasons: [...judged.appearance.reasons],
      mustAppear: { required: judged.mustAppear.required, reasons: [...judged.mustAppear.reasons] },
    },
  };
}

async function presentWithInstance(
  db: DbOrTx,
  rows: HearingRow[],
): Promise<{ items: HearingDto[]; inputs: HearingInput[] }> {
  if (rows.length === 0) return { items: [], inputs: [] };
  const inputs: HearingInput[] = [];
  const ids = rows.map((h) => h.id);
  const [refs, appearances, absences] = [
    await caseRefsByIds(
      db,
      rows.map((h) => h.caseId),
    ),
    groupBy(await appearancesOf(db, ids)),
    await absencesOf(db, ids),
  ];
  const confirmations = await confirmationsOf(db, ids);
  const heads = await headsByIds(db, [...absences.map((a) => a.headId), ...confirmations.map((c) => c.headId)]);
  const headNames = new Map(heads.map((h) => [h.id, h.name]));
  const absencesBy = groupBy(absences);
  const evaluations = groupBy(await evaluationsOf(db, ids));
  const confirmedBy = groupBy(confirmations);
  const items = rows.map((h): HearingDto => {
    const mine = appearances.get(h.id) ?? [];
    const theirAbsences = absencesBy.get(h.id) ?? [];
    const judged = judgeHearing(h, mine, theirAbsences, refs.get(h.caseId)?.defendantAgencyIds ?? []);
    inputs.push(judged.input);
    return {
      id: h.id,
      caseId: h.caseId,
      caseNumber: refs.get(h.caseId)?.caseNumber ?? null,
      kind: h.kind,
      mode: h.mode,
      scheduledAt: h.scheduledAt.toISOString(),
      courtroom: h.courtroom,
      status: h.status,
      mustAppearReasons: h.mustAppearReasons,
      notes: h.notes,
      version: h.version,
      createdAt: h.createdAt.toISOString(),
      updatedAt: h.updatedAt.toISOString(),
      appearances: mine.map(presentAppearance),
      absences: theirAbsences.map((a) => presentAbsence(a, headNames)),
      assessment: { ...judged.appearance, reasons: [...judged.appearance.reasons] },
      mustAppear: { required: judged.mustAppear.required, reasons: [...judged.mustAppear.reasons] },
      evaluations: (evaluations.get(h.id) ?? []).map((e) => ({
        headId: e.headId,
        prepared: e.prepared,
        spokeOnMerits: e.spokeOnMerits,
        respectedCourt: e.respectedCourt,
        comment: e.comment,
        evaluatedAt: e.evaluatedAt.toISOString(),
        version: e.version,
      })),
      // Only a confirmation of the hearing's present time counts (a rescheduling clears them; this is the safeguard).
      confirmations: (confirmedBy.get(h.id) ?? [])
        .filter((c) => c.scheduledAt.getTime() === h.scheduledAt.getTime())
        .map((c) => ({
          headId: c.headId,
          headName: headNames.get(c.headId) ?? null,
          confirmedAt: c.confirmedAt.toISOString(),
          scheduledAt: c.scheduledAt.toISOString(),
        })),
    };
  });
  return { items, inputs };
}

export async function presentHearingDetail(
  db: DbOrTx,
  row: HearingRow,
  history: HearingStatusChangeRow[],
): Promise<HearingDetailDto> {
  const [hearing] = await presentHearings(db, [row]);
  return {
    ...hearing!,
    history: history.map((c) => ({
      at: c.at.toISOString(),
      byName: c.byName,
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      fromScheduledAt: iso(c.fromScheduledAt),
      toScheduledAt: iso(c.toScheduledAt),
      reason: c.reason,
    })),
  };
}

/** What the audit log keeps of a hearing (timestamps left out: the log has its own). */
export function hearingSnapshot(h: HearingRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = h;
  return { ...rest, scheduledAt: h.scheduledAt.toISOString() };
}

/** One hearing in the principal's scope with its history (404 outside it): what every command answers with. */
export async function readHearing(db: DbOrTx, principal: Principal, id: string): Promise<HearingDetailDto> {
  const row = await hearingInScope(db, principal, id);
  if (!row) throw notFound('庭审');
  return presentHearingDetail(db, row, await statusHistory(db, id));
}
