/** The case timeline (case_events): entries written by the use cases, and the automatic ones kept in step. */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { caseEvents } from '../schema.js';

export type CaseEventRow = typeof caseEvents.$inferSelect;
export type CaseEventInsert = typeof caseEvents.$inferInsert;

export async function insertEvent(tx: DbOrTx, values: CaseEventInsert): Promise<void> {
  await tx.insert(caseEvents).values(values);
}

/** Inserts an entry and returns it (its id for the audit row). */
export async function insertEventReturning(tx: DbOrTx, values: CaseEventInsert): Promise<CaseEventRow> {
  const [event] = await tx.insert(caseEvents).values(values).returning();
  return event!;
}

/** The case's first event of a type (the automatic ones exist at most once). */
export async function eventOfType(tx: DbOrTx, caseId: string, type: string): Promise<CaseEventRow | null> {
  const [existing] = await tx
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, type)))
    .limit(1);
  return existing ?? null;
}

export async function moveEvent(tx: DbOrTx, id: string, set: { at: string; title: string }): Promise<void> {
  await tx.update(caseEvents).set(set).where(eq(caseEvents.id, id));
}
