/**
 * Who sees which suggestion (docs/rules/suggestions.md#register): an agency's clerk and head their own agency's;
 * coordinators and leaders their region's (the agency's region path under theirs). Applied on list, detail, figures
 * and file downloads alike: a row outside is "not found".
 */
import { eq, like, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../../platform/auth/principal.js';

const REGION_ROLES = new Set(['city_coordinator', 'county_coordinator', 'leader']);
const AGENCY_ROLES = new Set(['agency_clerk', 'agency_head']);

export function scopeSql(p: Principal, cols: { agencyId: PgColumn; regionPath: PgColumn }): SQL {
  if (REGION_ROLES.has(p.role) && p.regionPath) return like(cols.regionPath, `${p.regionPath}%`);
  if (AGENCY_ROLES.has(p.role) && p.agencyId) return eq(cols.agencyId, p.agencyId);
  return sql`false`;
}

export function inScope(p: Principal, row: { agencyId: string; regionPath: string }): boolean {
  if (REGION_ROLES.has(p.role) && p.regionPath) return row.regionPath.startsWith(p.regionPath);
  if (AGENCY_ROLES.has(p.role) && p.agencyId) return row.agencyId === p.agencyId;
  return false;
}

/** Region-wide readers (coordinators, leaders) as a plain region-path condition, for tables without an agency. */
export function regionOf(p: Principal): string | null {
  return p.regionPath ?? null;
}
