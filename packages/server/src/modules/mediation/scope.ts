/**
 * Which mediations a principal sees (docs/rules/mediation.md#who, docs/rules/roles-and-scope.md#scope): those whose
 * region (their agency's) is under the principal's region — the city coordinator's city, the county coordinator's
 * county (a town-level account widened to it), the mediator's region. Everyone else: none (routes refuse them anyway).
 * Out of scope is 404, as for cases.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { countyPath } from '../cases/public.js';

export function mediationScopePath(p: Pick<Principal, 'role' | 'regionPath'>): string | null {
  switch (p.role) {
    case 'city_coordinator':
    case 'mediator':
      return p.regionPath;
    case 'county_coordinator':
      return countyPath(p.regionPath);
    default:
      return null;
  }
}
