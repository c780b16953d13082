/**
 * What the accountability module (败诉评价与移送, docs/rules/accountability.md) needs of the case registry: the facts
 * of lost cases (the loss rule's result as stored on the row, `government_lost`, docs/rules/outcomes-and-loss.md#败诉),
 * the walk over every lost case (its backfill of missing evaluations), and the `expert_review` / `discipline`
 * assignments made inside the caller's transaction — the same rows POST /cases/:id/assignments writes, so the
 * assignee's scope (policy.ts) follows with no parallel mechanism. It hears of every case written through
 * `registerCaseWritten` (riskPort.ts), as the risk module does.
 */
import { todayInChina } from '@shuangjiang/domain';
import { and, asc, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { agenciesByIds } from '../org/service.js';
import type { AssignmentPurpose } from './constants.js';
import { insertEvent } from './repository/events.js';
import { caseAssignments, caseFiles, cases } from './schema.js';

/** A lost (or withdrawn) case as the evaluation and the referral package show it. */
export interface LossCaseFacts {
  id: string;
  kind: string;
  caseNumber: string | null;
  regionPath: string;
  causeOfAction: string | null;
  contestedAct: string | null;
  outcome: string | null;
  outcomeDate: string | null;
  outcomeText: string | null;
  governmentLost: boolean | null;
  judgmentServedDate: string | null;
  courtName: string | null;
  defendantName: string | null;
  /** The newest uploaded judgment (文书) of the case, if any: the package names it. */
  judgmentFile: { id: string; fileName: string } | null;
}

/** Live cases by id, without a scope check (the caller checked it with `caseInScopeSql`). */
export async function lossCaseFacts(db: DbOrTx, ids: readonly string[]): Promise<Map<string, LossCaseFacts>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select()
    .from(cases)
    .where(and(inArray(cases.id, wanted), isNull(cases.deletedAt)));
  const agencyIds = [
    ...new Set(rows.flatMap((r) => [r.courtAgencyId, r.firstDefendantAgencyId]).filter((x): x is string => !!x)),
  ];
  const names = new Map((await agenciesByIds(db, agencyIds)).map((a) => [a.id, a.name]));
  const files = await db
    .select({ id: caseFiles.id, caseId: caseFiles.caseId, fileName: caseFiles.fileName })
    .from(caseFiles)
    .where(and(inArray(caseFiles.caseId, wanted), eq(caseFiles.purpose, 'judgment')))
    .orderBy(desc(caseFiles.createdAt));
  return new Map(
    rows.map((r) => {
      const f = files.find((x) => x.caseId === r.id);
      return [
        r.id,
        {
          id: r.id,
          kind: r.kind,
          caseNumber: r.caseNumber,
          regionPath: r.regionPath,
          causeOfAction: r.causeOfAction,
          contestedAct: r.contestedAct,
          outcome: r.outcome,
          outcomeDate: r.outcomeDate,
          outcomeText: r.outcomeText,
          governmentLost: r.governmentLost,
          judgmentServedDate: r.judgmentServedDate,
          courtName: r.courtAgencyId ? (names.get(r.courtAgencyId) ?? null) : null,
          defendantName: r.firstDefendantAgencyId ? (names.get(r.firstDefendantAgencyId) ?? null) : null,
          judgmentFile: f ? { id: f.id, fileName: f.fileName } : null,
        },
      ];
    }),
  );
}

/** Live lost cases in id order after `afterId`, `limit` at a time (the backfill walks them all). */
export async function lostCasesAfter(
  db: DbOrTx,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; outcomeDate: string | null }[]> {
  return db
    .select({ id: cases.id, outcomeDate: cases.outcomeDate })
    .from(cases)
    .where(and(isNull(cases.deletedAt), eq(cases.governmentLost, true), afterId ? gt(cases.id, afterId) : undefined))
    .orderBy(asc(cases.id))
    .limit(limit);
}

/**
 * The case's assignment of `purpose` to `userId`, made in the caller's transaction with its timeline note (as
 * assignments.ts writes it); an existing one is kept. Returns the assignment's id. The caller checks the role.
 */
export async function ensureCaseAssignment(
  tx: DbOrTx,
  a: { caseId: string; userId: string; purpose: AssignmentPurpose; by: string | null; title: string },
): Promise<string> {
  const [existing] = await tx
    .select({ id: caseAssignments.id })
    .from(caseAssignments)
    .where(
      and(
        eq(caseAssignments.caseId, a.caseId),
        eq(caseAssignments.userId, a.userId),
        eq(caseAssignments.purpose, a.purpose),
      ),
    );
  if (existing) return existing.id;
  const [row] = await tx
    .insert(caseAssignments)
    .values({ caseId: a.caseId, userId: a.userId, purpose: a.purpose, createdBy: a.by })
    .returning({ id: caseAssignments.id });
  await insertEvent(tx, { caseId: a.caseId, at: todayInChina(), type: 'note', title: a.title, createdBy: a.by });
  return row!.id;
}
