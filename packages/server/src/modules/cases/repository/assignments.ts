/** Assignments of a case to experts and the discipline commission (case_assignments). */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import type { AssignmentPurpose } from '../constants.js';
import { caseAssignments } from '../schema.js';

export async function insertAssignment(
  tx: DbOrTx,
  values: { caseId: string; userId: string; purpose: AssignmentPurpose; createdBy: string | null },
): Promise<string> {
  const [a] = await tx.insert(caseAssignments).values(values).returning({ id: caseAssignments.id });
  return a!.id;
}

/** The assignment if it belongs to the case, else null. */
export async function assignmentOfCase(tx: DbOrTx, caseId: string, assignmentId: string) {
  const [a] = await tx
    .select({ id: caseAssignments.id, userId: caseAssignments.userId, purpose: caseAssignments.purpose })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.id, assignmentId), eq(caseAssignments.caseId, caseId)));
  return a ?? null;
}

export async function deleteAssignment(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(caseAssignments).where(eq(caseAssignments.id, id));
}
