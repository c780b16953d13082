/**
 * Scope on writes: the region a writer may file cases in, and the check that a change leaves the case inside the
 * writer's scope (docs/rules/roles-and-scope.md).
 */
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { forbidden } from '../../platform/errors.js';
import { countyPath } from './policy.js';
import { agenciesByIds, type CaseRow, findCaseInScope, regionNameOf } from './repository.js';

/**
 * The region a writer may file cases in (a path prefix), or null for no regional limit: a coordinator's own area; for
 * an agency's clerk, the county of the agency (its county coordinator must keep seeing the agency's cases).
 */
async function writerRegionPath(tx: DbOrTx, principal: Principal): Promise<string | null> {
  // A path no region has: the writer may file nowhere.
  const NOWHERE = '\u0000';
  switch (principal.role) {
    case 'admin':
    case 'court_liaison':
      return null;
    case 'city_coordinator':
    case 'leader':
      return principal.regionPath ?? NOWHERE;
    case 'county_coordinator':
      return countyPath(principal.regionPath) ?? NOWHERE;
    case 'agency_clerk':
    case 'agency_head': {
      const [agency] = principal.agencyId ? await agenciesByIds(tx, [principal.agencyId]) : [];
      return countyPath(agency?.regionPath ?? null) ?? NOWHERE;
    }
    default:
      return NOWHERE;
  }
}

/**
 * The change must leave the case inside the caller's scope: nobody files a case they could then not see, and no
 * write takes a case out of the writer's region (a clerk cannot move a case out of their county coordinator's view).
 * A case already outside it (filed by the city) may still be edited as long as its region does not move.
 */
export async function assertStillInScope(
  tx: DbOrTx,
  principal: Principal,
  row: CaseRow,
  before: CaseRow | null,
): Promise<void> {
  const allowed = await writerRegionPath(tx, principal);
  const moved = !before || before.regionPath !== row.regionPath;
  if (moved && allowed !== null && !row.regionPath.startsWith(allowed)) {
    throw forbidden(
      `${await regionLabel(tx, row.regionCode)}不在您的管辖范围内：案件所属地区随第一被告机关，请检查被告机关`,
    );
  }
  if (!(await findCaseInScope(tx, principal, row.id))) {
    throw forbidden('保存后您将无法查看此案件：请检查当事人中是否有本机关，或被告机关、所属地区');
  }
}

async function regionLabel(tx: DbOrTx, code: string): Promise<string> {
  const name = await regionNameOf(tx, code);
  return name ? `案件所属地区（${name}）` : '案件所属地区';
}
