/**
 * Who hears of a risk item (docs/rules/risk.md#lead-assignment): the defendant agencies' clerks, the county's
 * coordinators and, on escalation, the city's; the 包案领导 and the task force once named.
 */
import type { DbOrTx } from '../../platform/db/client.js';
import { activeUserIds } from '../users/public.js';

/** `/329900/329902/329902001/` → county 329902, city 329900. */
export function regionCodesOf(regionPath: string): { city: string | null; county: string | null } {
  const parts = regionPath.split('/').filter(Boolean);
  return { city: parts[0] ?? null, county: parts[1] ?? null };
}

export async function coordinatorsOf(db: DbOrTx, regionPath: string, level: 'county' | 'city'): Promise<string[]> {
  const { city, county } = regionCodesOf(regionPath);
  if (level === 'city') return city ? activeUserIds(db, { roles: ['city_coordinator'], regionCodes: [city] }) : [];
  return county ? activeUserIds(db, { roles: ['county_coordinator'], regionCodes: [county] }) : [];
}

export async function clerksOf(db: DbOrTx, agencyIds: readonly string[]): Promise<string[]> {
  return activeUserIds(db, { roles: ['agency_clerk'], agencyIds });
}
