/**
 * Read access to the org tables (regions, agencies, agency heads) for filters and forms. Small tables: read whole,
 * ordered for display.
 */
import { and, asc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type AgencyKind, agencies, agencyHeads, regions } from '../org/schema.js';

export type RegionRow = typeof regions.$inferSelect;

export interface RegionNode {
  code: string;
  name: string;
  level: RegionRow['level'];
  parentCode: string | null;
  path: string;
  children: RegionNode[];
}

export async function listRegions(db: DbOrTx): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.path), asc(regions.sortOrder));
}

/** The regions as a forest (roots: regions whose parent is not in the table). Children in display order. */
export function regionTree(rows: RegionRow[]): RegionNode[] {
  const sorted = [...rows].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const nodes = new Map<string, RegionNode>(
    sorted.map((r) => [
      r.code,
      { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, path: r.path, children: [] },
    ]),
  );
  const roots: RegionNode[] = [];
  for (const r of sorted) {
    const node = nodes.get(r.code)!;
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export interface AgencyFilters {
  /** Agencies of this region and every region below it. */
  regionCode?: string;
  kind?: AgencyKind[];
  includeInactive?: boolean;
}

export async function listAgencies(db: DbOrTx, f: AgencyFilters) {
  const conds: SQL[] = [];
  if (!f.includeInactive) conds.push(eq(agencies.active, true));
  if (f.kind?.length) conds.push(inArray(agencies.kind, f.kind));
  if (f.regionCode) {
    const [r] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, f.regionCode));
    if (!r) return [];
    conds.push(like(regions.path, `${r.path}%`));
  }
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      regionCode: agencies.regionCode,
      regionName: regions.name,
      regionPath: regions.path,
      courtCode: agencies.courtCode,
      active: agencies.active,
    })
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(and(...conds))
    .orderBy(asc(regions.path), asc(agencies.kind), asc(agencies.name));
}

export async function listAgencyHeads(db: DbOrTx, agencyId: string, includeInactive = false) {
  const conds: SQL[] = [eq(agencyHeads.agencyId, agencyId)];
  if (!includeInactive) conds.push(eq(agencyHeads.active, true));
  return db
    .select({
      id: agencyHeads.id,
      agencyId: agencyHeads.agencyId,
      name: agencyHeads.name,
      title: agencyHeads.title,
      headRole: agencyHeads.headRole,
      active: agencyHeads.active,
    })
    .from(agencyHeads)
    .where(and(...conds))
    .orderBy(asc(agencyHeads.headRole), asc(agencyHeads.name));
}

export async function agencyExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id));
  return !!row;
}
