/**
 * 承办人 (docs/rules/cases.md#handler): who may be named on a case, the check of a named account, and the names shown
 * beside the ids. Accounts are the users module's (users/service.ts); this file only asks it.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { forbidden, validationFailed } from '../../../platform/errors.js';
import { type CaseHandlerPlace, caseHandlerAccounts, displayNamesOf } from '../../users/service.js';
import { countyPath } from '../policy.js';
import { agenciesByIds } from '../repository.js';

const HANDLER_RULE = '承办人须为本案被告机关的应诉专员，或本案所属县区、市的协调员';

/** The place of a case at `regionPath` with these defendant agencies. */
export function handlerPlace(regionPath: string, defendantAgencyIds: readonly string[]): CaseHandlerPlace {
  const parts = regionPath.split('/').filter(Boolean);
  return {
    agencyIds: [...new Set(defendantAgencyIds)],
    cityPath: parts[0] ? `/${parts[0]}/` : null,
    countyPath: parts.length >= 2 ? `/${parts[0]}/${parts[1]}/` : null,
  };
}

export type HandlerCandidate = Awaited<ReturnType<typeof caseHandlerAccounts>>[number];

/** The accounts that may handle a case at this place (the form's choices, the import's names). */
export function handlerCandidates(db: DbOrTx, place: CaseHandlerPlace): Promise<HandlerCandidate[]> {
  return caseHandlerAccounts(db, place);
}

/**
 * The form's choices for a case whose defendants are these agencies (the first one decides the region, as on save).
 * Only agencies the caller could register a case for: within a coordinator's region, a clerk's county.
 */
export async function handlerCandidatesFor(db: DbOrTx, principal: Principal, agencyIds: string[]) {
  const agencies = await agenciesByIds(db, agencyIds);
  const first = agencies.find((a) => a.id === agencyIds[0]);
  if (!first) return { items: [] };
  const callerPath = principal.role === 'city_coordinator' ? principal.regionPath : countyPath(principal.regionPath);
  if (!callerPath || !first.regionPath.startsWith(callerPath)) throw forbidden('该机关不在您的管辖范围内');
  const rows = await handlerCandidates(
    db,
    handlerPlace(
      first.regionPath,
      agencies.map((a) => a.id),
    ),
  );
  return { items: rows.map(presentCandidate) };
}

export const presentCandidate = (r: HandlerCandidate) => ({
  id: r.id,
  displayName: r.displayName,
  username: r.username,
  role: r.role,
  unitName: r.agencyName ?? r.regionName ?? null,
});

/** A named 承办人 must be one of the case's candidates (400 naming the field otherwise). */
export async function checkHandler(db: DbOrTx, handlerUserId: string, place: CaseHandlerPlace): Promise<void> {
  const rows = await handlerCandidates(db, place);
  if (!rows.some((r) => r.id === handlerUserId)) {
    throw validationFailed([{ field: 'handlerUserId', message: HANDLER_RULE }], HANDLER_RULE);
  }
}

/** Display names of the handlers of some cases (unknown ids left out). */
export async function handlerNames(db: DbOrTx, ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  return wanted.length ? displayNamesOf(db, wanted) : new Map<string, string>();
}
