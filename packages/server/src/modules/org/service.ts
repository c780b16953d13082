/**
 * The org module (regions, agencies, agency heads): what its routes serve and what other modules ask of it. Other
 * modules never read these tables themselves; they call the lookups here (or in public.ts).
 */
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import {
  type AgencyView,
  agenciesByIds,
  agenciesByNames,
  courtByCode,
  listAgencies as listAgencyRows,
  listRegions as listRegionRows,
  type RegionRow,
  regionByCode,
  regionPathOf,
  regionsByCodes,
  regionsUnder,
} from './repository.js';
import type { AgencyKind } from './schema.js';

export type { AgencyView, RegionRow };

export interface RegionNode {
  code: string;
  name: string;
  level: RegionRow['level'];
  parentCode: string | null;
  path: string;
  children: RegionNode[];
}

/** The regions as a flat list (display order) and as a forest (roots: regions whose parent is not in the table). */
export async function regionsWithTree(db: DbOrTx) {
  const rows = await listRegionRows(db);
  return {
    items: rows.map(({ code, name, level, parentCode, path }) => ({ code, name, level, parentCode, path })),
    tree: regionTree(rows),
  };
}

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

export interface AgencyQuery {
  /** Agencies of this region and every region below it. */
  regionCode?: string;
  kind?: AgencyKind[];
  includeInactive?: boolean;
}

export async function listAgencies(db: DbOrTx, q: AgencyQuery): Promise<AgencyView[]> {
  let regionPath: string | undefined;
  if (q.regionCode) {
    const path = await regionPathOf(db, q.regionCode);
    if (!path) return [];
    regionPath = path;
  }
  return listAgencyRows(db, { regionPath, kind: q.kind, includeInactive: q.includeInactive });
}

export async function agencyById(db: DbOrTx, id: string): Promise<AgencyView | null> {
  return (await agenciesByIds(db, [id]))[0] ?? null;
}

export async function requireAgency(db: DbOrTx, id: string): Promise<AgencyView> {
  const a = await agencyById(db, id);
  if (!a) throw notFound('机关');
  return a;
}

// ---- lookups for other modules -------------------------------------------------------------------------------

/** A region's materialised path (`/320800/320803/`), or null for an unknown code. */
export { regionPathOf };

export async function regionNameOf(db: DbOrTx, code: string): Promise<string | null> {
  return (await regionByCode(db, code))?.name ?? null;
}

/** A region and every region below it (by path prefix), in display order; empty for an unknown code. */
export async function regionAndDescendants(db: DbOrTx, code: string): Promise<RegionRow[]> {
  const path = await regionPathOf(db, code);
  return path ? regionsUnder(db, path) : [];
}

/** Agencies by id, with their region's name and path (for scope checks). Unknown ids are left out. */
/** Agencies by exact name (a name may repeat across regions: callers decide by region). */
/** The court whose case-number code is `courtCode` (e.g. 苏0803). */
export { agenciesByIds, agenciesByNames, courtByCode, regionByCode, regionsByCodes };

// ---- scope of maintenance ------------------------------------------------------------------------------------

/** `/329900/329902/329902001/` → `/329900/329902/`; a city or county path is returned as is. */
function countyOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 2 ? `/${parts.slice(0, 2).join('/')}/` : path;
}

/**
 * Where the principal may maintain agencies and their heads (docs/rules/roles-and-scope.md#org): 'all' for the
 * administrator, the region path for a city coordinator, the county for a county coordinator (a town-level account is
 * widened to its county), null for everyone else (and for an account without the region its role needs).
 */
export function orgManageScope(p: Pick<Principal, 'role' | 'regionPath'>): 'all' | string | null {
  switch (p.role) {
    case 'admin':
      return 'all';
    case 'city_coordinator':
      return p.regionPath;
    case 'county_coordinator':
      return p.regionPath ? countyOf(p.regionPath) : null;
    default:
      return null;
  }
}

export function inManageScope(p: Pick<Principal, 'role' | 'regionPath'>, agency: { regionPath: string }): boolean {
  const scope = orgManageScope(p);
  return scope === 'all' || (scope !== null && agency.regionPath.startsWith(scope));
}
