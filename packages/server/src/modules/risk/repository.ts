/** Every statement on the risk module's tables. Reads for a principal carry the case's scope (cases/public.ts). */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { caseInScopeSql, caseMatchesSql } from '../cases/public.js';
import type { RiskLevel, RiskState } from './dto.js';
import {
  type RiskItemRow,
  riskItems,
  riskLevelChanges,
  riskPartyKeys,
  riskPlans,
  riskProgress,
  riskScreeningRuns,
  riskSignals,
  riskSupervisions,
} from './schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

export async function itemOfCase(db: DbOrTx, caseId: string, opts: { forUpdate?: boolean } = {}) {
  const q = db.select().from(riskItems).where(eq(riskItems.caseId, caseId));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** An item whose case is live and in the principal's scope, else null (404). */
export async function itemInScope(
  db: DbOrTx,
  principal: Principal,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RiskItemRow | null> {
  if (!isUuid(id)) return null;
  const q = db
    .select()
    .from(riskItems)
    .where(and(eq(riskItems.id, id), caseInScopeSql(principal, riskItems.caseId)));
  const [row] = opts.forUpdate ? await q.for('update', { of: riskItems }) : await q;
  return row ?? null;
}

export async function insertItem(tx: DbOrTx, values: typeof riskItems.$inferInsert): Promise<RiskItemRow> {
  const [row] = await tx.insert(riskItems).values(values).returning();
  return row!;
}

/** Changes an item at the version read; null when the version moved. */
export async function updateItemAtVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<typeof riskItems.$inferInsert>,
): Promise<RiskItemRow | null> {
  const [row] = await tx
    .update(riskItems)
    .set({ ...set, version: sql`${riskItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(riskItems.id, id), eq(riskItems.version, version)))
    .returning();
  return row ?? null;
}

export async function insertLevelChange(tx: DbOrTx, values: typeof riskLevelChanges.$inferInsert): Promise<void> {
  await tx.insert(riskLevelChanges).values(values);
}

export async function levelHistory(db: DbOrTx, itemId: string) {
  return db
    .select()
    .from(riskLevelChanges)
    .where(eq(riskLevelChanges.itemId, itemId))
    .orderBy(asc(riskLevelChanges.at));
}

export async function planOf(db: DbOrTx, itemId: string) {
  const [row] = await db.select().from(riskPlans).where(eq(riskPlans.itemId, itemId));
  return row ?? null;
}

export async function upsertPlan(
  tx: DbOrTx,
  itemId: string,
  values: Omit<typeof riskPlans.$inferInsert, 'itemId' | 'version' | 'updatedAt'>,
) {
  const [row] = await tx
    .insert(riskPlans)
    .values({ itemId, ...values })
    .onConflictDoUpdate({
      target: riskPlans.itemId,
      set: { ...values, version: sql`${riskPlans.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function insertProgress(tx: DbOrTx, values: typeof riskProgress.$inferInsert) {
  const [row] = await tx.insert(riskProgress).values(values).returning();
  return row!;
}

export async function progressOf(db: DbOrTx, itemId: string) {
  return db
    .select()
    .from(riskProgress)
    .where(eq(riskProgress.itemId, itemId))
    .orderBy(desc(riskProgress.onDate), desc(riskProgress.at));
}

export interface ItemFilter {
  level?: RiskLevel[];
  state?: RiskState[];
  /** Closed items too (default: open ones only). */
  includeClosed?: boolean;
  regionCode?: string | undefined;
  regionExact?: boolean | undefined;
  agencyId?: string | undefined;
  warnedFrom?: string | undefined;
  warnedTo?: string | undefined;
  limit: number;
}

/** Items of the cases in the principal's scope, red first, then yellow; the oldest warning first. */
export async function listItems(db: DbOrTx, principal: Principal, f: ItemFilter): Promise<RiskItemRow[]> {
  const where: SQL[] = [caseInScopeSql(principal, riskItems.caseId)];
  if (f.level?.length) where.push(inArray(riskItems.level, f.level));
  if (f.state?.length) where.push(inArray(riskItems.state, f.state));
  else if (!f.includeClosed) where.push(ne(riskItems.state, 'closed'));
  const unit = caseMatchesSql(riskItems.caseId, f);
  if (unit) where.push(unit);
  if (f.warnedFrom) where.push(gte(riskItems.warnedOn, f.warnedFrom));
  if (f.warnedTo) where.push(lte(riskItems.warnedOn, f.warnedTo));
  return db
    .select()
    .from(riskItems)
    .where(and(...where))
    .orderBy(
      sql`case ${riskItems.level} when 'red' then 0 when 'yellow' then 1 else 2 end`,
      asc(riskItems.warnedOn),
      asc(riskItems.id),
    )
    .limit(f.limit);
}

/** 挂牌督办 rows of an item, newest first. */
export async function supervisionsOf(db: DbOrTx, itemId: string) {
  return db
    .select()
    .from(riskSupervisions)
    .where(eq(riskSupervisions.itemId, itemId))
    .orderBy(desc(riskSupervisions.setAt), desc(riskSupervisions.id));
}

export async function supervisionById(db: DbOrTx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(riskSupervisions).where(eq(riskSupervisions.id, id));
  return row ?? null;
}

export async function insertSupervision(tx: DbOrTx, values: typeof riskSupervisions.$inferInsert) {
  const [row] = await tx.insert(riskSupervisions).values(values).returning();
  return row!;
}

/** Lifts the item's open supervision; null when none is open. */
export async function liftOpenSupervision(
  tx: DbOrTx,
  itemId: string,
  set: { liftedAt: Date; liftedByUserId: string | null; liftedByName: string | null; liftSummary: string },
) {
  const [row] = await tx
    .update(riskSupervisions)
    .set(set)
    .where(and(eq(riskSupervisions.itemId, itemId), isNull(riskSupervisions.liftedAt)))
    .returning();
  return row ?? null;
}

/** Supervisions of items in the caller's scope with their item: open ones by due date, lifted ones newest first. */
export async function listSupervisions(
  db: DbOrTx,
  principal: Principal,
  f: { status: 'open' | 'lifted' | 'all'; limit: number },
) {
  const where: SQL[] = [caseInScopeSql(principal, riskItems.caseId)];
  if (f.status === 'open') where.push(isNull(riskSupervisions.liftedAt));
  if (f.status === 'lifted') where.push(isNotNull(riskSupervisions.liftedAt));
  return db
    .select({ s: riskSupervisions, item: riskItems })
    .from(riskSupervisions)
    .innerJoin(riskItems, eq(riskItems.id, riskSupervisions.itemId))
    .where(and(...where))
    .orderBy(
      sql`${riskSupervisions.liftedAt} is not null`,
      asc(riskSupervisions.dueDate),
      desc(riskSupervisions.liftedAt),
      asc(riskSupervisions.id),
    )
    .limit(f.limit);
}

/** Open supervisions (every region; the daily reminder job). */
export async function openSupervisions(db: DbOrTx) {
  return db
    .select({ s: riskSupervisions, item: riskItems })
    .from(riskSupervisions)
    .innerJoin(riskItems, eq(riskItems.id, riskSupervisions.itemId))
    .where(isNull(riskSupervisions.liftedAt));
}

/** Open items with a plan whose due date is before `today` (the daily escalation job). */
export async function itemsWithPlanOverdue(db: DbOrTx, today: string) {
  return db
    .select({ item: riskItems, planDueDate: riskPlans.dueDate })
    .from(riskItems)
    .innerJoin(riskPlans, eq(riskPlans.itemId, riskItems.id))
    .where(and(ne(riskItems.state, 'closed'), lt(riskPlans.dueDate, today)));
}

/** Plans of many items (the board's overdue steps). */
export async function plansOf(db: DbOrTx, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(riskPlans)
    .where(inArray(riskPlans.itemId, [...itemIds]));
}

/** The case's plaintiffs' keys become exactly these. */
export async function replacePartyKeys(tx: DbOrTx, caseId: string, keys: readonly string[]): Promise<void> {
  await tx.delete(riskPartyKeys).where(eq(riskPartyKeys.caseId, caseId));
  const unique = [...new Set(keys)];
  if (unique.length) await tx.insert(riskPartyKeys).values(unique.map((key) => ({ caseId, key })));
}

/** Many cases' keys at once (the monthly walk over every case): each case's keys become exactly its list. */
export async function replacePartyKeysOfCases(tx: DbOrTx, keysByCase: ReadonlyMap<string, readonly string[]>) {
  if (keysByCase.size === 0) return;
  await tx.delete(riskPartyKeys).where(inArray(riskPartyKeys.caseId, [...keysByCase.keys()]));
  const rows = [...keysByCase].flatMap(([caseId, keys]) => [...new Set(keys)].map((key) => ({ caseId, key })));
  for (let i = 0; i < rows.length; i += 5000) await tx.insert(riskPartyKeys).values(rows.slice(i, i + 5000));
}

/** Other cases with any of these keys (at most `limit`). */
export async function casesWithKeys(db: DbOrTx, keys: readonly string[], exceptCaseId: string, limit = 200) {
  if (keys.length === 0) return [];
  const rows = await db
    .selectDistinct({ caseId: riskPartyKeys.caseId })
    .from(riskPartyKeys)
    .where(and(inArray(riskPartyKeys.key, [...new Set(keys)]), ne(riskPartyKeys.caseId, exceptCaseId)))
    .limit(limit);
  return rows.map((r) => r.caseId);
}

export async function runOfPeriod(db: DbOrTx, period: string) {
  const [row] = await db.select().from(riskScreeningRuns).where(eq(riskScreeningRuns.period, period));
  return row ?? null;
}

/** The month's run, once: false when it exists already. */
export async function insertRun(tx: DbOrTx, values: typeof riskScreeningRuns.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(riskScreeningRuns)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: riskScreeningRuns.id });
  return rows.length > 0;
}

/** A batch's figures added to the month's run. */
export async function addToRun(
  tx: DbOrTx,
  period: string,
  screened: number,
  changes: (typeof riskScreeningRuns.$inferSelect)['changes'],
) {
  await tx
    .update(riskScreeningRuns)
    .set({
      screened: sql`${riskScreeningRuns.screened} + ${screened}`,
      changes: sql`${riskScreeningRuns.changes} || ${JSON.stringify(changes)}::jsonb`,
    })
    .where(eq(riskScreeningRuns.period, period));
}

/** Items of the cases in scope warned within [from, to], closed ones included (the period's figures). */
export async function itemsWarnedBetween(db: DbOrTx, principal: Principal, from: string, to: string) {
  return db
    .select()
    .from(riskItems)
    .where(
      and(caseInScopeSql(principal, riskItems.caseId), gte(riskItems.warnedOn, from), lte(riskItems.warnedOn, to)),
    );
}

/** The case's signals not withdrawn, oldest first (the screening's input). */
export async function activeSignalsOf(db: DbOrTx, caseId: string) {
  return db
    .select()
    .from(riskSignals)
    .where(and(eq(riskSignals.caseId, caseId), isNull(riskSignals.withdrawnAt)))
    .orderBy(asc(riskSignals.at), asc(riskSignals.id));
}

/** Every signal of the case, newest first. */
export async function signalsOf(db: DbOrTx, caseId: string) {
  return db
    .select()
    .from(riskSignals)
    .where(eq(riskSignals.caseId, caseId))
    .orderBy(desc(riskSignals.at), desc(riskSignals.id));
}

export async function insertSignal(tx: DbOrTx, values: typeof riskSignals.$inferInsert) {
  const [row] = await tx.insert(riskSignals).values(values).returning();
  return row!;
}

export async function signalById(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return null;
  const q = db.select().from(riskSignals).where(eq(riskSignals.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** Withdraws a signal still standing; null when it was withdrawn already. */
export async function withdrawSignalRow(
  tx: DbOrTx,
  id: string,
  set: { withdrawnAt: Date; withdrawnBy: string | null; withdrawReason: string },
) {
  const [row] = await tx
    .update(riskSignals)
    .set(set)
    .where(and(eq(riskSignals.id, id), isNull(riskSignals.withdrawnAt)))
    .returning();
  return row ?? null;
}
