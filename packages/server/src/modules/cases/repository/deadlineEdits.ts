/** A deadline of a case edited by hand (custom due date, done / open again): its row read and written. */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { caseDeadlines } from '../schema.js';

export type DeadlineRow = typeof caseDeadlines.$inferSelect;
export type DeadlineSet = Partial<typeof caseDeadlines.$inferInsert>;

/** The deadline if it exists and belongs to the case, else null (also for an id that is no UUID). */
export async function deadlineOfCase(tx: DbOrTx, caseId: string, deadlineId: string): Promise<DeadlineRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(deadlineId)) return null;
  const [d] = await tx
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.id, deadlineId), eq(caseDeadlines.caseId, caseId)));
  return d ?? null;
}

export async function updateDeadlineRow(tx: DbOrTx, id: string, set: DeadlineSet): Promise<void> {
  await tx
    .update(caseDeadlines)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(caseDeadlines.id, id));
}

export async function deadlineById(tx: DbOrTx, id: string): Promise<DeadlineRow | null> {
  const [after] = await tx.select().from(caseDeadlines).where(eq(caseDeadlines.id, id));
  return after ?? null;
}
