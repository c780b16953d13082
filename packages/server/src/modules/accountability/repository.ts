/**
 * Every SQL statement on the accountability tables, with the scope applied (policy.ts): an evaluation is visible where
 * its case is (the cases module's one scope rule, `caseInScopeSql`), and an expert sees only the evaluations they are
 * assigned to, a discipline liaison only those referred to them.
 */
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { caseInScopeSql } from '../cases/public.js';
import { type AccountabilityReferralRow, type LossEvaluationRow, lossEvaluations, referrals } from './schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** The evaluations the principal may see (docs/rules/accountability.md#blind-review: who sees what). */
export function evaluationScope(p: Principal): SQL {
  const inCase = caseInScopeSql(p, lossEvaluations.caseId);
  if (p.role === 'expert') return and(inCase, sql`${p.userId}::uuid = any(${lossEvaluations.expertIds})`)!;
  if (p.role === 'discipline_liaison')
    return and(
      inCase,
      sql`exists (select 1 from ${referrals} where ${referrals.evaluationId} = ${lossEvaluations.id} and ${referrals.disciplineUserId} = ${p.userId})`,
    )!;
  return inCase;
}

/** The referrals the principal may see: the coordinators' by case scope, the liaison's own. */
export function referralScope(p: Principal): SQL {
  const inCase = caseInScopeSql(p, referrals.caseId);
  if (p.role === 'discipline_liaison') return and(inCase, eq(referrals.disciplineUserId, p.userId))!;
  return inCase;
}

/** Opens the case's evaluation unless it has one; returns the new row, or null when one existed. */
export async function insertEvaluationIfMissing(
  tx: DbOrTx,
  v: { caseId: string; trigger: LossEvaluationRow['trigger']; effectiveOn: string | null },
): Promise<LossEvaluationRow | null> {
  const [row] = await tx.insert(lossEvaluations).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

/** Opens the evaluations of these cases that have none, in one statement; returns the ids opened. */
export async function insertEvaluationsIfMissing(
  tx: DbOrTx,
  rows: { caseId: string; trigger: LossEvaluationRow['trigger']; effectiveOn: string | null }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const out = await tx.insert(lossEvaluations).values(rows).onConflictDoNothing().returning({ id: lossEvaluations.id });
  return out.map((r) => r.id);
}

export async function evaluationOfCase(db: DbOrTx, caseId: string): Promise<LossEvaluationRow | null> {
  const [row] = await db.select().from(lossEvaluations).where(eq(lossEvaluations.caseId, caseId));
  return row ?? null;
}

export async function evaluationInScope(
  db: DbOrTx,
  p: Principal,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<LossEvaluationRow | null> {
  if (!isUuid(id)) return null;
  const q = db
    .select()
    .from(lossEvaluations)
    .where(and(eq(lossEvaluations.id, id), evaluationScope(p)));
  const [row] = opts.forUpdate ? await q.for('update', { of: lossEvaluations }) : await q;
  return row ?? null;
}

export interface EvaluationListQuery {
  state?: LossEvaluationRow['state'];
  trigger?: LossEvaluationRow['trigger'];
  page: number;
  pageSize: number;
}

export async function listEvaluationRows(db: DbOrTx, p: Principal, q: EvaluationListQuery) {
  const where = and(
    evaluationScope(p),
    q.state ? eq(lossEvaluations.state, q.state) : undefined,
    q.trigger ? eq(lossEvaluations.trigger, q.trigger) : undefined,
  );
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(lossEvaluations).where(where);
  const rows = await db
    .select()
    .from(lossEvaluations)
    .where(where)
    .orderBy(desc(lossEvaluations.createdAt), desc(lossEvaluations.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}

/** Every evaluation in scope (the figures): the parts the figures read. */
export async function evaluationRowsInScope(db: DbOrTx, p: Principal): Promise<LossEvaluationRow[]> {
  return db.select().from(lossEvaluations).where(evaluationScope(p)).limit(100_000);
}

export async function updateEvaluationAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<Pick<LossEvaluationRow, 'state' | 'initial' | 'expertIds' | 'reviews' | 'conclusion'>>,
): Promise<LossEvaluationRow | null> {
  const [row] = await tx
    .update(lossEvaluations)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(lossEvaluations.id, id), eq(lossEvaluations.version, version)))
    .returning();
  return row ?? null;
}

export async function referralsOfEvaluations(
  db: DbOrTx,
  evaluationIds: readonly string[],
): Promise<Map<string, AccountabilityReferralRow>> {
  if (evaluationIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(referrals)
    .where(inArray(referrals.evaluationId, [...evaluationIds]));
  return new Map(rows.map((r) => [r.evaluationId, r]));
}

export async function insertReferral(tx: DbOrTx, v: typeof referrals.$inferInsert): Promise<AccountabilityReferralRow> {
  const [row] = await tx.insert(referrals).values(v).returning();
  return row!;
}

export async function referralInScope(
  db: DbOrTx,
  p: Principal,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<AccountabilityReferralRow | null> {
  if (!isUuid(id)) return null;
  const q = db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), referralScope(p)));
  const [row] = opts.forUpdate ? await q.for('update', { of: referrals }) : await q;
  return row ?? null;
}

export async function listReferralRows(
  db: DbOrTx,
  p: Principal,
  q: { outcome?: 'pending' | 'recorded'; page: number; pageSize: number },
) {
  const where = and(
    referralScope(p),
    q.outcome === 'pending' ? sql`${referrals.outcomeCode} is null` : undefined,
    q.outcome === 'recorded' ? sql`${referrals.outcomeCode} is not null` : undefined,
  );
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(referrals).where(where);
  const rows = await db
    .select()
    .from(referrals)
    .where(where)
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}

export async function updateReferralAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<Pick<AccountabilityReferralRow, 'outcomeCode' | 'outcomeNote' | 'checks' | 'outcomeAt' | 'outcomeBy'>>,
): Promise<AccountabilityReferralRow | null> {
  const [row] = await tx
    .update(referrals)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .returning();
  return row ?? null;
}
