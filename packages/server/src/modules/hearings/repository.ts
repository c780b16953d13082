/**
 * Every statement on the hearings module's tables. Reads of one hearing and lists carry the scope of the hearing's
 * case (cases/public.ts `caseInScopeSql`, the case registry's one scope rule): out of scope reads as absent.
 */
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { caseInScopeSql } from '../cases/public.js';
import type { HearingStatus } from './constants.js';
import {
  type AbsenceRow,
  type AppearanceRow,
  type ConfirmationRow,
  type EvaluationRow,
  type HearingRow,
  type HearingStatusChangeRow,
  hearingAbsences,
  hearingAppearances,
  hearingConfirmations,
  hearingEvaluations,
  hearingStatusChanges,
  hearings,
} from './schema.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID_RE.test(s);

export type HearingInsert = typeof hearings.$inferInsert;
export type AppearanceInsert = typeof hearingAppearances.$inferInsert;
export type AbsenceInsert = typeof hearingAbsences.$inferInsert;

/** A case's hearings, in time order (the caller has checked the case's scope). */
export async function hearingsOfCase(db: DbOrTx, caseId: string): Promise<HearingRow[]> {
  return db
    .select()
    .from(hearings)
    .where(eq(hearings.caseId, caseId))
    .orderBy(asc(hearings.scheduledAt), asc(hearings.id));
}

/** One hearing if its case is in the principal's scope, else null; locked when read to be changed. */
export async function hearingInScope(
  db: DbOrTx,
  principal: Principal,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<HearingRow | null> {
  if (!isUuid(id)) return null;
  const q = db
    .select()
    .from(hearings)
    .where(and(eq(hearings.id, id), caseInScopeSql(principal, hearings.caseId)));
  const [row] = opts.forUpdate ? await q.for('update', { of: hearings }) : await q;
  return row ?? null;
}

/** One hearing by id, whatever the scope (the system's own jobs). */
export async function hearingById(db: DbOrTx, id: string): Promise<HearingRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(hearings).where(eq(hearings.id, id));
  return row ?? null;
}

export interface UpcomingFilter {
  from: Date;
  to: Date;
  statuses: readonly HearingStatus[];
  limit: number;
}

/** Hearings in [from, to) of the given statuses whose case the principal sees, soonest first. */
export async function hearingsInScope(db: DbOrTx, principal: Principal, f: UpcomingFilter): Promise<HearingRow[]> {
  const where: SQL[] = [
    gte(hearings.scheduledAt, f.from),
    lt(hearings.scheduledAt, f.to),
    inArray(hearings.status, [...f.statuses]),
    caseInScopeSql(principal, hearings.caseId),
  ];
  return db
    .select()
    .from(hearings)
    .where(and(...where))
    .orderBy(asc(hearings.scheduledAt), asc(hearings.id))
    .limit(f.limit);
}

export async function insertHearing(tx: DbOrTx, v: HearingInsert): Promise<HearingRow> {
  const [row] = await tx.insert(hearings).values(v).returning();
  return row!;
}

/** Changes the hearing if it is still at `version` (and moves it to the next); null when someone was first. */
export async function updateHearingAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  v: Partial<HearingInsert>,
): Promise<HearingRow | null> {
  const [row] = await tx
    .update(hearings)
    .set({ ...v, version: sql`${hearings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(hearings.id, id), eq(hearings.version, version)))
    .returning();
  return row ?? null;
}

export async function insertStatusChange(tx: DbOrTx, v: typeof hearingStatusChanges.$inferInsert): Promise<void> {
  await tx.insert(hearingStatusChanges).values(v);
}

export async function statusHistory(db: DbOrTx, hearingId: string): Promise<HearingStatusChangeRow[]> {
  return db
    .select()
    .from(hearingStatusChanges)
    .where(eq(hearingStatusChanges.hearingId, hearingId))
    .orderBy(asc(hearingStatusChanges.at), asc(hearingStatusChanges.id));
}

export async function appearancesOf(db: DbOrTx, hearingIds: readonly string[]): Promise<AppearanceRow[]> {
  if (hearingIds.length === 0) return [];
  return db
    .select()
    .from(hearingAppearances)
    .where(inArray(hearingAppearances.hearingId, [...hearingIds]))
    .orderBy(asc(hearingAppearances.hearingId), asc(hearingAppearances.sortOrder), asc(hearingAppearances.id));
}

/** The hearing's appearances become exactly `rows`. */
export async function replaceAppearances(tx: DbOrTx, hearingId: string, rows: AppearanceInsert[]): Promise<void> {
  await tx.delete(hearingAppearances).where(eq(hearingAppearances.hearingId, hearingId));
  if (rows.length) await tx.insert(hearingAppearances).values(rows);
}

export async function absencesOf(db: DbOrTx, hearingIds: readonly string[]): Promise<AbsenceRow[]> {
  if (hearingIds.length === 0) return [];
  return db
    .select()
    .from(hearingAbsences)
    .where(inArray(hearingAbsences.hearingId, [...hearingIds]))
    .orderBy(asc(hearingAbsences.filedAt), asc(hearingAbsences.id));
}

export async function insertAbsence(tx: DbOrTx, v: AbsenceInsert): Promise<AbsenceRow> {
  const [row] = await tx.insert(hearingAbsences).values(v).returning();
  return row!;
}

/** An absence with its hearing, if the hearing's case is in the principal's scope; locked when asked. */
export async function absenceInScope(
  db: DbOrTx,
  principal: Principal,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<{ absence: AbsenceRow; hearing: HearingRow } | null> {
  if (!isUuid(id)) return null;
  const q = db
    .select({ absence: hearingAbsences, hearing: hearings })
    .from(hearingAbsences)
    .innerJoin(hearings, eq(hearings.id, hearingAbsences.hearingId))
    .where(and(eq(hearingAbsences.id, id), caseInScopeSql(principal, hearings.caseId)));
  const [row] = opts.forUpdate ? await q.for('update', { of: [hearingAbsences] }) : await q;
  return row ?? null;
}

export async function updateAbsenceAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  v: Partial<AbsenceInsert>,
): Promise<AbsenceRow | null> {
  const [row] = await tx
    .update(hearingAbsences)
    .set({ ...v, version: sql`${hearingAbsences.version} + 1` })
    .where(and(eq(hearingAbsences.id, id), eq(hearingAbsences.version, version)))
    .returning();
  return row ?? null;
}

/**
 * The 不出庭说明 awaiting 备案 (status filed) on the cases the principal sees, with their hearings, soonest hearing
 * first: the coordinator's work list.
 */
export async function pendingAbsencesInScope(
  db: DbOrTx,
  principal: Principal,
  limit: number,
): Promise<{ absence: AbsenceRow; hearing: HearingRow }[]> {
  return db
    .select({ absence: hearingAbsences, hearing: hearings })
    .from(hearingAbsences)
    .innerJoin(hearings, eq(hearings.id, hearingAbsences.hearingId))
    .where(and(eq(hearingAbsences.status, 'filed'), caseInScopeSql(principal, hearings.caseId)))
    .orderBy(asc(hearings.scheduledAt), asc(hearingAbsences.id))
    .limit(limit);
}

export async function evaluationsOf(db: DbOrTx, hearingIds: readonly string[]): Promise<EvaluationRow[]> {
  if (hearingIds.length === 0) return [];
  return db
    .select()
    .from(hearingEvaluations)
    .where(inArray(hearingEvaluations.hearingId, [...hearingIds]))
    .orderBy(asc(hearingEvaluations.evaluatedAt), asc(hearingEvaluations.id));
}

/** The evaluation of one head at one hearing, locked to be changed. */
export async function evaluationForUpdate(
  tx: DbOrTx,
  hearingId: string,
  headId: string,
): Promise<EvaluationRow | null> {
  const [row] = await tx
    .select()
    .from(hearingEvaluations)
    .where(and(eq(hearingEvaluations.hearingId, hearingId), eq(hearingEvaluations.headId, headId)))
    .for('update');
  return row ?? null;
}

export async function insertEvaluation(tx: DbOrTx, v: typeof hearingEvaluations.$inferInsert): Promise<EvaluationRow> {
  const [row] = await tx.insert(hearingEvaluations).values(v).returning();
  return row!;
}

export async function updateEvaluationAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  v: Partial<typeof hearingEvaluations.$inferInsert>,
): Promise<EvaluationRow | null> {
  const [row] = await tx
    .update(hearingEvaluations)
    .set({ ...v, version: sql`${hearingEvaluations.version} + 1` })
    .where(and(eq(hearingEvaluations.id, id), eq(hearingEvaluations.version, version)))
    .returning();
  return row ?? null;
}

/** The cases the principal sees with a hearing in [from, to): the period's cases for the figures. */
export async function caseIdsWithHearingsInScope(
  db: DbOrTx,
  principal: Principal,
  from: Date,
  to: Date,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ caseId: hearings.caseId })
    .from(hearings)
    .where(
      and(gte(hearings.scheduledAt, from), lt(hearings.scheduledAt, to), caseInScopeSql(principal, hearings.caseId)),
    );
  return rows.map((r) => r.caseId);
}

/** Every hearing of these cases (an instance is judged over all its hearings). */
export async function hearingsOfCases(db: DbOrTx, caseIds: readonly string[]): Promise<HearingRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(hearings)
    .where(inArray(hearings.caseId, [...caseIds]))
    .orderBy(asc(hearings.caseId), asc(hearings.scheduledAt));
}

/** The heads' confirmations of attendance of these hearings (我的开庭). */
export async function confirmationsOf(db: DbOrTx, hearingIds: readonly string[]): Promise<ConfirmationRow[]> {
  if (hearingIds.length === 0) return [];
  return db
    .select()
    .from(hearingConfirmations)
    .where(inArray(hearingConfirmations.hearingId, [...hearingIds]))
    .orderBy(asc(hearingConfirmations.confirmedAt), asc(hearingConfirmations.id));
}

/** A head's confirmation of a hearing: a new one, or the old one replaced (one per head and hearing). */
export async function upsertConfirmation(
  tx: DbOrTx,
  v: typeof hearingConfirmations.$inferInsert,
): Promise<ConfirmationRow> {
  const [row] = await tx
    .insert(hearingConfirmations)
    .values(v)
    .onConflictDoUpdate({
      target: [hearingConfirmations.hearingId, hearingConfirmations.headId],
      set: { scheduledAt: v.scheduledAt, confirmedBy: v.confirmedBy, confirmedAt: v.confirmedAt ?? new Date() },
    })
    .returning();
  return row!;
}

/** Removes the hearing's confirmations (all, or one head's); returns those removed. */
export async function deleteConfirmations(tx: DbOrTx, hearingId: string, headId?: string): Promise<ConfirmationRow[]> {
  const where = headId
    ? and(eq(hearingConfirmations.hearingId, hearingId), eq(hearingConfirmations.headId, headId))
    : eq(hearingConfirmations.hearingId, hearingId);
  return tx.delete(hearingConfirmations).where(where).returning();
}
