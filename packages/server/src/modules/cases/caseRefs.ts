/**
 * A case as other modules that hang records on it see it (a hearing, a risk item …): its key facts and its
 * defendants, read in the caller's scope — the one scope rule of policy.ts — so an owner's records are visible and
 * writable exactly where their case is. Other modules never read the case tables; they ask here.
 */
import { type AnyColumn, and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { caseScopeCondition } from './policy.js';
import { findCaseInScope, isUuid } from './repository.js';
import { caseParties, cases } from './schema.js';

export interface CaseRef {
  id: string;
  kind: string;
  caseNumber: string | null;
  causeOfAction: string | null;
  instance: string | null;
  regionCode: string;
  regionPath: string;
  courtAgencyId: string | null;
  firstDefendantAgencyId: string | null;
  /** Every defendant agency of the case (first and co-defendants). */
  defendantAgencyIds: string[];
}

async function defendantsOf(db: DbOrTx, caseIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (caseIds.length === 0) return out;
  const rows = await db
    .select({ caseId: caseParties.caseId, agencyId: caseParties.agencyId })
    .from(caseParties)
    .where(and(inArray(caseParties.caseId, caseIds), eq(caseParties.side, 'defendant')))
    .orderBy(caseParties.caseId, caseParties.sortOrder);
  for (const r of rows) {
    if (!r.agencyId) continue;
    const list = out.get(r.caseId) ?? [];
    list.push(r.agencyId);
    out.set(r.caseId, list);
  }
  return out;
}

function toRef(row: typeof cases.$inferSelect, defendants: Map<string, string[]>): CaseRef {
  return {
    id: row.id,
    kind: row.kind,
    caseNumber: row.caseNumber,
    causeOfAction: row.causeOfAction,
    instance: row.instance,
    regionCode: row.regionCode,
    regionPath: row.regionPath,
    courtAgencyId: row.courtAgencyId,
    firstDefendantAgencyId: row.firstDefendantAgencyId,
    defendantAgencyIds: defendants.get(row.id) ?? [],
  };
}

/** The live case if it is in the principal's scope, else null (the caller answers 404). */
export async function caseRefInScope(db: DbOrTx, principal: Principal, id: string): Promise<CaseRef | null> {
  const row = await findCaseInScope(db, principal, id);
  if (!row) return null;
  return toRef(row, await defendantsOf(db, [row.id]));
}

/** Live cases by id, without a scope check (the caller has checked scope, e.g. with `caseInScopeSql`). */
export async function caseRefsByIds(db: DbOrTx, ids: readonly string[]): Promise<Map<string, CaseRef>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select()
    .from(cases)
    .where(and(inArray(cases.id, wanted), sql`${cases.deletedAt} is null`));
  const defendants = await defendantsOf(
    db,
    rows.map((r) => r.id),
  );
  return new Map(rows.map((r) => [r.id, toRef(r, defendants)]));
}

/**
 * A condition for another module's statement: the row's case (`caseIdColumn`) is live and in the principal's scope.
 * The owner's lists and counts use it, so they show exactly the records of the cases the caller sees.
 */
export function caseInScopeSql(principal: Principal, caseIdColumn: AnyColumn): SQL {
  const scope = caseScopeCondition(principal);
  return sql`exists (select 1 from ${cases} where ${cases.id} = ${caseIdColumn} and ${cases.deletedAt} is null${
    scope ? sql` and ${scope}` : sql``
  })`;
}

/**
 * A condition for another module's statement: the row's case is of this region (or below it; only it with
 * `regionExact`, 市本级) and/or has this agency
 * as first defendant (the click-through of a unit's figures). Undefined when neither is given.
 */
export function caseMatchesSql(
  caseIdColumn: AnyColumn,
  f: { regionCode?: string | undefined; regionExact?: boolean | undefined; agencyId?: string | undefined },
): SQL | undefined {
  if (!f.regionCode && !f.agencyId) return undefined;
  const region = !f.regionCode
    ? sql``
    : f.regionExact
      ? sql` and ${cases.regionCode} = ${f.regionCode}`
      : sql` and ${cases.regionPath} like ${`%/${f.regionCode}/%`}`;
  const agency = f.agencyId ? sql` and ${cases.firstDefendantAgencyId} = ${f.agencyId}` : sql``;
  return sql`exists (select 1 from ${cases} where ${cases.id} = ${caseIdColumn}${region}${agency})`;
}
