/** The mediation tables' reads and writes; every read takes the scope path (docs/rules/mediation.md#who). */
import { and, asc, count, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/client.js';
import type { ListQuery } from './dto.js';
import {
  type MediationRow,
  type MediationSessionRow,
  mediationFiles,
  mediationSessions,
  mediations,
} from './schema.js';

const under = (path: string) => like(mediations.regionPath, `${path}%`);

export async function listMediations(
  db: DbOrTx,
  scopePath: string,
  q: ListQuery,
): Promise<{ rows: MediationRow[]; total: number }> {
  const where: SQL[] = [under(scopePath)];
  if (q.state?.length) where.push(inArray(mediations.state, q.state));
  if (q.stage) where.push(eq(mediations.stage, q.stage));
  const cond = and(...where);
  const rows = await db
    .select()
    .from(mediations)
    .where(cond)
    .orderBy(desc(mediations.receivedOn), desc(mediations.createdAt))
    .limit(q.limit)
    .offset(q.offset);
  const [n] = await db
    .select({ n: sql<number>`${count()}::int` })
    .from(mediations)
    .where(cond);
  return { rows, total: n?.n ?? 0 };
}

export async function mediationInScope(db: DbOrTx, scopePath: string, id: string): Promise<MediationRow | null> {
  const [row] = await db
    .select()
    .from(mediations)
    .where(and(eq(mediations.id, id), under(scopePath)));
  return row ?? null;
}

/** The row locked for a change (the version check follows in the caller). */
export async function lockMediation(tx: Tx, scopePath: string, id: string): Promise<MediationRow | null> {
  const [row] = await tx
    .select()
    .from(mediations)
    .where(and(eq(mediations.id, id), under(scopePath)))
    .for('update');
  return row ?? null;
}

export async function insertMediation(tx: Tx, values: typeof mediations.$inferInsert): Promise<MediationRow> {
  const [row] = await tx.insert(mediations).values(values).returning();
  return row!;
}

/** Saves a change at the version read; null when someone else changed it first. */
export async function updateMediationAtVersion(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<typeof mediations.$inferInsert>,
): Promise<MediationRow | null> {
  const [row] = await tx
    .update(mediations)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(mediations.id, id), eq(mediations.version, version)))
    .returning();
  return row ?? null;
}

export async function sessionsOf(db: DbOrTx, mediationId: string): Promise<MediationSessionRow[]> {
  return db
    .select()
    .from(mediationSessions)
    .where(eq(mediationSessions.mediationId, mediationId))
    .orderBy(asc(mediationSessions.heldOn), asc(mediationSessions.createdAt));
}

export async function insertSession(tx: Tx, values: typeof mediationSessions.$inferInsert): Promise<void> {
  await tx.insert(mediationSessions).values(values);
}

/** Cases with an agreement that counts in their 调撤 (docs/rules/mediation.md#settlement), with the agreement's day. */
export async function settledCases(db: DbOrTx, caseIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (caseIds.length === 0) return out;
  const rows = await db
    .select({ caseId: mediations.linkedCaseId, on: mediations.resultOn })
    .from(mediations)
    .where(and(eq(mediations.countsAsSettlement, true), inArray(mediations.linkedCaseId, [...new Set(caseIds)])));
  for (const r of rows)
    if (r.caseId && r.on && (!out.has(r.caseId) || r.on < out.get(r.caseId)!)) out.set(r.caseId, r.on);
  return out;
}

/** The agreement files of a mediation, newest first, without their content (the detail shows them). */
export async function agreementFilesOf(db: DbOrTx, mediationId: string) {
  const rows = await db
    .select({
      id: mediationFiles.id,
      fileName: mediationFiles.fileName,
      size: mediationFiles.size,
      createdByName: mediationFiles.createdByName,
      createdAt: mediationFiles.createdAt,
    })
    .from(mediationFiles)
    .where(eq(mediationFiles.mediationId, mediationId))
    .orderBy(desc(mediationFiles.createdAt), desc(mediationFiles.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
