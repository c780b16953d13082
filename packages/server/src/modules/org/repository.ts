/**
 * The org module's tables (regions, agencies, agency heads): the only file that reads and writes them with SQL.
 * Small tables: lists are read whole, ordered for display.
 */
import { and, asc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { cachedRead } from '../../platform/db/readCache.js';
import { type AgencyKind, agencies, agencyHeads, type HeadRole, regions } from './schema.js';

export type RegionRow = typeof regions.$inferSelect;
export type HeadRow = typeof agencyHeads.$inferSelect;

export async function listRegions(db: DbOrTx): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.path), asc(regions.sortOrder));
}

/** A region's materialised path (`/320800/320803/`), or null for an unknown code. Cached (regions rarely change). */
export async function regionPathOf(db: DbOrTx, code: string): Promise<string | null> {
  return cachedRead(db, `region-path:${code}`, async () => {
    const [r] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
    return r?.path ?? null;
  });
}

export async function regionByCode(db: DbOrTx, code: string): Promise<RegionRow | null> {
  const [r] = await db.select().from(regions).where(eq(regions.code, code));
  return r ?? null;
}

/** The regions whose path starts with `path` (the region itself and everything below it). */
export async function regionsUnder(db: DbOrTx, path: string): Promise<RegionRow[]> {
  return db
    .select()
    .from(regions)
    .where(like(regions.path, `${path}%`))
    .orderBy(asc(regions.path), asc(regions.sortOrder));
}

export async function regionsByCodes(db: DbOrTx, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, codes));
}

export interface AgencyFilters {
  /** Agencies of the region with this path and every region below it. */
  regionPath?: string;
  kind?: AgencyKind[];
  includeInactive?: boolean;
}

const agencyColumns = {
  id: agencies.id,
  name: agencies.name,
  shortName: agencies.shortName,
  kind: agencies.kind,
  regionCode: agencies.regionCode,
  regionName: regions.name,
  regionPath: regions.path,
  courtCode: agencies.courtCode,
  active: agencies.active,
};
export type AgencyView = {
  id: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  regionCode: string;
  regionName: string;
  regionPath: string;
  courtCode: string | null;
  active: boolean;
};

export async function listAgencies(db: DbOrTx, f: AgencyFilters): Promise<AgencyView[]> {
  const conds: SQL[] = [];
  if (!f.includeInactive) conds.push(eq(agencies.active, true));
  if (f.kind?.length) conds.push(inArray(agencies.kind, f.kind));
  if (f.regionPath) conds.push(like(regions.path, `${f.regionPath}%`));
  return db
    .select(agencyColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(and(...conds))
    .orderBy(asc(regions.path), asc(agencies.kind), asc(agencies.name));
}

export async function agenciesByIds(db: DbOrTx, ids: string[]): Promise<AgencyView[]> {
  if (ids.length === 0) return [];
  return db
    .select(agencyColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(inArray(agencies.id, ids));
}

/** Agencies by exact name (several agencies may share a name in different regions). */
export async function agenciesByNames(db: DbOrTx, names: string[]): Promise<AgencyView[]> {
  if (names.length === 0) return [];
  return db
    .select(agencyColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(inArray(agencies.name, names));
}

/** The court whose case-number code is `courtCode` (e.g. 苏0803), if any. */
export async function courtByCode(db: DbOrTx, courtCode: string): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.courtCode, courtCode), eq(agencies.kind, 'court')))
    .limit(1);
  return row ?? null;
}

export async function listHeads(db: DbOrTx, agencyIds: string[], includeInactive = false): Promise<HeadRow[]> {
  if (agencyIds.length === 0) return [];
  const conds: SQL[] = [inArray(agencyHeads.agencyId, agencyIds)];
  if (!includeInactive) conds.push(eq(agencyHeads.active, true));
  return db
    .select()
    .from(agencyHeads)
    .where(and(...conds))
    .orderBy(
      asc(agencyHeads.agencyId),
      sql`case ${agencyHeads.headRole} when 'principal' then 0 when 'deputy' then 1 else 2 end`,
      asc(agencyHeads.name),
    );
}

/** Heads by id, active or not (a past appearance names a head who has since left office). */
export async function headsByIds(db: DbOrTx, ids: readonly string[]): Promise<HeadRow[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  return db.select().from(agencyHeads).where(inArray(agencyHeads.id, wanted));
}

/** One head, locked for update when read inside a transaction that changes it. */
export async function headForUpdate(tx: DbOrTx, id: string): Promise<HeadRow | null> {
  const [row] = await tx.select().from(agencyHeads).where(eq(agencyHeads.id, id)).for('update');
  return row ?? null;
}

export interface HeadValues {
  name: string;
  title: string;
  headRole: HeadRole;
  matters: string[];
  phone: string | null;
  userId: string | null;
}

export async function insertHead(tx: DbOrTx, agencyId: string, v: HeadValues): Promise<HeadRow> {
  const [row] = await tx
    .insert(agencyHeads)
    .values({ agencyId, ...v })
    .returning();
  return row!;
}

export async function insertHeads(tx: DbOrTx, rows: (HeadValues & { agencyId: string })[]): Promise<void> {
  if (rows.length > 0) await tx.insert(agencyHeads).values(rows);
}

/** Writes the new values and bumps the version; null when the row moved on (optimistic concurrency). */
export async function updateHead(
  tx: DbOrTx,
  id: string,
  version: number,
  v: Partial<HeadValues> & { active?: boolean },
): Promise<HeadRow | null> {
  const [row] = await tx
    .update(agencyHeads)
    .set({ ...v, version: version + 1, updatedAt: new Date() })
    .where(and(eq(agencyHeads.id, id), eq(agencyHeads.version, version)))
    .returning();
  return row ?? null;
}

/** The active head linked to this login, if any (a login belongs to at most one active head). */
export async function activeHeadOfUser(db: DbOrTx, userId: string): Promise<HeadRow | null> {
  const [row] = await db
    .select()
    .from(agencyHeads)
    .where(and(eq(agencyHeads.userId, userId), eq(agencyHeads.active, true)))
    .limit(1);
  return row ?? null;
}

/** Links a head to its login (seed data: the demo's head account; the maintenance screen goes through heads.ts). */
export async function linkHeadLogin(tx: DbOrTx, headId: string, userId: string): Promise<void> {
  await tx.update(agencyHeads).set({ userId }).where(eq(agencyHeads.id, headId));
}

export async function insertRegions(tx: DbOrTx, rows: (typeof regions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(regions).values(rows);
}

export async function insertAgency(tx: DbOrTx, v: typeof agencies.$inferInsert): Promise<string> {
  const [row] = await tx.insert(agencies).values(v).returning({ id: agencies.id });
  return row!.id;
}

/** Whether any region exists (an empty database gets the demo or the first-start org). */
export async function hasRegions(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ code: regions.code }).from(regions).limit(1);
  return !!row;
}
