/**
 * The export's read (export.ts): full rows of a page of cases, re-checked against the reader's scope.
 */
import { and, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { agenciesByIds } from '../org/public.js';
import { caseScopeCondition } from './policy.js';
import { caseParties, cases } from './schema.js';
import { handlerNames } from './useCases/handler.js';

export interface ExportRow {
  id: string;
  kind: string;
  caseNumber: string | null;
  caseNumberRaw: string | null;
  courtName: string | null;
  filedDate: string | null;
  complaintReceivedDate: string | null;
  causeOfAction: string | null;
  contestedAct: string | null;
  domain: string | null;
  instance: string | null;
  hearingHeld: boolean;
  outcomeDate: string | null;
  outcome: string | null;
  closingManner: string | null;
  appealed: boolean | null;
  notes: string | null;
  /** 承办人's display name (the import matches it back). */
  handlerName: string | null;
  parties: { side: string; partyType: string; name: string; agencyName: string | null }[] | null;
}

/** Full rows of these cases for the export, re-checked against the principal's scope. */
export async function exportRowsByIds(db: DbOrTx, principal: Principal, ids: string[]): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  const scope = caseScopeCondition(principal);
  const rows = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      caseNumber: cases.caseNumber,
      caseNumberRaw: cases.caseNumberRaw,
      courtAgencyId: cases.courtAgencyId,
      filedDate: cases.filedDate,
      complaintReceivedDate: cases.complaintReceivedDate,
      causeOfAction: cases.causeOfAction,
      contestedAct: cases.contestedAct,
      domain: cases.domain,
      instance: cases.instance,
      hearingHeld: cases.hearingHeld,
      outcomeDate: cases.outcomeDate,
      outcome: cases.outcome,
      closingManner: cases.closingManner,
      appealed: cases.appealed,
      notes: cases.notes,
      handlerUserId: cases.handlerUserId,
      parties: sql<
        { side: string; partyType: string; name: string; agencyId: string | null }[] | null
      >`(select json_agg(json_build_object('side', p.side, 'partyType', p.party_type, 'name', p.name, 'agencyId', p.agency_id) order by p.sort_order) from ${caseParties} p where p.case_id = cases.id)`,
    })
    .from(cases)
    .where(and(sql`${cases.id} in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`, scope));
  // Court and agency names from the org module (one lookup per page).
  const agencyIds = new Set<string>();
  for (const r of rows) {
    if (r.courtAgencyId) agencyIds.add(r.courtAgencyId);
    for (const p of r.parties ?? []) if (p.agencyId) agencyIds.add(p.agencyId);
  }
  const nameOf = new Map((await agenciesByIds(db, [...agencyIds])).map((a) => [a.id, a.name]));
  const handlers = await handlerNames(
    db,
    rows.map((r) => r.handlerUserId),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: ExportRow[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    const { courtAgencyId, parties, handlerUserId, ...rest } = r;
    out.push({
      ...rest,
      handlerName: handlerUserId ? (handlers.get(handlerUserId) ?? null) : null,
      courtName: courtAgencyId ? (nameOf.get(courtAgencyId) ?? null) : null,
      parties: parties
        ? parties.map(({ agencyId, ...p }) => ({ ...p, agencyName: agencyId ? (nameOf.get(agencyId) ?? null) : null }))
        : null,
    });
  }
  return out;
}
