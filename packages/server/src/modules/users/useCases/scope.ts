/**
 * A user's scope as their role needs it (docs/rules/roles-and-scope.md): agency roles belong to an active agency (a
 * court liaison to a court, the others not to one) and take its region; region roles have a region of the right
 * level and no agency; the administrator has neither.
 */
import { ROLE_NAMES_ZH, type Role } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import type { ErrorDetail } from '../../../platform/errors.js';
import { scopeAgency, scopeRegion } from '../repository.js';

/** Roles whose scope is an agency (their region is the agency's); court liaisons belong to a court. */
const AGENCY_ROLES: ReadonlySet<Role> = new Set<Role>(['agency_clerk', 'agency_head', 'court_liaison']);
/** Roles whose scope is a region. County coordinators need a county; the others any region. */
const REGION_ROLES: ReadonlySet<Role> = new Set<Role>([
  'city_coordinator',
  'county_coordinator',
  'expert',
  'discipline_liaison',
  'leader',
  'mediator',
]);

export interface UserInput {
  displayName: string;
  role: Role;
  regionCode?: string | null;
  agencyId?: string | null;
  phone?: string | null;
}

/**
 * Checks that the scope fits the role and completes it: agency roles take the agency's region; region roles have
 * no agency; the administrator has neither. Returns the problems in Chinese (with `row` when importing).
 */
export async function resolveScope(
  db: DbOrTx,
  input: Pick<UserInput, 'role' | 'regionCode' | 'agencyId'>,
  row?: number,
): Promise<{ regionCode: string | null; agencyId: string | null; problems: ErrorDetail[] }> {
  const problems: ErrorDetail[] = [];
  const at = (field: string, message: string) =>
    problems.push(row === undefined ? { field, message } : { row, field, message });
  const role = input.role;
  if (role === 'admin') return { regionCode: null, agencyId: null, problems };
  if (AGENCY_ROLES.has(role)) {
    if (!input.agencyId) {
      at('agencyId', `${ROLE_NAMES_ZH[role]}必须选择所属单位`);
      return { regionCode: null, agencyId: null, problems };
    }
    const a = await scopeAgency(db, input.agencyId);
    if (!a?.active) at('agencyId', '所属单位不存在或已停用');
    else if (role === 'court_liaison' && a.kind !== 'court') at('agencyId', '法院联络员的所属单位必须是法院');
    else if (role !== 'court_liaison' && a.kind === 'court') at('agencyId', '机关人员的所属单位不能是法院');
    return { regionCode: a?.regionCode ?? null, agencyId: input.agencyId, problems };
  }
  if (REGION_ROLES.has(role)) {
    if (!input.regionCode) {
      at('regionCode', `${ROLE_NAMES_ZH[role]}必须选择所属区划`);
      return { regionCode: null, agencyId: null, problems };
    }
    const r = await scopeRegion(db, input.regionCode);
    if (!r) at('regionCode', '所属区划不存在');
    else if (role === 'county_coordinator' && r.level !== 'county')
      at('regionCode', '县区协调员的所属区划必须是县（市、区）');
    else if (role === 'city_coordinator' && r.level !== 'city') at('regionCode', '市级协调员的所属区划必须是设区的市');
    return { regionCode: input.regionCode, agencyId: null, problems };
  }
  return { regionCode: null, agencyId: null, problems };
}
