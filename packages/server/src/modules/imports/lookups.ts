/**
 * What a row is checked against, loaded once per import (a few small queries): agencies by name and short name,
 * administrative domains, courts by court code, the working-day calendar — and the importer's scope.
 */
import type { WorkCalendar } from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { countyPath, listAdminDomains, loadCalendar } from '../cases/public.js';
import { listAgencies } from '../org/public.js';
import { activeCaseHandlerPool } from '../users/service.js';
import { matchKey } from './columns.js';

export interface AgencyInfo {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  regionCode: string;
  regionPath: string;
  courtCode: string | null;
}

export interface Lookups {
  agencyById: Map<string, AgencyInfo>;
  /** matchKey(name or short name) → agencies with it. */
  agenciesByKey: Map<string, AgencyInfo[]>;
  courtByCode: Map<string, AgencyInfo>;
  /** matchKey(name or code) → code */
  domainByKey: Map<string, string>;
  domainName: Map<string, string>;
  domainNames: string[];
  calendar: WorkCalendar;
  scope: ImportScope;
  /** Accounts that may be named 承办人 somewhere (docs/rules/cases.md#handler), by id. */
  handlerById: Map<string, HandlerAccount>;
}

export interface HandlerAccount {
  id: string;
  username: string;
  displayName: string;
  role: string;
  agencyId: string | null;
  regionPath: string | null;
}

/**
 * Whose cases the importer may write (the same rule as `caseScopeCondition`, applied to a row in memory):
 * region-scoped roles by the case's region path, the court liaison by the case's court.
 */
export interface ImportScope {
  /** null = everything (the system / administrator on the command line). */
  regionPrefix: string | null;
  courtId: string | null;
  /** No scope at all (a role without regional or court scope). */
  none: boolean;
}

export function importScopeOf(principal: Principal): ImportScope {
  switch (principal.role) {
    case 'admin':
      return { regionPrefix: null, courtId: null, none: false };
    case 'city_coordinator':
    case 'leader':
      return { regionPrefix: principal.regionPath, courtId: null, none: !principal.regionPath };
    case 'county_coordinator': {
      const p = countyPath(principal.regionPath);
      return { regionPrefix: p, courtId: null, none: !p };
    }
    case 'court_liaison':
      return { regionPrefix: null, courtId: principal.agencyId, none: !principal.agencyId };
    default:
      return { regionPrefix: null, courtId: null, none: true };
  }
}

/** Whether a case (its region and court) is one the importer may write. */
export function caseWithinScope(scope: ImportScope, c: { regionPath: string; courtAgencyId: string | null }): boolean {
  if (scope.none) return false;
  if (scope.regionPrefix && !c.regionPath.startsWith(scope.regionPrefix)) return false;
  if (scope.courtId && c.courtAgencyId !== scope.courtId) return false;
  return true;
}

/** Whether an agency may be named as a party (defendant) by this importer. */
export function agencyWithinScope(scope: ImportScope, a: AgencyInfo): boolean {
  if (scope.none) return false;
  return !scope.regionPrefix || a.regionPath.startsWith(scope.regionPrefix);
}

export async function loadLookups(db: DbOrTx, principal: Principal): Promise<Lookups> {
  // One after the other: `db` may be a transaction (one connection).
  const agencyRows: AgencyInfo[] = await listAgencies(db, {});
  const domainRows = await listAdminDomains(db);
  const calendar = await loadCalendar(db);
  const handlerRows: HandlerAccount[] = await activeCaseHandlerPool(db);
  const agencyById = new Map<string, AgencyInfo>();
  const agenciesByKey = new Map<string, AgencyInfo[]>();
  const courtByCode = new Map<string, AgencyInfo>();
  const add = (key: string, a: AgencyInfo) => {
    if (!key) return;
    const list = agenciesByKey.get(key);
    if (!list) agenciesByKey.set(key, [a]);
    else if (!list.includes(a)) list.push(a);
  };
  for (const a of agencyRows) {
    agencyById.set(a.id, a);
    add(matchKey(a.name), a);
    if (a.shortName) add(matchKey(a.shortName), a);
    if (a.kind === 'court' && a.courtCode && !courtByCode.has(a.courtCode)) courtByCode.set(a.courtCode, a);
  }
  const domainByKey = new Map<string, string>();
  const domainName = new Map<string, string>();
  for (const d of domainRows) {
    domainByKey.set(matchKey(d.name), d.code);
    domainByKey.set(matchKey(d.code), d.code);
    domainName.set(d.code, d.name);
  }
  return {
    agencyById,
    agenciesByKey,
    courtByCode,
    domainByKey,
    domainName,
    domainNames: domainRows.filter((d) => d.active).map((d) => d.name),
    calendar,
    scope: importScopeOf(principal),
    handlerById: new Map(handlerRows.map((h) => [h.id, h])),
  };
}

export type HandlerMatch = { ok: true; id: string } | { ok: false; message: string };

/**
 * A row's 承办人 (name or login) among the accounts a case at `regionPath` with these defendant agencies may have: a
 * clerk of one of them, a coordinator of its county or city (docs/rules/cases.md#handler). Two of the same name:
 * ambiguous (the login tells them apart).
 */
export function matchHandler(
  lookups: Lookups,
  text: string,
  regionPath: string,
  defendantAgencyIds: readonly string[],
): HandlerMatch {
  const parts = regionPath.split('/').filter(Boolean);
  const city = parts[0] ? `/${parts[0]}/` : null;
  const county = parts.length >= 2 ? `/${parts[0]}/${parts[1]}/` : null;
  const eligible = (h: HandlerAccount) =>
    h.role === 'agency_clerk'
      ? !!h.agencyId && defendantAgencyIds.includes(h.agencyId)
      : h.role === 'county_coordinator'
        ? !!county && !!h.regionPath?.startsWith(county)
        : h.role === 'city_coordinator' && !!city && h.regionPath === city;
  const key = matchKey(text);
  const all = [...lookups.handlerById.values()];
  const byLogin = all.filter((h) => h.username === key.toLowerCase());
  const named = byLogin.length ? byLogin : all.filter((h) => matchKey(h.displayName) === key);
  const found = named.filter(eligible);
  if (found.length === 1) return { ok: true, id: found[0]!.id };
  if (found.length > 1) return { ok: false, message: `承办人“${text}”有重名，请填写其登录名` };
  return {
    ok: false,
    message: named.length
      ? `“${text}”不能承办本案：承办人须为本案被告机关的应诉专员，或所属县区、市的协调员`
      : `承办人“${text}”不是可承办案件的账号（应诉专员或协调员；请填写姓名或登录名）`,
  };
}

export type AgencyMatch = { ok: true; agency: AgencyInfo } | { ok: false; message: string };

/**
 * An agency by name or short name. Several with the same name: the one in the importer's scope (and of the wanted
 * kind) wins; still several → ambiguous.
 */
export function matchAgency(
  lookups: Lookups,
  name: string,
  want: (a: AgencyInfo) => boolean,
  what: string,
): AgencyMatch {
  const all = lookups.agenciesByKey.get(matchKey(name)) ?? [];
  if (all.length === 0) return { ok: false, message: `${what}未登记：${name}（请使用系统中机构的全称或简称）` };
  const ofKind = all.filter(want);
  if (ofKind.length === 0) return { ok: false, message: `“${name}”不是${what}` };
  const inScope = ofKind.filter((a) => agencyWithinScope(lookups.scope, a));
  const pool = inScope.length ? inScope : ofKind;
  if (pool.length > 1) return { ok: false, message: `${what}名称不唯一：${name}（请填写全称）` };
  return { ok: true, agency: pool[0]! };
}
