/**
 * A case's hearings as the case detail shows them (cases/hearingsPort.ts): time, courtroom, and the head who appeared
 * for the defendant — the first head recorded as appeared, by role; 'none' when no head did. Whether the appearance
 * counts is the domain's question (appearances), not this summary's.
 */
import type { DbOrTx } from '../../platform/db/client.js';
import type { CaseHearingSummary } from '../cases/public.js';
import { appearancesOf, hearingsOfCase } from './repository.js';

export async function caseHearingSummaries(db: DbOrTx, caseId: string): Promise<CaseHearingSummary[]> {
  const rows = await hearingsOfCase(db, caseId);
  const appearances = await appearancesOf(
    db,
    rows.map((h) => h.id),
  );
  return rows.map((h) => {
    const head = appearances.find((a) => a.hearingId === h.id && a.role === 'head' && a.appeared);
    return {
      id: h.id,
      scheduledAt: h.scheduledAt,
      courtroom: h.courtroom,
      headAppearance: head ? (head.headRole ?? 'principal') : 'none',
      headName: head?.name ?? null,
      spoke: head?.spoke ?? false,
    };
  });
}
