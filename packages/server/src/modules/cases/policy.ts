/**
 * Who sees which cases (案件可见范围). The permission table (platform/auth/permissions.ts) says what a role may do
 * at all; this file says to which cases it applies. `caseScopeCondition` is the ONE scope function: the list, the
 * count, the detail, the export and every change use it, so they can never disagree.
 *
 * | role | cases in scope |
 * |---|---|
 * | admin | all (the administrator has no case permissions, so routes still refuse) |
 * | city_coordinator, leader | region_path under the user's region (the city) |
 * | county_coordinator | region_path under the user's county (a town-level account is widened to its county) |
 * | agency_clerk, agency_head | cases where the user's agency is a party (defendant, 复议机关, third party) |
 * | court_liaison | cases of the user's court (court_agency_id) |
 * | expert | cases assigned for expert review (case_assignments, purpose expert_review) |
 * | discipline_liaison | cases referred to the discipline commission (case_assignments, purpose discipline) |
 *
 * A user without the region or agency the role needs sees nothing. Out-of-scope single reads are 404, never 403,
 * so ids cannot be probed.
 */
import { type SQL, sql } from 'drizzle-orm';
import { can } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';
import { caseAssignments, caseParties, cases } from './schema.js';

const NOTHING = sql`false`;

/** The `where` fragment restricting `cases` to what the principal may see; undefined = no restriction. */
export function caseScopeCondition(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case 'admin':
      return undefined;
    case 'city_coordinator':
    case 'leader':
      return principal.regionPath ? underPath(principal.regionPath) : NOTHING;
    case 'county_coordinator': {
      const path = countyPath(principal.regionPath);
      return path ? underPath(path) : NOTHING;
    }
    case 'agency_clerk':
    case 'agency_head':
      if (!principal.agencyId) return NOTHING;
      return sql`exists (select 1 from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.agencyId} = ${principal.agencyId})`;
    case 'court_liaison':
      return principal.agencyId ? sql`${cases.courtAgencyId} = ${principal.agencyId}` : NOTHING;
    case 'expert':
      return assigned(principal.userId, 'expert_review');
    case 'discipline_liaison':
      return assigned(principal.userId, 'discipline');
    default:
      return NOTHING;
  }
}

/** Whether the principal may see soft-deleted cases (those who can restore them: coordinators). */
export function canSeeDeleted(principal: Principal): boolean {
  return can(principal, 'case.restore');
}

/** `/329900/329902/329902001/` → `/329900/329902/`; a city or county path is returned as is. */
export function countyPath(regionPath: string | null): string | null {
  if (!regionPath) return null;
  const parts = regionPath.split('/').filter(Boolean);
  if (parts.length <= 2) return regionPath;
  return `/${parts[0]}/${parts[1]}/`;
}

function underPath(path: string): SQL {
  // A prefix LIKE on a text_pattern_ops index; `%` and `_` cannot occur in a path of digits and slashes.
  return sql`${cases.regionPath} like ${`${path}%`}`;
}

function assigned(userId: string, purpose: 'expert_review' | 'discipline'): SQL {
  return sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${cases.id} and ${caseAssignments.userId} = ${userId} and ${caseAssignments.purpose} = ${purpose})`;
}

/**
 * The region whose figures, cards and notices a caller reads (modules cards, reports): the city coordinator's and the
 * leader's region, the county coordinator's county; null for every other role (the caller refuses with its own words).
 */
export function figuresRegionPath(principal: Pick<Principal, 'role' | 'regionPath'>): string | null {
  if (principal.role === 'city_coordinator' || principal.role === 'leader') return principal.regionPath;
  if (principal.role === 'county_coordinator') return countyPath(principal.regionPath);
  return null;
}
