/**
 * Appeals and the first instance (docs/rules/outcomes-and-loss.md#appeals, 行政诉讼法第八十九条): an appeal linked
 * `appeal_of` its first instance whose outcome leaves that judgment in force (驳回上诉维持, 撤回上诉) and whose own
 * result is undecided takes the first instance's 败诉 — when saved, when linked later, and whenever the first
 * instance's result changes.
 */
import {
  caseGovernmentLost,
  followsReviewedJudgment,
  type RecordedOutcome,
  type WorkCalendar,
} from '@shuangjiang/domain';
import type { DbOrTx } from '../../../platform/db/client.js';
import type { CaseKind } from '../constants.js';
import { syncCaseDeadlines } from '../deadlines.js';
import { appealedCase, appealsOutOfStep, type CaseRow, updateCaseAtVersion } from '../repository.js';
import { deadlineInputs } from './derived.js';

/**
 * 败诉 of a case: its own (`caseGovernmentLost`), or — for an appeal whose own result is undecided and whose outcome
 * leaves the first instance in force — the linked first instance's (null while none is linked).
 */
export async function effectiveGovernmentLost(
  tx: DbOrTx,
  caseId: string | null,
  c: RecordedOutcome,
): Promise<boolean | null> {
  const own = caseGovernmentLost(c);
  if (!followsReviewedJudgment(c.outcome, own)) return own;
  const first = caseId ? await appealedCase(tx, caseId) : null;
  return first ? first.governmentLost : own;
}

/**
 * After a case's 败诉 changed: the appeals linked to it whose outcome follows the first instance take the new value
 * (and their loss deadlines follow). Returns the ids of the appeals changed.
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
    if (!followsReviewedJudgment(appeal.outcome, caseGovernmentLost({ ...appeal, kind: appeal.kind as CaseKind }))) {
      continue;
    }
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
