/**
 * What the notifications module needs to know about cases it reminds of (docs/rules/reminders.md#recipients): the
 * case number to name the case by, and the agencies that must answer — the defendants (被告 / 被申请人, any
 * defendant role) that are agencies. Set-based: one read for many cases. Deleted cases are left out.
 */
import { and, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import type { CaseKind } from '../constants.js';
import { caseParties, cases } from '../schema.js';

export interface CaseNoticeTarget {
  caseId: string;
  kind: CaseKind;
  caseNumber: string | null;
  /** Agencies on the defendant side (被告, 共同被告, 被申请人 …). */
  defendantAgencyIds: string[];
}

export async function caseNoticeTargets(db: DbOrTx, caseIds: readonly string[]): Promise<CaseNoticeTarget[]> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: cases.id, kind: cases.kind, caseNumber: cases.caseNumber })
    .from(cases)
    .where(and(inArray(cases.id, ids), isNull(cases.deletedAt)));
  const parties = await db
    .select({ caseId: caseParties.caseId, agencyId: caseParties.agencyId, side: caseParties.side })
    .from(caseParties)
    .where(and(inArray(caseParties.caseId, ids), isNotNull(caseParties.agencyId)));
  const byCase = new Map<string, Set<string>>();
  for (const p of parties) {
    if (p.side !== 'defendant' || !p.agencyId) continue;
    const set = byCase.get(p.caseId) ?? new Set<string>();
    set.add(p.agencyId);
    byCase.set(p.caseId, set);
  }
  return rows.map((r) => ({
    caseId: r.id,
    kind: r.kind,
    caseNumber: r.caseNumber,
    defendantAgencyIds: [...(byCase.get(r.id) ?? [])],
  }));
}
