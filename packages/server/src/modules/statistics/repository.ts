/** Every SQL statement on the statistics tables; lists and single reads take the caller's region path (service.ts). */
import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { FilingEventKind } from './constants.js';
import {
  type FilingEventRow,
  type FilingRow,
  type NewFiling,
  statisticsFilingEvents,
  statisticsFilings,
} from './schema.js';

export async function filingById(db: DbOrTx, id: string): Promise<FilingRow | undefined> {
  const [row] = await db.select().from(statisticsFilings).where(eq(statisticsFilings.id, id));
  return row;
}

export async function filingByKey(
  db: DbOrTx,
  key: { form: FilingRow['form']; period: string; regionCode: string; scope: FilingRow['scope'] },
): Promise<FilingRow | undefined> {
  const [row] = await db
    .select()
    .from(statisticsFilings)
    .where(
      and(
        eq(statisticsFilings.form, key.form),
        eq(statisticsFilings.period, key.period),
        eq(statisticsFilings.regionCode, key.regionCode),
        eq(statisticsFilings.scope, key.scope),
      ),
    );
  return row;
}

export async function listFilings(
  db: DbOrTx,
  f: { regionPath: string; form?: FilingRow['form']; period?: string },
): Promise<FilingRow[]> {
  const conds = [like(statisticsFilings.regionPath, `${f.regionPath}%`)];
  if (f.form) conds.push(eq(statisticsFilings.form, f.form));
  if (f.period) conds.push(eq(statisticsFilings.period, f.period));
  return db
    .select()
    .from(statisticsFilings)
    .where(and(...conds))
    .orderBy(desc(statisticsFilings.period), asc(statisticsFilings.form), asc(statisticsFilings.regionPath))
    .limit(500);
}

/** The accepted own-scope filings of a form and period under a region path (a summary's units). */
export async function acceptedFilings(
  db: DbOrTx,
  f: { regionPath: string; form: FilingRow['form']; period: string },
): Promise<FilingRow[]> {
  return db
    .select()
    .from(statisticsFilings)
    .where(
      and(
        like(statisticsFilings.regionPath, `${f.regionPath}%`),
        eq(statisticsFilings.form, f.form),
        eq(statisticsFilings.period, f.period),
        eq(statisticsFilings.scope, 'own'),
        eq(statisticsFilings.status, 'accepted'),
      ),
    )
    .orderBy(asc(statisticsFilings.regionPath));
}

export async function insertFiling(db: DbOrTx, row: NewFiling): Promise<FilingRow> {
  const [inserted] = await db.insert(statisticsFilings).values(row).returning();
  return inserted!;
}

/** A change at the version the caller saw; undefined when the row moved meanwhile. */
export async function updateFiling(
  db: DbOrTx,
  id: string,
  version: number,
  set: Partial<Pick<FilingRow, 'status' | 'cells' | 'adjustments' | 'units' | 'countedAt' | 'submittedAt'>>,
): Promise<FilingRow | undefined> {
  const [row] = await db
    .update(statisticsFilings)
    .set({ ...set, version: sql`${statisticsFilings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(statisticsFilings.id, id), eq(statisticsFilings.version, version)))
    .returning();
  return row;
}

export async function insertEvent(
  db: DbOrTx,
  e: {
    filingId: string;
    kind: FilingEventKind;
    comment?: string | null;
    cell?: string | null;
    before?: unknown;
    after?: unknown;
    byUserId: string | null;
    byName: string;
  },
): Promise<void> {
  await db.insert(statisticsFilingEvents).values({
    filingId: e.filingId,
    kind: e.kind,
    comment: e.comment ?? null,
    cell: e.cell ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    byUserId: e.byUserId,
    byName: e.byName,
  });
}

export async function eventsOf(db: DbOrTx, filingIds: string[]): Promise<FilingEventRow[]> {
  if (filingIds.length === 0) return [];
  return db
    .select()
    .from(statisticsFilingEvents)
    .where(inArray(statisticsFilingEvents.filingId, filingIds))
    .orderBy(asc(statisticsFilingEvents.at), asc(statisticsFilingEvents.id));
}
