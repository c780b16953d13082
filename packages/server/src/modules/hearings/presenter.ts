/** Rows → the API's JSON (dto.ts): hearings with their appearances and absences, a hearing's status history. */
import type { DbOrTx } from '../../platform/db/client.js';
import { caseRefsByIds } from '../cases/public.js';
import { headsByIds } from '../org/public.js';
import type { HearingDetailDto, HearingDto } from './dto.js';
import { absencesOf, appearancesOf } from './repository.js';
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

function presentAbsence(a: AbsenceRow, headNames: Map<string, string>): HearingDto['absences'][number] {
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

/** Hearings as the API shows them: each with its case number, appearances and absences (three statements in all). */
export async function presentHearings(db: DbOrTx, rows: HearingRow[]): Promise<HearingDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((h) => h.id);
  const [refs, appearances, absences] = [
    await caseRefsByIds(
      db,
      rows.map((h) => h.caseId),
    ),
    groupBy(await appearancesOf(db, ids)),
    await absencesOf(db, ids),
  ];
  const heads = await headsByIds(
    db,
    absences.map((a) => a.headId),
  );
  const headNames = new Map(heads.map((h) => [h.id, h.name]));
  const absencesBy = groupBy(absences);
  return rows.map((h) => ({
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
    appearances: (appearances.get(h.id) ?? []).map(presentAppearance),
    absences: (absencesBy.get(h.id) ?? []).map((a) => presentAbsence(a, headNames)),
  }));
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
