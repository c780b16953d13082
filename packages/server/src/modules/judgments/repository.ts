/** Every statement on the judgments module's tables (appeal_decisions, compliance_tasks). */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type AppealDecisionRow, appealDecisions, type ComplianceTaskRow, complianceTasks } from './schema.js';

export async function decisionsOfCase(db: DbOrTx, caseId: string): Promise<AppealDecisionRow[]> {
  return db
    .select()
    .from(appealDecisions)
    .where(eq(appealDecisions.caseId, caseId))
    .orderBy(desc(appealDecisions.createdAt), desc(appealDecisions.id));
}

export async function decisionById(db: DbOrTx, id: string, forUpdate = false): Promise<AppealDecisionRow | null> {
  const q = db.select().from(appealDecisions).where(eq(appealDecisions.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** A new draft; undefined when the case already has a decision drafted or approved (unique index). */
export async function insertDecision(
  tx: DbOrTx,
  values: typeof appealDecisions.$inferInsert,
): Promise<AppealDecisionRow | undefined> {
  const [row] = await tx.insert(appealDecisions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateDecisionAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<typeof appealDecisions.$inferInsert>,
): Promise<AppealDecisionRow | null> {
  const [row] = await tx
    .update(appealDecisions)
    .set({ ...set, version: sql`${appealDecisions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(appealDecisions.id, id), eq(appealDecisions.version, version)))
    .returning();
  return row ?? null;
}

export async function taskOfCase(db: DbOrTx, caseId: string, forUpdate = false): Promise<ComplianceTaskRow | null> {
  const q = db.select().from(complianceTasks).where(eq(complianceTasks.caseId, caseId));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function taskById(db: DbOrTx, id: string, forUpdate = false): Promise<ComplianceTaskRow | null> {
  const q = db.select().from(complianceTasks).where(eq(complianceTasks.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertTask(
  tx: DbOrTx,
  values: typeof complianceTasks.$inferInsert,
): Promise<ComplianceTaskRow | undefined> {
  const [row] = await tx.insert(complianceTasks).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateTaskAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<typeof complianceTasks.$inferInsert>,
): Promise<ComplianceTaskRow | null> {
  const [row] = await tx
    .update(complianceTasks)
    .set({ ...set, version: sql`${complianceTasks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(complianceTasks.id, id), eq(complianceTasks.version, version)))
    .returning();
  return row ?? null;
}

export async function tasksOfCases(db: DbOrTx, caseIds: readonly string[]): Promise<ComplianceTaskRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(complianceTasks)
    .where(inArray(complianceTasks.caseId, [...caseIds]));
}
