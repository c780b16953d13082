/** Writes of the case tables, each in the caller's transaction. */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { caseParties, cases } from '../schema.js';
import type { CaseInsert, CaseRow, PartyRow } from './rows.js';

/** Postgres unique violation, as thrown by node-postgres or PGlite (possibly wrapped by Drizzle). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

export const duplicateCaseNumber = (caseNumber: string | null) =>
  new AppError('DUPLICATE', `案号${caseNumber ?? ''}已登记，不能重复登记`, [
    { field: 'caseNumber', message: '该案号已登记' },
  ]);

/** Updates a case only at the expected version; returns the new row, or null when the version moved. */
export async function updateCaseAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<CaseInsert>,
): Promise<CaseRow | null> {
  const [row] = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning();
  return row ?? null;
}

/** Inserts a new case row. */
export async function insertCase(tx: DbOrTx, values: CaseInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}

/** The parties of a case, as the write path gives them (order = sort order). */
export interface PartyWrite {
  side: PartyRow['side'];
  partyType: PartyRow['partyType'];
  name: string;
  agencyId?: string | null;
  defendantRole?: PartyRow['defendantRole'];
  idNumber?: string | null;
  phone?: string | null;
}

/** Replaces a case's parties (a defendant role only on a defendant; empty ID numbers and phones stored as null). */
export async function replaceParties(tx: DbOrTx, caseId: string, parties: PartyWrite[]): Promise<void> {
  await tx.delete(caseParties).where(eq(caseParties.caseId, caseId));
  if (parties.length === 0) return;
  await tx.insert(caseParties).values(
    parties.map((p, i) => ({
      caseId,
      side: p.side,
      partyType: p.partyType,
      name: p.name,
      agencyId: p.agencyId ?? null,
      defendantRole: p.side === 'defendant' ? (p.defendantRole ?? null) : null,
      idNumber: p.idNumber || null,
      phone: p.phone || null,
      sortOrder: i,
    })),
  );
}
