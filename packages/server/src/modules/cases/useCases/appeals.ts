/**
 * Appeals and the first instance (docs/rules/outcomes-and-loss.md#appeals, 行政诉讼法第八十九条): the rule is the
 * domain's (outcomes/appeal.ts: `takesReviewedResult`, `effectiveGovernmentLost`); here it is applied when a case is
 * saved, when an appeal is linked later, and whenever a first instance's result changes.
 */
import {
  effectiveGovernmentLost,
  type RecordedOutcome,
  takesReviewedResult,
  type WorkCalendar,
} from '@shuangjiang/domain';
import type { DbOrTx } from '../../../platform/db/client.js';
import type { CaseKind } from '../constants.js';
import { syncCaseDeadlines } from '../deadlines.js';
import { appealedCase, appealsOutOfStep, type CaseRow, updateCaseAtVersion } from '../repository.js';
import { deadlineInputs } from './derived.js';

/** 败诉 of a case as saved: its own, or the linked first instance's when it takes that result (none linked: its own). */
export async function effectiveGovernmentLostOf(
  tx: DbOrTx,
  caseId: string | null,
  c: RecordedOutcome,
): Promise<boolean | null> {
  const firstInstance = caseId && takesReviewedResult(c) ? await appealedCase(tx, caseId) : null;
  return effectiveGovernmentLost(c, firstInstance);
}

/**
 * After a case's 败诉 changed: the appeals linked to it that take its result follow (and their loss deadlines
 * follow). Returns the ids of the appeals changed.
 */
export async function propagateToAppeals(
  tx: DbOrTx,
  firstInstance: CaseRow,
  by: string | null,
  calendar: WorkCalendar,
): Promise<string[]> {
  const appeals = await appealsOutOfStep(tx, firstInstance);
  const changed: string[] = [];
  for (const appeal of appeals) {
    // An appeal whose own result is decided keeps it (撤回起诉 on appeal is no loss, whatever the first instance said).
    if (!takesReviewedResult({ ...appeal, kind: appeal.kind as CaseKind })) continue;
    const row = await updateCaseAtVersion(tx, appeal.id, appeal.version, {
      governmentLost: firstInstance.governmentLost,
      updatedBy: by,
    });
    if (row) {
      await syncCaseDeadlines(tx, row.id, deadlineInputs(row), calendar);
      changed.push(row.id);
    }
  }
  return changed;
}
