/** Links between cases (case_links): the appeal → first instance link (`appeal_of`) and the others. */
import { OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT } from '@shuangjiang/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { caseLinks, cases } from '../schema.js';
import type { CaseRow } from './rows.js';

export type LinkType = (typeof caseLinks.$inferInsert)['linkType'];

/** Whether `fromCaseId` is already linked to `toCaseId` (in that direction). */
export async function linkExists(tx: DbOrTx, fromCaseId: string, toCaseId: string): Promise<boolean> {
  const existing = await tx
    .select({ id: caseLinks.id })
    .from(caseLinks)
    .where(and(eq(caseLinks.fromCaseId, fromCaseId), eq(caseLinks.toCaseId, toCaseId)));
  return existing.length > 0;
}

export async function insertLink(
  tx: DbOrTx,
  link: { fromCaseId: string; toCaseId: string; linkType: LinkType; createdBy: string | null },
): Promise<void> {
  await tx.insert(caseLinks).values(link);
}

/** The first-instance case an appeal is linked to (`appeal_of`), if any and not deleted. */
export async function appealedCase(tx: DbOrTx, appealId: string): Promise<{ governmentLost: boolean | null } | null> {
  const [row] = await tx
    .select({ governmentLost: cases.governmentLost })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, caseLinks.toCaseId))
    .where(and(eq(caseLinks.fromCaseId, appealId), eq(caseLinks.linkType, 'appeal_of'), isNull(cases.deletedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * The live appeals linked to a first instance whose outcome may follow it (OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT) and
 * whose 败诉 differs from its own.
 */
export async function appealsOutOfStep(tx: DbOrTx, firstInstance: CaseRow): Promise<CaseRow[]> {
  const appeals = await tx
    .select()
    .from(cases)
    .innerJoin(caseLinks, eq(caseLinks.fromCaseId, cases.id))
    .where(
      and(
        eq(caseLinks.toCaseId, firstInstance.id),
        eq(caseLinks.linkType, 'appeal_of'),
        inArray(cases.outcome, [...OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT]),
        isNull(cases.deletedAt),
        sql`${cases.governmentLost} is distinct from ${firstInstance.governmentLost}`,
      ),
    );
  return appeals.map((a) => a.cases);
}
